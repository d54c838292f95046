"""Build the demo programmes, modules and lessons (content/demo_learning_data.py) as pages.

Idempotent: a page that already exists (found by slug under its parent) is left as it is.
"""

import json
import uuid
from decimal import Decimal

from django.db import transaction
from wagtail.models import Page

from assessments.models import Statement
from content.models import HomePage, LessonPage, ModulePage, ProgrammePage
from content.models.resources import AUDIENCE_FIELDS


def _block(block_type: str, value: object) -> dict:
    if block_type == "question":
        value = {
            "question": value["question"],
            "kind": value["kind"],
            "options": [
                {"type": "item", "id": str(uuid.uuid4()), "value": option}
                for option in value["options"]
            ],
        }
    return {"type": block_type, "id": str(uuid.uuid4()), "value": value}


def _child(parent: Page, page_class: type[Page], slug: str) -> Page | None:
    return page_class.objects.child_of(parent).filter(slug=slug).first()


def _add(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _outcomes_html(outcomes: list[str]) -> str:
    from django.utils.html import escape

    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in outcomes) + "</ul>"


@transaction.atomic
def seed_learning() -> list[ModulePage]:
    from demo.modules_data import PROGRAMMES

    home = HomePage.objects.first()
    modules: dict[str, ModulePage] = {}
    prerequisites: dict[str, list[str]] = {}
    for programme_data in PROGRAMMES:
        programme = _child(home, ProgrammePage, programme_data["slug"]) or _add(
            home,
            ProgrammePage(
                title=programme_data["title"],
                slug=programme_data["slug"],
                introduction=programme_data["introduction"],
            ),
        )
        for module_data in programme_data["modules"]:
            module = _child(programme, ModulePage, module_data["slug"])
            if module is None:
                audiences = set(module_data["audience"])
                module = ModulePage(
                    title=module_data["title"],
                    slug=module_data["slug"],
                    summary=module_data["summary"],
                    learning_outcomes=_outcomes_html(module_data["learning_outcomes"]),
                    cpd_hours=Decimal(module_data["cpd_hours"]),
                    pass_mark=module_data["pass_mark"],
                    **{field: audience in audiences for audience, field in AUDIENCE_FIELDS.items()},
                )
                module.statements = list(
                    Statement.objects.filter(
                        code__in=module_data["statements"],
                        domain__level__framework__status="published",
                    )
                )
                _add(programme, module)
                for lesson_data in module_data["lessons"]:
                    _add(
                        module,
                        LessonPage(
                            title=lesson_data["title"],
                            slug=lesson_data["slug"],
                            body=json.dumps(
                                [_block(kind, value) for kind, value in lesson_data["blocks"]]
                            ),
                        ),
                    )
                prerequisites[module_data["slug"]] = module_data.get("prerequisites", [])
            modules[module_data["slug"]] = module
    for slug, required in prerequisites.items():
        if required:
            module = modules[slug]
            module.prerequisites = [modules[name] for name in required if name in modules]
            module.save_revision().publish()
    return list(modules.values())
