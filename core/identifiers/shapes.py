"""Identifiers with a recognisable shape: dates of birth, NHS and National Insurance
numbers, postcodes, phone numbers, email addresses and case references.

Each pattern must stay quiet on ordinary practice language: meeting dates, scaling scores
("7/10"), "Level 3 qualification", times, durations. So dates count only when labelled as
a date of birth, and NHS numbers only when their check digit is right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from django.conf import settings

from core.enums import IdentifierKind

# Case reference formats used when settings.OBSERVATION_CASE_REFERENCE_PATTERNS is not set,
# matched without regard to case unless a pattern says otherwise:
# - prefixed IDs: "CASE-123456", "CIN 45678";
# - labelled numbers: "Ref: 1234567", "Mosaic ID 123456", "case number 445566",
#   "LCS number 8812345";
# - two to four capitals, a hyphen, slash or space, and 5-10 digits: "CS-123456",
#   "EH 4455667", "KCC/5567123" (not "NHS ...", "ISO 27001" and other standards);
# - family court case numbers: "ME23P01234".
DEFAULT_CASE_REFERENCE_PATTERNS = [
    r"\b(?:case|cin|cp|lac|ref)[-/ ]?\d{4,}\b",
    r"\b(?:mosaic|lcs|eclipse|liquidlogic|carefirst|ehm|case|ref(?:erence)?|client|child"
    r"|person|file|id)"
    r"(?:[ \t]+(?:id|no|number|ref(?:erence)?))?\.?[ \t]*(?:no\.?[ \t]*)?[:#]?[ \t]*\d{5,}\b",
    r"(?-i:\b(?!(?:NHS|ISO|BS|EN|IEC)\b)[A-Z]{2,4}[-/ ]\d{5,10}\b)",
    r"(?-i:\b[A-Z]{2}\d{2}[A-Z]\d{5}\b)",
]

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# "jo.bloggs [at] example [dot] com": the written-out form people use to dodge filters.
SPELT_OUT_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+[ \t]*[\[(][ \t]*at[ \t]*[\])][ \t]*[A-Za-z0-9-]+"
    r"(?:[ \t]*[\[(][ \t]*dot[ \t]*[\])][ \t]*[A-Za-z0-9-]+)+",
    re.IGNORECASE,
)

SPELT_OUT_AT = re.compile(r"[\[(][ \t]*at[ \t]*[\])]", re.IGNORECASE)
# Digits with at most three separators between them: "07700 900123", "03/04/2015".
DIGITS = re.compile(r"\d(?:[\d \t()/.:+-]{0,3}\d)*")
WINDOW_BEFORE = 64
WINDOW_AFTER = 12

# UK postcodes: area letters exclude Q, V, X first and I, J, Z second; the inward code is a
# digit and two letters that never include C, I, K, M, O or V.
POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z]{1,2}\d|GIR)(?:GIR ?0AA|(?:"
    r"[A-PR-UWYZ][0-9][0-9]?"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]"
    r")[ \t]?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}

NHS_NUMBER = re.compile(r"(?<![\d/.:-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?!\d|[/.:-]\d)")

# National Insurance numbers: two capitals, three pairs of digits, a letter A-D
# ("QQ 12 34 56 C", the published example, included).
NI_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:[ \t]?\d{2}){3}[ \t]?[A-D](?![A-Za-z0-9])")

# 07xxx xxxxxx, 01xxx xxxxxx, 020 xxxx xxxx, +44 7xxx xxxxxx, +44 (0)20 ...: digits with
# optional spaces or hyphens; checked afterwards for a plausible UK length and prefix.
PHONE = re.compile(
    r"(?<![\w+/.:])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(?0)\d(?:\)?[ \t-]?\d){8,9}(?![\w/]|[.:]\d)"
)

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
DOB_LABEL = re.compile(r"dob|d\.o|d o b|birth|born|b\.", re.IGNORECASE)
# A label, then at most three words (not crossing a comma or full stop), then the date.
DATE_OF_BIRTH = re.compile(
    r"(?:\bd\.?[ \t]?o\.?[ \t]?b\b\.?|\bdate[ \t]+of[ \t]+birth\b|\bborn\b|(?<![\w.])b\.)"
    r"[ \t]*[:\-–]?[ \t]*(?:[A-Za-z']+[ \t]+){0,3}?"
    rf"(?P<date>{DATE})(?![\d/])",
    re.IGNORECASE,
)

Span = tuple[str, int, int]


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
    """The council's own formats from settings, or the defaults above; read on every call
    so a settings change (and a test's override) takes effect at once."""
    patterns = getattr(settings, "OBSERVATION_CASE_REFERENCE_PATTERNS", None)
    return _compiled(tuple(DEFAULT_CASE_REFERENCE_PATTERNS if patterns is None else patterns))


def _emails(text: str) -> Iterator[Span]:
    for found in EMAIL.finditer(text):
        yield IdentifierKind.EMAIL_ADDRESS, *found.span()
    if SPELT_OUT_AT.search(text):
        for found in SPELT_OUT_EMAIL.finditer(text):
            yield IdentifierKind.EMAIL_ADDRESS, *found.span()


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of the text around its digits, where every shape but an email must lie.

    A label comes at most WINDOW_BEFORE characters before the digits ("date of birth",
    "Mosaic ID") and the letters that end a postcode or NI number just after them;
    patterns see the whole text around a window, so look-behinds still work.
    """
    windows: list[tuple[int, int]] = []
    for found in DIGITS.finditer(text):
        start, end = max(0, found.start() - WINDOW_BEFORE), found.end() + WINDOW_AFTER
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _find(pattern: re.Pattern, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match]:
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _numbers(text: str, windows: list[tuple[int, int]]) -> Iterator[Span]:
    if DOB_LABEL.search(text):
        for found in _find(DATE_OF_BIRTH, text, windows):
            yield IdentifierKind.DATE_OF_BIRTH, *found.span("date")
    for found in _find(NHS_NUMBER, text, windows):
        if nhs_check_digit_is_valid(found.group(1) + found.group(3) + found.group(4)):
            yield IdentifierKind.NHS_NUMBER, *found.span()
    for found in _find(NI_NUMBER, text, windows):
        yield IdentifierKind.NATIONAL_INSURANCE_NUMBER, *found.span()
    for found in _find(PHONE, text, windows):
        if _plausible_uk_phone(found.group()):
            yield IdentifierKind.PHONE_NUMBER, *found.span()
    for pattern in case_reference_patterns():
        for found in _find(pattern, text, windows):
            yield IdentifierKind.CASE_REFERENCE, *found.span()
    for found in _find(POSTCODE, text, windows):
        # "B2 3rd floor", "Y11 2nd": a lower-case ordinal is not a postcode.
        if found.group()[-2:] not in ORDINAL_SUFFIXES:
            yield IdentifierKind.POSTCODE, *found.span()


def shape_spans(text: str) -> Iterator[Span]:
    """(kind, start, end) for every shaped identifier in `text`, overlaps included.

    Every shape but an email address holds a digit (case references too, the council's
    own formats included), so those patterns run only around the digits.
    """
    if "@" in text or "[" in text or "(" in text:
        yield from _emails(text)
    windows = _windows(text)
    if windows:
        yield from _numbers(text, windows)
