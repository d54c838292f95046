"""The word lists behind name and address detection, read once from core/data/.

The lists are data, not code, so a service can see and extend them: given names and
surnames common in the UK, everyday words that are capitalised without being names,
practice vocabulary, places, words that end street and place names, and public figures.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# Surnames no list can hold all of, recognised by shape: Polish, Russian, Ukrainian,
# Romanian, Serbian and Croatian, Baltic, Greek, Turkish and Portuguese endings, the
# Scottish and Irish "Mc", "Fitz" and "O'", and the openings of many Yoruba and Igbo
# names ("Adebayo", "Oluwole", "Nwosu", "Chukwuma"). Endings that English words share
# ("lesson", "husky", "spaghetti") are left out.
SURNAME_SHAPE = re.compile(
    r"^(?:mc|fitz)[a-z]{3,}|^o'[a-z]{3,}|^(?:nw|chukw|olu|ade(?![pq])|ogun|oye)[a-z]{2,}"
    r"|[^\W\d_]{2,}(?:ski|ska|cki|cka|wicz|czyk|czak|enko|chuk|escu|eanu|ovic|evic|ović"
    r"|ov|ova|ev|opoulos|idis|akis|oglu|eira|auskas|aite|iene)$"
)


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


@dataclass(frozen=True)
class Lexicon:
    """The lists, lower case."""

    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    practice: frozenset[str]
    places: frozenset[str]
    streetish: frozenset[str]
    everyday: frozenset[str]
    public_names: tuple[str, ...]

    @cached_property
    def names(self) -> frozenset[str]:
        """Every listed given name and surname."""
        return self.given | self.surnames

    def is_given(self, word: str) -> bool:
        word = _folded(word)
        return word in self.given or _any_part(word, self.given)

    def is_surname(self, word: str) -> bool:
        """Listed, or shaped like a surname from a family not on the list."""
        word = _folded(word)
        return (
            word in self.surnames
            or _any_part(word, self.surnames)
            or bool(SURNAME_SHAPE.search(word))
        )

    def is_stop(self, word: str) -> bool:
        """Never a name on its own: an everyday word or a practice term."""
        return word in self.common or word in self.practice or word in self.places


def _folded(word: str) -> str:
    """Without accents, so "zoë" finds "zoe"; lists may also hold the accented form."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _any_part(word: str, names: frozenset[str]) -> bool:
    """A hyphenated name ("lily-may", "clarke-price") counts if any part is a name."""
    return "-" in word and any(part in names for part in word.split("-"))


@cache
def lexicon() -> Lexicon:
    """The lists, lower-cased; read on first use and kept for the life of the process."""
    return Lexicon(
        given=frozenset(w.lower() for w in _lines("given_names.txt")),
        surnames=frozenset(w.lower() for w in _lines("surnames.txt")),
        common=frozenset(w.lower() for w in _lines("common_words.txt")),
        practice=frozenset(w.lower() for w in _lines("practice_terms.txt")),
        places=frozenset(w.lower() for w in _lines("places.txt")),
        streetish=frozenset(w.lower() for w in _lines("streetish.txt")),
        everyday=frozenset(w.lower() for w in _lines("everyday_names.txt")),
        public_names=tuple(_lines("public_names.txt")),
    )
