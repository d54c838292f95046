from django.urls import path

from mentoring import views

app_name = "mentoring"

urlpatterns = [
    path("my-circle/", views.community_home, name="community-home"),
    path("my-circle/sessions/", views.my_sessions, name="my-sessions"),
    path("mentoring/mentees/", views.mentee_list, name="mentee-list"),
    path("mentoring/mentees/new/", views.relationship_create, name="relationship-create"),
    path("mentoring/mentees/<int:pk>/", views.relationship_detail, name="relationship-detail"),
    path("mentoring/mentees/<int:pk>/end/", views.relationship_end, name="relationship-end"),
    path(
        "mentoring/mentees/<int:pk>/sessions/new/",
        views.session_create,
        name="session-create",
    ),
    path(
        "mentoring/mentees/<int:pk>/recommend/",
        views.recommendation_create,
        name="recommendation-create",
    ),
    path(
        "mentoring/recommendations/<int:pk>/remove/",
        views.recommendation_delete,
        name="recommendation-delete",
    ),
    path("mentoring/sessions/<int:pk>/", views.session_detail, name="session-detail"),
    path("mentoring/sessions/<int:pk>/edit/", views.session_edit, name="session-edit"),
    path("mentoring/by-coordinator/", views.mentoring_summary, name="mentoring-summary"),
]
