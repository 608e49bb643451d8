"""The group endpoints of the API: the groups a caller may know of, one
group, its members, its posts and their comments; joining, leaving,
accepting an invitation, posting, commenting and deleting a post, writing
and changing the group's pages.

Every answer follows ``cms.visibility`` as the group directory and group
pages do: a secret group is unknown to non-members (404, never listed), a
closed group's members and posts are for its members. Every change goes
through the website's own forms (``groups.forms``), role checks
(``groups.permissions``) and services (``groups.services``), which also send
the notifications.
"""

from datetime import datetime

from django.db.models import Count, Q
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from cms.api_support import (
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    WRITE_ERRORS,
    ApiError,
    ErrorSchema,
    ListPagination,
    RequestBody,
    Text,
    check_parameters,
    form_error_response,
)
from cms.visibility import (
    can_view_group,
    can_view_group_content,
    visible_posts,
)

from . import services
from .forms import CommentForm, PostForm, WikiPageForm
from .models import GroupPage, GroupPost, GroupVisibility, GroupWikiPage, Membership
from .permissions import WRITE, deny, may_delete_post, require
from .richtext import clean_rich_text
from .views import filter_groups, show_in_reader_language, shown_version, wiki_parent

router = Router(tags=["groups"])

# Leaving and accepting may conflict with the group's state.
CONFLICT_ERRORS = {**WRITE_ERRORS, 409: ErrorSchema}


class GroupOut(Schema):
    """A group as the group directory lists it: its name, description and
    address in the request's language where the group has a live
    translation into it, in Dutch otherwise; its id is always the group's."""

    id: int
    title: str = Field(..., description="the group's name, in the request's language")
    slug: str
    description: str = Field(..., description="in the request's language")
    visibility: str
    url: str | None = Field(
        None, description="the group's home in the request's language"
    )
    member_count: int
    my_status: str | None = Field(
        None, description="the caller's membership: active, requested, invited"
    )

    # Lists and the detail look the versions up beforehand, in one query
    # (show_in_reader_language).
    @staticmethod
    def resolve_title(obj: GroupPage) -> str:
        return shown_version(obj).title

    @staticmethod
    def resolve_description(obj: GroupPage) -> str:
        return shown_version(obj).description

    @staticmethod
    def resolve_url(obj: GroupPage, context) -> str | None:
        return shown_version(obj).get_url(context["request"])

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
    def resolve_group_title(obj: GroupPost) -> str:
        # The group's name in the request's language where it is translated;
        # lists look the names up beforehand (show_group_names).
        return shown_version(obj.group).title

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


def show_group_names(posts) -> list[GroupPost]:
    """Look up, in one query, the name of each post's group in the
    request's language (``PostOut.group_title``); return the posts."""
    posts = list(posts)
    show_in_reader_language([post.group for post in posts])
    return posts


class PostPagination(ListPagination):
    """Pagination that also looks up the listed posts' group names in the
    request's language, in one query."""

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        page["items"] = show_group_names(page["items"])
        return page


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
    groups, and their versions in the request's language, in one query
    each."""

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = super().paginate_queryset(queryset, pagination, request, **params)
        page["items"] = list(page["items"])
        _note_statuses(request, [group.pk for group in page["items"]])
        show_in_reader_language(page["items"])
        return page


class GroupFilters(Schema):
    """Filters of the group list, as in the group directory."""

    q: str | None = Field(
        None,
        max_length=100,
        description="words in title or text, in Dutch or a translation",
    )
    visibility: GroupVisibility | None = Field(
        None, description="only open, closed or secret groups"
    )
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
        # The groups themselves, not their translations (groups.translation).
        GroupPage.objects.originals(),
        q=filters.q,
        visibility=filters.visibility,
        mine=filters.mine,
    )
    return _with_counts(groups).order_by("title", "pk")


def _known_group(request: HttpRequest, group_id: int) -> GroupPage:
    if group_id > MAX_ID:
        raise Http404
    group = _with_counts(
        GroupPage.objects.originals().live().filter(pk=group_id)
    ).first()
    if group is None or not can_view_group(request.user, group):
        raise Http404
    return group


def _readable_group(request: HttpRequest, group_id: int) -> GroupPage:
    if group_id > MAX_ID:
        raise Http404
    group = GroupPage.objects.originals().live().filter(pk=group_id).first()
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
    show_in_reader_language([group])
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
@paginate(PostPagination)
def list_posts(request: HttpRequest, group_id: int, **kwargs):
    """Return a group's posts, newest first, or 404 when its content is not
    for the caller."""
    check_parameters(request, ())
    group = _readable_group(request, group_id)
    return posts_for_listing(visible_posts(request.user, group.posts.all()))


# Membership ------------------------------------------------------------------


class MembershipOut(Schema):
    """The caller's membership of a group after a change."""

    group: int = Field(..., alias="group_id")
    status: str = Field(..., description="active, or requested for a closed group")
    role: str


def _act(action, *args):
    """Run a service; a refusal answers 403, a conflict with the group's
    state (no invitation, the last owner leaving) 409, with its message."""
    try:
        return action(*args)
    except services.GroupActionError as error:
        status = 403 if error.code == services.GroupActionError.NOT_ALLOWED else 409
        raise ApiError(status, " ".join(error.messages)) from error


@router.post(
    "/groups/{group_id}/join/",
    response={200: MembershipOut, **WRITE_ERRORS},
    summary="Join a group",
    operation_id="groups_join",
)
def join_group(request: HttpRequest, group_id: int):
    """Join an open group at once, ask to join a closed one (``requested``;
    its moderators are told), or accept an invitation; already a member or
    asked, the membership is answered as it is. 403 for a group joined by
    invitation only."""
    check_parameters(request, ())
    group = _known_group(request, group_id)
    return _act(services.join, request.user, group)


@router.post(
    "/groups/{group_id}/leave/",
    response={204: None, **CONFLICT_ERRORS},
    summary="Leave a group",
    operation_id="groups_leave",
)
def leave_group(request: HttpRequest, group_id: int):
    """Leave a group, withdraw a request or decline an invitation (nothing
    to do is no error); 409 for the group's last owner."""
    check_parameters(request, ())
    group = _known_group(request, group_id)
    _act(services.leave, request.user, group)
    return Status(204, None)


@router.post(
    "/groups/{group_id}/invitation/accept/",
    response={200: MembershipOut, **CONFLICT_ERRORS},
    summary="Accept an invitation",
    operation_id="groups_invitation_accept",
)
def accept_invitation(request: HttpRequest, group_id: int):
    """Accept the caller's invitation to a group; 409 without one."""
    check_parameters(request, ())
    group = _known_group(request, group_id)
    return _act(services.accept_invitation, request.user, group)


# Posts and comments ------------------------------------------------------------


class PostIn(RequestBody):
    """A new post: plain text, as the website's post form takes it."""

    body: Text = Field(..., description="the message (1 to 5,000 characters)")


class CommentIn(RequestBody):
    """A new comment: plain text, as the website's comment form takes it."""

    body: Text = Field(..., description="the comment (1 to 2,000 characters)")


class CommentOut(Schema):
    """A comment on a post."""

    id: int
    post: int = Field(..., alias="post_id")
    body: str
    author: PostAuthorOut | None
    created_at: datetime

    @staticmethod
    def resolve_author(obj) -> dict | None:
        return PostOut.resolve_author(obj)


def _post(request: HttpRequest, group_id: int, post_id: int) -> GroupPost:
    group = _readable_group(request, group_id)
    if post_id > MAX_ID:
        raise Http404
    post = posts_for_listing(group.posts.filter(pk=post_id)).first()
    if post is None:
        raise Http404
    return post


@router.post(
    "/groups/{group_id}/posts/",
    response={201: PostOut, **WRITE_ERRORS},
    summary="Write a post",
    operation_id="groups_posts_create",
)
def create_post(request: HttpRequest, group_id: int, payload: PostIn):
    """Post a message in a group's timeline, as its members do on the
    website; 403 for a reader who is not a member."""
    check_parameters(request, ())
    group = _readable_group(request, group_id)
    require(request.user, group, WRITE)
    form = PostForm({"body": payload.body})
    if not form.is_valid():
        return form_error_response(form)
    post = services.write_post(request.user, group, body=form.cleaned_data["body"])
    return Status(201, posts_for_listing(GroupPost.objects.filter(pk=post.pk)).get())


@router.get(
    "/groups/{group_id}/posts/{post_id}/",
    response={200: PostOut, **DETAIL_ERRORS},
    summary="Post detail",
    operation_id="groups_posts_detail",
)
def get_post(request: HttpRequest, group_id: int, post_id: int):
    """Return one post of a group whose content the caller may read."""
    check_parameters(request, ())
    return _post(request, group_id, post_id)


@router.delete(
    "/groups/{group_id}/posts/{post_id}/",
    response={204: None, **WRITE_ERRORS},
    summary="Delete a post",
    operation_id="groups_posts_delete",
)
def delete_post(request: HttpRequest, group_id: int, post_id: int):
    """Delete a post with its comments: one's own, or anyone's for the
    group's moderators and owners."""
    check_parameters(request, ())
    post = _post(request, group_id, post_id)
    if not may_delete_post(request.user, post):
        deny()
    services.delete_post(request.user, post)
    return Status(204, None)


@router.get(
    "/groups/{group_id}/posts/{post_id}/comments/",
    response={200: list[CommentOut], **DETAIL_ERRORS},
    summary="List a post's comments",
    operation_id="groups_comments_list",
)
@paginate(ListPagination)
def list_comments(request: HttpRequest, group_id: int, post_id: int, **kwargs):
    """Return a post's comments, oldest first, as the website shows them."""
    check_parameters(request, ())
    post = _post(request, group_id, post_id)
    return post.comments.select_related("author__person").order_by("created_at", "pk")


@router.post(
    "/groups/{group_id}/posts/{post_id}/comments/",
    response={201: CommentOut, **WRITE_ERRORS},
    summary="Write a comment",
    operation_id="groups_comments_create",
)
def create_comment(
    request: HttpRequest, group_id: int, post_id: int, payload: CommentIn
):
    """Comment on a post, as the group's members do on the website; 403 for
    a reader who is not a member."""
    check_parameters(request, ())
    post = _post(request, group_id, post_id)
    require(request.user, post.group, WRITE)
    form = CommentForm({"body": payload.body})
    if not form.is_valid():
        return form_error_response(form)
    comment = services.write_comment(request.user, post, body=form.cleaned_data["body"])
    return Status(
        201, post.comments.select_related("author__person").get(pk=comment.pk)
    )


# Pages -------------------------------------------------------------------------


class WikiPageIn(RequestBody):
    """A group page as the website's page editor sends it."""

    title: Text = Field(..., description="1 to 255 characters, with letters")
    body: Text = Field(
        ...,
        description=(
            "HTML: headings, bold, italic, lists, links, and links to and "
            "images of the group's own files; anything else is dropped "
            "(required: a change replaces the page's title and text)"
        ),
    )


class NewWikiPageIn(WikiPageIn):
    """A new group page, at the top of the group or under one of its pages."""

    body: Text = Field(
        "",
        description=(
            "HTML: headings, bold, italic, lists, links, and links to and "
            "images of the group's own files; anything else is dropped"
        ),
    )
    parent: int | None = Field(
        None,
        ge=1,
        le=MAX_ID,
        description="a page of the group, or the group's own id for its top "
        "(the default)",
    )


class WikiPageOut(Schema):
    """A group page after a change; ``GET /api/pages/<id>/`` gives it whole."""

    id: int
    title: str
    body: str = Field(..., description="the rich text as stored")
    parent: int
    url: str | None
    revision: int | None = Field(..., alias="latest_revision_id")

    @staticmethod
    def resolve_parent(obj: GroupWikiPage) -> int:
        return obj.get_parent().pk

    @staticmethod
    def resolve_url(obj: GroupWikiPage, context) -> str | None:
        return obj.get_url(context["request"])


def _page_form(payload: WikiPageIn) -> WikiPageForm:
    return WikiPageForm({"title": payload.title, "body": payload.body})


@router.post(
    "/groups/{group_id}/pages/",
    response={201: WikiPageOut, **WRITE_ERRORS},
    summary="Write a group page",
    operation_id="groups_pages_create",
)
def create_page(request: HttpRequest, group_id: int, payload: NewWikiPageIn):
    """Publish a new page in a group, as its members do with the website's
    page editor: a Wagtail revision by the caller, within their Wagtail page
    permissions (403 otherwise, and for a reader who is not a member)."""
    check_parameters(request, ())
    group = _readable_group(request, group_id)
    require(request.user, group, WRITE)
    parent = wiki_parent(group, payload.parent)
    form = _page_form(payload)
    if not form.is_valid():
        return form_error_response(form)
    body = clean_rich_text(form.cleaned_data["body"], group)
    page = services.create_wiki_page(
        request.user, group, parent, title=form.cleaned_data["title"], body=body
    )
    return Status(201, GroupWikiPage.objects.get(pk=page.pk))


@router.put(
    "/groups/{group_id}/pages/{page_id}/",
    response={200: WikiPageOut, **WRITE_ERRORS},
    summary="Change a group page",
    operation_id="groups_pages_update",
)
def update_page(request: HttpRequest, group_id: int, page_id: int, payload: WikiPageIn):
    """Replace a group page's title and text with a new revision, as the
    website's page editor does (403 as for a new page)."""
    check_parameters(request, ())
    group = _readable_group(request, group_id)
    require(request.user, group, WRITE)
    if page_id > MAX_ID:
        raise Http404
    page = GroupWikiPage.objects.descendant_of(group).filter(pk=page_id).first()
    if page is None:
        raise Http404
    form = _page_form(payload)
    if not form.is_valid():
        return form_error_response(form)
    body = clean_rich_text(form.cleaned_data["body"], group)
    services.edit_wiki_page(
        request.user,
        group,
        page.get_latest_revision_as_object(),
        title=form.cleaned_data["title"],
        body=body,
    )
    return GroupWikiPage.objects.get(pk=page.pk)
