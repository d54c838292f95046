"""The review pages: the queue of evidence, one piece of evidence decided at once, a
person's standing on a framework, the confirm step of a level and the learning plan."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from assessments import evidence_review, selectors, services
from assessments.enums import Outcome
from assessments.forms import (
    ConfirmLevelStepForm,
    EvidenceDecisionForm,
    LearningPlanForm,
    ReconsiderForm,
)
from assessments.models import Evidence, Framework, Level
from assessments.review_queue import ReviewQueue, evidence_for_review, pending_evidence_on
from core.forms import add_service_errors
from core.sanitize import plain_text_to_html
from people import access
from people.decorators import reviewer_required
from people.enums import AccessKind
from people.models import User
from people.services import access_record

REVIEW_PAGE_SIZE = 25


def _bound(request: HttpRequest) -> tuple:
    return (request.POST,) if request.method == "POST" else (None,)


@reviewer_required
def review_queue(request: HttpRequest) -> HttpResponse:
    queue = ReviewQueue(request.user)
    page = Paginator(queue, REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "assessments/review_queue.html",
        {
            "items": page.object_list,
            "count": page.paginator.count,
            "page": page,
            "can_appoint": access.can_appoint_reviewers(request.user),
        },
    )


@reviewer_required
def review_evidence(request: HttpRequest, evidence_id: int) -> HttpResponse:
    """One decision for a piece of evidence: every statement it claims that is not met yet,
    with exceptions; or return it for changes."""
    try:
        item = evidence_for_review(evidence_id)
    except Evidence.DoesNotExist:
        raise Http404 from None
    evidence = item.evidence
    if not access.can_decide_on(request.user, evidence.owner):
        raise Http404
    access_record(
        viewer=request.user,
        subject=evidence.owner,
        kind=AccessKind.EVIDENCE,
        obj=evidence,
        path=request.path,
    )
    form = EvidenceDecisionForm(*_bound(request), statements=item.to_decide)
    if request.method == "POST" and form.is_valid():
        try:
            done = _decide(request, evidence, form)
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, done)
            return redirect("assessments:review-queue")
    return render(
        request,
        "assessments/review_evidence.html",
        {"item": item, "evidence": evidence, "form": form, "frameworks": item.frameworks},
    )


def _decide(request: HttpRequest, evidence: Evidence, form: EvidenceDecisionForm) -> str:
    """Call the service the form asks for; the message to show when it is done."""
    owner = evidence.owner.name
    if form.returns:
        evidence_review.evidence_return(
            evidence=evidence,
            by=request.user,
            reason=form.cleaned_data["comment"],
            identifiers_confirmed=form.confirmed_fingerprint(),
        )
        return f"“{evidence.title}” is returned to {owner} for changes."
    recorded = evidence_review.evidence_decide(
        evidence=evidence,
        decided_by=request.user,
        outcome=form.cleaned_data["outcome"],
        comment=form.cleaned_data["comment"],
        exceptions=form.exceptions(),
        identifiers_confirmed=form.confirmed_fingerprint(),
    )
    count = len(recorded)
    return (
        f"{count} decision{'s' if count != 1 else ''} recorded on “{evidence.title}” for {owner}."
    )


def _decidable(request: HttpRequest, user_id: int, framework_id: int) -> tuple[User, Framework]:
    subject = get_object_or_404(User, pk=user_id, is_active=True)
    if not access.can_decide_on(request.user, subject):
        raise Http404
    framework = get_object_or_404(Framework, pk=framework_id)
    return subject, selectors.framework_with_structure(framework.pk)


@reviewer_required
def review_person(request: HttpRequest, user_id: int, framework_id: int) -> HttpResponse:
    subject, framework = _decidable(request, user_id, framework_id)
    progression = selectors.progression_for(subject, framework)
    return _review_page(request, subject, framework, progression)


def _review_page(
    request: HttpRequest,
    subject: User,
    framework: Framework,
    progression: selectors.Progression,
    *,
    plan_form: LearningPlanForm | None = None,
    reconsider_form: ReconsiderForm | None = None,
) -> HttpResponse:
    met = [row.statement for level in progression.levels for row in level.statements if row.is_met]
    return render(
        request,
        "assessments/review_person.html",
        {
            "subject": subject,
            "framework": framework,
            "progression": progression,
            "waiting": pending_evidence_on(subject, framework),
            "plan_form": plan_form or LearningPlanForm(framework=framework),
            "reconsider_form": reconsider_form or ReconsiderForm(met=met),
        },
    )


@require_POST
@reviewer_required
def reconsider(request: HttpRequest, user_id: int, framework_id: int) -> HttpResponse:
    """A met statement is no longer met: one "not yet met" decision, with the reason."""
    subject, framework = _decidable(request, user_id, framework_id)
    progression = selectors.progression_for(subject, framework)
    met = [row.statement for level in progression.levels for row in level.statements if row.is_met]
    form = ReconsiderForm(request.POST, met=met)
    if form.is_valid():
        statement = form.chosen()
        try:
            services.decisions_record(
                subject=subject,
                decided_by=request.user,
                decisions=[
                    services.DecisionInput(
                        statement, Outcome.NOT_YET_MET, form.cleaned_data["reason"]
                    )
                ],
                identifiers_confirmed=form.confirmed_fingerprint(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
    if form.errors:
        return _review_page(request, subject, framework, progression, reconsider_form=form)
    messages.success(request, f"{statement.code} is no longer met for {subject.name}.")
    return redirect("assessments:review-person", user_id=subject.pk, framework_id=framework.pk)


@reviewer_required
def level_confirm(request: HttpRequest, user_id: int, level_id: int) -> HttpResponse:
    """GET asks (the date it takes effect, a comment); POST confirms."""
    level = get_object_or_404(Level, pk=level_id)
    subject, framework = _decidable(request, user_id, level.framework_id)
    form = ConfirmLevelStepForm(*_bound(request), initial={"confirmed_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.level_confirm(
                subject=subject,
                level=level,
                confirmed_by=request.user,
                confirmed_on=form.cleaned_data["confirmed_on"],
                comment=form.cleaned_data["comment"],
                identifiers_confirmed=form.confirmed_fingerprint(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Level {level.code} confirmed for {subject.name}.")
            return redirect(
                "assessments:review-person", user_id=subject.pk, framework_id=framework.pk
            )
    return render(
        request,
        "assessments/level_confirm.html",
        {"subject": subject, "level": level, "framework": framework, "form": form},
    )


@require_POST
@reviewer_required
def learning_plan_agree(request: HttpRequest, user_id: int, framework_id: int) -> HttpResponse:
    subject, framework = _decidable(request, user_id, framework_id)
    form = LearningPlanForm(request.POST, framework=framework)
    if form.is_valid():
        try:
            services.learning_plan_agree(
                subject=subject,
                target_level=form.cleaned_data["target_level"],
                target_date=form.cleaned_data["target_date"],
                agreed_by=request.user,
                notes=plain_text_to_html(form.cleaned_data["notes"]),
                identifiers_confirmed=form.confirmed_fingerprint(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
    if form.errors:
        progression = selectors.progression_for(subject, framework)
        return _review_page(request, subject, framework, progression, plan_form=form)
    messages.success(request, f"Learning plan agreed with {subject.name}.")
    return redirect("assessments:review-person", user_id=subject.pk, framework_id=framework.pk)
