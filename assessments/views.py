from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from assessments import exports, selectors, services
from assessments.forms import EvidenceForm, LearningPlanForm, ReviewForm
from assessments.matrix import TeamMatrix
from assessments.models import Evidence, Framework, Level
from assessments.review_queue import ReviewQueue
from core.exports import EXPORT_FORMATS, table_response
from core.forms import add_service_errors
from core.sanitize import plain_text_to_html
from people import access
from people.decorators import reviewer_required, staff_required, team_viewer_required
from people.enums import AccessKind
from people.models import Team, User
from people.services import access_record

# Long lists come a page at a time, so a page costs the same however large the service.
MATRIX_PAGE_SIZE = 50
REVIEW_PAGE_SIZE = 25


def _bound(request: HttpRequest) -> tuple:
    """Form data for a POST (even an empty one, so it is validated), nothing for a GET."""
    if request.method == "POST":
        return (request.POST, request.FILES)
    return (None, None)


def _framework_groups(frameworks: list[Framework]) -> list[Framework]:
    return [selectors.framework_with_structure(f.pk) for f in frameworks]


# My progression ---------------------------------------------------------------------------


@staff_required
def my_progression(request: HttpRequest) -> HttpResponse:
    return _progression_page(request, request.user)


@staff_required
def person_progression(request: HttpRequest, user_id: int) -> HttpResponse:
    subject = get_object_or_404(User, pk=user_id, is_active=True)
    if not access.can_view_records(request.user, subject):
        raise Http404
    access_record(
        viewer=request.user, subject=subject, kind=AccessKind.PROGRESSION, path=request.path
    )
    return _progression_page(request, subject)


def _progression_page(request: HttpRequest, subject: User) -> HttpResponse:
    frameworks = _framework_groups(selectors.frameworks_for(subject))
    progressions = [selectors.progression_for(subject, f) for f in frameworks]
    return render(
        request,
        "assessments/progression.html",
        {
            "subject": subject,
            "is_own": subject.pk == request.user.pk,
            "progressions": progressions,
            "can_decide": access.can_decide_on(request.user, subject),
            "evidence_list": selectors.evidence_for_owner(subject)[:50],
        },
    )


# Evidence -----------------------------------------------------------------------------------


def _evidence_form_context(form: EvidenceForm, user: User, evidence: Evidence | None = None):
    frameworks = _framework_groups(selectors.frameworks_for(user))
    if not frameworks:
        frameworks = _framework_groups(list(selectors.published_frameworks()))
    selected = {str(v) for v in (form["statements"].value() or [])}
    return {
        "form": form,
        "frameworks": frameworks,
        "selected": selected,
        "evidence": evidence,
    }


@staff_required
def evidence_add(request: HttpRequest) -> HttpResponse:
    form = EvidenceForm(*_bound(request))
    form.fields.pop("clear_file")
    if request.method == "POST" and form.is_valid():
        try:
            evidence = services.evidence_submit(owner=request.user, **form.service_values())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your evidence has been sent to your team leader for review.")
            return redirect("assessments:evidence-detail", evidence_id=evidence.pk)
    return render(
        request, "assessments/evidence_form.html", _evidence_form_context(form, request.user)
    )


def _visible_evidence(request: HttpRequest, evidence_id: int) -> Evidence:
    try:
        evidence = selectors.evidence_detail(evidence_id)
    except Evidence.DoesNotExist:
        raise Http404 from None
    if not access.can_view_records(request.user, evidence.owner):
        raise Http404
    return evidence


@staff_required
def evidence_detail(request: HttpRequest, evidence_id: int) -> HttpResponse:
    evidence = _visible_evidence(request, evidence_id)
    access_record(
        viewer=request.user,
        subject=evidence.owner,
        kind=AccessKind.EVIDENCE,
        obj=evidence,
        path=request.path,
    )
    return render(
        request,
        "assessments/evidence_detail.html",
        {
            "evidence": evidence,
            "is_owner": evidence.owner_id == request.user.pk,
            "can_decide": access.can_decide_on(request.user, evidence.owner),
        },
    )


@staff_required
def evidence_edit(request: HttpRequest, evidence_id: int) -> HttpResponse:
    evidence = _visible_evidence(request, evidence_id)
    if evidence.owner_id != request.user.pk:
        raise Http404
    if not evidence.is_editable:
        messages.error(
            request, "This evidence has been reviewed or withdrawn, so it cannot be changed."
        )
        return redirect("assessments:evidence-detail", evidence_id=evidence.pk)
    form = EvidenceForm(*_bound(request), initial=EvidenceForm.initial_for(evidence))
    if not evidence.file:
        form.fields.pop("clear_file")
    if request.method == "POST" and form.is_valid():
        try:
            services.evidence_update(evidence=evidence, by=request.user, **form.service_values())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your changes have been saved.")
            return redirect("assessments:evidence-detail", evidence_id=evidence.pk)
    return render(
        request,
        "assessments/evidence_form.html",
        _evidence_form_context(form, request.user, evidence),
    )


@require_POST
@staff_required
def evidence_withdraw(request: HttpRequest, evidence_id: int) -> HttpResponse:
    evidence = _visible_evidence(request, evidence_id)
    if evidence.owner_id != request.user.pk:
        raise Http404
    try:
        services.evidence_withdraw(evidence=evidence, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"“{evidence.title}” has been withdrawn.")
    return redirect("assessments:evidence-detail", evidence_id=evidence.pk)


@staff_required
def evidence_file(request: HttpRequest, evidence_id: int) -> FileResponse:
    evidence = _visible_evidence(request, evidence_id)
    if not evidence.file:
        raise Http404
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    access_record(
        viewer=request.user,
        subject=evidence.owner,
        kind=AccessKind.EVIDENCE_FILE,
        obj=evidence,
        path=request.path,
    )
    response = FileResponse(handle, as_attachment=True, filename=evidence.file_name)
    response["Cache-Control"] = "private, no-store"
    return response


# Review -------------------------------------------------------------------------------------


@reviewer_required
def review_queue(request: HttpRequest) -> HttpResponse:
    queue = ReviewQueue(request.user)
    page = Paginator(queue, REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "assessments/review_queue.html",
        {"groups": page.object_list, "count": queue.evidence_count(), "page": page},
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
    rows = [row for level in progression.levels for row in level.statements]
    form = ReviewForm(*_bound(request)[:1], statements=[row.statement for row in rows])
    if request.method == "POST" and form.is_valid():
        try:
            recorded = services.decisions_record(
                subject=subject,
                decided_by=request.user,
                decisions=[services.DecisionInput(*item) for item in form.decisions()],
                identifiers_confirmed=form.confirmed_fingerprint(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"{len(recorded)} decision{'s' if len(recorded) != 1 else ''} recorded for "
                f"{subject.name}.",
            )
            return redirect(
                "assessments:review-person", user_id=subject.pk, framework_id=framework.pk
            )
    return _review_page(request, subject, framework, progression, form=form)


def _review_page(
    request: HttpRequest,
    subject: User,
    framework: Framework,
    progression: selectors.Progression,
    *,
    form: ReviewForm | None = None,
    plan_form: LearningPlanForm | None = None,
) -> HttpResponse:
    statements = [row.statement for level in progression.levels for row in level.statements]
    form = form or ReviewForm(statements=statements)
    levels = [
        {
            "level": level,
            "rows": [
                {
                    "row": row,
                    "outcome": form[f"outcome_{row.statement.pk}"],
                    "comment": form[f"comment_{row.statement.pk}"],
                }
                for row in level.statements
            ],
        }
        for level in progression.levels
    ]
    return render(
        request,
        "assessments/review_person.html",
        {
            "subject": subject,
            "framework": framework,
            "progression": progression,
            "form": form,
            "pending_rows": [
                r for lv in levels for r in lv["rows"] if r["row"].status == "pending"
            ],
            "levels": levels,
            "plan_form": plan_form or LearningPlanForm(framework=framework),
        },
    )


@require_POST
@reviewer_required
def level_confirm(request: HttpRequest, user_id: int, level_id: int) -> HttpResponse:
    level = get_object_or_404(Level, pk=level_id)
    subject, framework = _decidable(request, user_id, level.framework_id)
    try:
        services.level_confirm(subject=subject, level=level, confirmed_by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"Level {level.code} confirmed for {subject.name}.")
    return redirect("assessments:review-person", user_id=subject.pk, framework_id=framework.pk)


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


# Team matrix ----------------------------------------------------------------------------------


def _matrix_team(request: HttpRequest) -> Team | None:
    from people.selectors import teams_visible_to

    team_id = request.GET.get("team", "")
    if not team_id:
        return None
    if not team_id.isdigit():
        raise Http404
    return get_object_or_404(teams_visible_to(request.user), pk=int(team_id))


@team_viewer_required
def team_matrix(request: HttpRequest) -> HttpResponse:
    """A page of the matrix at a time; the CSV and XLSX hold every row of the selection."""
    from people.selectors import teams_visible_to

    team = _matrix_team(request)
    matrix = TeamMatrix(request.user, team)
    export_format = request.GET.get("format", "")
    if export_format in EXPORT_FORMATS:
        return table_response(
            exports.matrix_table(matrix.frameworks, matrix.rows()),
            filename="team-progression",
            fmt=export_format,
            sheet_title="Team progression",
            freeze_panes="B2",
        )
    if export_format:
        messages.error(request, "Exports come as CSV or XLSX.")
    page = Paginator(matrix, MATRIX_PAGE_SIZE).get_page(request.GET.get("page"))
    query = f"?team={team.pk}&" if team else "?"
    return render(
        request,
        "assessments/team_matrix.html",
        {
            "frameworks": matrix.frameworks,
            "rows": page.object_list,
            "page": page,
            "team": team,
            "teams": teams_visible_to(request.user),
            "csv_url": reverse("assessments:team-matrix") + query + "format=csv",
            "xlsx_url": reverse("assessments:team-matrix") + query + "format=xlsx",
        },
    )
