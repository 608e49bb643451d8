"""The readers' feedback form, used by the page's feedback view and the API."""

from django import forms

from .models import PageFeedback


class PageFeedbackForm(forms.ModelForm):
    """A reader's yes/no answer and optional comment."""

    useful = forms.TypedChoiceField(
        choices=[("yes", "yes"), ("no", "no")],
        coerce=lambda value: value == "yes",
    )

    class Meta:
        model = PageFeedback
        fields = ["useful", "comment"]
