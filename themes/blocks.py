"""StreamField blocks for thematic pages and news."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock


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


class ContactPersonBlock(blocks.StructBlock):
    """Points readers to the colleague who knows about this topic."""

    person = SnippetChooserBlock("people.Person", label=_("person"))
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
                    "url": blocks.BlockValidationError(
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
    image = ImageBlock(label=_("image"))
    documents = DocumentLinksBlock()
    contact_person = ContactPersonBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()
