from django.urls import path

from .freshness.views import page_feedback_view

app_name = "themes"

urlpatterns = [
    path("<int:page_id>/", page_feedback_view, name="page_feedback"),
]
