from django.urls import path

from observations import calibration_views, views

app_name = "observations"

urlpatterns = [
    path("observations/", views.index, name="index"),
    path("observations/made/", views.made_list, name="made-list"),
    path("observations/of-me/", views.of_me_list, name="of-me-list"),
    path("observations/sign-off/", views.sign_off_queue, name="sign-off-queue"),
    path("observations/new/", views.observation_create, name="observation-create"),
    path("observations/<int:observation_id>/", views.observation_detail, name="observation-detail"),
    path(
        "observations/<int:observation_id>/edit/", views.observation_edit, name="observation-edit"
    ),
    path(
        "observations/<int:observation_id>/delete/",
        views.observation_delete,
        name="observation-delete",
    ),
    path(
        "observations/<int:observation_id>/share/",
        views.observation_share,
        name="observation-share",
    ),
    path(
        "observations/<int:observation_id>/respond/",
        views.observation_respond,
        name="observation-respond",
    ),
    path(
        "observations/<int:observation_id>/sign-off/",
        views.observation_sign_off,
        name="observation-sign-off",
    ),
    path(
        "observations/<int:observation_id>/co-observer/",
        calibration_views.co_observer_invite,
        name="co-observer-invite",
    ),
    path(
        "observations/co-observed/<int:pair_id>/",
        calibration_views.co_observation_detail,
        name="co-observation",
    ),
    path(
        "observations/co-observed/<int:pair_id>/close/",
        calibration_views.co_observation_close,
        name="co-observation-close",
    ),
    path(
        "observations/calibration/",
        calibration_views.calibration_report,
        name="calibration-report",
    ),
    path(
        "observations/<int:observation_id>/addenda/",
        views.addendum_add,
        name="addendum-add",
    ),
]
