"""The learner's journey through modules: module and lesson pages, checks, reflections,
certificates, My learning, assignments and the CPD record."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from content.models import LessonPage, ModulePage
from core.exports import table_response
from core.forms import add_service_errors, error_messages, field_errors
from core.identifiers import IdentifiersFound
from learning import selectors, services
from learning.exports import cpd_table
from learning.forms import (
    AssignmentForm,
    CPDEntryForm,
    CPDFilterForm,
    ReflectionConfirmationForm,
)
from learning.models import CPDEntry, ModuleCompletion, QuizAttempt
from people import access
from people.decorators import staff_required, team_leader_required
from people.enums import AccessKind
from people.models import User
from people.services import access_record

# Pages served through the before_serve_page hook ----------------------------------------------


def module_page(request: HttpRequest, module: ModulePage) -> HttpResponse:
    module.check_readable(request)
    return _render_module(
        request,
        module,
        selectors.module_progress(request.user, module),
        missing=selectors.missing_prerequisites(request.user, module),
    )


def module_preview(request: HttpRequest, module: ModulePage) -> HttpResponse:
    """The editor sees the learner's page for a learner who has not started; nothing is saved."""
    return _render_module(request, module, selectors.preview_progress(module), preview=True)


def _render_module(
    request: HttpRequest,
    module: ModulePage,
    progress: selectors.ModuleProgress,
    *,
    missing: list[ModulePage] | None = None,
    preview: bool = False,
) -> HttpResponse:
    statements, prerequisites = selectors.module_links(module)
    return TemplateResponse(
        request,
        "learning/module_page.html",
        {
            "page": module,
            "self": module,
            "progress": progress,
            "missing": missing or [],
            "statements": statements,
            "prerequisites": prerequisites,
            "preview": preview,
        },
    )


def lesson_page(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    lesson.check_readable(request)
    try:
        services.lesson_visit(learner=request.user, lesson=lesson)
    except ValidationError as error:
        for message in error_messages(error):
            messages.error(request, message)
        return redirect(lesson.module.url)
    progress = selectors.module_progress(request.user, lesson.module)
    attempt = None
    attempt_id = request.GET.get("attempt", "")
    if attempt_id.isdigit():
        attempt = QuizAttempt.objects.filter(
            pk=int(attempt_id), enrolment__learner=request.user, lesson=lesson
        ).first()
    return _render_lesson(request, lesson, progress, attempt=attempt)


def lesson_preview(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    """The editor sees the lesson as a learner would, without answers; nothing is saved."""
    module = lesson.get_parent().specific
    lesson._module = module
    return _render_lesson(
        request, lesson, selectors.preview_progress(module, lesson), saved={}, preview=True
    )


def _question_rows(
    lesson: LessonPage,
    attempt: QuizAttempt | None,
    chosen: dict[str, list[str]] | None,
    errors: dict[str, str],
) -> list[dict]:
    """The knowledge check as shown: what was chosen, and feedback only after an attempt."""
    if attempt is not None:
        chosen = attempt.answers
    rows = []
    for block in lesson.questions():
        picked = set((chosen or {}).get(block.id, []))
        options = []
        for child in block.value["options"].bound_blocks:
            option = {"id": child.id, "text": child.value["text"], "checked": child.id in picked}
            if attempt is not None:
                option["feedback"] = child.value["feedback"]
                option["correct"] = child.value["correct"]
            options.append(option)
        rows.append(
            {
                "id": block.id,
                "text": block.value["question"],
                "multiple": block.value["kind"] == "multiple",
                "options": options,
                "error": errors.get(block.id),
            }
        )
    return rows


def _reflection_rows(
    lesson: LessonPage, saved: dict, typed: dict[str, str] | None, errors: dict[str, str]
) -> list[dict]:
    return [
        {
            "id": block.id,
            "prompt": block.value["prompt"],
            "guidance": block.value["guidance"],
            "text": (typed or {}).get(block.id),
            "saved": saved.get(block.id),
            "error": errors.get(block.id),
        }
        for block in lesson.reflection_prompts()
    ]


def _render_lesson(
    request: HttpRequest,
    lesson: LessonPage,
    progress: selectors.ModuleProgress,
    *,
    attempt: QuizAttempt | None = None,
    chosen: dict[str, list[str]] | None = None,
    reflection_text: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    saved: dict | None = None,
    preview: bool = False,
    guard: ReflectionConfirmationForm | None = None,
    status: int = 200,
) -> HttpResponse:
    lessons = [state.lesson for state in progress.lessons]
    index = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    if saved is None:
        saved = selectors.reflections_for(request.user, lesson)
    errors = errors or {}
    return TemplateResponse(
        request,
        "learning/lesson_page.html",
        {
            "page": lesson,
            "self": lesson,
            "module": lesson.module,
            "progress": progress,
            "state": progress.state_of(lesson),
            "previous_lesson": lessons[index - 1] if index > 0 else None,
            "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
            "questions": _question_rows(lesson, attempt, chosen, errors),
            "reflections": _reflection_rows(lesson, saved, reflection_text, errors),
            "attempt": attempt,
            "errors": errors,
            "preview": preview,
            "guard": guard,
            "reflection_max_length": f"{services.REFLECTION_MAX_LENGTH:,}",
        },
        status=status,
    )


def _live_lesson(lesson_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


@require_POST
def module_enrol(request: HttpRequest, module_id: int) -> HttpResponse:
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    module.check_readable(request)
    try:
        services.enrolment_start(learner=request.user, module=module)
    except ValidationError as error:
        for message in error_messages(error):
            messages.error(request, message)
        return redirect(module.url)
    progress = selectors.module_progress(request.user, module)
    target = progress.resume_lesson
    return redirect(target.url if target else module.url)


@require_POST
def knowledge_check_submit(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _live_lesson(lesson_id)
    lesson.check_readable(request)
    answers = {key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")}
    try:
        attempt = services.quiz_submit(learner=request.user, lesson=lesson, answers=answers)
    except ValidationError as error:
        progress = selectors.module_progress(request.user, lesson.module)
        errors = field_errors(error)
        if errors:
            messages.error(request, "Answer every question, then check your answers again.")
        else:
            messages.error(request, error.messages[0])
        return _render_lesson(request, lesson, progress, chosen=answers, errors=errors)
    if attempt.passed:
        messages.success(
            request,
            f"You scored {attempt.score}%. You passed: the pass mark is {attempt.pass_mark}%.",
        )
    else:
        messages.error(
            request,
            f"You scored {attempt.score}%. The pass mark is {attempt.pass_mark}%. Read the "
            "feedback below, then try again.",
        )
    return redirect(f"{lesson.url}?attempt={attempt.pk}#check-results")


@require_POST
def reflection_submit(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _live_lesson(lesson_id)
    lesson.check_readable(request)
    answers = {key[2:]: request.POST.get(key, "") for key in request.POST if key.startswith("r-")}
    guard = ReflectionConfirmationForm(request.POST)
    guard.is_valid()
    try:
        services.reflection_save(
            learner=request.user,
            lesson=lesson,
            answers=answers,
            identifiers_confirmed=guard.confirmed_fingerprint(),
        )
    except ValidationError as error:
        progress = selectors.module_progress(request.user, lesson.module)
        errors = field_errors(error)
        if isinstance(error, IdentifiersFound):
            guard.show_matches(error.matches, error.fingerprint)
        elif not errors:
            messages.error(request, error.messages[0])
        return _render_lesson(
            request, lesson, progress, reflection_text=answers, errors=errors, guard=guard
        )
    messages.success(
        request,
        "Your reflection is saved. You, your team leader and your service manager can read it, "
        "on your learning record.",
    )
    return redirect(lesson.url + "#reflection")


@require_POST
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _live_lesson(lesson_id)
    lesson.check_readable(request)
    try:
        services.lesson_complete(learner=request.user, lesson=lesson)
    except ValidationError as error:
        for message in error_messages(error):
            messages.error(request, message)
        return redirect(lesson.url)
    progress = selectors.module_progress(request.user, lesson.module)
    if progress.is_complete:
        messages.success(request, "Module complete. Your certificate is ready.")
        return redirect("learning:certificate", completion_id=progress.completion.pk)
    target = progress.resume_lesson
    return redirect(target.url if target else lesson.module.url)


# Certificates and My learning -----------------------------------------------------------------


def certificate(request: HttpRequest, completion_id: int) -> HttpResponse:
    completion = get_object_or_404(
        ModuleCompletion.objects.select_related("learner", "module"), pk=completion_id
    )
    learner = completion.learner
    if learner.pk != request.user.pk and not access.can_view_records(request.user, learner):
        raise Http404
    return render(request, "learning/certificate.html", {"completion": completion})


def my_learning(request: HttpRequest) -> HttpResponse:
    if not (access.is_staff_member(request.user) or access.is_community_member(request.user)):
        raise Http404
    record_url = None
    if access.is_staff_member(request.user):
        record_url = reverse("learning:person-learning", args=[request.user.pk])
    return render(
        request,
        "learning/my_learning.html",
        {"learning": selectors.my_learning(request.user), "learning_record_url": record_url},
    )


@staff_required
def person_learning(request: HttpRequest, user_id: int) -> HttpResponse:
    """A learner's modules and reflections, for them and for whoever may see their records."""
    subject = get_object_or_404(User, pk=user_id, is_active=True)
    if not access.can_view_records(request.user, subject):
        raise Http404
    access_record(
        viewer=request.user, subject=subject, kind=AccessKind.LEARNING_RECORD, path=request.path
    )
    return render(
        request,
        "learning/person_learning.html",
        {
            "subject": subject,
            "is_own": subject.pk == request.user.pk,
            "learning": selectors.my_learning(subject),
            "reflections": selectors.reflections_of(subject),
        },
    )


# Assignments -----------------------------------------------------------------------------------


@team_leader_required
def assignments(request: HttpRequest) -> HttpResponse:
    form = AssignmentForm(request.POST if request.method == "POST" else None, leader=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            made = services.assignment_create(
                module=form.cleaned_data["module"],
                learners=list(form.cleaned_data["learners"]),
                due_date=form.cleaned_data["due_date"],
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


# CPD record -------------------------------------------------------------------------------------


@staff_required
def cpd_record(request: HttpRequest) -> HttpResponse:
    filters = CPDFilterForm(request.GET or None)
    start, end = filters.period()
    entries = list(selectors.cpd_entries(request.user, start=start, end=end))
    export = request.GET.get("format", "")
    if export == "csv" and filters.is_valid():
        return table_response(
            cpd_table(entries), filename="cpd-record", fmt="csv", sheet_title="CPD record"
        )
    template = "learning/cpd_print.html" if export == "print" else "learning/cpd_record.html"
    return render(
        request,
        template,
        {
            "entries": entries,
            "filters": filters,
            "total_hours": services.total_hours(entries),
            "peer_count": sum(e.peer_reflection for e in entries),
            "year": selectors.registration_year(),
            "query": request.GET.urlencode(),
        },
    )


@staff_required
def cpd_entry_form(request: HttpRequest, entry_id: int | None = None) -> HttpResponse:
    entry = None
    if entry_id is not None:
        entry = get_object_or_404(CPDEntry, pk=entry_id, owner=request.user)
        if entry.is_automatic:
            messages.error(
                request, "Entries made for you when you complete a module cannot be changed."
            )
            return redirect("learning:cpd-record")
    form = CPDEntryForm(request.POST if request.method == "POST" else None, instance_entry=entry)
    if request.method == "POST" and form.is_valid():
        try:
            if entry is None:
                services.cpd_entry_add(owner=request.user, **form.service_values())
            else:
                services.cpd_entry_update(entry=entry, by=request.user, **form.service_values())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your CPD record is saved.")
            return redirect("learning:cpd-record")
    return render(request, "learning/cpd_form.html", {"form": form, "entry": entry})


@require_POST
@staff_required
def cpd_entry_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry = get_object_or_404(CPDEntry, pk=entry_id, owner=request.user)
    try:
        services.cpd_entry_delete(entry=entry, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"“{entry.title}” was deleted from your CPD record.")
    return redirect("learning:cpd-record")
