"""Writes for observation templates: creation from data, new versions, publishing.

Editors write templates in the Wagtail admin; demo data and imports call template_create.
A template is versioned like a framework (core.lifecycle): once an observation uses a
version it is frozen, and an editor changes it by making a new version.
"""

from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction

from assessments.enums import FrameworkStatus
from assessments.models import Statement
from core import lifecycle
from observations.enums import Stage
from observations.models import ObservationTemplate, TemplateCriterion


class CriterionInput(NamedTuple):
    stage: str
    text: str
    guidance: str = ""
    statement_codes: tuple[str, ...] = ()


def current_statements(statements: list[Statement]) -> list[Statement]:
    """Each statement as it stands in the published version of its framework.

    Templates keep the statements they were written against; when a framework gets a new
    version, evidence goes to the statement with the same code in the version now in use.
    Statements the new version dropped are left out.
    """
    current = []
    stale: dict[tuple[str, str], Statement] = {}
    for statement in statements:
        framework = statement.domain.level.framework
        if framework.status == FrameworkStatus.PUBLISHED:
            current.append(statement)
        else:
            stale[(framework.code, statement.code)] = statement
    if stale:
        replacements = Statement.objects.filter(
            domain__level__framework__status=FrameworkStatus.PUBLISHED,
            domain__level__framework__code__in={code for code, _ in stale},
            code__in={code for _, code in stale},
        ).select_related("domain__level__framework")
        current.extend(s for s in replacements if (s.domain.level.framework.code, s.code) in stale)
    return list({s.pk: s for s in current}.values())


@transaction.atomic
def template_create(
    *,
    code: str,
    name: str,
    meeting_types: list[str],
    criteria: list[CriterionInput],
    description: str = "",
    rating_scale: list[dict] | None = None,
    publish: bool = False,
) -> ObservationTemplate:
    """Create a template version from data (demo data, imports); editors use the admin.

    Statements are named by code and looked up in the published frameworks. A code that
    already exists gets the next version number, as with frameworks.
    """
    template = ObservationTemplate(
        code=code,
        name=name,
        description=description,
        meeting_types=meeting_types,
        version=lifecycle.next_version_number(ObservationTemplate, code),
    )
    if rating_scale is not None:
        template.rating_scale = rating_scale
    template.full_clean()
    template.save()
    for order, item in enumerate(criteria):
        _add_criterion(template, order, item)
    if publish:
        template = template_publish(template=template)
    return template


def _add_criterion(template: ObservationTemplate, order: int, item: CriterionInput) -> None:
    if item.stage not in Stage.values:
        raise ValidationError(f"Criterion {order + 1}: unknown stage {item.stage!r}.")
    statements = list(
        Statement.objects.filter(
            domain__level__framework__status=FrameworkStatus.PUBLISHED,
            code__in=item.statement_codes,
        )
    )
    missing = set(item.statement_codes) - {s.code for s in statements}
    if missing:
        raise ValidationError(
            f"Criterion {order + 1}: no published statement {', '.join(sorted(missing))}."
        )
    criterion = TemplateCriterion(
        template=template,
        sort_order=order,
        stage=item.stage,
        text=item.text,
        guidance=item.guidance,
    )
    criterion.full_clean(exclude=["template"])
    # A parental many-to-many is kept in memory until its model is saved.
    criterion.statements.set(statements)
    criterion.save()


def template_new_version(*, template: ObservationTemplate) -> ObservationTemplate:
    """Copy a template as a new draft version; observations stay with the version they used."""
    return lifecycle.new_version(template, copy_children=_copy_criteria)


def _copy_criteria(source: ObservationTemplate, draft: ObservationTemplate) -> None:
    """The criteria, each pointing at its statements as they stand in published frameworks."""
    criteria = source.criteria.prefetch_related("statements__domain__level__framework")
    for criterion in criteria.order_by("sort_order"):
        new = TemplateCriterion(
            template=draft,
            sort_order=criterion.sort_order,
            stage=criterion.stage,
            text=criterion.text,
            guidance=criterion.guidance,
        )
        new.statements.set(current_statements(list(criterion.statements.all())))
        new.save()


def template_publish(*, template: ObservationTemplate) -> ObservationTemplate:
    """Publish a draft; the version it replaces is kept, marked superseded."""
    return lifecycle.publish(template, check=_check_has_criteria)


def _check_has_criteria(template: ObservationTemplate) -> None:
    if not template.criteria.exists():
        raise ValidationError("A template needs at least one criterion before it is published.")
