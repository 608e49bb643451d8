"""Front-end forms of groups: creating one, writing in it, inviting."""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from cms.visibility import visible_groups

from .models import (
    GROUP_NAME_MAX_LENGTH,
    GroupDocument,
    GroupPage,
    GroupVisibility,
    Membership,
)


class GroupForm(forms.Form):
    """Name, description, image and visibility of a group."""

    title = forms.CharField(label=_("Name"), max_length=GROUP_NAME_MAX_LENGTH)
    description = forms.CharField(
        label=_("Short description"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    visibility = forms.ChoiceField(
        label=_("Who can see the group"),
        choices=GroupVisibility.choices,
        initial=GroupVisibility.OPEN,
        widget=forms.RadioSelect,
    )
    image = WagtailImageField(label=_("Image"), required=False)

    def __init__(self, *args, index=None, group=None, user=None, **kwargs):
        self.index, self.group, self.user = index, group, user
        super().__init__(*args, **kwargs)
        if group is not None:
            # Owners decide in which languages besides Dutch the group is
            # offered; members then translate its pages (groups.translation).
            from .translation import offered_languages

            self.fields["translation_languages"] = forms.MultipleChoiceField(
                label=_("Also offer the group in"),
                help_text=_(
                    "Members translate the group's pages into these languages; "
                    "readers of them see the translations, and Dutch where a "
                    "page is not translated."
                ),
                choices=offered_languages(),
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not re.search(r"\w", title):
            raise ValidationError(_("Give the group a name with letters in it."))
        # Only groups the person may know of count: refusing a name that a
        # secret group has would tell them that it exists.
        others = visible_groups(self.user, GroupPage.objects.child_of(self.index))
        if self.group is not None:
            others = others.exclude(pk=self.group.pk)
        if others.filter(title__iexact=title).exists():
            raise ValidationError(
                _("A group with this name already exists. Choose another name.")
            )
        return title


def _file_field(label, required=True):
    return forms.FileField(label=label, required=required)


def upload_help() -> str:
    """Say which files are accepted, in the reader's language (and with the
    settings of the moment)."""
    return _("At most %(size)s; %(types)s.") % {
        "size": filesizeformat(settings.WERKPLEK_GROUP_DOCUMENT_MAX_BYTES),
        "types": ", ".join(settings.WERKPLEK_GROUP_DOCUMENT_EXTENSIONS),
    }


class UploadRulesMixin:
    """Apply the allowed file types and their help text when the form is
    made (in the reader's language), not when the module is imported."""

    upload_field = "file"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields[self.upload_field]
        field.help_text = upload_help()
        extensions = settings.WERKPLEK_GROUP_DOCUMENT_EXTENSIONS
        field.validators = [FileExtensionValidator(extensions)]


def check_file_size(upload) -> None:
    if upload and upload.size > settings.WERKPLEK_GROUP_DOCUMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; at most %(limit)s is accepted.")
            % {
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(settings.WERKPLEK_GROUP_DOCUMENT_MAX_BYTES),
            }
        )


class WikiPageForm(forms.Form):
    """A page members write: a title and a rich-text body (sanitised on the
    server, see groups.richtext), with an optional image to add."""

    title = forms.CharField(label=_("Title"), max_length=255)
    body = forms.CharField(
        label=_("Text"),
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 16, "data-rich-text": "true"}),
    )
    image = WagtailImageField(label=_("Add an image"), required=False)

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not re.search(r"\w", title):
            raise ValidationError(_("Give the page a title with letters in it."))
        return title


class PostForm(UploadRulesMixin, forms.Form):
    """A short update, with an optional attachment."""

    upload_field = "attachment"

    body = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    attachment = _file_field(_("Attachment"), required=False)

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        check_file_size(upload)
        return upload

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise ValidationError(_("Write a message."))
        return body


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise ValidationError(_("Write a comment."))
        return body


class DocumentForm(UploadRulesMixin, forms.Form):
    """A new document for the group's library, or a new version of one."""

    title = forms.CharField(label=_("Title"), max_length=255, required=False)
    file = _file_field(_("File"))
    status = forms.ChoiceField(
        label=_("Status"),
        choices=GroupDocument.Status.choices,
        initial=GroupDocument.Status.DRAFT,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_file_size(upload)
        return upload


class InviteForm(forms.Form):
    """Colleagues to invite, by username or e-mail address."""

    people = forms.CharField(
        label=_("Colleagues to invite"),
        max_length=2000,
        help_text=_("Usernames or e-mail addresses, separated by commas."),
        widget=forms.TextInput(attrs={"data-person-picker": "true"}),
    )

    def clean_people(self):
        wanted = [
            part.strip() for part in re.split(r"[,;\s]+", self.cleaned_data["people"])
        ]
        wanted = [part for part in wanted if part][:50]
        users, unknown = [], []
        model = get_user_model()
        for name in wanted:
            user = model.objects.filter(
                Q(username__iexact=name) | Q(email__iexact=name)
            ).first()
            if user is None or not user.is_active:
                unknown.append(name)
            elif user not in users:
                users.append(user)
        if unknown:
            raise ValidationError(
                _("Nobody is known as %(names)s. Check the spelling.")
                % {"names": ", ".join(unknown)}
            )
        if not users:
            raise ValidationError(_("Name at least one colleague."))
        return users


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class ContactForm(forms.Form):
    """A contact-book entry: a colleague (by username or e-mail) or someone
    from outside with their details."""

    colleague = forms.CharField(
        label=_("Colleague"),
        required=False,
        max_length=254,
        help_text=_("A username or e-mail address; or fill in the fields below."),
        widget=forms.TextInput(attrs={"data-person-picker": "true"}),
    )
    name = forms.CharField(label=_("Name"), required=False, max_length=150)
    organisation = forms.CharField(
        label=_("Organisation"), required=False, max_length=150
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.RegexField(
        label=_("Phone"),
        required=False,
        max_length=40,
        regex=r"^\+?[0-9 ()./-]{6,40}$",
        error_messages={"invalid": _("Enter a phone number, e.g. +32 9 266 12 34.")},
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_colleague(self):
        name = self.cleaned_data["colleague"].strip()
        if not name:
            return None
        from people.models import Person

        person = (
            Person.objects.select_related("user")
            .filter(Q(user__username__iexact=name) | Q(user__email__iexact=name))
            .first()
        )
        if person is None:
            raise ValidationError(_("Nobody is known as %(name)s.") % {"name": name})
        return person

    def clean(self):
        data = super().clean()
        if not data.get("colleague") and not data.get("name"):
            if "colleague" not in self.errors:
                raise ValidationError(
                    _("Choose a colleague, or give the name of an outside contact.")
                )
        return data


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise ValidationError(_("Write a note."))
        return body


class GroupDirectoryForm(forms.Form):
    """The group directory's search and filters."""

    q = forms.CharField(label=_("Name or description"), required=False, max_length=100)
    visibility = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All groups")), *GroupVisibility.choices],
    )
    mine = forms.BooleanField(label=_("Only my groups"), required=False)


def _lines(text: str) -> str:
    # Browsers send a textarea's line breaks as CRLF.
    return text.replace("\r\n", "\n")


def _meanwhile(newer: str) -> str:
    """Say that another member changed a text since the form was shown."""
    if not newer:
        return _(
            "Someone else took the translation of this text back while you "
            "were working: it shows in Dutch again. Save again to publish "
            "yours."
        )
    return _(
        "Someone else translated this text while you were working: it now "
        "reads “%(text)s”. Save again to replace it with yours."
    ) % {"text": newer}


class TranslationForm(forms.Form):
    """A member's translation of one group page into one language: a field
    for each of its texts (groups.translation.segments)."""

    def __init__(self, *args, segments=(), limits=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.segments = list(segments)
        for segment in self.segments:
            long_text = not segment.is_plain or segment.path == "description"
            field = forms.CharField(
                label=segment.source,
                required=False,
                initial=segment.translation,
                strip=False,
                max_length=20000,
                widget=(
                    forms.Textarea(attrs={"rows": 3})
                    if long_text
                    else forms.TextInput()
                ),
            )
            limit = (limits or {}).get(segment.path) if segment.is_plain else None
            if limit:
                # The browser keeps to the field's real limit; the server
                # checks it after tidying the text (groups.translation).
                field.widget.attrs["maxlength"] = str(limit)
            self.fields[f"segment-{segment.pk}"] = field

    def clean(self):
        """Keep what this member changed. A text left out of the form, or
        sent back as it was shown (``shown-<id>``), stays as it is; a text
        another member translated since the form was shown is not
        overwritten unseen: the form shows the newer text and saving again
        replaces it."""
        cleaned = super().clean()
        self.changed_texts = {}
        for segment in self.segments:
            name = f"segment-{segment.pk}"
            if name not in self.data or name not in cleaned:
                continue
            typed = _lines(cleaned[name])
            current = _lines(segment.translation)
            shown = self.data.get(f"shown-{segment.pk}")
            if shown is not None:
                shown = _lines(shown)
                if typed == shown:
                    continue
                if shown != current and typed != current:
                    self.add_error(name, _meanwhile(segment.translation))
                    continue
            if typed != current:
                self.changed_texts[segment.pk] = typed
        return cleaned

    def texts(self) -> dict[int, str]:
        """The texts to save, by segment id ("" takes a translation back)."""
        return self.changed_texts

    def add_segment_errors(self, errors: dict) -> None:
        for pk, messages in errors.items():
            name = f"segment-{pk}"
            if name in self.fields:
                for message in messages:
                    self.add_error(name, message)
            else:
                self.add_error(None, messages)
