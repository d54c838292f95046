"""Build the demo programmes, modules and lessons (demo/data/programmes/) as published pages.

Idempotent: a page that already exists (found by slug under its parent) is left as it is.
"""

import io
import json
import uuid
import zipfile
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page
from wagtail_lms.models import H5PActivity, SCORMPackage

from assessments.models import Statement
from content.h5p_packages import h5p_activity_create
from content.models import HomePage, LessonPage, ModulePage, ProgrammePage
from content.models.resources import AUDIENCE_FIELDS
from content.packages import scorm_package_create
from demo import loaders


def _block(item: dict) -> dict:
    """StreamField data with block ids: learners' answers name question options by id."""
    block_type, value = loaders.stream_value(item)
    if block_type == "question":
        value = {
            **value,
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
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in outcomes) + "</ul>"


def _create_module(programme: ProgrammePage, data: dict) -> ModulePage:
    audiences = set(data["audience"])
    module = ModulePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        learning_outcomes=_outcomes_html(data["learning_outcomes"]),
        cpd_hours=Decimal(str(data["cpd_hours"])),
        pass_mark=data["pass_mark"],
        **{field: audience in audiences for audience, field in AUDIENCE_FIELDS.items()},
    )
    module.statements = list(
        Statement.objects.filter(
            code__in=data["statements"], domain__level__framework__status="published"
        )
    )
    _add(programme, module)
    for lesson in data["lessons"]:
        body = [_block(item) for item in lesson["blocks"]]
        page = LessonPage(title=lesson["title"], slug=lesson["slug"], body=json.dumps(body))
        if lesson["scorm"]:
            page.scorm_package = _scorm_package(lesson["scorm"])
        if lesson["h5p"]:
            page.h5p_activity = _h5p_activity(lesson["h5p"])
        _add(module, page)
    return module


def scorm_zip(folder: str, kind: str = "scorm", suffix: str = "zip") -> SimpleUploadedFile:
    """A package's source files (demo/data/<kind>/<folder>/), zipped as an editor would."""
    source = loaders.DATA_DIR / kind / folder
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            archive.write(path, path.relative_to(source).as_posix())
    return SimpleUploadedFile(f"{folder}.{suffix}", buffer.getvalue(), "application/zip")


def h5p_file(folder: str) -> SimpleUploadedFile:
    """An H5P activity's source files (demo/data/h5p/<folder>/: h5p.json, content/ and our
    own library's folder), zipped into an .h5p file."""
    return scorm_zip(folder, kind="h5p", suffix="h5p")


def _h5p_activity(folder: str) -> H5PActivity:
    """Upload the .h5p through the editors' checks (a bad folder stops the seed)."""
    return h5p_activity_create(upload=h5p_file(folder))


def _scorm_package(folder: str) -> SCORMPackage:
    """Upload the zipped package through the editors' checks (a bad folder stops the seed)."""
    return scorm_package_create(upload=scorm_zip(folder))


@transaction.atomic
def seed_learning() -> list[ModulePage]:
    home = HomePage.objects.first()
    modules: dict[str, ModulePage] = {}
    prerequisites: dict[str, list[str]] = {}
    for programme_data in loaders.programmes():
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
                module = _create_module(programme, module_data)
                prerequisites[module_data["slug"]] = module_data["prerequisites"]
            modules[module_data["slug"]] = module
    for slug, required in prerequisites.items():
        if required:
            module = modules[slug]
            module.prerequisites = [modules[name] for name in required]
            module.save_revision().publish()
    return list(modules.values())
