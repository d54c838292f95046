"""What evidence a module makes or offers: the framework statements it maps to, the source
key of the evidence made from it, and the frameworks still to offer a learner who completed
it (My learning, the certificate page, learning.services)."""

from collections import defaultdict

from assessments.enums import FrameworkStatus
from assessments.models import Evidence, Framework, Statement
from content.models import ModulePage
from people import access
from people.models import User


def module_statements(module_ids: list[int]) -> dict[int, list[Statement]]:
    """The published framework statements each module maps to, frameworks loaded: one query."""
    through = ModulePage.statements.through
    links = (
        through.objects.filter(
            modulepage_id__in=module_ids,
            statement__domain__level__framework__status=FrameworkStatus.PUBLISHED,
        )
        .select_related("statement__domain__level__framework")
        .order_by("statement__domain__level__framework__name", "statement__code")
    )
    result: dict[int, list[Statement]] = defaultdict(list)
    for link in links:
        result[link.modulepage_id].append(link.statement)
    return result


def module_source_key(module_id: int, framework: Framework | None = None) -> str:
    """The source key of evidence made from a module: the automatic one, or one offered."""
    return f"module:{module_id}" if framework is None else f"module:{module_id}:{framework.code}"


def evidence_offers(learner: User, module_ids: list[int]) -> dict[int, list[Framework]]:
    """Per completed module, the frameworks it maps to that no evidence from it covers yet.

    Evidence for the frameworks of the learner's own role is made on completion; the others
    (a practitioner's module that also maps to the Team Leader framework) are offered here
    for the learner to add if they choose. Two queries.
    """
    if not module_ids or not access.is_staff_member(learner):
        return {}
    statements = module_statements(module_ids)
    covered: set[tuple[int, int]] = set()
    made = Evidence.objects.filter(owner=learner, source_key__startswith="module:").values_list(
        "source_key", "statements__domain__level__framework_id"
    )
    for source_key, framework_id in made:
        module_part = source_key.split(":")[1]
        if module_part.isdigit() and framework_id is not None:
            covered.add((int(module_part), framework_id))
    offers: dict[int, list[Framework]] = {}
    for module_id, items in statements.items():
        frameworks = {s.domain.level.framework.pk: s.domain.level.framework for s in items}
        wanted = [f for pk, f in frameworks.items() if (module_id, pk) not in covered]
        if wanted:
            offers[module_id] = wanted
    return offers
