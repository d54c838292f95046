"""The learner's journey through modules: module and lesson pages, checks, reflections,
certificates, My learning, assignments and the CPD record."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from assessments.models import Framework
from content.models import LessonPage, ModulePage
from core.exports import table_response
from core.forms import add_service_errors, error_messages, field_errors, is_database_id
from core.identifiers import IdentifiersFound
from learning import checks, cpd, module_evidence, selectors, services
from learning.exports import cpd_table
from learning.forms import (
    CPDEntryForm,
    CPDFilterForm,
    ReflectionConfirmationForm,
)
from learning.models import CPDEntry, ModuleCompletion, QuizAttempt
from learning.package_views import h5p_player, scorm_player
from people import access
from people.decorators import staff_required
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
    check = checks.check_state(request.user, lesson)
    attempt = None
    attempt_id = request.GET.get("attempt", "")
    if is_database_id(attempt_id):
        attempt = QuizAttempt.objects.filter(
            pk=int(attempt_id), enrolment__learner=request.user, lesson=lesson
        ).first()
    if attempt is None and check.reveal_answers:
        attempt = check.latest  # passed or closed: the answers stay there to read
    return _render_lesson(request, lesson, progress, attempt=attempt, check=check)


def lesson_preview(request: HttpRequest, lesson: LessonPage) -> HttpResponse:
    """The editor sees the lesson as a learner would, without answers; nothing is saved."""
    module = lesson.get_parent().specific
    lesson._module = module
    return _render_lesson(
        request, lesson, selectors.preview_progress(module, lesson), saved={}, preview=True
    )


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
    check: checks.CheckState | None = None,
    status: int = 200,
) -> HttpResponse:
    lessons = [state.lesson for state in progress.lessons]
    index = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    if saved is None:
        saved = selectors.reflections_for(request.user, lesson)
    errors = errors or {}
    if check is None and not preview:
        check = checks.check_state(request.user, lesson)
    questions = checks.question_rows(
        lesson,
        attempt=attempt,
        chosen=chosen,
        errors=errors,
        reveal=bool(check and check.reveal_answers),
    )
    player = None if preview else scorm_player(request.user, lesson)
    activity = None if preview else h5p_player(request.user, lesson)
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
            "questions": questions,
            "scorm": player,
            "h5p": activity,
            "can_mark_done": not questions
            and (player or activity or {"finished": True})["finished"],
            "check_errors": [q for q in questions if q["error"]],
            "check": check,
            "needed": checks.correct_needed(len(questions), lesson.module.pass_mark),
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
        if not errors:
            messages.error(request, error.messages[0])
        return _render_lesson(request, lesson, progress, chosen=answers, errors=errors)
    # Passed or not, the result is a result, not a form error: the panel on the lesson says it.
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
    is_own = learner.pk == request.user.pk
    if not is_own and not access.can_view_records(request.user, learner):
        raise Http404
    offers = []
    if is_own:
        offers = module_evidence.evidence_offers(learner, [completion.module_id])
        offers = offers.get(completion.module_id, [])
    return render(
        request,
        "learning/certificate.html",
        {"completion": completion, "evidence_offers": offers, "next": request.path},
    )


@require_POST
@staff_required
def completion_evidence_add(request: HttpRequest, completion_id: int) -> HttpResponse:
    """The learner adds a completed module as evidence for a framework it was offered for."""
    completion = get_object_or_404(
        ModuleCompletion.objects.select_related("learner", "module"),
        pk=completion_id,
        learner=request.user,
    )
    framework_id = request.POST.get("framework", "")
    if not is_database_id(framework_id):
        raise Http404
    framework = get_object_or_404(Framework, pk=int(framework_id))
    try:
        services.completion_evidence_add(
            completion=completion, framework=framework, by=request.user
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request,
            f"“{completion.module_title}” is now evidence for the {framework.name} framework, "
            "waiting for review.",
        )
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("learning:certificate", args=[completion.pk])
    return redirect(target)


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
            "total_hours": cpd.total_hours(entries),
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
                cpd.cpd_entry_add(owner=request.user, **form.service_values())
            else:
                cpd.cpd_entry_update(entry=entry, by=request.user, **form.service_values())
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
        cpd.cpd_entry_delete(entry=entry, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"“{entry.title}” was deleted from your CPD record.")
    return redirect("learning:cpd-record")
