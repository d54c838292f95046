"""Reads for the learner's journey: progress through modules, My learning, assignments, CPD."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from assessments.models import Framework
from content.models import LessonPage, ModulePage, audience_q
from content.selectors import lesson_block_counts
from learning.enums import AssignmentStatus, EnrolmentSource
from learning.models import (
    Assignment,
    CPDEntry,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    Reflection,
)
from learning.module_evidence import evidence_offers

# A SCORM lesson's state lives in scorm_state; named here too, where callers look for it.
from learning.scorm_state import scorm_attempt as scorm_attempt
from learning.scorm_state import scorm_finished as scorm_finished
from learning.scorm_state import scorm_score as scorm_score
from people import access
from people.models import User


@dataclass
class LessonState:
    lesson: LessonPage
    done: bool = False
    has_check: bool = False
    check_passed: bool = False
    best_score: int | None = None
    reflections_needed: int = 0
    reflections_written: int = 0

    @property
    def reflections_done(self) -> bool:
        return self.reflections_written >= self.reflections_needed


@dataclass
class ModuleProgress:
    module: ModulePage
    enrolment: Enrolment | None
    lessons: list[LessonState] = field(default_factory=list)
    completion: ModuleCompletion | None = None

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(state.done for state in self.lessons)

    @property
    def fraction(self) -> float:
        if self.completion:
            return 1.0
        return self.done / self.total if self.total else 0.0

    @property
    def is_complete(self) -> bool:
        return self.completion is not None

    @property
    def is_started(self) -> bool:
        return self.enrolment is not None

    @property
    def has_begun(self) -> bool:
        """Any work done: a lesson, an attempt or a reflection (an assignment alone is not)."""
        return any(
            s.done or s.best_score is not None or s.reflections_written for s in self.lessons
        )

    @property
    def checks_passed(self) -> bool:
        return all(state.check_passed for state in self.lessons if state.has_check)

    @property
    def reflections_done(self) -> bool:
        return all(state.reflections_done for state in self.lessons)

    @property
    def ready_to_complete(self) -> bool:
        return bool(self.lessons) and all(state.done for state in self.lessons)

    @property
    def resume_lesson(self) -> LessonPage | None:
        """Where to carry on: the last lesson visited if not done, else the first not done."""
        if self.enrolment and self.enrolment.last_lesson_id:
            for state in self.lessons:
                if state.lesson.pk == self.enrolment.last_lesson_id and not state.done:
                    return state.lesson
        return next((s.lesson for s in self.lessons if not s.done), None)

    def state_of(self, lesson: LessonPage) -> LessonState | None:
        return next((s for s in self.lessons if s.lesson.pk == lesson.pk), None)


def lessons_of(modules: list[ModulePage]) -> dict[int, list[LessonPage]]:
    """Live lessons per module, in the editor's order, in one query."""
    if not modules:
        return {}
    by_path = {module.path: module.pk for module in modules}
    condition = Q()
    for path in by_path:
        condition |= Q(path__startswith=path)
    depths = {module.depth + 1 for module in modules}
    lessons = (
        LessonPage.objects.live()
        .filter(condition, depth__in=depths)
        .defer("body")  # counted from content.selectors.lesson_block_counts instead
        .order_by("path")
    )
    result: dict[int, list[LessonPage]] = defaultdict(list)
    for lesson in lessons:
        module_id = by_path.get(lesson.path[: -LessonPage.steplen])
        if module_id is not None:
            result[module_id].append(lesson)
    return result


def progress_for(learner: User, modules: list[ModulePage]) -> dict[int, ModuleProgress]:
    """Each module's progress for one learner, in a fixed number of queries."""
    module_ids = [m.pk for m in modules]
    lessons = lessons_of(modules)
    enrolments = {
        e.module_id: e for e in Enrolment.objects.filter(learner=learner, module_id__in=module_ids)
    }
    done = dict(  # lesson → the score a SCORM package reported (None for other lessons)
        LessonCompletion.objects.filter(enrolment__in=enrolments.values()).values_list(
            "lesson_id", "score"
        )
    )
    scores: dict[int, tuple[int, bool]] = {}  # lesson → (best score, passed ever)
    for lesson_id, score, passed in QuizAttempt.objects.filter(
        enrolment__in=enrolments.values()
    ).values_list("lesson_id", "score", "passed"):
        best, passed_before = scores.get(lesson_id, (0, False))
        scores[lesson_id] = (max(score, best), passed or passed_before)
    written: dict[int, int] = defaultdict(int)
    for lesson_id in Reflection.objects.filter(learner=learner).values_list("lesson_id", flat=True):
        written[lesson_id] += 1
    completions = {
        c.module_id: c
        for c in ModuleCompletion.objects.filter(learner=learner, module_id__in=module_ids)
    }
    block_counts = lesson_block_counts()
    result = {}
    for module in modules:
        states = []
        for lesson in lessons.get(module.pk, []):
            # A lesson published since the counts were built is counted from its own body.
            blocks = block_counts[lesson.pk] if lesson.pk in block_counts else lesson.block_counts()
            has_check = blocks["question"] > 0
            score = scores.get(lesson.pk)
            package_score = done.get(lesson.pk)
            if package_score is not None:
                score = (max(package_score, score[0] if score else 0), bool(score and score[1]))
            states.append(
                LessonState(
                    lesson=lesson,
                    done=lesson.pk in done,
                    has_check=has_check,
                    check_passed=bool(score and score[1]),
                    best_score=score[0] if score else None,
                    reflections_needed=blocks["reflection"],
                    reflections_written=written.get(lesson.pk, 0),
                )
            )
        result[module.pk] = ModuleProgress(
            module=module,
            enrolment=enrolments.get(module.pk),
            lessons=states,
            completion=completions.get(module.pk),
        )
    return result


def module_progress(learner: User, module: ModulePage) -> ModuleProgress:
    return progress_for(learner, [module])[module.pk]


def preview_progress(module: ModulePage, lesson: LessonPage | None = None) -> ModuleProgress:
    """A module as a learner who has not started sees it, for an editor's preview.

    Draft lessons are included (the editor is checking them) and the lesson being previewed
    takes the place of its saved version, so unsaved edits show.
    """
    lessons = list(LessonPage.objects.child_of(module).order_by("path")) if module.pk else []
    if lesson is not None:
        lessons = [lesson if item.pk == lesson.pk else item for item in lessons]
        if lesson.pk is None or all(item.pk != lesson.pk for item in lessons):
            lessons.append(lesson)
    return ModuleProgress(
        module=module,
        enrolment=None,
        lessons=[
            LessonState(
                lesson=item,
                has_check=bool(item.questions()),
                reflections_needed=len(item.reflection_prompts()),
            )
            for item in lessons
        ],
    )


def module_links(module: ModulePage) -> tuple[list, list[ModulePage]]:
    """The statements a module evidences and its live prerequisites.

    In an editor's preview the module's unsaved choices are held in memory (modelcluster's
    FakeQuerySet, which has no select_related or live()), so they are read as they are.
    """
    statements = module.statements.all()
    prerequisites = module.prerequisites.all()
    if isinstance(statements, QuerySet):
        statements = statements.select_related("domain__level__framework")
    if isinstance(prerequisites, QuerySet):
        return list(statements), list(prerequisites.live())
    return list(statements), [page for page in prerequisites if page.live]


def modules_for(user: User) -> QuerySet[ModulePage]:
    """Live modules written for the user's audiences."""
    return ModulePage.objects.live().filter(audience_q(access.audiences_of(user))).order_by("path")


def missing_prerequisites(learner: User, module: ModulePage) -> list[ModulePage]:
    required = list(module.prerequisites.live())
    completed = set(
        ModuleCompletion.objects.filter(learner=learner, module__in=required).values_list(
            "module_id", flat=True
        )
    )
    return [m for m in required if m.pk not in completed]


@dataclass
class LearningRow:
    """One module on My learning, with its assignment when a team leader set it."""

    progress: ModuleProgress
    assignment: Assignment | None = None
    evidence_offers: list[Framework] = field(default_factory=list)

    @property
    def module(self) -> ModulePage:
        return self.progress.module

    @property
    def status(self) -> str | None:
        if self.assignment is None:
            return None
        return self.assignment.status(
            completed=self.progress.is_complete, started=self.progress.has_begun
        )

    @property
    def status_label(self) -> str:
        return AssignmentStatus(self.status).label if self.status else ""

    @property
    def is_overdue(self) -> bool:
        return self.status == AssignmentStatus.OVERDUE


@dataclass
class MyLearning:
    """Every module the learner may take or was assigned, each in exactly one list:

    - assigned: assigned and not begun (no lesson, attempt or reflection yet), overdue first;
    - in_progress: begun, or started by the learner themselves, and not complete (a module
      enrolled by an assignment since cancelled, never begun, is available again);
    - completed: complete, assigned or not, most recent first;
    - available: neither assigned nor started.
    """

    assigned: list[LearningRow]
    in_progress: list[LearningRow]
    completed: list[LearningRow]
    available: list[LearningRow]

    @property
    def is_empty(self) -> bool:
        return not (self.assigned or self.in_progress or self.completed)


def _section_of(row: LearningRow) -> str:
    progress = row.progress
    if progress.is_complete:
        return "completed"
    self_started = (
        row.assignment is None
        and progress.enrolment is not None
        and progress.enrolment.source == EnrolmentSource.SELF
    )
    if progress.has_begun or self_started:
        return "in_progress"
    return "assigned" if row.assignment is not None else "available"


def my_learning(user: User) -> MyLearning:
    """My learning in a fixed number of queries, however many modules and assignments."""
    modules = list(modules_for(user))
    assignments = {
        a.module_id: a
        for a in Assignment.objects.active()
        .filter(learner=user, module__live=True)
        .select_related("module", "assigned_by")
    }
    listed = {m.pk for m in modules}
    modules += [a.module for a in assignments.values() if a.module_id not in listed]
    completed_ids = set(
        ModuleCompletion.objects.filter(learner=user).values_list("module_id", flat=True)
    )
    listed = {m.pk for m in modules}
    modules += list(
        ModulePage.objects.live().filter(pk__in=completed_ids - listed).order_by("path")
    )
    progress = progress_for(user, modules)
    sections: dict[str, list[LearningRow]] = defaultdict(list)
    for module in modules:
        row = LearningRow(progress=progress[module.pk], assignment=assignments.get(module.pk))
        sections[_section_of(row)].append(row)

    offers = evidence_offers(user, [row.module.pk for row in sections["completed"]])
    for row in sections["completed"]:
        row.evidence_offers = offers.get(row.module.pk, [])

    def by_due(row: LearningRow) -> tuple:
        due = row.assignment.due_date if row.assignment else date.max
        return (not row.is_overdue, due)

    return MyLearning(
        assigned=sorted(sections["assigned"], key=by_due),
        in_progress=sorted(sections["in_progress"], key=by_due),
        completed=sorted(
            sections["completed"],
            key=lambda row: row.progress.completion.completed_at,
            reverse=True,
        ),
        available=sections["available"],
    )


@dataclass
class TeamAssignmentRow:
    assignment: Assignment
    status: str

    @property
    def status_label(self) -> str:
        return AssignmentStatus(self.status).label


def team_assignments(viewer: User) -> list[TeamAssignmentRow]:
    """Assignments of the people `viewer` decides on, with their status, in bounded queries."""
    from people.selectors import people_decided_on_by

    assignments = list(
        Assignment.objects.active()
        .filter(learner__in=people_decided_on_by(viewer))
        .select_related("module", "learner", "assigned_by")
        .order_by("due_date", "learner__display_name")
    )
    pairs = {(a.learner_id, a.module_id) for a in assignments}
    learner_ids = {p[0] for p in pairs}
    module_ids = {p[1] for p in pairs}
    completed = set(
        ModuleCompletion.objects.filter(
            learner_id__in=learner_ids, module_id__in=module_ids
        ).values_list("learner_id", "module_id")
    )
    started = set(
        Enrolment.objects.filter(learner_id__in=learner_ids, module_id__in=module_ids)
        .filter(Q(lessons_done__isnull=False) | Q(attempts__isnull=False))
        .values_list("learner_id", "module_id")
    )
    return [
        TeamAssignmentRow(
            assignment=a,
            status=a.status(
                completed=(a.learner_id, a.module_id) in completed,
                started=(a.learner_id, a.module_id) in started,
            ),
        )
        for a in assignments
    ]


def cpd_entries(
    owner: User, *, start: date | None = None, end: date | None = None
) -> QuerySet[CPDEntry]:
    entries = CPDEntry.objects.filter(owner=owner)
    if start:
        entries = entries.filter(activity_date__gte=start)
    if end:
        entries = entries.filter(activity_date__lte=end)
    return entries.order_by("-activity_date", "-pk")


def registration_year(on: date | None = None) -> tuple[date, date]:
    """Social Work England's registration year: 1 December to 30 November."""
    on = on or timezone.localdate()
    start_year = on.year if on.month == 12 else on.year - 1
    return date(start_year, 12, 1), date(start_year + 1, 11, 30)


def latest_attempt(learner: User, lesson: LessonPage) -> QuizAttempt | None:
    return (
        QuizAttempt.objects.filter(enrolment__learner=learner, lesson=lesson)
        .order_by("-submitted_at", "-pk")
        .first()
    )


@dataclass
class ModuleReflections:
    """A learner's reflections in one module, lesson by lesson in the module's order."""

    module: ModulePage | None
    reflections: list[Reflection] = field(default_factory=list)


def reflections_of(learner: User) -> list[ModuleReflections]:
    """Everything a learner has reflected, by module: what their team leader reads with them.

    Two queries whatever the number of reflections: the reflections with their lessons, then
    the modules above those lessons (a lesson's parent path is its own less one step).
    """
    reflections = list(
        Reflection.objects.filter(learner=learner)
        .select_related("lesson")
        .order_by("lesson__path", "pk")
    )
    step = ModulePage.steplen
    parent_paths = {r.lesson.path[:-step] for r in reflections}
    modules = {m.path: m for m in ModulePage.objects.filter(path__in=parent_paths)}
    groups: dict[str, ModuleReflections] = {}
    for reflection in reflections:
        path = reflection.lesson.path[:-step]
        group = groups.setdefault(path, ModuleReflections(module=modules.get(path)))
        group.reflections.append(reflection)
    return list(groups.values())


def reflections_for(learner: User, lesson: LessonPage) -> dict[str, Reflection]:
    return {r.prompt_id: r for r in Reflection.objects.filter(learner=learner, lesson=lesson)}
