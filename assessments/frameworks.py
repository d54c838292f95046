"""Frameworks as data: import and export of the framework file format, and new versions.

Editors change frameworks in the Wagtail admin (assessments/viewsets.py); the data files in
assessments/data/ are loaded by a migration and by `import_framework`.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from assessments.models import (
    Domain,
    Framework,
    Level,
    Statement,
)
from core import lifecycle
from people.enums import Role

FRAMEWORK_FORMAT = "practice-circle-framework/1"


def _require(data: dict, key: str, where: str) -> Any:
    if key not in data or data[key] in (None, ""):
        raise ValidationError(f"{where}: '{key}' is missing.")
    return data[key]


@transaction.atomic
def framework_import(data: dict, *, publish: bool = False) -> Framework:
    """Create a framework version from the data-file format (see assessments/data/*.json).

    A code that already exists gets the next version number, so importing never changes
    a framework that records may point at.
    """
    if data.get("format") != FRAMEWORK_FORMAT:
        raise ValidationError(f"This is not a framework file: 'format' must be {FRAMEWORK_FORMAT}.")
    code = _require(data, "code", "Framework")
    role = _require(data, "applies_to_role", "Framework")
    if role not in Role.values:
        raise ValidationError(f"Framework: unknown role {role!r}; use one of {Role.values}.")
    levels = _require(data, "levels", "Framework")
    framework = Framework(
        code=code,
        name=_require(data, "name", "Framework"),
        job_title=data.get("job_title", ""),
        grade=data.get("grade", ""),
        applies_to_role=role,
        version=lifecycle.next_version_number(Framework, code),
        duties=data.get("duties", ""),
        source=data.get("source", ""),
    )
    framework.full_clean()
    framework.save()
    _create_levels(framework, levels)
    if publish:
        framework_publish(framework=framework)
    return framework


def _create_levels(framework: Framework, levels: list[dict]) -> None:
    """Levels, domains and statements from the data-file format; statement codes are unique."""
    seen_codes: set[str] = set()
    for level_order, level_data in enumerate(levels, start=1):
        where = f"Level {level_order}"
        level = Level.objects.create(
            framework=framework,
            code=_require(level_data, "code", where),
            name=_require(level_data, "name", where),
            order=level_data.get("order", level_order),
            summary=level_data.get("summary", ""),
        )
        for domain_order, domain_data in enumerate(_require(level_data, "domains", where), 1):
            domain = Domain.objects.create(
                level=level,
                code=_require(domain_data, "code", f"{where}, domain {domain_order}"),
                name=_require(domain_data, "name", f"{where}, domain {domain_order}"),
                order=domain_order,
            )
            _create_statements(domain, domain_data.get("statements", []), where, seen_codes)


def _create_statements(domain: Domain, items: list[dict], where: str, seen_codes: set[str]) -> None:
    for order, item in enumerate(items, start=1):
        place = f"{where}, {domain.name}, statement {order}"
        statement_code = _require(item, "code", place)
        if statement_code in seen_codes:
            raise ValidationError(f"{place}: code {statement_code} is used twice.")
        seen_codes.add(statement_code)
        Statement.objects.create(
            domain=domain, code=statement_code, text=_require(item, "text", place), order=order
        )


def framework_export(framework: Framework) -> dict:
    """The framework as the data-file format, ready for json.dump."""
    levels = framework.levels.prefetch_related("domains__statements").order_by("order")
    return {
        "format": FRAMEWORK_FORMAT,
        "code": framework.code,
        "name": framework.name,
        "job_title": framework.job_title,
        "grade": framework.grade,
        "applies_to_role": framework.applies_to_role,
        "version": framework.version,
        "source": framework.source,
        "duties": framework.duties,
        "levels": [
            {
                "code": level.code,
                "name": level.name,
                "order": level.order,
                "summary": level.summary,
                "domains": [
                    {
                        "code": domain.code,
                        "name": domain.name,
                        "statements": [
                            {"code": s.code, "text": s.text}
                            for s in sorted(domain.statements.all(), key=lambda s: s.order)
                        ],
                    }
                    for domain in sorted(level.domains.all(), key=lambda d: d.order)
                ],
            }
            for level in levels
        ],
    }


def framework_new_version(*, framework: Framework) -> Framework:
    """Copy a framework as a new draft version; records stay with the version they were made on."""
    return lifecycle.new_version(framework, copy_children=_copy_structure)


def _copy_structure(source: Framework, draft: Framework) -> None:
    """The levels, domains and statements, as an export and re-import would give them."""
    _create_levels(draft, framework_export(source)["levels"])


def framework_publish(*, framework: Framework) -> Framework:
    """Publish a draft; the version it replaces is kept, marked superseded."""
    return lifecycle.publish(framework, check=_check_has_statements)


def _check_has_statements(framework: Framework) -> None:
    if not Statement.objects.filter(domain__level__framework=framework).exists():
        raise ValidationError("A framework needs at least one statement before it is published.")
