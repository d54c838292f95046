"""Writes for the CPD record: entries the learner adds, changes and deletes (those made on
completing a module stay), with the identifier guard on what they type."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from learning.models import CPDEntry
from people.models import User
from people.services import identifiers_check

CPD_FIELDS = (
    "title",
    "activity_type",
    "activity_date",
    "hours",
    "description",
    "learning",
    "impact",
    "peer_reflection",
    "peer_learning",
)


CPD_TEXT_LABELS = {
    "title": "Title",
    "description": "What it was and why it is relevant",
    "learning": "What you learnt",
    "impact": "The impact",
    "peer_learning": "What you learnt from a peer",
}


def _cpd_validate(entry: CPDEntry, identifiers_confirmed: str) -> None:
    identifiers_check(
        {name: (label, getattr(entry, name)) for name, label in CPD_TEXT_LABELS.items()},
        confirmed=identifiers_confirmed,
    )
    if entry.activity_date and entry.activity_date > timezone.localdate():
        raise ValidationError({"activity_date": "The date must be today or in the past"})
    if entry.peer_reflection and not entry.peer_learning.strip():
        raise ValidationError(
            {"peer_learning": "Say what you learnt from discussing it with a peer"}
        )
    entry.full_clean()


@transaction.atomic
def cpd_entry_add(*, owner: User, identifiers_confirmed: str = "", **fields: object) -> CPDEntry:
    entry = CPDEntry(owner=owner, **{k: v for k, v in fields.items() if k in CPD_FIELDS})
    _cpd_validate(entry, identifiers_confirmed)
    entry.save()
    return entry


@transaction.atomic
def cpd_entry_update(
    *, entry: CPDEntry, by: User, identifiers_confirmed: str = "", **fields: object
) -> CPDEntry:
    if entry.owner_id != by.pk:
        raise PermissionDenied("Only the owner changes a CPD entry.")
    for name in CPD_FIELDS:
        if name in fields:
            setattr(entry, name, fields[name])
    _cpd_validate(entry, identifiers_confirmed)
    entry.save()
    return entry


def cpd_entry_delete(*, entry: CPDEntry, by: User) -> None:
    if entry.owner_id != by.pk:
        raise PermissionDenied("Only the owner deletes a CPD entry.")
    if entry.is_automatic:
        raise ValidationError(
            "Entries made for you when you complete a module stay in your record."
        )
    entry.delete()


def total_hours(entries: list[CPDEntry]) -> Decimal:
    return sum((e.hours for e in entries), Decimal("0"))
