"""Street addresses, with or without a postcode: "14 Acacia Road, Chatham".

Three shapes: a house (or flat) number, capitalised words and a street suffix, with the
town after it when one follows; the same in lower case for the common suffixes
("18 st johns road"); and a street named after "lives on", "moved to" and the like,
without a number ("lives on Cedar Grove"). A street whose words are all practice
vocabulary is not an address: "2 Family Court hearings".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.enums import IdentifierKind
from core.identifiers.lexicon import Lexicon, lexicon

SUFFIXES = (
    "Road|Street|Avenue|Close|Lane|Drive|Way|Court|Crescent|Gardens|Place|Terrace|Grove|Hill"
    "|Park|Square|Walk|Rise|Mews|Row|Parade|View|Vale|Green|Meadow|Meadows|Fields|Chase"
    "|Gate|Wharf|Yard|Boulevard|Broadway|Hollow|Quay|Heights|Croft|Dene|Glade|Brow"
    "|Embankment|Approach|Circus|Grange|Path|Promenade|Ridge|Drove|Mount|Orchard|Paddock"
    "|Fold|Garth|Wynd|Cottages|Villas|Mansions"
)
ABBREVIATIONS = "Rd|St|Ave|Ln|Dr|Ct|Cres|Gdns|Pl|Tce|Sq|Pde"
# A suffix in full, or abbreviated with its full stop if it has one ("Acacia Rd.").
SUFFIX = rf"(?:(?:{SUFFIXES})\b|(?:{ABBREVIATIONS})\b\.?)"
LOWER_SUFFIXES = "road|street|avenue|crescent|terrace|gardens|mews|grove|close|lane"
# Not preceded by a letter, digit or money sign, nor by "Level", "Year", "page" and such.
NUMBER = (
    r"(?<![\w£$.,/:#-])"
    r"(?:(?i:flat|apartment|apt|unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"\d{1,4}[A-Za-z]?(?:[ \t]*[-/][ \t]*\d{1,4}[A-Za-z]?)?,?[ \t]+"
)
TOWN = r"(?P<town>,?[ \t]+(?:in[ \t]+)?(?P<townword>[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){0,2})?"
NUMBERED = re.compile(rf"{NUMBER}(?P<name>(?:[A-Z][A-Za-z'.-]*[ \t]+){{1,4}}){SUFFIX}{TOWN}")
LOWER_NUMBERED = re.compile(
    rf"{NUMBER}(?P<name>(?:[a-z][a-z'.-]*[ \t]+){{1,3}})(?:{LOWER_SUFFIXES})\b"
    r"(?P<town>,[ \t]*(?P<townword>[a-z]+))?"
)
CUED = re.compile(
    r"\b(?i:live[sd]?|living|moved|moving|move|stay(?:s|ed|ing)?|resides?|residing"
    r"|address(?:[ \t]+is)?|home[ \t]+is)[ \t]+(?i:(?:on|in|at|to|into|onto)[ \t]+)?"
    rf"(?i:the[ \t]+)?(?P<name>(?:[A-Z][A-Za-z'.-]*[ \t]+){{1,3}}){SUFFIX}{TOWN}"
)
NOT_A_HOUSE_NUMBER = re.compile(
    r"(?i)\b(?:level|year|years|stage|step|module|lesson|section|page|room|session|week"
    r"|day|chapter|question|criterion|statement|part|tier|phase|band|grade|version|no"
    r"|number|line|plan|ks|age|aged|score|scored|scaled|scale)[ \t]*$"
)
# Lower-case words that say how far or how long, not which street ("a 2 hour drive").
NOT_A_STREET_NAME = frozenset((
    "a", "an", "and", "at", "back", "big", "by", "car", "bus", "busy", "country", "day",
    "days", "dead", "different", "double", "down", "fast", "for", "from", "good", "hour",
    "hours", "in", "lane", "lanes", "long", "main", "mile", "miles", "minute", "minutes",
    "month", "months", "more", "new", "of", "old", "on", "one", "other", "quiet", "road",
    "roads", "same", "separate", "short", "side", "single", "slow", "small", "street",
    "streets", "the", "three", "times", "to", "two", "very", "way", "week", "weeks", "with",
    "year", "years",
))  # fmt: skip


def _is_street(name: str, lex: Lexicon) -> bool:
    words = [w.strip(".'").lower() for w in name.split()]
    return not all(w in lex.practice for w in words)


def _end(found: re.Match, lex: Lexicon) -> int:
    """End of the address: after the town when the word after the street is a town."""
    if not found.group("town"):
        return found.end()
    word = found.group("townword").lower()
    has_comma = found.group("town").lstrip(" \t").startswith(",")
    if word in lex.places or (has_comma and not lex.is_stop(word)):
        return found.end()
    return found.start("town")


def address_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) for each street address in `text`."""
    lex = lexicon()
    kind = IdentifierKind.STREET_ADDRESS
    for found in NUMBERED.finditer(text):
        before = text[max(0, found.start() - 20) : found.start()]
        if _is_street(found.group("name"), lex) and not NOT_A_HOUSE_NUMBER.search(before):
            yield kind, found.start(), _end(found, lex)
    for found in LOWER_NUMBERED.finditer(text):
        words = found.group("name").split()
        before = text[max(0, found.start() - 20) : found.start()]
        if not NOT_A_STREET_NAME.intersection(words) and not NOT_A_HOUSE_NUMBER.search(before):
            yield kind, found.start(), _end(found, lex)
    for found in CUED.finditer(text):
        if _is_street(found.group("name"), lex):
            yield kind, found.start("name"), _end(found, lex)
