from django.urls import path

from . import views

app_name = "groups"

urlpatterns = [
    path("new/", views.create_group, name="create"),
    path("mine/", views.my_groups, name="mine"),
    path("<int:group_id>/settings/", views.group_settings, name="settings"),
    path("<int:group_id>/join/", views.join, name="join"),
    path("<int:group_id>/leave/", views.leave, name="leave"),
    path("<int:group_id>/accept/", views.accept_invitation, name="accept"),
    path("<int:group_id>/members/", views.members, name="members"),
    path("<int:group_id>/invite/", views.invite, name="invite"),
    path(
        "<int:group_id>/members/<int:membership_id>/<str:action>/",
        views.member_action,
        name="member_action",
    ),
    path("<int:group_id>/pages/new/", views.new_page, name="new_page"),
    path("<int:group_id>/pages/<int:page_id>/edit/", views.edit_page, name="edit_page"),
    path("<int:group_id>/posts/new/", views.new_post, name="new_post"),
    path("<int:group_id>/posts/<int:post_id>/", views.post_detail, name="post"),
    path(
        "<int:group_id>/posts/<int:post_id>/delete/",
        views.delete_post,
        name="delete_post",
    ),
    path("<int:group_id>/documents/", views.documents, name="documents"),
    path(
        "<int:group_id>/documents/<int:document_id>/",
        views.document_detail,
        name="document",
    ),
    path("<int:group_id>/contacts/", views.contacts, name="contacts"),
    path("<int:group_id>/notes/", views.add_note, name="add_note"),
]
