"""Index seeded pages once each, rather than on each of their several saves.

Adding and publishing a page saves it three times; Wagtail re-indexes it for
search and references after every save. While seeding hundreds of pages that
is most of the work, so the seeder switches it off and indexes at the end.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing(models: list[type[Page]]):
    """Skip search and reference indexing on saves of these models."""
    disconnected = [
        model
        for model in models
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def index_pages(pages: list[Page]) -> None:
    """Add the pages to the search backends and the reference index."""
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in by_model.items():
            backend.add_bulk(model, objects)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)
