"""Draft → published → superseded: one lifecycle for records that records point at.

A competency framework and an observation template are both edited as versions. Evidence,
decisions and observations point at the version they were made on, so a version in use
is never changed in place: an editor makes a new draft version, edits it, and publishes
it; the version it replaces is kept, marked superseded. One version of a code is
published at a time (a database constraint on each concrete model says so too).
"""

from collections.abc import Callable
from copy import deepcopy
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone


class LifecycleStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    SUPERSEDED = "superseded", "Superseded by a newer version"


# Set by the lifecycle, never copied into a new version nor typed in an admin form.
LIFECYCLE_FIELDS = frozenset(
    {"version", "status", "previous_version", "created_at", "published_at"}
)


class Versioned(models.Model):
    """One version of a record that is changed by making a new version.

    The concrete model adds a `code` shared by all its versions, a unique (code, version)
    and a one-published-version-per-code constraint, `is_frozen()` (records point at it)
    and the `frozen_message` an editor sees when a change is refused.
    """

    version = models.PositiveIntegerField(default=1, editable=False)
    status = models.CharField(
        max_length=20,
        choices=LifecycleStatus.choices,
        default=LifecycleStatus.DRAFT,
        editable=False,
    )
    previous_version = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="next_versions",
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    frozen_message = "This version is in use, so it cannot be changed. Make a new version instead."

    class Meta:
        abstract = True

    @property
    def is_draft(self) -> bool:
        return self.status == LifecycleStatus.DRAFT

    @property
    def is_published(self) -> bool:
        return self.status == LifecycleStatus.PUBLISHED

    def is_frozen(self) -> bool:
        """Records point at this version: from then on it is never edited in place."""
        return False

    def clean(self) -> None:
        super().clean()
        if self.pk:
            ensure_editable(type(self)._default_manager.get(pk=self.pk))


V = TypeVar("V", bound=Versioned)


def ensure_editable(version: Versioned) -> None:
    """Refuse a change to a version records point at; the editor makes a new version."""
    if version.is_frozen():
        raise ValidationError(version.frozen_message)


def _lock_versions(model: type[V], code: str) -> list[V]:
    """Every version of `code`, locked until the transaction ends.

    Locking the whole family in one statement (in primary-key order) makes publish and
    new_version for one code take turns: whoever comes second sees the first's result.
    """
    return list(model._default_manager.select_for_update().filter(code=code).order_by("pk"))


@transaction.atomic
def next_version_number(model: type[Versioned], code: str) -> int:
    """The number the next version of `code` gets; its versions stay locked until commit.

    The first version of a new code has nothing to lock: the unique (code, version)
    constraint refuses a second one made at the same moment.
    """
    return max((version.version for version in _lock_versions(model, code)), default=0) + 1


@transaction.atomic
def publish(version: V, *, check: Callable[[V], None] | None = None) -> V:
    """Publish a draft; the version it replaces is kept, marked superseded.

    `check` raises ValidationError when the draft is not ready (no statements, no
    criteria). The row is read again under the lock, so a stale copy of a version that
    has since been published is refused, and two editors publishing at once leave exactly
    one published version. Returns the published row; `version` is updated to match.
    """
    model = type(version)
    family = _lock_versions(model, version.code)
    current = next((row for row in family if row.pk == version.pk), None)
    if current is None:
        raise ValidationError(
            "This version has changed since it was opened. Reload it and try again."
        )
    if current.status != LifecycleStatus.DRAFT:
        raise ValidationError("Only a draft can be published.")
    if check is not None:
        check(current)
    replaced = [row.pk for row in family if row.status == LifecycleStatus.PUBLISHED]
    model._default_manager.filter(pk__in=replaced).update(status=LifecycleStatus.SUPERSEDED)
    current.status = LifecycleStatus.PUBLISHED
    current.published_at = timezone.now()
    current.save(update_fields=["status", "published_at"])
    version.status, version.published_at = current.status, current.published_at
    return current


def _copied_fields(model: type[Versioned]) -> list[models.Field]:
    return [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key and field.name not in LIFECYCLE_FIELDS
    ]


@transaction.atomic
def new_version(source: V, *, copy_children: Callable[[V, V], None]) -> V:
    """Copy a version as the next draft of its code; records stay with the version they
    were made on.

    The version's own fields are copied here; `copy_children(source, draft)` copies the
    rows under it (levels and statements, criteria), which only its app knows.
    """
    model = type(source)
    draft = model(
        **{
            field.attname: deepcopy(getattr(source, field.attname))
            for field in _copied_fields(model)
        }
    )
    draft.version = next_version_number(model, source.code)
    draft.previous_version = source
    draft.full_clean()
    draft.save()
    copy_children(source, draft)
    return draft
