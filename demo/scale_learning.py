"""Learning records for generate_scale_data: enrolments, lessons done, knowledge-check attempts,
reflections, certificates with their CPD entries, and assignments.

Each learner works through modules written for them, prerequisites first, as the learning
services allow: a lesson with a knowledge check is done only after a passed attempt, a lesson
with reflection prompts only once they are written, and a module is complete (certificate,
CPD entry, evidence for staff) only when every lesson is done.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils.html import escape

from assessments.enums import EvidenceKind
from core.sanitize import plain_text_to_html
from demo.scale_common import EvidenceDraft, World, insert, local_day, spread
from demo.scale_content import LessonInfo, ModuleInfo
from demo.scale_people import Person, Staffing
from learning.enums import CPDActivityType, EnrolmentSource
from learning.models import (
    Assignment,
    CPDEntry,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    Reflection,
)
from people.enums import STAFF_ROLES, Audience, Role

AUDIENCES = {
    Role.COORDINATOR: frozenset(Audience.values),  # coordinators mentor, so read it all
    Role.EXPERT_BY_EXPERIENCE: frozenset({Audience.EXPERTS_BY_EXPERIENCE}),
    Role.VOLUNTEER: frozenset({Audience.VOLUNTEERS}),
}
FAILED_FIRST_ATTEMPT = 0.15
ASSIGNED_SHARE = 0.12
STEP = timedelta(minutes=30)


def audiences_for(role: str) -> frozenset[str]:
    """What access.audiences_of gives a person holding only this role."""
    return AUDIENCES.get(role, frozenset({Audience.PRACTITIONERS}))


@dataclass
class Run:
    """One learner's enrolment on one module: the lessons done, each at its moment."""

    person: Person
    info: ModuleInfo
    moments: list[datetime]
    source: str = EnrolmentSource.SELF
    enrolment: Enrolment | None = None

    @property
    def complete(self) -> bool:
        return len(self.moments) == len(self.info.lessons)


@dataclass
class LearningRows:
    enrolments: list[Enrolment] = field(default_factory=list)
    lessons: list[LessonCompletion] = field(default_factory=list)
    attempts: list[QuizAttempt] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    completions: list[ModuleCompletion] = field(default_factory=list)
    cpd: list[CPDEntry] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    evidence: list[EvidenceDraft] = field(default_factory=list)


def _spaced(moments: list[datetime]) -> list[datetime]:
    """At least STEP apart, so each lesson's attempts and reflections fall between lessons."""
    for index in range(1, len(moments)):
        moments[index] = max(moments[index], moments[index - 1] + STEP)
    return moments


def _plan(world: World, person: Person, modules: list[ModuleInfo], quota: int) -> list[Run]:
    """Modules in a random order, each started only once its prerequisites are complete."""
    waiting = list(modules)
    world.rng.shuffle(waiting)
    begin = world.moment(before=world.now - timedelta(days=60))
    moments = _spaced(
        sorted(world.moment(begin, world.now - STEP * (quota + 1)) for _ in range(quota))
    )
    completed: set[int] = set()
    runs: list[Run] = []
    while moments and waiting:
        ready = next((m for m in waiting if m.prerequisite_ids <= completed), None)
        if ready is None:
            break
        waiting.remove(ready)
        take, moments = moments[: len(ready.lessons)], moments[len(ready.lessons) :]
        runs.append(Run(person=person, info=ready, moments=take))
        if len(take) == len(ready.lessons):
            completed.add(ready.module.pk)
    return runs


def _lesson_rows(world: World, run: Run, rows: LearningRows, reflection: str) -> None:
    enrolment = run.enrolment
    user = run.person.user
    module = run.info.module
    for lesson, moment in zip(run.info.lessons, run.moments, strict=False):
        if lesson.has_check:
            rows.attempts += _attempts(world, enrolment, lesson, module.pass_mark, moment)
        rows.reflections += [
            Reflection(
                learner=user,
                lesson=lesson.lesson,
                prompt_id=prompt_id,
                prompt=prompt,
                text=reflection,
                updated_at=moment - timedelta(minutes=2),
            )
            for prompt_id, prompt in lesson.prompts
        ]
        rows.lessons.append(
            LessonCompletion(enrolment=enrolment, lesson=lesson.lesson, completed_at=moment)
        )


def _attempts(
    world: World, enrolment: Enrolment, lesson: LessonInfo, pass_mark: int, moment: datetime
) -> list[QuizAttempt]:
    """A passed attempt, sometimes after a failed one: every attempt is kept."""
    total = len(lesson.right)
    tries = [(lesson.right, total, moment - timedelta(minutes=5))]
    if world.rng.random() < FAILED_FIRST_ATTEMPT:
        tries.insert(0, (lesson.wrong, 0, moment - timedelta(minutes=15)))
    attempts = []
    for answers, correct, at in tries:
        score = round(100 * correct / total)
        attempts.append(
            QuizAttempt(
                enrolment=enrolment,
                lesson=lesson.lesson,
                answers={qid: sorted(set(options)) for qid, options in answers.items()},
                correct_count=correct,
                question_count=total,
                score=score,
                pass_mark=pass_mark,
                passed=score >= pass_mark,
                submitted_at=at,
            )
        )
    return attempts


def _certificate(world: World, run: Run, rows: LearningRows) -> None:
    """What module_complete_if_done makes: certificate, CPD entry and evidence for staff."""
    module, user, moment = run.info.module, run.person.user, run.moments[-1]
    run.enrolment.completed_at = moment
    completion = ModuleCompletion(
        learner=user,
        module=module,
        module_title=module.title,
        cpd_hours=module.cpd_hours,
        completed_at=moment,
    )
    rows.completions.append(completion)
    rows.cpd.append(
        CPDEntry(
            owner=user,
            title=f"Completed module: {module.title}"[:200],
            activity_type=CPDActivityType.ELEARNING,
            activity_date=local_day(moment),
            hours=module.cpd_hours,
            description=module.summary,
            source_key=f"module:{module.pk}",
            created_at=moment,
        )
    )
    if run.person.role in STAFF_ROLES and run.info.statement_ids:
        best = 100 if any(lesson.has_check for lesson in run.info.lessons) else 0
        template = world.texts["learning"]["module_evidence"]
        rows.evidence.append(
            EvidenceDraft(
                owner_id=user.pk,
                kind=EvidenceKind.MODULE_COMPLETION,
                title=f"Completed module: {module.title}"[:200],
                description=template.format(
                    title=escape(module.title), hours=module.cpd_hours, score=best
                ),
                occurred_on=local_day(moment),
                submitted_at=moment,
                statement_ids=list(run.info.statement_ids),
                source_key=f"module:{module.pk}",
                link=completion,
            )
        )


def _assign(world: World, staffing: Staffing, runs: list[Run], rows: LearningRows) -> None:
    """Some enrolments began as a team leader's assignment, due a few weeks after."""
    for run in runs:
        if run.person.role not in {Role.PRACTITIONER, Role.COORDINATOR}:
            continue
        if world.rng.random() >= ASSIGNED_SHARE:
            continue
        leaders = staffing.deciders_for(run.person)
        if not leaders:
            continue
        run.source = EnrolmentSource.ASSIGNED
        assigned_at = run.moments[0] - timedelta(days=world.rng.uniform(1, 20))
        due = local_day(assigned_at) + timedelta(days=world.rng.randint(14, 90))
        rows.assignments.append(
            Assignment(
                module=run.info.module,
                learner=run.person.user,
                assigned_by=world.rng.choice(leaders),
                due_date=due,
                assigned_at=assigned_at,
            )
        )


def _runs(world: World, staffing: Staffing, catalogue: list[ModuleInfo], lessons: int) -> list:
    learners = [
        p for p in staffing.people if any(audiences_for(p.role) & m.audiences for m in catalogue)
    ]
    readable = [[m for m in catalogue if audiences_for(p.role) & m.audiences] for p in learners]
    caps = [sum(len(m.lessons) for m in modules) for modules in readable]
    quotas = spread(lessons, len(learners), world.rng, caps)
    runs = []
    for person, modules, quota in zip(learners, readable, quotas, strict=True):
        runs += _plan(world, person, modules, quota)
    return runs


def generate_learning(
    world: World, staffing: Staffing, catalogue: list[ModuleInfo], *, lessons: int
) -> LearningRows:
    """About `lessons` lessons done, spread over the learners; returns the evidence to review."""
    rows = LearningRows()
    runs = [run for run in _runs(world, staffing, catalogue, lessons) if run.moments]
    _assign(world, staffing, runs, rows)
    reflection = plain_text_to_html(world.texts["learning"]["reflection"])
    for run in runs:
        run.enrolment = Enrolment(
            learner=run.person.user,
            module=run.info.module,
            source=run.source,
            enrolled_at=run.moments[0] - timedelta(minutes=20),
            last_lesson=run.info.lessons[len(run.moments) - 1].lesson,
        )
        rows.enrolments.append(run.enrolment)
        _lesson_rows(world, run, rows, reflection)
        if run.complete:
            _certificate(world, run, rows)
    world.progress.within(0.2)
    insert(Enrolment, rows.enrolments, world, start=0.2, share=0.1)
    insert(LessonCompletion, rows.lessons, world, start=0.3, share=0.3)
    insert(QuizAttempt, rows.attempts, world, start=0.6, share=0.1)
    insert(Reflection, rows.reflections, world, start=0.7, share=0.1)
    insert(ModuleCompletion, rows.completions, world, start=0.8, share=0.1)
    insert(CPDEntry, rows.cpd, world, start=0.9, share=0.05)
    insert(Assignment, rows.assignments, world, start=0.95, share=0.05)
    return rows
