"""Undo the Unicode tricks that hide an identifier from a pattern, keeping the way back.

A phone number with zero-width spaces between its digits, full-width digits or a
full-width "@" looks the same on screen as the plain one but slips past a pattern written
for ASCII. So the patterns run on a normalised copy of the text: NFKC (full-width and other
compatibility forms become their plain equivalents), with format characters (Unicode
category Cf: zero-width spaces and joiners, the soft hyphen, the word joiner, direction
marks) and variation selectors removed, and the dash and quote look-alikes made ASCII.

Each normalised character remembers which characters of the original it came from, so a
match found in the copy is reported against the text the person typed: what the warning
highlights is exactly what they must remove, invisible characters and all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Made ASCII after NFKC: hyphens and dashes (NFKC turns U+2011 into U+2010 but keeps
# U+2010-U+2015 and the minus sign), and curly apostrophes, so "O’Brien" and "07700‐900123"
# read as their plain forms.
LOOK_ALIKES = str.maketrans(
    {
        "\u2010": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
    }
)
NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _char(char: str) -> tuple[str, bool]:
    """The character normalised ("" for one that is dropped), and whether it is a mark
    that joins the character before it."""
    code = ord(char)
    if unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or code >= 0xE0100:
        return "", False  # format characters and variation selectors: invisible
    return unicodedata.normalize("NFKC", char).translate(LOOK_ALIKES), bool(
        unicodedata.combining(char)
    )


@dataclass(frozen=True)
class Normalised:
    """The normalised text, and for each of its characters the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the normalised span [start, end) came from."""
        if not self.starts:
            return start, end
        return self.starts[start], self.ends[end - 1]


class _Builder:
    """Accumulates normalised characters with their original spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add_ascii(self, text: str, start: int, end: int) -> None:
        self.add_each(text[start:end], start)

    def add_each(self, out: str, start: int) -> None:
        """Characters that each came from one character of the original."""
        self.parts.append(out)
        self.starts.extend(range(start, start + len(out)))
        self.ends.extend(range(start + 1, start + len(out) + 1))

    def add(self, out: str, start: int, end: int) -> None:
        self.parts.append(out)
        self.starts.extend([start] * len(out))
        self.ends.extend([end] * len(out))

    def pop_last(self) -> int:
        """Take back the last character added (a base for a combining mark that follows)."""
        last = self.parts[-1]
        self.parts[-1] = last[:-1]
        self.ends.pop()
        return self.starts.pop()


def _add_non_ascii(builder: _Builder, text: str, start: int, end: int) -> None:
    """Normalise one run of non-ASCII characters.

    A character with the marks that follow it is normalised together ("e" + U+0301 becomes
    "é"); any other character on its own, from a cache, since NFKC of a lone character
    without marks is the same as in context.
    """
    chars = [_char(c) for c in text[start:end]]
    if all(len(out) == 1 and not mark for out, mark in chars):
        builder.add_each("".join(out for out, _ in chars), start)  # full-width forms and such
        return
    index = start
    if chars[0][1] and builder.starts:
        index = builder.pop_last()  # the mark belongs with the ASCII letter before it
    while index < end:
        last = index + 1
        while last < end and (_char(text[last])[1] or not _char(text[last])[0]):
            last += 1  # marks, and invisible characters among them
        if last == index + 1:
            out = _char(text[index])[0]
            if out:
                builder.add(out, index, last)
        else:
            cluster = "".join(c for c in text[index:last] if _char(c)[0])
            if cluster:
                builder.add(
                    unicodedata.normalize("NFKC", cluster).translate(LOOK_ALIKES), index, last
                )
        index = last


def normalise(text: str) -> Normalised:
    """NFKC, without format characters, with ASCII dashes and apostrophes; see the module."""
    if text.isascii():
        return Normalised(text, text)
    builder = _Builder()
    position = 0
    for run in NOT_ASCII.finditer(text):
        if run.start() > position:
            builder.add_ascii(text, position, run.start())
        _add_non_ascii(builder, text, run.start(), run.end())
        position = run.end()
    if position < len(text):
        builder.add_ascii(text, position, len(text))
    return Normalised(text, "".join(builder.parts), tuple(builder.starts), tuple(builder.ends))
