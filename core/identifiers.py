"""Spot obvious family identifiers in free text before an observation is saved.

Observations must never hold identifying details of a family (DOMAIN.md, data protection).
Removing names is not enough, and nothing can tell a name from any other word, so this
looks only for the things that have a recognisable shape: dates of birth, NHS numbers, UK
postcodes, phone numbers, email addresses and case reference numbers. The observer sees
each match and removes it or confirms it identifies nobody.

It must stay quiet on ordinary practice language: meeting dates, scaling scores ("7/10"),
"Level 3 qualification", times, durations. So dates count only when labelled as a date of
birth, and NHS numbers only when their check digit is right.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings

from core.enums import IdentifierKind

# Case reference formats used when settings.OBSERVATION_CASE_REFERENCE_PATTERNS is not set:
# prefixed IDs ("CASE-123456", "CIN 45678") and labelled numbers ("Ref: 1234567",
# "Mosaic ID 123456", "case number 445566"). Matched without regard to case.
DEFAULT_CASE_REFERENCE_PATTERNS = [
    r"\b(?:case|cin|cp|lac|ref)[-/ ]?\d{4,}\b",
    r"\b(?:mosaic|case|ref(?:erence)?|client|child|person|file|id)"
    r"(?:[ \t]+(?:id|no|number|ref(?:erence)?))?\.?[ \t]*(?:no\.?[ \t]*)?[:#]?[ \t]*\d{5,}\b",
]


@dataclass(frozen=True)
class IdentifierMatch:
    kind: str
    text: str
    start: int
    end: int

    @property
    def kind_label(self) -> str:
        return IdentifierKind(self.kind).label


# Email addresses ---------------------------------------------------------------------------

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# UK postcodes ------------------------------------------------------------------------------
# The published format: area letters exclude Q, V, X first and I, J, Z second; the inward
# code is a digit and two letters that never include C, I, K, M, O or V.

POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|(?:"
    r"[A-PR-UWYZ][0-9][0-9]?"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]"
    r")[ \t]?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}

# NHS numbers -------------------------------------------------------------------------------

NHS_NUMBER = re.compile(r"(?<![\d/.:-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?!\d|[/.:-]\d)")

# Phone numbers -----------------------------------------------------------------------------
# 07xxx xxxxxx, 01xxx xxxxxx, 020 xxxx xxxx, +44 7xxx xxxxxx, +44 (0)20 ...: digits with
# optional spaces or hyphens; checked afterwards for a plausible UK length and prefix.

PHONE = re.compile(
    r"(?<![\w+/.:])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(?0)\d(?:\)?[ \t-]?\d){8,9}(?![\w/]|[.:]\d)"
)

# Dates of birth ----------------------------------------------------------------------------

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"  # 01/02/2015, 1.2.15, 01-02-2015
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 2015-02-01
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{MONTHS}\.?,?[ \t]+\d{{4}}"  # 1st May 2015
    rf"|{MONTHS}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"  # May 1, 2015
    rf"|{MONTHS}\.?[ \t]+\d{{4}}"  # May 2015
    r"|(?:19|20)\d{2})"  # 2015
)
# A label, then at most three words (not crossing a comma or full stop), then the date.
DATE_OF_BIRTH = re.compile(
    r"(?:\bd\.?[ \t]?o\.?[ \t]?b\b\.?|\bdate[ \t]+of[ \t]+birth\b|\bborn\b|(?<![\w.])b\.)"
    r"[ \t]*[:\-–]?[ \t]*(?:[A-Za-z']+[ \t]+){0,3}?"
    rf"(?P<date>{DATE})(?![\d/])",
    re.IGNORECASE,
)

# Kind priority when two matches cover the same text: the more specific kind wins.
PRIORITY = [
    IdentifierKind.EMAIL_ADDRESS,
    IdentifierKind.DATE_OF_BIRTH,
    IdentifierKind.NHS_NUMBER,
    IdentifierKind.PHONE_NUMBER,
    IdentifierKind.CASE_REFERENCE,
    IdentifierKind.POSTCODE,
]


def nhs_check_digit_is_valid(digits: str) -> bool:
    """The NHS number modulus 11 check: weights 10..2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _plausible_uk_phone(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    national = digits[2:] if text.lstrip().startswith("+") else digits
    national = national.removeprefix("0")
    return len(national) in (9, 10) and national[0] in "1235789"


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def case_reference_patterns() -> tuple[re.Pattern, ...]:
    patterns = getattr(settings, "OBSERVATION_CASE_REFERENCE_PATTERNS", None)
    return _compiled(tuple(DEFAULT_CASE_REFERENCE_PATTERNS if patterns is None else patterns))


def _candidates(text: str) -> Iterable[IdentifierMatch]:
    for found in EMAIL.finditer(text):
        yield IdentifierMatch(IdentifierKind.EMAIL_ADDRESS, found.group(), *found.span())
    for found in DATE_OF_BIRTH.finditer(text):
        start, end = found.span("date")
        yield IdentifierMatch(IdentifierKind.DATE_OF_BIRTH, found.group("date"), start, end)
    for found in NHS_NUMBER.finditer(text):
        if nhs_check_digit_is_valid(found.group(1) + found.group(3) + found.group(4)):
            yield IdentifierMatch(IdentifierKind.NHS_NUMBER, found.group(), *found.span())
    for found in PHONE.finditer(text):
        if _plausible_uk_phone(found.group()):
            yield IdentifierMatch(IdentifierKind.PHONE_NUMBER, found.group(), *found.span())
    for pattern in case_reference_patterns():
        for found in pattern.finditer(text):
            yield IdentifierMatch(IdentifierKind.CASE_REFERENCE, found.group(), *found.span())
    for found in POSTCODE.finditer(text):
        value = found.group()
        # "B2 3rd floor", "Y11 2nd": a lower-case ordinal is not a postcode.
        if value[-2:] in ORDINAL_SUFFIXES:
            continue
        yield IdentifierMatch(IdentifierKind.POSTCODE, value, *found.span())


def find_identifiers(text: str | None) -> list[IdentifierMatch]:
    """Every likely identifier in `text`, in order, none overlapping another."""
    if not text:
        return []
    candidates = sorted(
        _candidates(text),
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
    """A match in one named field of a form, for the warning shown to the observer."""

    field: str
    label: str
    match: IdentifierMatch


def find_identifiers_in(fields: dict[str, tuple[str, str]]) -> list[FieldMatch]:
    """Run find_identifiers over several fields: {name: (label, text)}."""
    return [
        FieldMatch(name, label, match)
        for name, (label, text) in fields.items()
        for match in find_identifiers(text)
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
