"""Send today's review reminders (for cron); a second run on one day sends
nothing again."""

from django.core.management.base import BaseCommand

from themes.freshness.reminders import send_review_reminders
from themes.freshness.tasks import send_review_reminders as reminders_task


class Command(BaseCommand):
    help = (
        "Send each content owner one digest of their pages due for review "
        "(within 30 days) or overdue, and escalate pages overdue for longer "
        "than WERKPLEK_REVIEW_ESCALATE_AFTER_DAYS to the section's owner. "
        "Idempotent per day."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the task backend (TASKS) instead of doing it "
            "in this process.",
        )

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = reminders_task.enqueue()
            self.stdout.write(f"Reminders enqueued as task {result.id}.")
            return
        counts = send_review_reminders()
        self.stdout.write(
            f"Digests sent: {counts.digests}; escalations sent: "
            f"{counts.escalations}; already sent today: {counts.already_sent}; "
            f"nothing to send: {counts.nothing_to_send}."
        )
