"""StreamField blocks for thematic pages and news."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# The photo size of a contact card; its template uses the same spec.
CONTACT_PHOTO_SPEC = "fill-96x96"


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the page outline sound."""

    text = blocks.CharBlock(label=_("text"), max_length=150)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        label=_("level"),
    )

    class Meta:
        icon = "title"
        template = "themes/blocks/heading.html"


class DocumentLinksBlock(blocks.StructBlock):
    """A titled list of documents to download (forms, regulations, manuals)."""

    title = blocks.CharBlock(label=_("title"), required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("documents"))

    class Meta:
        icon = "doc-full"
        template = "themes/blocks/document_links.html"


class PersonChooserBlock(SnippetChooserBlock):
    """Chooses a colleague; loads every chosen person of a page in one go,
    with what a contact card shows. Deactivated people drop out."""

    def __init__(self, **kwargs):
        super().__init__("people.Person", **kwargs)

    def bulk_to_python(self, values):
        from people.models import Person

        photos = get_image_model().objects.prefetch_renditions(CONTACT_PHOTO_SPEC)
        people = (
            Person.objects.active()
            .select_related("user")
            .prefetch_related(Prefetch("photo", queryset=photos))
            .in_bulk(values)
        )
        return [people.get(value) for value in values]

    def deconstruct(self):
        path, _args, kwargs = super().deconstruct()
        return path, (), kwargs


class ContactPersonBlock(blocks.StructBlock):
    """Points readers to the colleague who knows about this topic."""

    person = PersonChooserBlock(label=_("person"))
    role = blocks.CharBlock(
        label=_("role on this topic"),
        required=False,
        help_text=_("E.g. 'Questions about pay slips'."),
    )

    class Meta:
        icon = "user"
        template = "themes/blocks/contact_person.html"


class CallToActionBlock(blocks.StructBlock):
    """A prominent link to the application or page where the reader acts."""

    label = blocks.CharBlock(label=_("button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external link"), required=False)

    class Meta:
        icon = "link"
        template = "themes/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choose either a page or an external link.")
                    )
                }
            )
        return value


class FaqItemBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(label=_("question"))
    answer = blocks.RichTextBlock(
        label=_("answer"), features=["bold", "italic", "link", "ul", "ol"]
    )


class FaqBlock(blocks.StructBlock):
    """Frequently asked questions, shown as an accordion."""

    title = blocks.CharBlock(label=_("title"), required=False)
    items = blocks.ListBlock(FaqItemBlock(), label=_("questions"))

    class Meta:
        icon = "help"
        template = "themes/blocks/faq.html"


RICH_TEXT_FEATURES = [
    "bold", "italic", "link", "document-link", "ul", "ol", "h3", "h4", "hr"
]  # fmt: skip


class ContentStreamBlock(blocks.StreamBlock):
    """The body of thematic pages and news."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("text"), icon="pilcrow"
    )
    image = ImageBlock(label=_("image"), template="themes/blocks/image.html")
    documents = DocumentLinksBlock()
    contact_person = ContactPersonBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()
