"""The personal feed of the API: the news for the caller's organisation and
the posts of the groups they belong to, newest first.

News comes through ``visible_pages`` and posts through ``visible_posts``,
the same rules as the portal and the group pages. Each news item is shown
once, in the request's language, or in Dutch where it has no translation
(``cms.languages.in_language``), as on the portal.
"""

from datetime import date, datetime
from typing import Literal

from django.db.models import CharField, DateTimeField, F, Value
from django.db.models.functions import Cast, Coalesce
from django.http import HttpRequest
from ninja import Field, Router, Schema
from ninja.pagination import paginate

from cms.api_support import READ_ERRORS, ListPagination, check_parameters
from cms.languages import current_language, in_language
from cms.visibility import member_group_ids, visible_pages, visible_posts
from groups.api import PostOut, posts_for_listing, show_group_names
from groups.models import GroupPost
from people.models import reader_organisation_id
from themes.models import NewsPage

router = Router(tags=["feed"])


class NewsItemOut(Schema):
    """A news item as the feed shows it; its body is in the page detail."""

    id: int
    title: str
    intro: str
    date: date
    locale: str = Field(..., description="the item's language: the request's, or Dutch")
    url: str | None

    @staticmethod
    def resolve_locale(obj: NewsPage) -> str:
        return obj.locale.language_code

    @staticmethod
    def resolve_url(obj: NewsPage, context) -> str | None:
        return obj.get_url(context["request"])


class FeedItemOut(Schema):
    """One entry of the feed: a news item or a group post."""

    kind: Literal["news", "post"]
    published_at: datetime
    news: NewsItemOut | None = None
    post: PostOut | None = None


class Feed:
    """The caller's feed as a sequence that pagination can slice and count:
    one query for the count, one for a page of keys, one per kind of entry."""

    def __init__(self, request: HttpRequest):
        user = request.user
        news = NewsPage.objects.live().for_organisation(reader_organisation_id(user))
        # One version of each story: the translation, or the Dutch page.
        news = in_language(news, current_language())
        posts = GroupPost.objects.filter(group_id__in=member_group_ids(user))
        self.news = visible_pages(user, news)
        self.posts = visible_posts(user, posts)

    def _keys(self):
        text = CharField()
        # Pages made outside Wagtail's publishing have no publication time.
        published = Coalesce("first_published_at", Cast("date", DateTimeField()))
        news = self.news.annotate(
            kind=Value("news", output_field=text), moment=published
        ).values_list("kind", "pk", "moment")
        posts = self.posts.annotate(
            kind=Value("post", output_field=text),
            moment=F("created_at"),
        ).values_list("kind", "pk", "moment")
        return (
            news.order_by().union(posts.order_by(), all=True).order_by("-moment", "-pk")
        )

    def __len__(self) -> int:
        return self._keys().count()

    def __getitem__(self, window: slice) -> list[dict]:
        keys = list(self._keys()[window])
        wanted = {
            kind: [pk for k, pk, _moment in keys if k == kind]
            for kind in ("news", "post")
        }
        news = NewsPage.objects.filter(pk__in=wanted["news"]).defer_streamfields()
        news = news.select_related("locale")
        posts = show_group_names(
            posts_for_listing(GroupPost.objects.filter(pk__in=wanted["post"]))
        )
        found = {
            "news": {page.pk: page for page in news},
            "post": {post.pk: post for post in posts},
        }
        return [
            {"kind": kind, "published_at": moment, kind: found[kind][pk]}
            for kind, pk, moment in keys
            if pk in found[kind]
        ]


@router.get(
    "/feed/",
    response={200: list[FeedItemOut], **READ_ERRORS},
    summary="My feed",
    operation_id="feed_list",
)
@paginate(ListPagination)
def feed(request: HttpRequest, **kwargs):
    """Return the news for the caller's organisation and the posts of their
    groups, newest first."""
    check_parameters(request, ())
    return Feed(request)
