from django.urls import path

from . import tokens, views

app_name = "people"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("me/", views.my_profile, name="my_profile"),
    path("me/api-tokens/", tokens.api_tokens, name="api_tokens"),
    path("<str:username>/", views.profile, name="profile"),
    path("<str:username>/edit/", views.profile_edit, name="profile_edit"),
]
