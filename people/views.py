from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy

from people.forms import SignInForm


class SignInView(auth_views.LoginView):
    template_name = "people/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    template_name = "people/signed_out.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "people/password_change.html"
    success_url = reverse_lazy("people:password-change-done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "people/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "people/password_reset.html"
    email_template_name = "people/email/password_reset.txt"
    subject_template_name = "people/email/password_reset_subject.txt"
    success_url = reverse_lazy("people:password-reset-done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "people/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "people/password_reset_confirm.html"
    success_url = reverse_lazy("people:password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "people/password_reset_complete.html"


@login_not_required
def accessibility_statement(request: HttpRequest) -> HttpResponse:
    return render(request, "people/accessibility.html")
