"""Names of people in running text: "Jayden Smith", "Mrs Okafor", "her son Tyler".

Nothing tells every name from every other word, so this looks for the shapes names take
in practice writing, helped by lists of common UK given names and surnames (core/data/)
and the shapes of surnames no list holds ("-ski", "-enko", "Mc-", "Nw-"):
- two capitalised words side by side where one is a plausible given name or surname and
  the other is not an everyday or practice word: "Jayden Smith", "Kai Wiśniewski",
  "Kayden Patel", "Mrs P. Jones", "JAYDEN SMITH"; not "Family Group Conference",
  "Level B", "Today Sam", "Grace Period";
- a word after a title or a family word: "Mrs Okafor", "Mum Sarah", "Grandma Val",
  "her son Tyler", "a boy called Tyrese";
- "the Kowalczyk family", "the Grabowskis";
- a listed given name and surname in lower case: "jayden smith".
A first name on its own is not flagged: colleagues are named that way, and a first name
alone rarely identifies a family.

Names of people who are not family are left alone (known.py): staff the caller passes as
`known_names`, someone introduced by a professional role ("my supervisor Grace Walker",
"Sarah Jones, Team Leader") and public figures practitioners cite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from operator import methodcaller
from typing import NamedTuple

from core.enums import IdentifierKind
from core.identifiers.known import (
    TITLES,
    WORD,
    KnownNames,
    public_names,
    public_words,
    word_key,
)
from core.identifiers.lexicon import lexicon

SPACE = re.compile(r"[ \t]+")
AFTER_INITIAL = re.compile(r"\.?[ \t]+")
PARTICLES = frozenset((
    "al", "ap", "bin", "da", "de", "del", "den", "der", "di", "du", "el", "ibn", "la", "le",
    "van", "von",
))  # fmt: skip
FAMILY_CUES = frozenset((
    "aunt", "auntie", "aunty", "baby", "brother", "cousin", "dad", "daddy", "daughter",
    "father", "gran", "granny", "grandad", "granddad", "grandma", "grandmother", "grandpa",
    "grandfather", "grandson", "granddaughter", "husband", "mum", "mummy", "mother", "nan",
    "nana", "nanna", "nephew", "niece", "partner", "sister", "son", "stepdad", "stepmum",
    "step-dad", "step-mum", "stepfather", "stepmother", "twin", "uncle", "wife",
))  # fmt: skip
# What children call relatives, after which any name-shaped word is a name ("Grandma Val");
# not "Mother" or "Baby", which start titles ("Mother Tongue", "Baby Bank").
CHILDS_WORDS = frozenset((
    "mum", "dad", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "granddad",
    "grandpa", "aunt", "auntie", "aunty", "uncle",
))  # fmt: skip
# Street words after which a surname-like word is a street ("Victoria Park", "Mill Lane").
STREET_SUFFIXES = frozenset((
    "road", "street", "avenue", "lane", "close", "drive", "way", "court", "crescent",
    "gardens", "place", "terrace", "grove", "square", "walk", "rise", "mews", "row",
    "parade", "park",
))  # fmt: skip
# Endings of everyday English words, not of names, for words on no list.
NOT_NAME_ENDINGS = (
    "ing", "tion", "sion", "ment", "ness", "ity", "ous", "ive", "able", "ible", "ful",
    "less", "ship", "ism", "ally", "ical", "ised", "ized", "ology",
)  # fmt: skip
# Words before a name that say it is a family member's: "her son Tyler", "a boy called
# Tyrese", "known as Jay".
CUE_WORDS = FAMILY_CUES | {
    "half-brother", "half-sister", "ex-partner", "ex", "boyfriend", "girlfriend",
    "toddler", "grandchild",
}  # fmt: skip
CUE_NOUNS = frozenset((
    "boy", "girl", "child", "baby", "son", "daughter", "person", "man", "woman", "someone",
    "brother", "sister", "partner", "sibling", "relative",
))  # fmt: skip
CUE_PAIRS = frozenset({("known", "as"), ("name", "is"), ("name", "was"), ("goes", "by")})
CUE_LEADS = frozenset({"known", "name", "goes", "who", "is", "'s"})
CUE_GAP = re.compile(r"[ \t]*,?[ \t]*")
THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
FAMILY_AFTER = re.compile(
    r"[ \t]+(?:family|families|household|children|kids|twins|siblings|boys|girls)\b"
)
ROLES = (
    r"team[ \t]+leader|service[ \t]+manager|manager|practice[ \t]+lead|lead|coordinator"
    r"|co-ordinator|mentor|supervisor|psw|iro|principal[ \t]+social[ \t]+worker"
    r"|social[ \t]+worker|head[ \t]+of[ \t]+service|trainer|facilitator|chair|colleague"
)
ROLE_BEFORE = re.compile(
    rf"\b(?:{ROLES}|co-?worker|co-?facilitator|observer|observed[ \t]+by|shadowed"
    r"|co-?facilitated[ \t]+with|advocate|assessor|tutor|presenter|speaker)[ \t]*[,:(-]?[ \t]*$",
    re.IGNORECASE,
)
ROLE_AFTER = re.compile(
    rf"[ \t]*[,(-]?[ \t]*(?:(?:our|my|the|a)[ \t]+)?(?:{ROLES}|volunteer)\b", re.IGNORECASE
)


class Word(NamedTuple):
    """A word of the text with what the lists say about it (see _classify)."""

    text: str
    start: int
    end: int
    key: str
    given: bool
    surname: bool
    stop: bool
    everyday: bool
    capitalised: bool
    upper: bool
    joiner: bool
    clear_given: bool
    name_like: bool
    unlisted_name: bool


@lru_cache(maxsize=16384)
def _classify(token: str) -> tuple[str, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool]:
    """What the lists say about a word, in Word's order after `end`; cached, as the same
    words recur.

    given, surname: listed (a capitalised word also by a surname's shape; in lower case
        only listed: "smith", not "kowalski"-shaped);
    stop: an everyday, practice or place word; everyday: a name that is also an everyday
        word ("Grace", "Banks");
    joiner: sits inside a name without being one ("van", "de", an initial);
    clear_given: a given name and nothing else;
    name_like: could be part of a name, listed or an unlisted word that is not everyday;
    unlisted_name: on no list, and shaped like a name, not like an everyday English word.
    """
    lex = lexicon()
    key = word_key(token)
    capitalised = token[0].isupper()
    if capitalised:
        given, surname = lex.is_given(key), lex.is_surname(key)
    else:
        given, surname = key in lex.given, key in lex.surnames
    stop, everyday = lex.is_stop(key), key in lex.everyday
    upper = len(token) > 1 and token.isupper()
    joiner = (key in PARTICLES and token.islower()) or (len(token) == 1 and token.isupper())
    name_like = len(key) > 1 and (given or surname or not (stop or upper))
    unlisted_name = (
        name_like
        and not (given or surname or upper)
        and len(key) > 2
        and not key.endswith(NOT_NAME_ENDINGS)
    )
    clear_given = given and not stop and not everyday
    return (
        key, given, surname, stop, everyday, capitalised, upper, joiner, clear_given,
        name_like, unlisted_name,
    )  # fmt: skip


@dataclass(frozen=True)
class Context:
    """The text being checked, and where a family cue ("her son", "a boy called") ends."""

    text: str
    cued: frozenset[int]


def _is_cue(keys: list[str]) -> bool:
    """Whether the last of these words (with the ones before it) is a family cue."""
    key = keys[-1]
    if key in CUE_WORDS:
        return True
    rest = keys[:-1]
    if key in ("called", "named"):
        while rest and rest[-1] in ("who", "is"):
            rest.pop()  # "a boy who is called", "a girl who's named"
        return bool(rest) and rest[-1] in CUE_NOUNS
    return bool(rest) and (rest[-1], key) in CUE_PAIRS


CUE_ENDINGS = CUE_WORDS | {"called", "named"} | {pair[1] for pair in CUE_PAIRS}
# Words that start with a letter other than a-z (checked again for capitals outside
# ASCII), and words that start with a-z; neither inside a longer word.
CAPITALISED = re.compile(rf"(?<![^\W\d_'-])(?=[^\W\d_a-z]){WORD.pattern}")
LOWER_CASE = re.compile(rf"(?<![^\W\d_'-])(?=[a-z]){WORD.pattern}")


@lru_cache(maxsize=256)
def _lower_case(words: frozenset[str]) -> re.Pattern:
    """Finds these lower-case words as whole words."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_'-])(?:{alternatives})(?:'s)?(?![^\W\d_'-])")


@cache
def _lower_case_interest() -> frozenset[str]:
    """Lower-case words the name finder reads: names, particles and family cues."""
    return lexicon().names | PARTICLES | CUE_ENDINGS | CUE_NOUNS | CUE_LEADS


def _found(text: str) -> list[re.Match]:
    """Capitalised words, and the lower-case words the lists hold, in order."""
    found = [m for m in CAPITALISED.finditer(text) if m.group()[0].isupper()]
    lower = frozenset(LOWER_CASE.findall(text)) & _lower_case_interest()
    if lower:
        found.extend(_lower_case(lower).finditer(text))
        found.sort(key=methodcaller("start"))
    return found


def _read(text: str) -> tuple[list[Word], Context]:
    """The words that can be part of a name, and where family cues end.

    Most lower-case words can be neither, so only capitalised words and the lower-case
    ones the lists hold are looked at; whether two words are next to each other is read
    from the text between them.
    """
    words: list[Word] = []
    keys: list[str] = []
    cued: set[int] = set()
    previous_end = 0
    for found in _found(text):
        token = found.group()
        info = _classify(token)
        key = info[0]
        if found.start() - previous_end > 1:
            keys.append("")  # other words between: "the boy was then called"
        keys.append(key)
        previous_end = found.end()
        if info[1] or info[2] or info[5] or info[7]:  # a name, capitalised, or a joiner
            words.append(Word(token, *found.span(), *info))
        if key in CUE_ENDINGS and not token.endswith("'s") and _is_cue(keys[-5:]):
            cued.add(CUE_GAP.match(text, found.end()).end())
    return words, Context(text, frozenset(cued))


def _joined(text: str, before: Word, word: Word) -> bool:
    """Next to each other in one name: a space between, or an initial's or title's full stop."""
    gap = word.start - before.end
    if gap == 1 and text[before.end] == " ":
        return True
    if gap < 1 or gap > 4:
        return False
    if SPACE.fullmatch(text, before.end, word.start):
        return True
    dotted = before.key in TITLES or (len(before.text) == 1 and before.text.isupper())
    return dotted and bool(AFTER_INITIAL.fullmatch(text, before.end, word.start))


def _runs(words: list[Word], text: str) -> Iterator[list[Word]]:
    """Capitalised words next to each other, with any particles between them."""
    run: list[Word] = []
    for word in words:
        joined = bool(run) and _joined(text, run[-1], word)
        if not (word.capitalised or (word.joiner and joined)):
            yield from _trimmed(run)
            run = []
            continue
        if not joined:
            yield from _trimmed(run)
            run = []
        run.append(word)
    yield from _trimmed(run)


def _trimmed(run: list[Word]) -> Iterator[list[Word]]:
    while run and run[-1].joiner and not run[-1].capitalised:
        run = run[:-1]
    if run:
        yield run


def _pair_is_name(a: Word, b: Word) -> bool:
    """Two capitalised words side by side that read as a given name and a surname."""
    if a.upper or b.upper:
        listed = (a.given or a.surname) and (b.given or b.surname)
        return a.upper and b.upper and listed and not (a.stop or b.stop)
    if b.key in STREET_SUFFIXES:
        return False
    if a.clear_given:
        return b.surname or b.given or not b.stop
    if a.given and b.surname and not b.stop:
        return True  # "Grace Patel", "June Taylor"
    return (
        a.unlisted_name
        and b.surname
        and not (b.stop or b.everyday)
        and b.key not in lexicon().streetish
    )


def _core(run: list[Word]) -> list[int]:
    """Indexes of the words that can be names themselves, skipping particles and initials."""
    return [index for index, word in enumerate(run) if not word.joiner]


def _cue(run: list[Word], index: int, before: int | None, context: Context) -> str:
    """Why run[index] reads as a name from the word before it: "title", "family" or ""."""
    word = run[index]
    if not word.name_like:
        return ""
    if before is not None:
        cue = run[before]
        if cue.key in TITLES:
            return "title"
        if cue.key not in FAMILY_CUES or cue.text.lower().endswith("'s"):
            return ""  # "Mother's Day"
        listed = word.given or (word.surname and not word.stop)
        return "family" if listed or (cue.key in CHILDS_WORDS and word.unlisted_name) else ""
    if word.start in context.cued and (word.given or word.surname or word.unlisted_name):
        return "family"
    return ""


def _the_family(run: list[Word], text: str) -> bool:
    """ "the Kowalczyk family", "the Smith children", "the Grabowskis"."""
    if len(run) > 2 or not all(w.name_like and not w.stop for w in run):
        return False
    if not THE_BEFORE.search(text[max(0, run[0].start - 8) : run[0].start]):
        return False
    last = run[-1]
    plural = last.key.endswith("s") and not last.everyday
    return bool(FAMILY_AFTER.match(text, last.end)) or (
        plural and lexicon().is_surname(last.key[:-1])
    )


def _marks(run: list[Word], context: Context) -> dict[int, str]:
    """Which words of the run are part of a name, and why: "pair", "title" or "family"."""
    marks: dict[int, str] = {}
    core = _core(run)
    for a, b in pairwise(core):
        if _pair_is_name(run[a], run[b]):
            marks[a] = marks.get(a, "pair")
            marks[b] = "pair"
    for before, index in zip([None, *core], core, strict=False):
        why = _cue(run, index, before, context)
        if why and marks.get(index) != "family":
            marks[index] = why
    if not marks and _the_family(run, context.text):
        marks = dict.fromkeys(core, "family")
    return marks


def _grow(run: list[Word], first: int, last: int) -> tuple[int, int]:
    """Widen a name over the name-like words and particles around it: "Mary Ann Smith"."""
    while first > 0 and run[first - 1].name_like and not run[first - 1].joiner:
        first -= 1
    while last + 1 < len(run) and (run[last + 1].name_like or run[last + 1].joiner):
        last += 1
    while run[last].joiner and last > first:
        last -= 1
    return first, last


def _run_names(run: list[Word], context: Context) -> Iterator[tuple[int, int, str]]:
    """(first, last, why) for each name in a run of capitalised words.

    A name found through a family word is "family" even where a pair matched too, since the
    family word says whose name it is.
    """
    marks = _marks(run, context)
    index = 0
    while index < len(run):
        if index not in marks:
            index += 1
            continue
        first, last = _grow(run, index, index)
        if first > 0 and run[first - 1].key in TITLES:
            first -= 1
        elif first > 1 and run[first - 1].joiner and run[first - 2].key in TITLES:
            first -= 2  # "Mrs P. Jones"
        whys = {marks[i] for i in range(first, last + 1) if i in marks}
        yield first, last, "family" if "family" in whys else "other"
        index = last + 1


def _lower_case_names(words: list[Word], context: Context) -> Iterator[list[Word]]:
    """ "jayden smith": a listed given name and surname, neither an everyday word; or a
    listed given name after a family word: "her son tyler"."""
    for a, b in zip(words, [*words[1:], None], strict=False):
        if a.capitalised or not a.clear_given:
            continue
        if b is not None and _lower_case_surname(b, context.text, a.end):
            yield [a, b]
        elif a.start in context.cued:
            yield [a]


def _lower_case_surname(word: Word, text: str, after: int) -> bool:
    """A listed surname in lower case, right after `after`, that is not an everyday word."""
    listed = word.surname and not (word.capitalised or word.stop or word.everyday)
    return listed and bool(SPACE.fullmatch(text, after, word.start))


def _not_family(text: str, words: list[Word], known: KnownNames) -> bool:
    """Staff, or someone introduced by a professional role."""
    if tuple(w.key for w in words if w.key not in TITLES and not w.joiner) in known:
        return True
    start, end = words[0].start, words[-1].end
    before = text[max(0, start - 40) : start]
    return bool(ROLE_BEFORE.search(before) or ROLE_AFTER.match(text, end))


def _public(text: str, words: list[Word]) -> bool:
    """Part of a public figure's name ("Andrew Turnell", "Victoria Climbié")."""
    if not any(w.key in public_words() for w in words):
        return False
    start, end = words[0].start, words[-1].end
    for found in public_names().finditer(text, max(0, start - 30), end + 30):
        if found.start() < end and start < found.end():
            return True
    return False


def _candidates(text: str) -> Iterator[tuple[list[Word], str]]:
    words, context = _read(text)
    for run in _runs(words, text):
        if len(run) == 1 and not run[0].name_like:
            continue  # "The", "Today", "Mum" on their own
        for first, last, why in _run_names(run, context):
            yield run[first : last + 1], why
    for found in _lower_case_names(words, context):
        yield found, "other"


def name_spans(text: str, known: KnownNames) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) for each family member's name in `text`; see the module."""
    for found, why in _candidates(text):
        start, end = found[0].start, found[-1].end
        if _public(text, found):
            continue
        if why != "family" and _not_family(text, found, known):
            continue
        if found[-1].text.lower().endswith("'s"):
            end -= 2  # "Kayla Thompson's aunt": the name is "Kayla Thompson"
        yield IdentifierKind.PERSON_NAME, start, end
