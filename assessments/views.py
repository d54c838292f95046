from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from assessments import exports, selectors, services
from assessments.artefacts import ARTEFACT_KINDS, is_artefact_kind
from assessments.enums import EvidenceKind, EvidenceStatus
from assessments.forms import ArtefactEvidenceForm, EvidenceForm
from assessments.matrix import TeamMatrix
from assessments.models import Evidence, Framework
from core.exports import EXPORT_FORMATS, table_response
from core.forms import add_service_errors
from people import access
from people.decorators import staff_required, team_viewer_required
from people.enums import AccessKind
from people.models import Team, User
from people.services import access_record

# Long lists come a page at a time, so a page costs the same however large the service.
MATRIX_PAGE_SIZE = 50


def _bound(request: HttpRequest) -> tuple:
    """Form data for a POST (even an empty one, so it is validated), nothing for a GET."""
    if request.method == "POST":
        return (request.POST, request.FILES)
    return (None, None)


def _framework_groups(frameworks: list[Framework]) -> list[Framework]:
    """Each framework with its structure (those from frameworks_for have it already)."""
    return [
        f
        if "levels" in getattr(f, "_prefetched_objects_cache", {})
        else selectors.framework_with_structure(f.pk)
        for f in frameworks
    ]


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
    progressions = selectors.progressions_of(subject, frameworks)
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
        "artefact_kinds": [EvidenceKind(kind) for kind in ARTEFACT_KINDS],
    }


@staff_required
def evidence_add(request: HttpRequest) -> HttpResponse:
    return _evidence_add(request, EvidenceForm(*_bound(request)))


@staff_required
def artefact_add(request: HttpRequest, kind: str) -> HttpResponse:
    """Add a practice artefact (assessments.artefacts) as evidence."""
    if not is_artefact_kind(kind):
        raise Http404
    return _evidence_add(request, ArtefactEvidenceForm(*_bound(request), kind=kind))


def _evidence_add(request: HttpRequest, form: EvidenceForm) -> HttpResponse:
    form.fields.pop("clear_file")
    if request.method == "POST" and form.is_valid():
        try:
            evidence = services.evidence_submit(owner=request.user, **form.service_values())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _added_message(evidence))
            return redirect("assessments:evidence-detail", evidence_id=evidence.pk)
    return render(
        request, "assessments/evidence_form.html", _evidence_form_context(form, request.user)
    )


def _added_message(evidence: Evidence) -> str:
    if evidence.status == EvidenceStatus.FILED:
        return (
            "Every statement it supports is met already, so your evidence is filed against "
            "them: nobody needs to review it."
        )
    return "Your evidence has been sent for review."


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
def evidence_print(request: HttpRequest, evidence_id: int) -> HttpResponse:
    """A practice artefact on its own, laid out for paper (the print rules in site.css)."""
    evidence = _visible_evidence(request, evidence_id)
    if not evidence.is_artefact:
        raise Http404
    access_record(
        viewer=request.user,
        subject=evidence.owner,
        kind=AccessKind.EVIDENCE,
        obj=evidence,
        path=request.path,
    )
    return render(request, "assessments/evidence_print.html", {"evidence": evidence})


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
    if evidence.is_artefact:
        form = ArtefactEvidenceForm(
            *_bound(request), kind=evidence.kind, initial=ArtefactEvidenceForm.initial_for(evidence)
        )
    else:
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
    export_format = request.GET.get("format", "")
    matrix = TeamMatrix(request.user, team, with_actions=export_format not in EXPORT_FORMATS)
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
