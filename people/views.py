from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST

from core.forms import add_service_errors
from people import access, selectors, services, throttling
from people.forms import SignInForm
from people.models import ApiToken, User
from people.sso.provider import is_enabled as sso_is_enabled


class SignInView(auth_views.LoginView):
    template_name = "people/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: object) -> dict:
        return {**super().get_context_data(**kwargs), "sso_enabled": sso_is_enabled()}


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

    def form_valid(self, form: forms.Form) -> HttpResponse:
        paused_until = throttling.password_reset_paused_until(
            self.request, form.cleaned_data["email"]
        )
        if paused_until is not None:
            form.add_error(None, throttling.password_reset_paused_message(paused_until))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


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


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label="What is the token for?",
        max_length=100,
        help_text="For example “Power BI quarterly report”.",
        error_messages={"required": "Say what the token is for"},
    )


def api_tokens(request: HttpRequest) -> HttpResponse:
    """Personal API tokens: make one (shown once), see when each was used, revoke."""
    if not access.is_staff_member(request.user):
        raise Http404
    form = ApiTokenForm(request.POST if request.method == "POST" else None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        _, new_key = services.api_token_create(user=request.user, name=form.cleaned_data["name"])
        form = ApiTokenForm()
    tokens = ApiToken.objects.filter(user=request.user)
    return render(
        request,
        "people/api_tokens.html",
        {"form": form, "tokens": tokens, "new_key": new_key},
    )


@require_POST
def api_token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    services.api_token_revoke(token=token, by=request.user)
    messages.success(request, f"“{token.name}” is revoked. Anything using it stops working now.")
    return redirect("people:api-tokens")


def account(request: HttpRequest) -> HttpResponse:
    """The account area: password, API tokens, your records and who has looked at them."""
    retention = settings.RETENTION
    return render(
        request,
        "people/account.html",
        {
            "leaver_years": retention["leaver_records_days"] // 365,
            "drafts_days": retention["unshared_drafts_days"],
        },
    )


ACCESS_LOG_PAGE_SIZE = 50


def access_log_own(request: HttpRequest) -> HttpResponse:
    """Who has looked at your records: the people who may see them, each time they did."""
    if not access.can_view_access_log_of(request.user, request.user):
        raise Http404
    records = selectors.access_records_about(request.user)
    page = Paginator(records, ACCESS_LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "people/access_log_own.html", {"page": page})


class ReviewerForm(forms.Form):
    """Who decides on one team leader's evidence: another team leader, or service managers.

    The choices come from the page's one list of team leaders, so a form per row costs no
    query of its own.
    """

    reviewer = forms.TypedChoiceField(
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={"invalid_choice": "Choose a team leader from the list"},
    )

    def __init__(self, *args: object, team_leader: User, leaders: list[User], **kwargs) -> None:
        super().__init__(*args, prefix=f"tl{team_leader.pk}", **kwargs)
        self.team_leader = team_leader
        field = self.fields["reviewer"]
        field.choices = [("", "Service managers only")] + [
            (leader.pk, leader.name) for leader in leaders if leader.pk != team_leader.pk
        ]
        field.label = f"Who decides on {team_leader.name}'s evidence"


def _reviewer_forms(leaders: list[User], data=None, posted: User | None = None) -> dict:
    forms_by_leader = {}
    for leader in leaders:
        current = leader.current_reviewers[0].reviewer_id if leader.current_reviewers else ""
        bound = data if posted is not None and posted.pk == leader.pk else None
        forms_by_leader[leader.pk] = ReviewerForm(
            bound, team_leader=leader, leaders=leaders, initial={"reviewer": current}
        )
    return forms_by_leader


def reviewer_appointments(request: HttpRequest) -> HttpResponse:
    """A service manager names, for each team leader, who decides on their evidence."""
    if not access.can_appoint_reviewers(request.user):
        raise Http404
    leaders = list(selectors.team_leaders_with_reviewers())
    posted = None
    if request.method == "POST":
        posted = next((x for x in leaders if str(x.pk) == request.POST.get("team_leader")), None)
        if posted is None:
            raise Http404
    forms_by_leader = _reviewer_forms(leaders, request.POST, posted)
    if posted is not None:
        form = forms_by_leader[posted.pk]
        if form.is_valid():
            by_pk = {leader.pk: leader for leader in leaders}
            reviewer = by_pk.get(form.cleaned_data["reviewer"])
            try:
                services.reviewer_appoint(team_leader=posted, reviewer=reviewer, by=request.user)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                who = f"{reviewer.name} decides" if reviewer else "Service managers decide"
                messages.success(request, f"{who} on {posted.name}'s evidence.")
                return redirect("people:reviewers")
    return render(
        request,
        "people/reviewers.html",
        {"rows": [(leader, forms_by_leader[leader.pk]) for leader in leaders]},
    )
