"""Template filters and tags for groups."""

from django import template

register = template.Library()


@register.filter
def in_reader_language(group):
    """The version of ``group`` (a Dutch group) to show a reader: its live
    translation into the request's language, else the group itself. Lists
    set ``shown`` on each group beforehand, in one query for all."""
    from groups.views import shown_version

    return shown_version(group)


@register.simple_tag(takes_context=True)
def group_version_shown(context, group):
    """The version of ``group`` its header shows: on the group's home (or
    its landing) the version asked for, the template's ``page``, so that a
    Dutch address read in another language's interface (``?original``, or
    where there is no translation) shows the Dutch name, as its title does;
    elsewhere the group in the reader's language (``in_reader_language``)."""
    from groups.models import GroupPage

    page = context.get("page")
    if isinstance(page, GroupPage) and page.translation_key == group.translation_key:
        return page
    return in_reader_language(group)
