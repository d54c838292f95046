"""Observation pages. Each view: check access, call one selector or service, render.

Every record view asks access.can_view_observation; a record the user may not see answers
404. A step the user may see but not take (a locked observation, a wrong turn in the
workflow) is refused with the service's message: a notice on the page, or JSON with
status 409 (403 for the wrong person) to a client that asks for JSON.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from core.forms import add_service_errors
from core.sanitize import html_to_plain_text
from observations import selectors, services
from observations.calibration_selectors import co_observation_of
from observations.forms import (
    AddendumForm,
    ObservationCreateForm,
    ObservationFilterForm,
    ObservationForm,
    ResponseForm,
)
from observations.models import Observation
from observations.selectors import ObservationFilters
from people import access
from people.decorators import reviewer_required, staff_required
from people.enums import AccessKind
from people.services import access_record

PAGE_SIZE = 50
SIGN_OFF_PAGE_SIZE = 25


def _bound(request: HttpRequest) -> tuple:
    return (request.POST,) if request.method == "POST" else (None,)


def _visible(request: HttpRequest, observation_id: int) -> Observation:
    try:
        observation = selectors.observation_detail(observation_id)
    except Observation.DoesNotExist:
        raise Http404 from None
    pair = co_observation_of(observation)
    partner = pair.partner_of(observation) if pair else None
    if not access.can_view_observation(
        request.user,
        observation.observer,
        observation.observed,
        shared=not observation.is_draft,
        co_observer_id=partner.observer_id if partner else None,
        both_shared=pair.both_shared if pair else True,
    ):
        raise Http404
    observation.co_observation = pair
    return observation


def _refused(request: HttpRequest, observation: Observation, error: Exception) -> HttpResponse:
    message = error.messages[0] if isinstance(error, ValidationError) else str(error)
    if "application/json" in request.headers.get("Accept", ""):
        status = 403 if isinstance(error, PermissionDenied) else 409
        return JsonResponse({"error": message}, status=status)
    messages.error(request, message)
    return redirect("observations:observation-detail", observation_id=observation.pk)


# Lists --------------------------------------------------------------------------------------


@staff_required
def index(request: HttpRequest) -> HttpResponse:
    """Observers land on what they made; everyone else on observations of their practice."""
    if selectors.colleagues_to_observe(request.user).exists():
        return redirect("observations:made-list")
    return redirect("observations:of-me-list")


def _list_page(request: HttpRequest, *, mine: bool) -> HttpResponse:
    form = ObservationFilterForm(request.GET or None, include_drafts=mine)
    filters = ObservationFilters()
    if form.is_bound and form.is_valid():
        filters = ObservationFilters(**form.cleaned_data)
    select = selectors.observations_made_by if mine else selectors.observations_of
    page = Paginator(select(request.user, filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "observations/observation_list.html",
        {
            "mine": mine,
            "form": form,
            "page": page,
            "filtered": filters != ObservationFilters(),
            "query": query.urlencode(),
            "can_observe": mine and selectors.colleagues_to_observe(request.user).exists(),
        },
    )


@staff_required
def made_list(request: HttpRequest) -> HttpResponse:
    return _list_page(request, mine=True)


@staff_required
def of_me_list(request: HttpRequest) -> HttpResponse:
    return _list_page(request, mine=False)


@reviewer_required
def sign_off_queue(request: HttpRequest) -> HttpResponse:
    """Responded observations a page at a time, oldest first (a team's can run to hundreds)."""
    page = Paginator(selectors.awaiting_sign_off(request.user), SIGN_OFF_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "observations/sign_off_queue.html",
        {
            "queue": page.object_list,
            "count": page.paginator.count,
            "page": page,
            "people": list(selectors.team_observation_counts(request.user)),
        },
    )


# One observation ----------------------------------------------------------------------------


@staff_required
def observation_create(request: HttpRequest) -> HttpResponse:
    form = ObservationCreateForm(*_bound(request), observer=request.user)
    if not form.fields["observed"].queryset.exists():
        raise Http404
    if request.method == "POST" and form.is_valid():
        try:
            observation = services.observation_create(observer=request.user, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            if isinstance(error, PermissionDenied):
                error = ValidationError(str(error))
            add_service_errors(form, error)
        else:
            messages.success(request, "Observation started. It is a draft only you can see.")
            return redirect("observations:observation-edit", observation_id=observation.pk)
    return render(request, "observations/observation_create.html", {"form": form})


def _detail_page(request: HttpRequest, observation: Observation, **forms) -> HttpResponse:
    user = request.user
    is_observer = user.pk == observation.observer_id
    return render(
        request,
        "observations/observation_detail.html",
        {
            "observation": observation,
            "observer_evidence": selectors.observer_evidence(observation)
            if is_observer and observation.is_locked
            else None,
            "stages": selectors.ratings_by_stage(observation),
            "co_observation": _co_observation_shown(user, observation),
            "is_observer": is_observer,
            "is_observed": user.pk == observation.observed_id,
            "can_sign_off": access.can_sign_off(user, observation.observed),
            "can_add_addendum": observation.is_locked
            and access.can_add_observation_addendum(
                user,
                observer_id=observation.observer_id,
                observed_id=observation.observed_id,
                signed_off_by_id=observation.signed_off_by_id,
            ),
            "response_form": forms.get("response_form") or ResponseForm(),
            "addendum_form": forms.get("addendum_form") or AddendumForm(),
        },
    )


def _co_observation_shown(user, observation: Observation):
    """The observation's co-observation, to those who may open it; None to anyone else."""
    pair = observation.co_observation
    if pair is None:
        return None
    allowed = access.can_view_co_observation(
        user,
        observer_ids=pair.observer_ids,
        observed=observation.observed,
        both_shared=pair.both_shared,
    )
    return pair if allowed else None


@staff_required
def observation_detail(request: HttpRequest, observation_id: int) -> HttpResponse:
    observation = _visible(request, observation_id)
    access_record(
        viewer=request.user,
        subject=observation.observed,
        kind=AccessKind.OBSERVATION,
        obj=observation,
        path=request.path,
        author_id=observation.observer_id,
    )
    return _detail_page(request, observation)


def _initial(observation: Observation) -> dict:
    initial = {
        "observed_on": observation.observed_on,
        "meeting_type": observation.meeting_type,
        "stages_observed": observation.stages_observed,
        "strengths": html_to_plain_text(observation.strengths),
        "development_points": html_to_plain_text(observation.development_points),
        "agreed_actions": html_to_plain_text(observation.agreed_actions),
        "family_voice": html_to_plain_text(observation.family_voice),
    }
    for row in observation.ratings.all():
        initial[f"rating_{row.criterion_id}"] = row.rating
        initial[f"comment_{row.criterion_id}"] = html_to_plain_text(row.comment)
    return initial


@require_http_methods(["GET", "POST"])
@staff_required
def observation_edit(request: HttpRequest, observation_id: int) -> HttpResponse:
    observation = _visible(request, observation_id)
    try:
        services.ensure_editable(observation, by=request.user)
    except (ValidationError, PermissionDenied) as error:
        return _refused(request, observation, error)
    form = ObservationForm(*_bound(request), observation=observation, initial=_initial(observation))
    if request.method == "POST" and form.is_valid():
        sharing, saved = request.POST.get("action") == "share", False
        try:
            services.observation_save_draft(
                observation=observation,
                by=request.user,
                ratings=form.ratings(),
                identifiers_confirmed=form.confirmed_fingerprint(),
                **{name: form.cleaned_data[name] for name in services.DRAFT_FIELDS},
            )
            saved = True
            if sharing:
                services.observation_share(observation=observation, by=request.user)
        except services.IdentifiersFound as found:
            form.show_matches(found.matches, found.fingerprint)
        except ValidationError as error:
            if saved:
                messages.info(request, "Your draft is saved, but it cannot be shared yet.")
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                f"Shared with {observation.observed.name}, who has been told by email."
                if sharing
                else "Draft saved. Only you can see it until you share it.",
            )
            if sharing:
                return redirect("observations:observation-detail", observation_id=observation.pk)
            return redirect("observations:observation-edit", observation_id=observation.pk)
    return render(
        request, "observations/observation_form.html", {"form": form, "observation": observation}
    )


@require_http_methods(["GET", "POST"])
@staff_required
def observation_delete(request: HttpRequest, observation_id: int) -> HttpResponse:
    observation = _visible(request, observation_id)
    try:
        services.ensure_editable(observation, by=request.user, doing="deleted")
        if request.method == "POST":
            services.observation_delete(observation=observation, by=request.user)
    except (ValidationError, PermissionDenied) as error:
        return _refused(request, observation, error)
    if request.method == "POST":
        messages.success(request, "The draft observation has been deleted.")
        return redirect("observations:made-list")
    return render(request, "observations/observation_delete.html", {"observation": observation})


def _transition(request: HttpRequest, observation_id: int, service, done: str) -> HttpResponse:
    observation = _visible(request, observation_id)
    try:
        service(observation=observation, by=request.user)
    except (ValidationError, PermissionDenied) as error:
        return _refused(request, observation, error)
    messages.success(request, done)
    return redirect("observations:observation-detail", observation_id=observation.pk)


@require_POST
@staff_required
def observation_share(request: HttpRequest, observation_id: int) -> HttpResponse:
    return _transition(
        request,
        observation_id,
        services.observation_share,
        "Shared. They have been told by email and can now read it and respond.",
    )


@require_POST
@staff_required
def observation_sign_off(request: HttpRequest, observation_id: int) -> HttpResponse:
    return _transition(
        request,
        observation_id,
        services.observation_sign_off,
        "Signed off. The observation is now locked; the observer and the person observed have "
        "been told.",
    )


def _text_step(
    request: HttpRequest,
    observation_id: int,
    *,
    form_class: type,
    service,
    text_argument: str,
    form_name: str,
    done: str,
) -> HttpResponse:
    """A step that adds text to a shared observation (a response or an addendum): the text
    is checked for identifiers first, and a refused step says why."""
    observation = _visible(request, observation_id)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            service(
                observation=observation,
                by=request.user,
                identifiers_confirmed=form.confirmed_fingerprint(),
                **{text_argument: form.cleaned_data[text_argument]},
            )
        except services.IdentifiersFound as found:
            form.show_matches(found.matches, found.fingerprint)
        except ValidationError as error:
            if not hasattr(error, "error_dict"):
                return _refused(request, observation, error)
            add_service_errors(form, error)
        except PermissionDenied as error:
            return _refused(request, observation, error)
        else:
            messages.success(request, done)
            return redirect("observations:observation-detail", observation_id=observation.pk)
    return _detail_page(request, observation, **{form_name: form})


@require_POST
@staff_required
def observation_respond(request: HttpRequest, observation_id: int) -> HttpResponse:
    return _text_step(
        request,
        observation_id,
        form_class=ResponseForm,
        service=services.observation_respond,
        text_argument="response",
        form_name="response_form",
        done="Your response has been sent to your team leader.",
    )


@require_POST
@staff_required
def addendum_add(request: HttpRequest, observation_id: int) -> HttpResponse:
    return _text_step(
        request,
        observation_id,
        form_class=AddendumForm,
        service=services.addendum_add,
        text_argument="text",
        form_name="addendum_form",
        done="Addendum added.",
    )
