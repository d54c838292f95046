from django.urls import path

from assessments import review_views, views

app_name = "assessments"

urlpatterns = [
    path("progression/", views.my_progression, name="my-progression"),
    path("progression/<int:user_id>/", views.person_progression, name="person-progression"),
    path("evidence/add/", views.evidence_add, name="evidence-add"),
    path("evidence/add/<str:kind>/", views.artefact_add, name="artefact-add"),
    path("evidence/<int:evidence_id>/", views.evidence_detail, name="evidence-detail"),
    path("evidence/<int:evidence_id>/print/", views.evidence_print, name="evidence-print"),
    path("evidence/<int:evidence_id>/edit/", views.evidence_edit, name="evidence-edit"),
    path("evidence/<int:evidence_id>/withdraw/", views.evidence_withdraw, name="evidence-withdraw"),
    path("evidence/<int:evidence_id>/file/", views.evidence_file, name="evidence-file"),
    path("review/", review_views.review_queue, name="review-queue"),
    path(
        "review/evidence/<int:evidence_id>/",
        review_views.review_evidence,
        name="review-evidence",
    ),
    path(
        "review/<int:user_id>/<int:framework_id>/",
        review_views.review_person,
        name="review-person",
    ),
    path(
        "review/<int:user_id>/levels/<int:level_id>/confirm/",
        review_views.level_confirm,
        name="level-confirm",
    ),
    path(
        "review/<int:user_id>/<int:framework_id>/reconsider/",
        review_views.reconsider,
        name="reconsider",
    ),
    path(
        "review/<int:user_id>/<int:framework_id>/plan/",
        review_views.learning_plan_agree,
        name="learning-plan-agree",
    ),
    path("team/progression/", views.team_matrix, name="team-matrix"),
]
