"""The group endpoints of the API: the groups a caller may know of, one
group, its members and its posts.

Every answer follows ``cms.visibility`` as the group directory and group
pages do: a secret group is unknown to non-members (404, never listed), a
closed group's members and posts are for its members.
"""

from datetime import datetime

from django.db.models import Count, Q
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from cms.api_support import (
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    ListPagination,
    check_parameters,
)
from cms.visibility import (
    can_view_group,
    can_view_group_content,
    visible_posts,
)

from .models import GroupPage, GroupPost, GroupVisibility, Membership
from .views import filter_groups

router = Router(tags=["groups"])


class GroupOut(Schema):
    """A group as the group directory lists it."""

    id: int
    title: str
    slug: str
    description: str
    visibility: str
    url: str | None
    member_count: int
    my_status: str | None = Field(
        None, description="the caller's membership: active, requested, invited"
    )

    @staticmethod
    def resolve_url(obj: GroupPage, context) -> str | None:
        return obj.get_url(context["request"])

    @staticmethod
    def resolve_my_status(obj: GroupPage, context) -> str | None:
        return context["request"].werkplek_group_statuses.get(obj.pk)


class GroupDetailOut(GroupOut):
    """One group, and whether the caller may read its content."""

    can_read_content: bool

    @staticmethod
    def resolve_can_read_content(obj: GroupPage, context) -> bool:
        return can_view_group_content(context["request"].user, obj)


class MemberOut(Schema):
    """An active member of a group and their role."""

    username: str = Field(..., alias="user.username")
    name: str
    role: str
    since: datetime = Field(..., alias="created_at")

    @staticmethod
    def resolve_name(obj: Membership) -> str:
        return obj.user.person.full_name


class PostAuthorOut(Schema):
    """Who wrote a post (empty when the account is gone)."""

    username: str
    name: str


class PostOut(Schema):
    """A post in a group's timeline."""

    id: int
    group: int = Field(..., alias="group_id")
    group_title: str
    body: str
    author: PostAuthorOut | None
    created_at: datetime
    updated_at: datetime
    url: str

    @staticmethod
    def resolve_author(obj: GroupPost) -> dict | None:
        if obj.author is None:
            return None
        return {"username": obj.author.username, "name": obj.author.person.full_name}

    @staticmethod
    def resolve_url(obj: GroupPost) -> str:
        return obj.get_absolute_url()


def posts_for_listing(posts):
    """Join what a post shows, so that a list costs a fixed number of queries."""
    return posts.select_related("group", "author__person").order_by(
        "-created_at", "-pk"
    )


def _note_statuses(request: HttpRequest, group_ids) -> None:
    """Keep the caller's membership statuses of these groups on the request
    (one query for a whole list)."""
    request.werkplek_group_statuses = dict(
        Membership.objects.filter(
            user_id=request.user.pk, group_id__in=list(group_ids)
        ).values_list("group_id", "status")
    )


class StatusAwarePagination(ListPagination):
    """Pagination that also reads the caller's memberships of the listed
    groups, in one query."""

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        page["items"] = list(page["items"])
        _note_statuses(request, [group.pk for group in page["items"]])
        return page


class GroupFilters(Schema):
    """Filters of the group list, as in the group directory."""

    q: str | None = Field(None, max_length=100, description="words in title or text")
    visibility: GroupVisibility | None = None
    mine: bool = Field(False, description="only groups the caller is a member of")


def _with_counts(groups):
    active = Q(memberships__status=Membership.Status.ACTIVE)
    return groups.annotate(member_count=Count("memberships", filter=active))


@router.get(
    "/groups/",
    response={200: list[GroupOut], **READ_ERRORS},
    summary="List groups",
    operation_id="groups_list",
)
@paginate(StatusAwarePagination)
def list_groups(request: HttpRequest, filters: Query[GroupFilters], **kwargs):
    """Return the groups the caller may know of, by title."""
    check_parameters(request, GroupFilters.model_fields)
    groups = filter_groups(
        request.user,
        GroupPage.objects.all(),
        q=filters.q,
        visibility=filters.visibility,
        mine=filters.mine,
    )
    return _with_counts(groups).order_by("title", "pk")


def _known_group(request: HttpRequest, group_id: int) -> GroupPage:
    if group_id > MAX_ID:
        raise Http404
    group = _with_counts(GroupPage.objects.live().filter(pk=group_id)).first()
    if group is None or not can_view_group(request.user, group):
        raise Http404
    return group


def _readable_group(request: HttpRequest, group_id: int) -> GroupPage:
    if group_id > MAX_ID:
        raise Http404
    group = GroupPage.objects.live().filter(pk=group_id).first()
    if group is None or not can_view_group_content(request.user, group):
        raise Http404
    return group


@router.get(
    "/groups/{group_id}/",
    response={200: GroupDetailOut, **DETAIL_ERRORS},
    summary="Group detail",
    operation_id="groups_detail",
)
def get_group(request: HttpRequest, group_id: int):
    """Return one group the caller may know of, or 404."""
    check_parameters(request, ())
    group = _known_group(request, group_id)
    _note_statuses(request, [group.pk])
    return group


@router.get(
    "/groups/{group_id}/members/",
    response={200: list[MemberOut], **DETAIL_ERRORS},
    summary="List a group's members",
    operation_id="groups_members_list",
)
@paginate(ListPagination)
def list_members(request: HttpRequest, group_id: int, **kwargs):
    """Return a group's active members, or 404 when its content is not for
    the caller."""
    check_parameters(request, ())
    group = _readable_group(request, group_id)
    return (
        group.memberships.active()
        .select_related("user__person")
        .order_by("user__last_name", "user__first_name", "pk")
    )


@router.get(
    "/groups/{group_id}/posts/",
    response={200: list[PostOut], **DETAIL_ERRORS},
    summary="List a group's posts",
    operation_id="groups_posts_list",
)
@paginate(ListPagination)
def list_posts(request: HttpRequest, group_id: int, **kwargs):
    """Return a group's posts, newest first, or 404 when its content is not
    for the caller."""
    check_parameters(request, ())
    group = _readable_group(request, group_id)
    return posts_for_listing(visible_posts(request.user, group.posts.all()))
