from django.urls import path, register_converter

from . import views


class IdConverter:
    """A database id: at most nine digits, so that a longer number is a
    404 rather than an integer the database cannot hold."""

    regex = "[0-9]{1,9}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")


app_name = "groups"

urlpatterns = [
    path("new/", views.create_group, name="create"),
    path("mine/", views.my_groups, name="mine"),
    path("<id:group_id>/settings/", views.group_settings, name="settings"),
    path("<id:group_id>/join/", views.join, name="join"),
    path("<id:group_id>/leave/", views.leave, name="leave"),
    path("<id:group_id>/accept/", views.accept_invitation, name="accept"),
    path("<id:group_id>/members/", views.members, name="members"),
    path("<id:group_id>/invite/", views.invite, name="invite"),
    path(
        "<id:group_id>/members/<id:membership_id>/<str:action>/",
        views.member_action,
        name="member_action",
    ),
    path("<id:group_id>/pages/new/", views.new_page, name="new_page"),
    path("<id:group_id>/pages/<id:page_id>/edit/", views.edit_page, name="edit_page"),
    path(
        "<id:group_id>/pages/<id:page_id>/translate/<str:language>/",
        views.translate_page,
        name="translate_page",
    ),
    path("<id:group_id>/translations/", views.translations, name="translations"),
    path("<id:group_id>/posts/new/", views.new_post, name="new_post"),
    path("<id:group_id>/posts/<id:post_id>/", views.post_detail, name="post"),
    path(
        "<id:group_id>/posts/<id:post_id>/delete/",
        views.delete_post,
        name="delete_post",
    ),
    path("<id:group_id>/documents/", views.documents, name="documents"),
    path(
        "<id:group_id>/documents/<id:document_id>/",
        views.document_detail,
        name="document",
    ),
    path("<id:group_id>/contacts/", views.contacts, name="contacts"),
    path("<id:group_id>/notes/", views.add_note, name="add_note"),
]
