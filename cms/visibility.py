"""Who may see what: the one place that decides visibility.

Every channel that lists or shows content -- page listings, search,
autocomplete, the API, feeds, notifications and e-mail -- asks these
functions rather than filtering on its own. Underneath they use Wagtail's own
mechanisms (live/draft state and page view restrictions), so the admin, the
API and the front end agree.

Each kind has a queryset filter (``visible_<kind>s``) and a single-object
check (``can_view_<kind>``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Substr
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)
from wagtail.query import PageQuerySet


def _user_groups(user) -> set[int]:
    if not hasattr(user, "_werkplek_group_ids"):
        user._werkplek_group_ids = set(user.groups.values_list("pk", flat=True))
    return user._werkplek_group_ids


def _passes_restriction(user, restriction) -> bool:
    if user.is_superuser:
        return True
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        allowed = {group.pk for group in restriction.groups.all()}
        return bool(allowed & _user_groups(user))
    # Password restrictions are unlocked per browser session, never in a
    # listing: such pages are reached by their link only.
    return False


@dataclass(frozen=True)
class _Blocked:
    """A view restriction a user does not pass: its id, its kind and its
    page's place."""

    pk: int
    path: str
    depth: int
    content_type_id: int
    restriction_type: str


def _not_passed(model, user) -> QuerySet:
    """Return the restrictions of ``model`` (pages' or collections') that
    ``user`` does not pass, decided in the database: a city has hundreds of
    them (one per closed group), too many to look at one by one."""
    if user.is_superuser:
        return model.objects.none()
    through = model.groups.through
    in_allowed_group = Exists(
        through.objects.filter(
            **{model._meta.model_name: OuterRef("pk")}, group__user=user.pk
        )
    )
    return (
        model.objects.exclude(restriction_type=model.LOGIN)
        .alias(passed=in_allowed_group)
        .exclude(restriction_type=model.GROUPS, passed=True)
    )


def _blocked_restrictions(user) -> list[_Blocked]:
    # Kept on the user object, which lives for one request: navigation,
    # listings and blocks on a page share one look-up.
    if not hasattr(user, "_werkplek_blocked_restrictions"):
        rows = _not_passed(PageViewRestriction, user).values_list(
            "pk",
            "page__path",
            "page__depth",
            "page__content_type_id",
            "restriction_type",
        )
        user._werkplek_blocked_restrictions = [_Blocked(*row) for row in rows]
    return user._werkplek_blocked_restrictions


def kept_from_by_groups(user, page: Page) -> bool:
    """Return whether a restriction to groups ``user`` is not in covers
    ``page`` (on it or above it): serving answers 404 then, as for an
    address with nothing behind it. Password restrictions are not meant:
    they have Wagtail's form. From the look-up the request's listings share."""
    if not (user and user.is_authenticated):
        return False
    return any(
        restriction.restriction_type == PageViewRestriction.GROUPS
        and page.path.startswith(restriction.path)
        for restriction in _blocked_restrictions(user)
    )


def _is_group_restriction(restriction: _Blocked) -> bool:
    """Return whether ``restriction`` keeps a group's content for members
    (it sits on a group's home, see groups.services.apply_visibility)."""
    from groups.models import GROUP_DEPTH, GroupPage

    return restriction.depth == GROUP_DEPTH and restriction.content_type_id == (
        _content_type_id(GroupPage)
    )


def _content_type_id(model) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def _blocked_paths(user) -> tuple[list[str], list[str]] | None:
    """Return (blocked groups, other blocked subtrees) as tree paths."""
    user = user or AnonymousUser()
    if not user.is_authenticated:
        return None
    groups, others = set(), set()
    for restriction in _blocked_restrictions(user):
        kind = groups if _is_group_restriction(restriction) else others
        kind.add(restriction.path)
    return sorted(groups), sorted(others)


def blocked_page_paths(user) -> list[str] | None:
    """Return the tree paths of the page subtrees hidden from ``user``,
    other than groups' (see ``blocked_group_paths``).

    ``None`` means everything is hidden (an anonymous visitor). Search stores
    each page's path in the index and leaves out these subtrees in the engine,
    so that results and counts follow the same rule as ``visible_pages``.
    """
    paths = _blocked_paths(user)
    return None if paths is None else paths[1]


def blocked_group_paths(user) -> list[str] | None:
    """Return the tree paths of the groups whose content ``user`` may not see.

    A city has hundreds of closed and secret groups, so these are not
    treated as subtrees one by one: every page and post in a group carries
    its group's path (``GROUP_DEPTH`` levels deep), and one list filter
    leaves them all out, in the database and in the engine.
    """
    paths = _blocked_paths(user)
    return None if paths is None else paths[0]


def page_visibility_key(user) -> str:
    """Return a short key that is equal for users who see the same pages.

    Cached listings add it to their cache key, so that a fragment rendered
    for one reader is only ever served to readers who may see all of it.
    Groups' restrictions are left out: no cached fragment lists group
    content, and a key per combination of memberships would leave every
    reader a cache of their own.
    """
    user = user or AnonymousUser()
    if not user.is_authenticated:
        return "anonymous"
    blocked = sorted(
        r.pk for r in _blocked_restrictions(user) if not _is_group_restriction(r)
    )
    return "b" + "-".join(map(str, blocked))


def _group_path():
    """The path of the group a page is in (or a shorter path outside groups)."""
    from groups.models import GROUP_DEPTH

    return Substr("path", 1, Page.steplen * GROUP_DEPTH)


def visible_pages(user, queryset: PageQuerySet | None = None) -> PageQuerySet:
    """Return the pages of ``queryset`` that ``user`` may see in a listing.

    Drafts and unpublished pages never; pages under a view restriction only
    for users who pass it; for external partners only their groups' pages.
    """
    user = user or AnonymousUser()
    pages = (queryset if queryset is not None else Page.objects.all()).live()
    if not user.is_authenticated:
        return pages.none()
    groups, others = _blocked_paths(user)
    confined = confined_page_paths(user)
    if confined is not None or groups:
        pages = pages.alias(_werkplek_group_path=_group_path())
    if confined is not None:
        pages = pages.filter(_werkplek_group_path__in=confined)
    if groups:
        pages = pages.exclude(_werkplek_group_path__in=groups)
    for path in others:
        pages = pages.exclude(path__startswith=path)
    return pages


def can_view_page(user, page: Page) -> bool:
    """Return whether ``user`` may see ``page`` (e.g. in a link or a block)."""
    if not (user and user.is_authenticated and page.live):
        return False
    confined = confined_page_paths(user)
    if confined is not None and not page.path.startswith(tuple(confined)):
        return False
    restrictions = page.get_view_restrictions().prefetch_related("groups")
    return all(_passes_restriction(user, r) for r in restrictions)


def _is_group_home(page) -> bool:
    from groups.models import GroupPage

    return issubclass(getattr(page, "specific_class", None) or type(page), GroupPage)


def can_open_page(user, page: Page) -> bool:
    """Return whether ``user`` may open ``page``'s address and get a page
    rather than a 404: a page they may see, or the home (in any of its
    languages) of a group they may know of, which shows those outside a
    closed group its landing -- name, description and "Ask to join", nothing
    of its content (groups.wagtail_hooks)."""
    if can_view_page(user, page):
        return True
    return _is_group_home(page) and can_view_group(user, page.specific)


def openable_versions(user, page: Page, versions: PageQuerySet) -> PageQuerySet:
    """Narrow ``versions`` (live versions of ``page``: its translations, or
    itself) to those ``user`` may open (``can_open_page``): for a group's
    home every version when they may know of the group, whose versions are
    one group (its landing in each language); otherwise the ones they may
    see (``visible_pages``). A group's pages below its home are never opened
    this way."""
    if _is_group_home(page) and can_view_group(user, page.specific):
        return versions
    return visible_pages(user, versions)


def visible_people(user, queryset: QuerySet | None = None) -> QuerySet:
    """Return the profiles ``user`` may see: active colleagues, and for
    administrators also deactivated accounts."""
    from people.models import Person

    people = queryset if queryset is not None else Person.objects.all()
    if not (user and user.is_authenticated):
        return people.none()
    if is_external(user):
        return people.filter(user=user)
    if sees_deactivated_people(user):
        return people
    return people.filter(user__is_active=True)


def people_visibility_key(user) -> str:
    """Return a short key that is equal for users who see the same people
    (``visible_people``), for cached lists of people: everyone, staff, or
    one external partner, who sees only themselves."""
    if not (user and user.is_authenticated):
        return "anonymous"
    if is_external(user):
        return f"external-{user.pk}"
    return "all" if sees_deactivated_people(user) else "active"


def sees_deactivated_people(user) -> bool:
    """Return whether ``user`` may also find deactivated colleagues (HR and
    administrators); search filters on this in the engine."""
    if not (user and user.is_authenticated):
        return False
    return user.is_superuser or user.has_perm("people.change_person")


def can_view_person(user, person) -> bool:
    """Return whether ``user`` may open ``person``'s profile."""
    if not (user and user.is_authenticated):
        return False
    if person.user_id == user.pk:
        return True
    if is_external(user):
        return False
    if person.user.is_active:
        return True
    return sees_deactivated_people(user)


def can_edit_person(user, person) -> bool:
    """Return whether ``user`` may edit ``person``'s profile: their own, or
    anyone's for the HR role (the ``people.change_person`` permission)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return person.user_id == user.pk or user.has_perm("people.change_person")


def blocked_collection_ids(user) -> list[int] | None:
    """Return the ids of the collections whose documents ``user`` may not see.

    A collection under a view restriction the user does not pass is hidden
    with all its sub-collections; ``None`` means everything is hidden.
    """
    user = user or AnonymousUser()
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_werkplek_blocked_collections"):
        not_passed = _not_passed(CollectionViewRestriction, user)
        paths = list(not_passed.values_list("collection__path", flat=True))
        blocked = []
        if paths:
            # One query for all subtrees: every closed group has a restricted
            # collection, so there are many.
            subtrees = Q()
            for path in paths:
                subtrees |= Q(path__startswith=path)
            blocked = Collection.objects.filter(subtrees).values_list("pk", flat=True)
        user._werkplek_blocked_collections = sorted(blocked)
    return user._werkplek_blocked_collections


def visible_documents(user, queryset: QuerySet | None = None) -> QuerySet:
    """Return the documents ``user`` may find: those outside collections
    with a view restriction the user does not pass. Any model kept in
    collections can be given as ``queryset`` (the API passes images)."""
    from wagtail.documents import get_document_model

    documents = queryset if queryset is not None else get_document_model().objects.all()
    blocked = blocked_collection_ids(user)
    if blocked is None:
        return documents.none()
    confined = confined_collection_ids(user)
    if confined is not None:
        documents = documents.filter(collection_id__in=confined)
    return documents.exclude(collection_id__in=blocked)


def can_view_document(user, document) -> bool:
    """Return whether ``user`` may open ``document``."""
    return can_view_collection(user, document.collection_id)


def can_view_collection(user, collection_id: int) -> bool:
    """Return whether ``user`` may find what the collection holds (documents,
    images), as ``visible_documents`` decides; not whether it exists."""
    blocked = blocked_collection_ids(user)
    if blocked is None or collection_id in blocked:
        return False
    confined = confined_collection_ids(user)
    return confined is None or collection_id in confined


# External partners -----------------------------------------------------------


def is_external(user) -> bool:
    """Return whether ``user`` is an external partner (``Person.is_external``).

    Externals see the groups they belong to and their own profile, nothing
    else of the intranet.
    """
    if not (user and user.is_authenticated) or user.is_superuser:
        return False
    if not hasattr(user, "_werkplek_is_external"):
        from people.models import Person

        user._werkplek_is_external = Person.objects.filter(
            user_id=user.pk, is_external=True
        ).exists()
    return user._werkplek_is_external


def sees_organisation_structure(user) -> bool:
    """Return whether ``user`` may see the organisations and org units
    (in the directory's filters and the API): staff may, external partners
    may not."""
    return bool(user and user.is_authenticated) and not is_external(user)


def _active_groups(user) -> list:
    """Return (pk, path, collection id) of the groups ``user`` is a member of."""
    if not hasattr(user, "_werkplek_active_groups"):
        from groups.models import GroupPage

        user._werkplek_active_groups = list(
            GroupPage.objects.filter(
                memberships__user_id=user.pk, memberships__status="active"
            ).values_list("pk", "path", "collection_id")
        )
    return user._werkplek_active_groups


def member_group_ids(user) -> set[int]:
    """Return the ids of the groups ``user`` is an active member of."""
    if not (user and user.is_authenticated):
        return set()
    return {pk for pk, _path, _collection in _active_groups(user)}


def confined_page_paths(user) -> list[str] | None:
    """Return the tree paths an external partner is limited to (the groups
    they belong to, and those groups' translations), or ``None`` for staff,
    who are not confined."""
    if not is_external(user):
        return None
    if not hasattr(user, "_werkplek_confined_paths"):
        from groups.models import GroupPage

        mine = [pk for pk, _path, _collection in _active_groups(user)]
        keys = GroupPage.objects.filter(pk__in=mine).values("translation_key")
        user._werkplek_confined_paths = sorted(
            GroupPage.objects.filter(translation_key__in=keys).values_list(
                "path", flat=True
            )
            if mine
            else []
        )
    return user._werkplek_confined_paths


def confined_collection_ids(user) -> list[int] | None:
    """Return the document collections an external partner may read (their
    groups'), or ``None`` for staff."""
    if not is_external(user):
        return None
    return sorted(c for _pk, _path, c in _active_groups(user) if c is not None)


# Groups ----------------------------------------------------------------------


def visible_groups(user, queryset: QuerySet | None = None) -> QuerySet:
    """Return the groups ``user`` may find in the group directory.

    Open and closed groups are listed for all staff (a closed group's
    content is for members only); secret groups only for their members;
    external partners see only the groups they belong to or are invited to.
    """
    from groups.models import GroupPage, GroupVisibility

    # By default the groups themselves; a queryset may hold their
    # translations too (search), which go with their group.
    groups = (
        queryset if queryset is not None else GroupPage.objects.originals()
    ).live()
    if not (user and user.is_authenticated):
        return groups.none()
    if user.is_superuser:
        return groups
    mine = Q(memberships__user_id=user.pk) & ~Q(memberships__status="requested")
    # By translation key, so that a group's translations (which have no
    # members of their own, see groups.translation) go with the group.
    mine_keys = GroupPage.objects.filter(mine).values("translation_key")
    if is_external(user):
        return groups.filter(translation_key__in=mine_keys)
    return groups.filter(
        ~Q(visibility=GroupVisibility.SECRET) | Q(translation_key__in=mine_keys)
    )


def can_view_group(user, group) -> bool:
    """Return whether ``user`` may know ``group`` exists (see its name and
    description); its content may still be for members only."""
    if not (user and user.is_authenticated and group.live):
        return False
    group = group.original
    if not group.live:
        return False
    if user.is_superuser:
        return True
    membership = group.memberships.filter(user_id=user.pk).first()
    if membership is not None and membership.status != "requested":
        return True
    if is_external(user):
        return False
    return group.visibility != "secret"


def can_view_group_content(user, group) -> bool:
    """Return whether ``user`` may read ``group``'s pages, posts, documents,
    members and contacts: all staff for an open group, members otherwise.

    The group's view restrictions state the same rule for Wagtail, so that
    ``visible_pages`` and search agree with it.
    """
    if not (user and user.is_authenticated and group.live):
        return False
    group = group.original
    if not group.live:
        return False
    if user.is_superuser or group.pk in member_group_ids(user):
        return True
    return group.visibility == "open" and not is_external(user)


def can_view_group_contacts(user, group) -> bool:
    """Return whether ``user`` may read ``group``'s contact book and notes:
    its members only, also in an open group (it holds personal details)."""
    if not (user and user.is_authenticated):
        return False
    return group.original.pk in member_group_ids(user)


def visible_posts(user, queryset: QuerySet | None = None) -> QuerySet:
    """Return the group posts ``user`` may read: those of groups whose
    content ``user`` may see."""
    from groups.models import GroupPage, GroupPost

    posts = queryset if queryset is not None else GroupPost.objects.all()
    readable = visible_pages(user, GroupPage.objects.all())
    return posts.filter(group__in=readable.values("pk"))
