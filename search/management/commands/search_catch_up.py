"""Apply the index updates recorded while the search engine was away."""

from django.core.management.base import BaseCommand

from search.indexing import apply_pending


class Command(BaseCommand):
    help = (
        "Apply pending search index updates (kept while the engine was "
        "unavailable). Safe to run at any time, e.g. from cron every minute."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit",
            type=int,
            default=None,
            help="Apply at most about this many updates (default: all).",
        )

    def handle(self, *args, limit=None, **options):
        applied, pending = apply_pending(limit=limit)
        self.stdout.write(f"Applied {applied} index updates; {pending} still pending.")
        if pending:
            self.stderr.write("The search engine is unavailable; run again later.")
