"""Languages of the intranet: which exist, which one a reader reads, and
which page stands in when a translation is missing.

Content is written in the default language (``LANGUAGE_CODE``, Dutch) and
translated with wagtail-localize into the other ``WAGTAIL_CONTENT_LANGUAGES``.
Each translation is a page of its own in that language's tree, under a URL
with the language's prefix (``/en/...``); Dutch keeps URLs without one.

A reader who asks for a language a page was not translated into gets the
default-language page: listings and search show, for each page, the
translation in the reader's language or, when there is none, the original.

A page that Wagtail made in a language's tree only to hold a translation
below it is no translation: it is an alias of the Dutch page, live, with
the Dutch text (``standing_in``), and counts as "not translated" until an
editor translates it.
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Substr
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)

# The session remembers the language a signed-in user reads in, so that
# requests need not look up their profile (cms.middleware).
SESSION_KEY = "werkplek_language"


@receiver(user_logged_in)
def _forget_language_on_sign_in(sender, request, user, **kwargs):
    """Read the profile's language afresh at each sign-in: sign-on may just
    have set it from the provider's ``locale`` claim."""
    if request is not None and hasattr(request, "session"):
        request.session.pop(SESSION_KEY, None)


def remember_language(request, code: str) -> None:
    """Make ``code`` the language ``request.user`` reads in, on their profile
    (Wagtail's, which the admin and e-mail use too) and in the session."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(request.user)
    if profile.preferred_language != code:
        profile.preferred_language = code
        profile.save(update_fields=["preferred_language"])
    request.session[SESSION_KEY] = code


def language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def language_names() -> dict[str, str]:
    """Each content language in its own name ("Français"), as the language
    switcher offers them; the interface names them with ``language_label``
    and ``language_in_text``."""
    return dict(settings.WAGTAIL_CONTENT_LANGUAGES)


def language_label(code: str) -> str:
    """Return the name of the content language ``code`` in the interface
    language, as a label on its own: a column, a choice, a badge ("Engels",
    "Anglais")."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return language_names().get(code, code)


# How running text names a language ("Translate into English", "Traduire en
# anglais"): French writes language names in lower case within a sentence.
_NAMES_IN_TEXT = {
    "nl": pgettext_lazy("language name within a sentence", "Dutch"),
    "en": pgettext_lazy("language name within a sentence", "English"),
    "fr": pgettext_lazy("language name within a sentence", "French"),
}


def language_in_text(code: str) -> str:
    """Return the name of the content language ``code`` in the interface
    language, as running text says it ("naar het Engels", "en anglais")."""
    if code in _NAMES_IN_TEXT:
        return str(_NAMES_IN_TEXT[code])
    return language_label(code)


def default_language() -> str:
    return settings.LANGUAGE_CODE


def normalise(code: str | None) -> str | None:
    """Return the content language ``code`` stands for ("en-GB" -> "en"), or
    None when it is not one of ours."""
    if not code:
        return None
    short = str(code).replace("_", "-").split("-")[0].lower()
    return short if short in language_codes() else None


def current_language() -> str:
    """The language the current request is answered in."""
    return normalise(translation.get_language()) or default_language()


def ensure_locales() -> list[Locale]:
    """Create a Locale for every content language that lacks one."""
    locales = []
    for code in language_codes():
        locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            logger.info("created locale %s", code)
        locales.append(locale)
    return locales


_LOCALE_LANGUAGES: dict[int, str] = {}


def language_of_locale(pk: int | None) -> str | None:
    """The language code of the Locale ``pk``, remembered per process (a
    locale's language never changes; new locales are looked up once)."""
    if pk is None:
        return None
    if pk not in _LOCALE_LANGUAGES:
        _LOCALE_LANGUAGES.update(Locale.objects.values_list("pk", "language_code"))
    return _LOCALE_LANGUAGES.get(pk)


def is_original(page) -> bool:
    """Return whether ``page`` sits in the default language's tree: the
    original that translations follow (``language_of_locale``, no query)."""
    return language_of_locale(page.locale_id) == default_language()


def locale_ids() -> dict[str, int]:
    """The id of each language's Locale, in one query."""
    return {code: pk for pk, code in Locale.objects.values_list("pk", "language_code")}


def standing_in() -> Q:
    """Select the pages that stand in for a translation without being one:
    aliases of their own translation in another language.

    Wagtail makes them when a page is translated before its parent
    (``copy_for_translation(copy_parents=True)``, which wagtail-localize's
    "Translate this page" and sync use, aliases each missing ancestor into
    the language's tree), and wagtail-localize's tree synchronisation for
    whole trees. They are live and keep the original's text (Wagtail updates
    them when it is published). Translating one in wagtail-localize clears
    its ``alias_of``: from then on it is a translation. An alias made
    elsewhere in its own language's tree has a translation key of its own
    and is a page like any other.
    """
    return Q(alias_of__translation_key=F("translation_key"))


def text_language(page) -> str | None:
    """Return the language ``page``'s text is written in: its locale's, or
    for a page standing in for a translation (``standing_in``) the language
    of the page whose text it shows. No query but for an alias (one per
    step of its chain, remembered on ``page``); a page loaded without its
    ``alias_of`` (``.only()``, as listings of ``in_language`` do, which hold
    no alias standing in) counts as none."""
    own = language_of_locale(getattr(page, "locale_id", None))
    if not getattr(page, "__dict__", {}).get("alias_of_id"):
        return own
    if not hasattr(page, "_werkplek_text_language"):
        source = page
        while source.alias_of_id:
            original = (
                Page.objects.filter(pk=source.alias_of_id)
                .only("locale_id", "alias_of_id", "translation_key")
                .first()
            )
            if original is None or original.translation_key != page.translation_key:
                break
            source = original
        page._werkplek_text_language = language_of_locale(source.locale_id)
    return page._werkplek_text_language


def in_language(pages, code: str):
    """Narrow a page queryset to one version of each page for a reader of
    ``code``: its translation into ``code``, or the default-language page
    when no live translation into ``code`` exists. A page standing in for a
    translation (``standing_in``) is none: the default-language page is
    listed instead.

    Pages in a third language are left out. Lazy: no query until used.
    """
    default = default_language()
    if code == default:
        return pages.filter(locale__language_code=default)
    translated = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=code,
        live=True,
    ).exclude(standing_in())
    return pages.filter(
        Q(locale__language_code=code) & ~standing_in()
        | Q(locale__language_code=default) & ~Exists(translated)
    )


def translations_for_switcher(page, user) -> list[tuple[str, str]]:
    """Return ``(language code, url)`` for each live translation of ``page``
    that ``user`` may see (a group's home: that they may open, the landing
    of a closed group included), the page itself included, in settings
    order. A page standing in for a translation is not one."""
    from cms.visibility import openable_versions

    versions = page.get_translations(inclusive=True).live().exclude(standing_in())
    pages = openable_versions(user, page, versions.select_related("locale"))
    urls = {}
    for each in pages:
        url = each.get_url()
        if url:
            urls[each.locale.language_code] = url
    return [(code, urls[code]) for code in language_codes() if code in urls]


def children_in_language(pages, parent, code: str | None = None, descendants=False):
    """Narrow ``pages`` to the children of ``parent`` for a reader of
    ``code`` (the current language by default): the children of every
    translation of ``parent``, one version of each (``in_language``).

    An English theme index thus lists the English themes and, for themes not
    translated yet, the Dutch ones. ``descendants`` takes every level below.
    """
    # Translations sit at the same depth in each language's tree.
    parents = Page.objects.filter(
        translation_key=parent.translation_key, depth=parent.depth
    ).values("path")
    level = Q(depth__gt=parent.depth) if descendants else Q(depth=parent.depth + 1)
    pages = pages.annotate(
        _translated_parent=Substr("path", 1, parent.depth * Page.steplen)
    ).filter(level, _translated_parent__in=parents)
    return in_language(pages, code or current_language())


# A page taken offline takes its translations with it ----------------------


def unpublish_translations(sender, instance, **kwargs) -> None:
    """A default-language page was unpublished (by an editor, a group
    member, an expiry date): unpublish its live translations too, so that a
    news item withdrawn in Dutch does not stay online in English. Nothing is
    deleted; an editor publishes a translation again (or syncs it) once the
    Dutch page is back. A translation unpublished on its own leaves the
    Dutch page alone."""
    if not is_original(instance):
        return
    translations = (
        Page.objects.filter(translation_key=instance.translation_key, live=True)
        .exclude(pk=instance.pk)
        .specific()
    )
    for version in translations:
        version.unpublish()
        logger.info(
            "translation unpublished with its original page_id=%s translation_id=%s",
            instance.pk,
            version.pk,
        )


# A view restriction on a page holds for its translations too -------------


def sync_restrictions_to_translations(page, lifted: bool = False) -> None:
    """Give the translations of a default-language ``page`` the same view
    restrictions as ``page``: wagtail-localize copies them only when it
    makes or syncs a translation, and a restriction set or lifted later
    must reach them at once (``lifted``: one was just lifted).
    Restrictions set on a translation itself are kept while the page has
    had none."""
    from wagtail.models import PageViewRestriction

    if page.locale.language_code != default_language():
        return
    originals = list(
        PageViewRestriction.objects.filter(page=page).prefetch_related("groups")
    )
    translations = Page.objects.filter(translation_key=page.translation_key).exclude(
        pk=page.pk
    )
    for version in translations:
        existing = PageViewRestriction.objects.filter(page=version)
        if not originals:
            if lifted and existing.exists():
                existing.delete()
                logger.info(
                    "view restriction lifted from translation page_id=%s "
                    "translation_id=%s",
                    page.pk,
                    version.pk,
                )
            continue
        existing.delete()
        for original in originals:
            copy = PageViewRestriction.objects.create(
                page=version,
                restriction_type=original.restriction_type,
                password=original.password,
            )
            copy.groups.set(original.groups.all())
        logger.info(
            "view restriction copied to translation page_id=%s translation_id=%s",
            page.pk,
            version.pk,
        )


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).select_related("locale").first()
    if page is not None:
        sync_restrictions_to_translations(page)


# Pages being deleted in this thread: deleting a page deletes its
# restrictions too, and its translations (which stay) must not open then.
_deleting = threading.local()


def _deleting_ids() -> set:
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    return _deleting.ids


def _page_deleting(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _deleting_ids().add(instance.pk)


def _page_deleted(sender, instance, **kwargs):
    # The row of Page itself goes last, after its subclass's row and its
    # restrictions.
    if sender is Page:
        _deleting_ids().discard(instance.pk)


def _restriction_lifted(sender, instance, **kwargs):
    if instance.page_id in _deleting_ids():
        return
    page = Page.objects.filter(pk=instance.page_id).select_related("locale").first()
    if page is not None:
        sync_restrictions_to_translations(page, lifted=True)


def connect_translation_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_unpublished

    page_unpublished.connect(
        unpublish_translations, dispatch_uid="werkplek-unpublish-translations"
    )

    post_save.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="werkplek-pvr"
    )
    post_delete.connect(
        _restriction_lifted,
        sender=PageViewRestriction,
        dispatch_uid="werkplek-pvr-lifted",
    )
    pre_delete.connect(_page_deleting, dispatch_uid="werkplek-page-deleting")
    post_delete.connect(_page_deleted, dispatch_uid="werkplek-page-deleted")

    def groups_changed(sender, instance, action, **kwargs):
        if action.startswith("post_") and isinstance(instance, PageViewRestriction):
            _restriction_changed(sender, instance)

    m2m_changed.connect(
        groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="werkplek-pvr-groups",
        weak=False,
    )
