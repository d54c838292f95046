"""The pages generate_scale_data builds on: the demo's modules, templates and resources, as many
refresher modules as the lesson count needs, and the plain public page `make bench` anchors to.

A council has more lessons than the demo's nine modules hold, so refreshers copy the demo
modules' lessons (with new block ids, as an editor's copy would have) into a programme of
their own.
"""

import json
import math
import uuid
from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page, Site

from assessments.enums import FrameworkStatus
from content.models import HomePage, LessonPage, ModulePage, ProgrammePage, StandardPage
from content.models.resources import AUDIENCE_FIELDS
from demo.modules import seed_learning
from demo.observations import seed_templates
from demo.resources import seed_resources
from demo.scale_common import World


@dataclass
class LessonInfo:
    lesson: LessonPage
    right: dict[str, list[str]]
    wrong: dict[str, list[str]]
    prompts: list[tuple[str, str]]

    @property
    def has_check(self) -> bool:
        return bool(self.right)


@dataclass
class ModuleInfo:
    module: ModulePage
    lessons: list[LessonInfo]
    statement_ids: list[int]
    prerequisite_ids: set[int] = field(default_factory=set)

    @property
    def audiences(self) -> frozenset[str]:
        return self.module.audiences


def _home() -> HomePage:
    return Site.objects.get(is_default_site=True).root_page.specific


def _add(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def anchor_page(world: World) -> StandardPage:
    """The project's plainest Wagtail page: public, a title and rich text."""
    texts = world.texts["anchor"]
    home = _home()
    existing = StandardPage.objects.child_of(home).filter(slug=texts["slug"]).first()
    return existing or _add(
        home, StandardPage(title=texts["title"], slug=texts["slug"], body=texts["body"])
    )


def _fresh_ids(value: object, world: World) -> object:
    """A copy of StreamField data with new block ids (a block is a dict with type and id)."""
    if isinstance(value, list):
        return [_fresh_ids(item, world) for item in value]
    if isinstance(value, dict):
        copy = {key: _fresh_ids(item, world) for key, item in value.items()}
        if "type" in copy and "id" in copy:
            copy["id"] = str(uuid.UUID(int=world.rng.getrandbits(128), version=4))
        return copy
    return value


def _copy_module(world: World, programme: ProgrammePage, source: ModulePage, number: int) -> None:
    title = world.texts["refreshers"]["module_title"].format(number=number, title=source.title)
    module = ModulePage(
        title=title[:255],
        slug=f"refresher-{number:02d}-{source.slug}"[:255],
        summary=source.summary,
        learning_outcomes=source.learning_outcomes,
        cpd_hours=source.cpd_hours,
        pass_mark=source.pass_mark,
        **{name: getattr(source, name) for name in AUDIENCE_FIELDS.values()},
    )
    module.statements = list(source.statements.all())
    _add(programme, module)
    for lesson in LessonPage.objects.child_of(source).live().order_by("path"):
        body = _fresh_ids(list(lesson.body.raw_data), world)
        _add(
            module,
            LessonPage(
                title=lesson.title,
                slug=lesson.slug,
                estimated_minutes=lesson.estimated_minutes,
                body=json.dumps(body),
            ),
        )


def add_refreshers(world: World, lessons_wanted: int) -> None:
    """Refresher modules until practitioners have at least `lessons_wanted` lessons to do."""
    sources = list(ModulePage.objects.live().filter(for_practitioners=True).order_by("path"))
    have = (
        LessonPage.objects.live()
        .filter(Q(*[Q(path__startswith=m.path) for m in sources], _connector=Q.OR))
        .count()
        if sources
        else 0
    )
    per_module = max(1, have // max(len(sources), 1))
    needed = math.ceil(max(0, lessons_wanted - have) / per_module)
    if not needed:
        return
    texts = world.texts["refreshers"]
    home = _home()
    programme = ProgrammePage.objects.child_of(home).filter(slug=texts["programme_slug"]).first()
    programme = programme or _add(
        home,
        ProgrammePage(
            title=texts["programme_title"],
            slug=texts["programme_slug"],
            introduction=texts["programme_introduction"],
        ),
    )
    for number in range(1, needed + 1):
        _copy_module(world, programme, sources[(number - 1) % len(sources)], number)
        world.progress.within(number / needed)


def _lesson_info(lesson: LessonPage) -> LessonInfo:
    right, wrong = {}, {}
    for block in lesson.questions():
        options = list(block.value["options"].bound_blocks)
        right[block.id] = [o.id for o in options if o.value["correct"]]
        wrong[block.id] = [next((o.id for o in options if not o.value["correct"]), options[0].id)]
    prompts = [(block.id, block.value["prompt"][:300]) for block in lesson.reflection_prompts()]
    return LessonInfo(lesson=lesson, right=right, wrong=wrong, prompts=prompts)


def module_catalogue() -> list[ModuleInfo]:
    """Every live module with its live lessons, statements and prerequisites, in tree order."""
    modules = list(ModulePage.objects.live().order_by("path"))
    prerequisites = list(
        ModulePage.prerequisites.through.objects.values_list(
            "from_modulepage_id", "to_modulepage_id"
        )
    )
    lessons = list(LessonPage.objects.live().order_by("path"))
    published = set(
        ModulePage.statements.through.objects.filter(
            statement__domain__level__framework__status=FrameworkStatus.PUBLISHED
        ).values_list("modulepage_id", "statement_id")
    )
    catalogue = []
    for module in modules:
        own = [
            _lesson_info(lesson)
            for lesson in lessons
            if lesson.path.startswith(module.path) and lesson.depth == module.depth + 1
        ]
        if not own:
            continue
        catalogue.append(
            ModuleInfo(
                module=module,
                lessons=own,
                statement_ids=sorted(s for m, s in published if m == module.pk),
                prerequisite_ids={to for frm, to in prerequisites if frm == module.pk},
            )
        )
    return catalogue


def prepare_content(world: World, *, lessons_wanted: int) -> list[ModuleInfo]:
    """The demo content (found, or built once), refreshers and the anchor page."""
    seed_learning()
    seed_templates()
    seed_resources()
    anchor_page(world)
    add_refreshers(world, lessons_wanted)
    return module_catalogue()
