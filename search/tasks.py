"""Background work of search (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from . import indexing


@task()
def apply_pending_index_updates() -> dict:
    """Apply the recorded index updates to the search engine."""
    applied, pending = indexing.apply_pending()
    return {"applied": applied, "pending": pending}
