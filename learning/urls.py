from django.urls import path

from learning.views import dashboards, mentoring, modules

app_name = "learning"

urlpatterns = [
    path("my-circle/", mentoring.community_home, name="community-home"),
    path("my-circle/sessions/", mentoring.my_sessions, name="my-sessions"),
    path("mentoring/mentees/", mentoring.mentee_list, name="mentee-list"),
    path("mentoring/mentees/new/", mentoring.relationship_create, name="relationship-create"),
    path("mentoring/mentees/<int:pk>/", mentoring.relationship_detail, name="relationship-detail"),
    path("mentoring/mentees/<int:pk>/end/", mentoring.relationship_end, name="relationship-end"),
    path(
        "mentoring/mentees/<int:pk>/sessions/new/",
        mentoring.session_create,
        name="session-create",
    ),
    path(
        "mentoring/mentees/<int:pk>/recommend/",
        mentoring.recommendation_create,
        name="recommendation-create",
    ),
    path(
        "mentoring/recommendations/<int:pk>/remove/",
        mentoring.recommendation_delete,
        name="recommendation-delete",
    ),
    path("mentoring/sessions/<int:pk>/", mentoring.session_detail, name="session-detail"),
    path("mentoring/sessions/<int:pk>/edit/", mentoring.session_edit, name="session-edit"),
    path("mentoring/by-coordinator/", mentoring.mentoring_summary, name="mentoring-summary"),
    # Learning modules
    path("learning/", modules.my_learning, name="my-learning"),
    path("learning/modules/<int:module_id>/enrol/", modules.module_enrol, name="module-enrol"),
    path(
        "learning/lessons/<int:lesson_id>/check/",
        modules.knowledge_check_submit,
        name="knowledge-check",
    ),
    path(
        "learning/lessons/<int:lesson_id>/reflection/",
        modules.reflection_submit,
        name="reflection-save",
    ),
    path(
        "learning/lessons/<int:lesson_id>/complete/",
        modules.lesson_complete,
        name="lesson-complete",
    ),
    path("learning/certificates/<int:completion_id>/", modules.certificate, name="certificate"),
    path("learning/assignments/", modules.assignments, name="assignments"),
    path("learning/cpd/", modules.cpd_record, name="cpd-record"),
    path("learning/cpd/add/", modules.cpd_entry_form, name="cpd-add"),
    path("learning/cpd/<int:entry_id>/edit/", modules.cpd_entry_form, name="cpd-edit"),
    path("learning/cpd/<int:entry_id>/delete/", modules.cpd_entry_delete, name="cpd-delete"),
    # Dashboards
    path("dashboards/team/", dashboards.team_dashboard, name="dashboard-team"),
    path("dashboards/service/", dashboards.service_dashboard, name="dashboard-service"),
    path("dashboards/completions/", dashboards.completions_list, name="dashboard-completions"),
    path(
        "dashboards/observations/",
        dashboards.observations_list,
        name="dashboard-observations",
    ),
]
