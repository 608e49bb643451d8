"""What search keeps in the database: pending index updates and the query log."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An object whose entry in the search engine must be brought up to date.

    Saving or deleting an indexed object records one row in the same
    transaction; a task applies it and deletes the row. While the engine is
    away the rows stay, so no update is lost (``manage.py search_catch_up``).
    Applying looks at the object as it is then: present and indexable means
    add, otherwise delete.
    """

    model_label = models.CharField(_("model"), max_length=100)
    object_id = models.CharField(_("object id"), max_length=64)
    queued_at = models.DateTimeField(_("queued at"), db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["model_label", "object_id"], name="unique_pending_update"
            )
        ]

    def __str__(self):
        return f"{self.model_label}:{self.object_id}"


class SearchQueryLog(models.Model):
    """One search as a staff member typed it, with how many results it had;
    the admin reports show top and zero-result queries."""

    query = models.CharField(_("query"), max_length=200, db_index=True)
    kind = models.CharField(_("tab"), max_length=30, blank=True)
    result_count = models.PositiveIntegerField(_("results"))
    searched_at = models.DateTimeField(_("searched at"), auto_now_add=True)
    # The page whose search box was used: a zero-result search started on a
    # theme page tells its owner what readers missed there.
    from_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("searched from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        indexes = [models.Index(fields=["searched_at"])]

    def __str__(self):
        return self.query
