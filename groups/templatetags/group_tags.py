"""Template filters for groups."""

from django import template

register = template.Library()


@register.filter
def in_reader_language(group):
    """The version of ``group`` (a Dutch group) to show a reader: its live
    translation into the request's language, else the group itself. Lists
    set ``shown`` on each group beforehand, in one query for all."""
    from groups.views import shown_version

    return shown_version(group)
