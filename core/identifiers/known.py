"""Names the guard leaves alone: staff, and public figures practitioners cite."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from core.identifiers.lexicon import lexicon
from core.identifiers.normalise import normalise

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*(?:-[^\W\d_]+)*'?")
TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx"))


def word_key(text: str) -> str:
    """A word as the lists hold it: lower case, without a possessive "'s"."""
    key = text.lower()
    return key[:-2] if key.endswith("'s") else key.rstrip("'")


@dataclass(frozen=True)
class KnownNames:
    """Names of staff, which the guard does not flag: a colleague named in full, or by title
    and surname ("Ms Marsh" for Helen Marsh), is not a family member.

    Build one with known_names() from people's display names; core imports no app, so the
    caller supplies them.
    """

    sequences: frozenset[tuple[str, ...]] = frozenset()

    def __contains__(self, words: object) -> bool:
        return words in self.sequences


def known_names(names: Iterable[str] | KnownNames = ()) -> KnownNames:
    """Every run of two or more words of each name, and its last word (the surname).

    A first name alone is not kept: "her son Sam" stays flagged when a colleague is Sam.
    """
    if isinstance(names, KnownNames):
        return names
    sequences: set[tuple[str, ...]] = set()
    for name in names:
        keys = [word_key(w) for w in WORD.findall(normalise(name or "").text)]
        keys = [k for k in keys if k not in TITLES]
        if len(keys) < 2:
            continue
        sequences.add((keys[-1],))
        for size in range(2, len(keys) + 1):
            sequences.update(tuple(keys[i : i + size]) for i in range(len(keys) - size + 1))
    return KnownNames(frozenset(sequences))


@cache
def public_names() -> re.Pattern:
    """The public figures of core/data/public_names.txt, as one pattern."""
    names = (r"[ \t]+".join(map(re.escape, n.split())) for n in lexicon().public_names)
    return re.compile(rf"\b(?:{'|'.join(names)})\b", re.IGNORECASE)


@cache
def public_words() -> frozenset[str]:
    """Every word of those names, to skip the pattern for names that share none."""
    return frozenset(word_key(w) for n in lexicon().public_names for w in WORD.findall(n))
