"""Keep the search engine true to the database, also through an outage.

Every save or delete of an indexed object (and every change that alters what
is indexed for one: a user's name or status, a person's skills, a page move)
records a ``PendingIndexUpdate`` in the same transaction. After the commit a
django-task applies the pending updates. When the engine is down, applying
fails fast, the rows stay, and a later run (the next save, or
``manage.py search_catch_up``) applies them: nothing is lost.

Only active with an Elasticsearch or OpenSearch backend; Wagtail's database
backend updates its own index inside the transaction.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed, get_indexed_models

from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)

# While the engine is known to be down, saves do not try to reach it.
ENGINE_DOWN_KEY = "werkplek:search:engine-down"
ENGINE_DOWN_SECONDS = 30
BATCH_SIZE = 500


_backend_cache: dict = {}


def engine_backend():
    """Return the Elasticsearch/OpenSearch backend, or None (database backend).

    One backend (and so one connection pool) per configuration.
    """
    config = settings.WAGTAILSEARCH_BACKENDS
    cached = _backend_cache.get("backend")
    if cached is None or cached[0] is not config:
        backend = get_search_backend()
        cached = (config, backend if hasattr(backend, "es") else None)
        _backend_cache["backend"] = cached
    return cached[1]


def queue(objects, related: bool = True) -> int:
    """Record that ``objects`` (model instances) must be re-indexed.

    ``related`` is False for an object's own save or delete, which Wagtail's
    database backend already follows by itself.
    """
    if engine_backend() is None:
        if related:
            _update_database_index_after_commit(list(objects))
        return 0
    now = timezone.now()
    rows = {
        (obj._meta.label_lower, str(obj.pk)): PendingIndexUpdate(
            model_label=obj._meta.label_lower, object_id=str(obj.pk), queued_at=now
        )
        for obj in objects
        if obj.pk is not None
    }
    if not rows:
        return 0
    PendingIndexUpdate.objects.bulk_create(
        rows.values(),
        update_conflicts=True,
        unique_fields=["model_label", "object_id"],
        update_fields=["queued_at"],
    )
    _apply_after_commit()
    return len(rows)


def _update_database_index_after_commit(objects) -> None:
    from wagtail.search.index import insert_or_update_object

    def update():
        for obj in objects:
            fresh = type(obj).objects.filter(pk=obj.pk).first()
            if fresh is not None:
                insert_or_update_object(fresh)

    transaction.on_commit(update)


def _apply_after_commit():
    # Several saves in one transaction schedule several runs; the first
    # applies everything and the others find nothing to do.
    def enqueue():
        if cache.get(ENGINE_DOWN_KEY):
            return
        from .tasks import apply_pending_index_updates

        apply_pending_index_updates.enqueue()

    transaction.on_commit(enqueue)


def apply_pending(limit: int | None = None) -> tuple[int, int]:
    """Apply pending updates; return (applied, still pending).

    Raises nothing: an engine error leaves the rows for the next run.
    """
    backend = engine_backend()
    if backend is None:
        count = PendingIndexUpdate.objects.count()
        PendingIndexUpdate.objects.all().delete()
        return count, 0
    applied = 0
    while limit is None or applied < limit:
        rows = list(PendingIndexUpdate.objects.order_by("queued_at")[:BATCH_SIZE])
        if not rows:
            break
        try:
            _apply_rows(backend, rows)
        except Exception as error:
            _record_failure(rows, error)
            break
        applied += len(rows)
        cache.delete(ENGINE_DOWN_KEY)
    return applied, PendingIndexUpdate.objects.count()


def _apply_rows(backend, rows: list[PendingIndexUpdate]) -> None:
    by_model = defaultdict(list)
    for row in rows:
        by_model[row.model_label].append(row)
    for label, model_rows in by_model.items():
        model = apps.get_model(label)
        ids = [row.object_id for row in model_rows]
        present_ids = set()
        for indexed_model, objects in _indexable(model, ids).items():
            backend.add_bulk(indexed_model, objects)
            present_ids.update(str(obj.pk) for obj in objects)
        index = backend.get_index_for_model(model)
        for object_id in set(ids) - present_ids:
            index.delete_item(model(pk=object_id))
        logger.info(
            "index updated model=%s added=%s removed=%s",
            label,
            len(present_ids),
            len(set(ids) - present_ids),
        )
    # A row queued again while we worked keeps its newer time and stays.
    for row in rows:
        PendingIndexUpdate.objects.filter(pk=row.pk, queued_at=row.queued_at).delete()


def _indexable(model, ids: list[str]) -> dict:
    """Return the objects to index among ``ids``, by their most specific model
    (a page queued as a plain Page is indexed as its ThemePage)."""
    if not class_is_indexed(model):
        return {}
    objects = defaultdict(list)
    for obj in model.objects.filter(pk__in=ids):
        instance = obj.get_indexed_instance()
        if instance is None:
            continue
        objects[type(instance)].append(instance)
    result = {}
    for indexed_model, instances in objects.items():
        wanted = indexed_model.get_indexed_objects().filter(
            pk__in=[obj.pk for obj in instances]
        )
        result[indexed_model] = list(wanted)
    return {key: value for key, value in result.items() if value}


def _record_failure(rows, error: Exception) -> None:
    cache.set(ENGINE_DOWN_KEY, True, ENGINE_DOWN_SECONDS)
    PendingIndexUpdate.objects.filter(pk__in=[row.pk for row in rows]).update(
        attempts=F("attempts") + 1, last_error=str(error)[:2000]
    )
    logger.warning(
        "search engine unavailable, index updates kept pending=%s error=%s",
        PendingIndexUpdate.objects.count(),
        type(error).__name__,
    )


# Signal handlers -----------------------------------------------------------


def on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        queue([instance], related=False)
        _queue_other_translations(instance)


def _queue_other_translations(instance) -> None:
    """A page published or unpublished in one language changes the
    languages its other versions are indexed as live in
    (``translated_into``, search.languages)."""
    from wagtail.models import Page

    if not isinstance(instance, Page) or engine_backend() is None:
        return
    others = Page.objects.filter(translation_key=instance.translation_key)
    others = others.exclude(pk=instance.pk).only("pk")
    if others.exists():
        queue(others)


def on_delete(sender, instance, **kwargs):
    queue([instance], related=False)
    _queue_other_translations(instance)


def on_user_saved(sender, instance, raw=False, **kwargs):
    """A name, e-mail or active status lives on the account: re-index the
    person."""
    person = getattr(instance, "person", None) if not raw else None
    if person is not None:
        queue([person])


def on_tags_changed(sender, instance, action, **kwargs):
    """Skills of a person and tags of a document are indexed with them."""
    if action.startswith("post_") and class_is_indexed(type(instance)):
        queue([instance])


def on_unit_saved(sender, instance, raw=False, **kwargs):
    """A renamed unit or organisation changes the people indexed under it."""
    from people.models import OrgUnit, Person

    if raw:
        return
    if isinstance(instance, OrgUnit):
        people = Person.objects.filter(org_unit__path__startswith=instance.path)
    else:
        people = Person.objects.filter(org_unit__organisation=instance)
    queue(people.only("pk"))


def on_page_moved(sender, instance, **kwargs):
    """A move changes the paths (and so the visibility) of the whole subtree."""
    from wagtail.models import Page

    pages = Page.objects.descendant_of(instance, inclusive=True)
    queue(page for page in pages.only("pk"))


def connect_signals() -> None:
    """Connect the handlers that keep the engine's index true."""
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.signals import post_page_move

    from people.models import Organisation, OrgUnit, Person

    for model in get_indexed_models():
        post_save.connect(on_save, sender=model, dispatch_uid=f"search-save-{model}")
        post_delete.connect(
            on_delete, sender=model, dispatch_uid=f"search-delete-{model}"
        )
    post_save.connect(on_user_saved, sender=get_user_model(), dispatch_uid="s-user")
    m2m_changed.connect(
        on_tags_changed, sender=Person.skills.through, dispatch_uid="s-skills"
    )
    m2m_changed.connect(
        on_tags_changed,
        sender=get_document_model().tags.through,
        dispatch_uid="s-doc-tags",
    )
    post_save.connect(on_unit_saved, sender=OrgUnit, dispatch_uid="s-unit")
    post_save.connect(on_unit_saved, sender=Organisation, dispatch_uid="s-org")
    post_page_move.connect(on_page_moved, dispatch_uid="s-move")
