from django.urls import path

from learning import assignment_views, package_views, views

app_name = "learning"

urlpatterns = [
    path("learning/", views.my_learning, name="my-learning"),
    path("learning/modules/<int:module_id>/enrol/", views.module_enrol, name="module-enrol"),
    path(
        "learning/lessons/<int:lesson_id>/check/",
        views.knowledge_check_submit,
        name="knowledge-check",
    ),
    path(
        "learning/lessons/<int:lesson_id>/reflection/",
        views.reflection_submit,
        name="reflection-save",
    ),
    path(
        "learning/lessons/<int:lesson_id>/complete/",
        views.lesson_complete,
        name="lesson-complete",
    ),
    path(
        "learning/lessons/<int:lesson_id>/scorm/",
        package_views.scorm_runtime,
        name="scorm-runtime",
    ),
    path(
        "learning/lessons/<int:lesson_id>/h5p/",
        package_views.h5p_runtime,
        name="h5p-runtime",
    ),
    path(
        "learning/packages/<int:lesson_id>/<path:file_path>",
        package_views.package_file,
        name="package-file",
    ),
    path("learning/people/<int:user_id>/", views.person_learning, name="person-learning"),
    path("learning/certificates/<int:completion_id>/", views.certificate, name="certificate"),
    path(
        "learning/certificates/<int:completion_id>/evidence/",
        views.completion_evidence_add,
        name="completion-evidence",
    ),
    path("learning/assignments/", assignment_views.assignments, name="assignments"),
    path(
        "learning/assignments/<int:assignment_id>/change/",
        assignment_views.assignment_change,
        name="assignment-change",
    ),
    path(
        "learning/assignments/<int:assignment_id>/cancel/",
        assignment_views.assignment_cancel,
        name="assignment-cancel",
    ),
    path("learning/cpd/", views.cpd_record, name="cpd-record"),
    path("learning/cpd/add/", views.cpd_entry_form, name="cpd-add"),
    path("learning/cpd/<int:entry_id>/edit/", views.cpd_entry_form, name="cpd-edit"),
    path("learning/cpd/<int:entry_id>/delete/", views.cpd_entry_delete, name="cpd-delete"),
]
