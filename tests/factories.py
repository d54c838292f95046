"""Shared test data builders. They go through the services wherever a rule applies."""

from datetime import date, timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from content.models import AUDIENCE_FIELDS, HomePage, LessonPage, ModulePage, ProgrammePage
from people.enums import Role
from people.models import Membership, Team, User
from people.services import membership_add, membership_end, user_create
from tests.content.factories import publish_under, stream_body

PASSWORD = "a-test-password-123"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"person{n}")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")

    @classmethod
    def _create(cls, model_class: type, *args: object, **kwargs: object) -> User:
        return user_create(password=kwargs.pop("password", PASSWORD), **kwargs)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")
    service = "Family Group Conferences"


def member(
    team: Team,
    role: str = Role.PRACTITIONER,
    user: User | None = None,
    *,
    ended: bool = False,
    **user_fields: object,
) -> User:
    """A person with a role in a team; `ended=True` gives a membership that ended yesterday."""
    user = user or UserFactory(**user_fields)
    today = timezone.localdate()
    membership = membership_add(
        user=user, team=team, role=role, start_date=today - timedelta(days=365)
    )
    if ended:
        membership_end(membership=membership, end_date=today - timedelta(days=1))
    return user


def membership_starting(team: Team, role: str, user: User, start: date) -> Membership:
    return membership_add(user=user, team=team, role=role, start_date=start)


def question(text: str, options: list[tuple[str, bool]], kind: str = "single") -> tuple:
    return (
        "question",
        {
            "question": text,
            "kind": kind,
            "options": [
                {"text": label, "correct": correct, "feedback": f"Feedback on {label}"}
                for label, correct in options
            ],
        },
    )


def default_lessons() -> list[list[tuple]]:
    """Three lessons: text, a reflection, and a five-question knowledge check."""
    return [
        [("text", "<p>What happens in private family time.</p>")],
        [
            ("text", "<p>Think about it.</p>"),
            ("reflection", {"prompt": "What will you do differently?", "guidance": ""}),
        ],
        [
            question("Who leaves the room?", [("All professionals", True), ("Nobody", False)]),
            question("Is there a time limit?", [("No", True), ("Yes, an hour", False)]),
            question(
                "What does the plan need? Choose all that apply.",
                [("A review date", True), ("A contingency", True), ("Names of children", False)],
                kind="multiple",
            ),
            question("Who chairs part one?", [("The coordinator", True), ("The family", False)]),
            question("Can the plan be refused?", [("Only if unsafe", True), ("Always", False)]),
        ],
    ]


def programme_for_tests() -> ProgrammePage:
    """The one programme test modules go under unless a test names another."""
    home = HomePage.objects.first()
    return ProgrammePage.objects.child_of(home).filter(
        slug="test-programme"
    ).first() or publish_under(home, ProgrammePage(title="Test programme", slug="test-programme"))


def build_module(
    *,
    title: str = "Private family time",
    slug: str | None = None,
    lessons: list[list[tuple]] | None = None,
    statements: list | None = None,
    pass_mark: int = 80,
    check_attempts: int | None = None,
    audiences: tuple[str, ...] = ("practitioners",),
    programme: ProgrammePage | None = None,
) -> ModulePage:
    """A live programme → module → lessons tree, built as an editor would in Wagtail."""
    slug = slug or title.lower().replace(" ", "-")
    module = ModulePage(
        title=title,
        slug=slug,
        summary=f"About {title}.",
        learning_outcomes="<ul><li>Explain it</li></ul>",
        cpd_hours=Decimal("1.5"),
        pass_mark=pass_mark,
        check_attempts=check_attempts,
        **{field: audience in audiences for audience, field in AUDIENCE_FIELDS.items()},
    )
    module.statements = statements or []
    publish_under(programme or programme_for_tests(), module)
    for index, blocks in enumerate(default_lessons() if lessons is None else lessons, start=1):
        lesson = LessonPage(
            title=f"{title}: lesson {index}",
            slug=f"{slug}-lesson-{index}",
            body=stream_body(blocks),
        )
        publish_under(module, lesson)
    return module


def answers_for(lesson, *, all_correct: bool = True) -> dict[str, list[str]]:
    """Form data for a lesson's knowledge check: right answers, or the first wrong one each."""
    data = {}
    for block in lesson.questions():
        options = block.value["options"].bound_blocks
        if all_correct:
            chosen = [o.id for o in options if o.value["correct"]]
        else:
            chosen = [next(o.id for o in options if not o.value["correct"])]
        data[f"q-{block.id}"] = chosen
    return data
