"""The interface reads in Dutch (the default) and French: every string of the
catalogues is translated, keeps its placeholders, and reaches the pages."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
TRANSLATED_LANGUAGES = ["nl", "fr"]

# Named (%(name)s) and positional (%s, %d) printf-style placeholders.
PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[#0 +-]*\d*(?:\.\d+)?([sdifr])")


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def entries(language: str) -> list[polib.POEntry]:
    return [entry for entry in catalogue(language) if not entry.obsolete]


def placeholders(text: str) -> list[str]:
    """The sorted placeholders in ``text``; ``%%`` is a literal percent sign."""
    text = text.replace("%%", "")
    return sorted(name or f"%{kind}" for name, kind in PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_string_is_translated(language):
    untranslated = [
        entry.msgid
        for entry in entries(language)
        if not entry.translated() or any(not s for s in entry.msgstr_plural.values())
    ]

    assert entries(language), f"the {language} catalogue is empty"
    assert not untranslated, f"untranslated in {language}: {untranslated}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_no_string_is_fuzzy(language):
    po = catalogue(language)
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert not po.metadata_is_fuzzy, f"the {language} header is marked fuzzy"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = []
    for entry in entries(language):
        if entry.msgid_plural:
            # A language may use the singular form for more numbers (French
            # for 0 and 1), so its first form may follow either English form.
            for index, text in entry.msgstr_plural.items():
                allowed = [placeholders(entry.msgid_plural)]
                if index == 0:
                    allowed.append(placeholders(entry.msgid))
                if text and placeholders(text) not in allowed:
                    wrong.append((entry.msgid, text))
        elif entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid):
            wrong.append((entry.msgid, entry.msgstr))

    assert not wrong, f"placeholders differ in {language}: {wrong}"


def test_english_is_the_source_and_stays_empty():
    translated = [entry.msgid for entry in entries("en") if entry.translated()]

    assert not translated


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", {"Sign in": "Aanmelden", "My profile": "Mijn profiel",
                "Themes": "Thema's", "News": "Nieuws"}),
        ("fr", {"Sign in": "Se connecter", "My profile": "Mon profil",
                "Themes": "Thèmes", "News": "Actualités"}),
    ],
)  # fmt: skip
def test_strings_translate_at_run_time(language, expected):
    mo_file = LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"
    assert mo_file.exists(), "compile the catalogues first: make messages"

    with translation.override(language):
        assert {msgid: translation.gettext(msgid) for msgid in expected} == expected


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("nl", "1 collega", "3 collega's"),
        ("fr", "1 collègue", "3 collègues"),
    ],
)
def test_plural_forms_translate(language, one, many):
    def colleagues(count):
        text = translation.ngettext(
            "%(counter)s colleague", "%(counter)s colleagues", count
        )
        return text % {"counter": count}

    with translation.override(language):
        assert (colleagues(1), colleagues(3)) == (one, many)


@pytest.mark.django_db
def test_login_page_is_in_dutch_by_default(client):
    response = client.get(reverse("login"))

    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    assert "Aanmelden bij Werkplek" in response.content.decode()
    assert "Sign in to Werkplek" not in response.content.decode()


@pytest.mark.django_db
def test_login_page_follows_the_browser_language(client):
    response = client.get(reverse("login"), headers={"accept-language": "fr-BE"})

    assert response["Content-Language"] == "fr"
    assert "Se connecter à Werkplek" in response.content.decode()


def test_signed_in_pages_are_in_dutch(staff_client, home_page):
    response = staff_client.get("/", headers={"accept-language": "nl-BE,nl"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Mijn profiel" in content
    assert "Afmelden" in content


def test_the_catalogues_hold_every_string_of_the_code(tmp_path, settings, monkeypatch):
    """A string marked in code or templates but missing from the catalogues
    would show in English on a Dutch page: extract afresh and compare."""
    import shutil

    from django.core.management import call_command

    # makemessages writes beside the sources it reads: give it a copy.
    root = Path(settings.BASE_DIR)
    for app in ["cms", "home", "themes", "people", "groups", "search"]:
        shutil.copytree(
            root / app, tmp_path / app, ignore=shutil.ignore_patterns("__pycache__")
        )
    (tmp_path / "locale" / "nl" / "LC_MESSAGES").mkdir(parents=True)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)

    call_command("makemessages", locale=["nl"], verbosity=0)

    extracted = polib.pofile(str(tmp_path / "locale/nl/LC_MESSAGES/django.po"))
    marked = {entry.msgid for entry in extracted}
    missing = {
        language: sorted(marked - {entry.msgid for entry in entries(language)})
        for language in ["nl", "en", "fr"]
    }
    assert missing == {"nl": [], "en": [], "fr": []}, "run makemessages"
