"""Rebuild the stored review state of every page (after an import, or when
review cycles are switched on for an existing site)."""

from django.core.management.base import BaseCommand

from themes.freshness.services import sync_all_reviews


class Command(BaseCommand):
    help = (
        "Recompute each page's effective content owner, review interval, "
        "section and due date from the page tree. Reviews already recorded "
        "are kept."
    )

    def handle(self, *args, **options):
        written = sync_all_reviews()
        self.stdout.write(f"Review state stored for {written} pages.")
