"""Seed a demo organisation: four organisations, staff, themes, news and
groups."""

from django.core.management.base import BaseCommand, CommandError

from home.demo import seed_demo
from home.demo.seed import DEFAULT_PASSWORD
from home.demo.vocabulary import ROLE_ACCOUNTS


class Command(BaseCommand):
    help = (
        "Fill Werkplek with the demo city of Leiemonde: its four organisations "
        "and their units, N staff with profiles and photos, role accounts to "
        "sign in with, theme pages, two years of news, English and French "
        "translations of the main pages and the latest news (wagtail-localize), "
        "and 320 groups with their members, pages, posts and documents. The "
        "same seed always gives the same content; running again creates only "
        "what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--people",
            type=int,
            default=800,
            help="How many staff members to create (default 800).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=2026,
            help="Random seed: the same seed gives the same names and pages "
            "(default 2026).",
        )
        parser.add_argument(
            "--password",
            default=DEFAULT_PASSWORD,
            help="Password for the role accounts admin, redacteur, "
            "eindredacteur, hr, medewerker and partner (default 'werkplek-demo').",
        )

    def handle(self, *args, **options):
        if options["people"] < 0:
            raise CommandError("--people cannot be negative.")
        counts = seed_demo(
            people=options["people"],
            seed=options["seed"],
            password=options["password"],
            report=self.stdout.write,
        )
        total = counts.created
        self.stdout.write(self.style.SUCCESS(f"Demo seeded: {total} things created."))
        self._print_accounts(options["password"])

    def _print_accounts(self, password: str) -> None:
        self.stdout.write("")
        self.stdout.write(f"{'Account':<14} {'Password':<16} Role")
        for role in ROLE_ACCOUNTS:
            self.stdout.write(f"{role['username']:<14} {password:<16} {role['label']}")
