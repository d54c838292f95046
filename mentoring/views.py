"""Mentoring pages. Each view: check access, call one selector or service, render.

A record the user may not see answers 404. Staff pages use people.decorators.staff_required,
so experts by experience and volunteers get 404 there too.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.forms import add_service_errors
from mentoring import selectors, services
from mentoring.forms import (
    MentoringEndForm,
    MentoringRelationshipForm,
    MentoringSessionForm,
    RecommendationForm,
)
from mentoring.models import MentoringRelationship
from people import access
from people.decorators import staff_required


def _community_member_or_404(request: HttpRequest) -> None:
    if not access.is_community_member(request.user):
        raise Http404


def _mentoring_or_404(request: HttpRequest, pk: int) -> MentoringRelationship:
    """A relationship the signed-in coordinator mentors and may still write to."""
    relationship = selectors.relationship_for_mentor(request.user, pk)
    if relationship is None or not access.can_record_mentoring_session(
        request.user, mentor_id=relationship.mentor_id
    ):
        raise Http404
    return relationship


def community_home(request: HttpRequest) -> HttpResponse:
    _community_member_or_404(request)
    home = selectors.community_home(request.user)
    return render(request, "mentoring/community_home.html", {"home": home})


def my_sessions(request: HttpRequest) -> HttpResponse:
    _community_member_or_404(request)
    sessions = selectors.sessions_for_mentee(request.user)
    return render(request, "mentoring/my_sessions.html", {"sessions": sessions})


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_visible_to(request.user, pk)
    if session is None:
        raise Http404
    mentor_id = session.relationship.mentor_id
    return render(
        request,
        "mentoring/session_detail.html",
        {
            "session": session,
            "is_mentor": request.user.pk == mentor_id,
            "show_private_notes": access.can_view_private_mentor_notes(
                request.user, mentor_id=mentor_id
            ),
            "can_edit": access.can_record_mentoring_session(request.user, mentor_id=mentor_id),
        },
    )


@staff_required
def mentee_list(request: HttpRequest) -> HttpResponse:
    if not access.is_coordinator(request.user):
        raise Http404
    relationships = selectors.relationships_of_mentor(request.user)
    return render(request, "mentoring/mentee_list.html", {"relationships": relationships})


@staff_required
def relationship_create(request: HttpRequest) -> HttpResponse:
    if not access.is_coordinator(request.user):
        raise Http404
    form = MentoringRelationshipForm(
        request.POST or None,
        mentees=selectors.possible_mentees_for(request.user),
        initial={"start_date": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            relationship = services.mentoring_relationship_start(
                mentor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"You are now mentoring {relationship.mentee.name}.")
            return redirect("mentoring:relationship-detail", pk=relationship.pk)
    return render(request, "mentoring/relationship_form.html", {"form": form})


@staff_required
def relationship_detail(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = selectors.relationship_for_mentor(request.user, pk)
    if relationship is None:
        raise Http404
    return render(
        request,
        "mentoring/relationship_detail.html",
        {
            "relationship": relationship,
            "sessions": selectors.sessions_of_relationship(relationship),
            "recommendations": selectors.recommendations_of_relationship(relationship),
            "can_edit": access.can_record_mentoring_session(
                request.user, mentor_id=relationship.mentor_id
            ),
        },
    )


@staff_required
def relationship_end(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = _mentoring_or_404(request, pk)
    if relationship.end_date is not None:
        raise Http404
    form = MentoringEndForm(request.POST or None, initial={"end_date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.mentoring_relationship_end(
                relationship=relationship, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Mentoring with {relationship.mentee.name} has ended.")
            return redirect("mentoring:relationship-detail", pk=relationship.pk)
    return render(
        request, "mentoring/relationship_end.html", {"form": form, "relationship": relationship}
    )


@staff_required
def session_create(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = _mentoring_or_404(request, pk)
    form = MentoringSessionForm(request.POST or None, initial={"date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            session = services.mentoring_session_record(
                relationship=relationship, by=request.user, **form.service_values()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "The session has been saved.")
            return redirect("mentoring:session-detail", pk=session.pk)
    return render(
        request,
        "mentoring/session_form.html",
        {"form": form, "relationship": relationship, "session": None},
    )


@staff_required
def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    session = selectors.session_for_mentor(request.user, pk)
    if session is None or not access.can_record_mentoring_session(
        request.user, mentor_id=session.relationship.mentor_id
    ):
        raise Http404
    form = MentoringSessionForm(
        request.POST or None, initial=MentoringSessionForm.initial_for(session)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.mentoring_session_update(
                session=session, by=request.user, **form.service_values()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "The session has been updated.")
            return redirect("mentoring:session-detail", pk=session.pk)
    return render(
        request,
        "mentoring/session_form.html",
        {"form": form, "relationship": session.relationship, "session": session},
    )


@staff_required
def recommendation_create(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = _mentoring_or_404(request, pk)
    if not relationship.is_active():
        raise Http404
    form = RecommendationForm(
        request.POST or None, resources=selectors.recommendable_resources(relationship)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.resource_recommend(
                relationship=relationship, by=request.user, **form.service_values()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Recommended to {relationship.mentee.name}.")
            return redirect("mentoring:relationship-detail", pk=relationship.pk)
    return render(
        request,
        "mentoring/recommendation_form.html",
        {"form": form, "relationship": relationship},
    )


@staff_required
@require_POST
def recommendation_delete(request: HttpRequest, pk: int) -> HttpResponse:
    recommendation = selectors.recommendation_for_mentor(request.user, pk)
    if recommendation is None or not access.can_record_mentoring_session(
        request.user, mentor_id=recommendation.relationship.mentor_id
    ):
        raise Http404
    services.resource_recommendation_withdraw(recommendation=recommendation, by=request.user)
    messages.success(request, "The recommendation has been removed.")
    return redirect("mentoring:relationship-detail", pk=recommendation.relationship_id)


@staff_required
def mentoring_summary(request: HttpRequest) -> HttpResponse:
    if not access.can_view_mentoring_counts(request.user):
        raise Http404
    coordinators = selectors.mentoring_counts_for(request.user)
    return render(request, "mentoring/mentoring_summary.html", {"coordinators": coordinators})
