"""Co-observation and calibration pages. Each view: check access, call one selector or
service, render. A pair or report the user may not see answers 404."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from core.exports import Table, tables_response
from core.forms import add_service_errors
from core.identifiers import IdentifiersFound
from observations import calibration_selectors as selectors
from observations import co_observation
from observations.calibration_forms import (
    CalibrationPeriodForm,
    CoObserverInviteForm,
    DiscussionNoteForm,
)
from observations.models import CoObservation
from observations.views import _visible
from people import access
from people.decorators import staff_required
from people.enums import AccessKind
from people.services import access_record


@require_http_methods(["GET", "POST"])
@staff_required
def co_observer_invite(request: HttpRequest, observation_id: int) -> HttpResponse:
    """The observer of a draft asks a colleague who was at the meeting to rate it too."""
    observation = _visible(request, observation_id)
    if request.user.pk != observation.observer_id or not observation.is_draft:
        raise Http404
    if observation.co_observation is not None:
        return redirect("observations:co-observation", pair_id=observation.co_observation.pk)
    form = CoObserverInviteForm(
        request.POST if request.method == "POST" else None,
        colleagues=selectors.co_observers_for(observation),
    )
    if request.method == "POST" and form.is_valid():
        try:
            pair = co_observation.co_observer_invite(
                observation=observation, by=request.user, **form.cleaned_data
            )
        except (ValidationError, PermissionDenied) as error:
            if isinstance(error, PermissionDenied):
                error = ValidationError(str(error))
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                f"{pair.second.observer.name} has been asked to rate the meeting on their own.",
            )
            return redirect("observations:observation-detail", observation_id=observation.pk)
    return render(
        request,
        "observations/co_observer_invite.html",
        {"form": form, "observation": observation},
    )


def _visible_pair(request: HttpRequest, pair_id: int) -> CoObservation:
    try:
        pair = selectors.co_observation_detail(pair_id)
    except CoObservation.DoesNotExist:
        raise Http404 from None
    allowed = access.can_view_co_observation(
        request.user,
        observer_ids=pair.observer_ids,
        observed=pair.first.observed,
        both_shared=pair.both_shared,
    )
    if not allowed:
        raise Http404
    return pair


def _pair_page(request: HttpRequest, pair: CoObservation, form=None) -> HttpResponse:
    rows, result = selectors.side_by_side(pair) if pair.both_shared else ([], None)
    is_observer = request.user.pk in pair.observer_ids
    return render(
        request,
        "observations/co_observation.html",
        {
            "pair": pair,
            "rows": rows,
            "result": result,
            "is_observer": is_observer,
            "form": form or DiscussionNoteForm(),
            "can_close": is_observer and pair.both_shared and not pair.is_closed,
        },
    )


@staff_required
def co_observation_detail(request: HttpRequest, pair_id: int) -> HttpResponse:
    pair = _visible_pair(request, pair_id)
    if pair.both_shared:
        # The ratings of an observation of someone's practice are on the page.
        access_record(
            viewer=request.user,
            subject=pair.first.observed,
            kind=AccessKind.OBSERVATION,
            obj=pair.first,
            path=request.path,
            author_id=pair.first.observer_id,
        )
    return _pair_page(request, pair)


@require_POST
@staff_required
def co_observation_close(request: HttpRequest, pair_id: int) -> HttpResponse:
    pair = _visible_pair(request, pair_id)
    form = DiscussionNoteForm(request.POST)
    if form.is_valid():
        try:
            co_observation.co_observation_close(
                pair=pair,
                by=request.user,
                note=form.cleaned_data["discussion_note"],
                identifiers_confirmed=form.confirmed_fingerprint(),
            )
        except IdentifiersFound as found:
            form.show_matches(found.matches, found.fingerprint)
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                "Your calibration discussion is recorded and the co-observation is closed.",
            )
            return redirect("observations:co-observation", pair_id=pair.pk)
    return _pair_page(request, pair, form)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%"


def _kappa(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _rows(rows: list[selectors.CalibrationRow], first: str) -> list[list[object]]:
    header = [first, "Pairs", "Criteria rated by both", "Agreed", "Agreement", "Cohen's kappa"]
    return [header] + [
        [
            row.label,
            row.pairs,
            row.result.rated,
            row.result.agreed,
            _percent(row.result.percentage),
            _kappa(row.result.kappa),
        ]
        for row in rows
    ]


@staff_required
def calibration_report(request: HttpRequest) -> HttpResponse:
    """Team leaders see their teams, service managers every team; anyone else 404."""
    team_ids = access.calibration_team_ids(request.user)
    if team_ids is not None and not team_ids:
        raise Http404
    form = CalibrationPeriodForm(request.GET or None)
    start, end = form.period()
    report = selectors.calibration_report(team_ids, start, end)
    export = request.GET.get("format", "")
    if export in ("csv", "xlsx"):
        tables = [
            Table("By observer", _rows(report.by_observer, "Observer")),
            Table("By team", _rows(report.by_team, "Team")),
        ]
        return tables_response(tables, filename="observer-calibration", fmt=export)
    query = request.GET.copy()
    query.pop("format", None)
    return render(
        request,
        "observations/calibration_report.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "tables": [
                ("By observer", "Observer", report.by_observer),
                ("By team", "Team", report.by_team),
            ],
            "query": query.urlencode(),
        },
    )
