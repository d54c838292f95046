"""find_identifiers: every likely family identifier in a piece of free text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from core.enums import IdentifierKind
from core.identifiers.addresses import address_spans
from core.identifiers.known import KnownNames
from core.identifiers.known import known_names as build_known_names
from core.identifiers.names import name_spans
from core.identifiers.normalise import Normalised, normalise
from core.identifiers.shapes import shape_spans


@dataclass(frozen=True)
class IdentifierMatch:
    """One likely identifier.

    `start`, `end` and `text` refer to the text as typed, so `text` is exactly what the
    person must remove, invisible characters included. `normalised` is what the patterns
    saw there after undoing Unicode tricks ("07700900123" for a number typed with
    zero-width spaces or full-width digits); it equals `text` for plain text.
    """

    kind: str
    text: str
    start: int
    end: int
    normalised: str = ""

    @property
    def kind_label(self) -> str:
        return IdentifierKind(self.kind).label


# Kind priority when two matches start together and are as long: the more specific wins.
PRIORITY = [
    IdentifierKind.EMAIL_ADDRESS,
    IdentifierKind.DATE_OF_BIRTH,
    IdentifierKind.NHS_NUMBER,
    IdentifierKind.NATIONAL_INSURANCE_NUMBER,
    IdentifierKind.PHONE_NUMBER,
    IdentifierKind.CASE_REFERENCE,
    IdentifierKind.POSTCODE,
    IdentifierKind.STREET_ADDRESS,
    IdentifierKind.PERSON_NAME,
]


def _matches(normalised: Normalised, known: KnownNames) -> Iterator[IdentifierMatch]:
    text = normalised.text
    spans = chain(shape_spans(text), address_spans(text), name_spans(text, known))
    for kind, start, end in spans:
        first, last = normalised.span(start, end)
        yield IdentifierMatch(kind, normalised.original[first:last], first, last, text[start:end])


def find_identifiers(
    text: str | None, known_names: Iterable[str] | KnownNames = ()
) -> list[IdentifierMatch]:
    """Every likely identifier in `text`, in order, none overlapping another.

    The text is normalised first (core/identifiers/normalise.py) so Unicode tricks do not
    hide anything. `known_names` are staff names, not flagged as a family member's name:
    display names, or a KnownNames built once for many calls.
    """
    if not text:
        return []
    known = build_known_names(known_names)
    candidates = sorted(
        _matches(normalise(text), known),
        key=lambda m: (m.start, -(m.end - m.start), PRIORITY.index(m.kind)),
    )
    kept: list[IdentifierMatch] = []
    for match in candidates:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


@dataclass(frozen=True)
class FieldMatch:
    """A match in one named field of a form, for the warning shown to its author."""

    field: str
    label: str
    match: IdentifierMatch


def find_identifiers_in(
    fields: dict[str, tuple[str, str]], known_names: Iterable[str] | KnownNames = ()
) -> list[FieldMatch]:
    """Run find_identifiers over several fields: {name: (label, text)}."""
    known = build_known_names(known_names)
    return [
        FieldMatch(name, label, match)
        for name, (label, text) in fields.items()
        for match in find_identifiers(text, known)
    ]


def matches_fingerprint(matches: Iterable[FieldMatch]) -> str:
    """A fingerprint of exactly which strings were found where.

    A confirmation that the matches identify nobody is tied to it, so text added later
    with new matches needs a new confirmation.
    """
    items = sorted({f"{m.field}\x1f{m.match.kind}\x1f{m.match.text}" for m in matches})
    if not items:
        return ""
    return hashlib.sha256("\x1e".join(items).encode()).hexdigest()[:40]
