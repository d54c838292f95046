"""Team leaders' assignments: assign a module, change its due date or note, cancel it.

A team leader of the person's team manages their assignments
(people.access.can_manage_assignments_of); anyone else gets 404 for an assignment, as for
any record they may not see.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from core.forms import add_service_errors
from learning import selectors, services
from learning.forms import AssignmentChangeForm, AssignmentForm
from learning.models import Assignment
from people import access
from people.decorators import staff_required, team_leader_required


@team_leader_required
def assignments(request: HttpRequest) -> HttpResponse:
    form = AssignmentForm(request.POST if request.method == "POST" else None, leader=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            made = services.assignment_create(
                module=form.cleaned_data["module"],
                learners=list(form.cleaned_data["learners"]),
                due_date=form.cleaned_data["due_date"],
                note=form.cleaned_data["note"],
                identifiers_confirmed=form.confirmed_fingerprint(),
                assigned_by=request.user,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"Module assigned to {len(made)} {'person' if len(made) == 1 else 'people'}.",
            )
            return redirect("learning:assignments")
    return render(
        request,
        "learning/assignments.html",
        {"form": form, "rows": selectors.team_assignments(request.user)},
    )


def _managed_assignment(request: HttpRequest, assignment_id: int) -> Assignment:
    """A standing assignment the signed-in person manages; 404 for any other."""
    assignment = get_object_or_404(
        Assignment.objects.active().select_related("module", "learner"), pk=assignment_id
    )
    if not access.can_manage_assignments_of(request.user, assignment.learner):
        raise Http404
    return assignment


@staff_required
def assignment_change(request: HttpRequest, assignment_id: int) -> HttpResponse:
    assignment = _managed_assignment(request, assignment_id)
    form = AssignmentChangeForm(
        request.POST if request.method == "POST" else None, assignment=assignment
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_update(
                assignment=assignment,
                by=request.user,
                due_date=form.cleaned_data["due_date"],
                note=form.cleaned_data["note"],
                identifiers_confirmed=form.confirmed_fingerprint(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                f"The assignment of “{assignment.module.title}” to {assignment.learner.name} "
                "is changed.",
            )
            return redirect("learning:assignments")
    return render(
        request, "learning/assignment_change.html", {"form": form, "assignment": assignment}
    )


@staff_required
def assignment_cancel(request: HttpRequest, assignment_id: int) -> HttpResponse:
    """Ask first; cancel on the confirming POST."""
    assignment = _managed_assignment(request, assignment_id)
    if request.method == "POST":
        try:
            services.assignment_cancel(assignment=assignment, by=request.user)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                f"“{assignment.module.title}” is no longer assigned to {assignment.learner.name}.",
            )
        return redirect("learning:assignments")
    return render(request, "learning/assignment_cancel.html", {"assignment": assignment})
