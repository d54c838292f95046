from django.urls import path

from people import views
from people.sso import views as sso_views

app_name = "people"

urlpatterns = [
    path("sign-in/", views.SignInView.as_view(), name="sign-in"),
    path("sign-in/organisation/", sso_views.SignInStartView.as_view(), name="sso-start"),
    path(
        "sign-in/organisation/callback/",
        sso_views.SignInCallbackView.as_view(),
        name="sso-callback",
    ),
    path("sign-out/", views.SignOutView.as_view(), name="sign-out"),
    path("account/password/", views.PasswordChangeView.as_view(), name="password-change"),
    path(
        "account/password/done/",
        views.PasswordChangeDoneView.as_view(),
        name="password-change-done",
    ),
    path("password-reset/", views.PasswordResetView.as_view(), name="password-reset"),
    path("password-reset/sent/", views.PasswordResetDoneView.as_view(), name="password-reset-done"),
    path(
        "password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "password-reset/complete/",
        views.PasswordResetCompleteView.as_view(),
        name="password-reset-complete",
    ),
    path("accessibility/", views.accessibility_statement, name="accessibility"),
    path("team/reviewers/", views.reviewer_appointments, name="reviewers"),
    path("account/", views.account, name="account"),
    path("account/who-looked/", views.access_log_own, name="access-log-own"),
    path("account/api-tokens/", views.api_tokens, name="api-tokens"),
    path(
        "account/api-tokens/<int:token_id>/revoke/",
        views.api_token_revoke,
        name="api-token-revoke",
    ),
]
