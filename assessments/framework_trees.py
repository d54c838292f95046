"""Frameworks and their trees (levels → domains → statements): which apply to whom, and
their structure, cached between requests (core/cache.py). assessments/signal_handlers.py
renews the cache on any change to a framework, a level, a domain or a statement."""

from django.db.models import Prefetch, QuerySet

from assessments.enums import FrameworkStatus
from assessments.models import Domain, Framework, Level, Statement
from core.cache import cached
from people import access
from people.enums import Role
from people.models import User

# Which people a framework describes: the coordinator framework is for practitioners and
# coordinators, the team leader framework for team leaders.
ROLES_FOR_FRAMEWORK = {
    Role.COORDINATOR: {Role.PRACTITIONER, Role.COORDINATOR},
    Role.PRACTITIONER: {Role.PRACTITIONER, Role.COORDINATOR},
    Role.TEAM_LEADER: {Role.TEAM_LEADER},
    Role.SERVICE_MANAGER: {Role.SERVICE_MANAGER},
}


def framework_applies_to(framework: Framework, user: User) -> bool:
    """Does `framework` describe one of `user`'s roles (its `applies_to_role`)?

    Only such a framework takes evidence made for the person automatically, such as on
    completing a module; evidence for any other framework is theirs to choose to add.
    """
    held = access.roles_of(user).all
    return bool(held & ROLES_FOR_FRAMEWORK.get(framework.applies_to_role, set()))


def published_frameworks() -> QuerySet[Framework]:
    return Framework.objects.filter(status=FrameworkStatus.PUBLISHED).order_by("name")


def frameworks_with_structure() -> QuerySet[Framework]:
    """Frameworks with levels → domains → statements prefetched, in order: three queries more."""
    return Framework.objects.prefetch_related(
        Prefetch("levels", queryset=Level.objects.order_by("order")),
        Prefetch("levels__domains", queryset=Domain.objects.order_by("order")),
        Prefetch("levels__domains__statements", queryset=Statement.objects.order_by("order")),
    )


# Framework trees change only when an editor drafts, edits or publishes one: they are cached
# (core/cache.py), and assessments/signal_handlers.py renews this namespace on every change.
FRAMEWORK_TREES = "framework-trees"


def framework_with_structure(framework_id: int) -> Framework:
    """A framework with levels → domains → statements, from the cache (or four queries).

    Each call gives its own copy: changing it changes nothing another request sees."""
    return cached(
        FRAMEWORK_TREES,
        f"tree:{framework_id}",
        lambda: frameworks_with_structure().get(pk=framework_id),
    )


def published_framework_trees() -> list[Framework]:
    """The published frameworks by name, each with its structure, from the cache."""
    return cached(
        FRAMEWORK_TREES,
        "published",
        lambda: list(
            frameworks_with_structure().filter(status=FrameworkStatus.PUBLISHED).order_by("name")
        ),
    )


def frameworks_for(user: User) -> list[Framework]:
    """Published frameworks that describe the user's roles, and any they have records on,
    each with its structure."""
    roles = access.roles_of(user).all
    applicable = [
        framework
        for framework in published_framework_trees()
        if roles & ROLES_FOR_FRAMEWORK.get(framework.applies_to_role, set())
    ]
    with_records = Framework.objects.filter(
        levels__domains__statements__decisions__subject=user
    ).distinct()
    extra = [framework_with_structure(f.pk) for f in with_records if f not in applicable]
    return applicable + extra
