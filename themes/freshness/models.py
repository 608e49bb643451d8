"""Models of content freshness: who owns a page, how often it is reviewed,
when it was, what readers thought of it and which reminders went out."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .dates import INTERVAL_CHOICES


class ReviewCycleMixin(models.Model):
    """Page fields for the review cycle: an owner and an interval, both empty
    to inherit them from the nearest ancestor that sets them."""

    content_owner = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("content owner"),
        help_text=_("Leave empty to take the owner of the parent theme."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval"),
        null=True,
        blank=True,
        choices=INTERVAL_CHOICES,
        help_text=_("Leave empty to take the interval of the parent theme."),
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("review_interval_months")],
            heading=_("Content owner and review"),
        )
    ]

    class Meta:
        abstract = True


class ContentReview(models.Model):
    """The review state of one page in a review cycle, with the owner and
    interval it inherits stored beside it, so reports filter and sort in the
    database. Kept in step when pages are saved, moved and reviewed."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="content_review",
        verbose_name=_("page"),
    )
    owner = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_reviews",
        verbose_name=_("content owner"),
    )
    owner_is_inherited = models.BooleanField(default=False)
    interval_months = models.PositiveSmallIntegerField(
        _("review interval"), choices=INTERVAL_CHOICES
    )
    section = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("section"),
    )
    last_reviewed_at = models.DateTimeField(_("last reviewed at"))
    # Like Wagtail's log entries: the id survives the account's deletion.
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=_("last reviewed by"),
    )
    due_on = models.DateField(_("review due"))

    class Meta:
        verbose_name = _("content review")
        verbose_name_plural = _("content reviews")
        indexes = [
            models.Index(fields=["due_on"], name="themes_review_due"),
            models.Index(fields=["owner", "due_on"], name="themes_review_owner_due"),
            models.Index(
                fields=["section", "due_on"], name="themes_review_section_due"
            ),
        ]

    def __str__(self):
        return f"{self.page_id}: {self.due_on}"


class ReviewDigest(models.Model):
    """One reminder e-mail sent to a content owner on one day; it makes a
    second run on the same day send nothing again."""

    class Kind(models.TextChoices):
        DIGEST = "digest", _("Digest of due pages")
        ESCALATION = "escalation", _("Escalation to the section owner")

    person = models.ForeignKey(
        "people.Person",
        on_delete=models.CASCADE,
        related_name="review_digests",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    sent_on = models.DateField(_("sent on"))
    page_count = models.PositiveIntegerField(_("pages"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("review digest")
        verbose_name_plural = _("review digests")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind", "sent_on"], name="themes_one_digest_a_day"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.person_id} {self.sent_on}"


class PageFeedback(models.Model):
    """A reader's answer to "Was this page useful?", with an optional
    comment; it is passed on to the page's content owner."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="feedback",
        verbose_name=_("page"),
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reader"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "useful"], name="themes_feedback_page")]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"


class DeletedPageLink(models.Model):
    """A link from a page to a page that has since been deleted. Wagtail
    drops references to a deleted page from its reference index, so they
    are kept here until the linking page is saved again."""

    source = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("linking page"),
    )
    target_id = models.PositiveIntegerField(_("deleted page id"))
    target_title = models.CharField(_("deleted page title"), max_length=255)
    deleted_at = models.DateTimeField(_("deleted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("link to a deleted page")
        verbose_name_plural = _("links to deleted pages")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "target_id"], name="themes_one_deleted_link"
            )
        ]

    def __str__(self):
        return f"{self.source_id} -> {self.target_id}"
