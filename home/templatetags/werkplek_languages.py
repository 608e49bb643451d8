"""The language switcher in the header of every page, and the language of
pages listed in another one."""

from django import template
from django.urls import translate_url
from django.utils.html import format_html
from wagtail.models import Page

from cms import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None) -> list[dict]:
    """Return the languages the current page can be read in, each with the
    address of that version: a page's live translations the reader may see,
    or, for the other views, the same view in every language. Empty when
    there is nothing to switch to."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return []
    current = languages.current_language()
    names = languages.language_names()
    if isinstance(page, Page) and page.pk:
        options = languages.translations_for_switcher(page, request.user)
        # The version shown: a Dutch page read in another language's
        # interface is the Dutch one.
        current = languages.text_language(page)
    else:
        options = [
            (code, translate_url(request.path, code))
            for code in languages.language_codes()
        ]
    query = request.META.get("QUERY_STRING", "")
    links = [
        {
            "code": code,
            "name": names[code],
            "url": f"{url}?{query}" if query and not isinstance(page, Page) else url,
            "current": code == current,
        }
        for code, url in options
    ]
    return links if len(links) > 1 else []


@register.filter
def lang_attr(page):
    """A ``lang`` attribute for ``page``'s text shown in a page of another
    language (a Dutch page standing in for a missing translation, in a list
    or as the page being read), so that screen readers and hyphenation read
    it in its own language; empty when it is in the language being read.
    No query but for an alias (cms.languages.text_language): locales are
    known per process."""
    code = languages.text_language(page)
    if not code or code == languages.current_language():
        return ""
    return format_html(' lang="{}"', code)
