"""Read the demo's words from the TOML files under demo/data/, so an editor changes text, not code.

Every file is checked as it is read: a file that does not parse, a missing or unknown field, a
value of the wrong kind or a name that points nowhere raises `DemoDataError` naming the file and
the field, so a broken edit stops `seed_demo` with a message an editor can act on.

One rule applies to every value that starts with `<` (HTML): it may be laid out over several
lines. A line break between two tags is dropped; a line break inside text reads as one space.
Other values stay as written (demo/data/README.md). Loaders read DATA_DIR or a test's folder.
"""

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from content.enums import CalloutStyle, QuestionKind, ResourceKind
from observations.enums import MeetingType, Stage
from people.enums import AccessKind, Audience, Role

DATA_DIR = Path(__file__).resolve().parent / "data"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NUMBERED = re.compile(rf"(?P<number>\d{{2}})-(?P<slug>{SLUG.pattern})")
_BREAK_BETWEEN_TAGS = re.compile(r"(?<=>)[ \t]*\n\s*(?=<)")
_BREAK_IN_TEXT = re.compile(r"[ \t]*\n\s*")

TEXT = str
WHOLE = int
NUMBER = (int, float)
YES_NO = bool
WORDS = "a list of text"
TABLES = "a list of tables"

BLOCK_FIELDS: dict[str, dict[str, object]] = {
    "text": {"html": TEXT},
    "callout": {"style": TEXT, "heading": TEXT, "text": TEXT},
    "scenario": {"title": TEXT, "situation": TEXT, "questions": TEXT},
    "reflection": {"prompt": TEXT, "guidance": TEXT},
    "question": {"question": TEXT, "kind": TEXT, "options": TABLES},
}
OPTION_FIELDS = {"text": TEXT, "correct": YES_NO, "feedback": TEXT}


class DemoDataError(Exception):
    """A demo data file is missing, does not parse, or lacks something the seeders need."""


def _unfold(html: str) -> str:
    html = _BREAK_BETWEEN_TAGS.sub("", html.strip())
    return _BREAK_IN_TEXT.sub(" ", html)


def _unfold_all(value: object) -> object:
    if isinstance(value, dict):
        return {key: _unfold_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_unfold_all(item) for item in value]
    if isinstance(value, str) and value.lstrip().startswith("<"):
        return _unfold(value)
    return value


def _where(path: Path, data_dir: Path) -> str:
    return (
        str(path.relative_to(data_dir.parent.parent))
        if path.is_relative_to(data_dir)
        else str(path)
    )


def _read(path: Path, data_dir: Path) -> dict:
    """One TOML file, HTML values unfolded. The error names the file and the line."""
    try:
        with path.open("rb") as handle:
            return _unfold_all(tomllib.load(handle))
    except FileNotFoundError as error:
        raise DemoDataError(f"{_where(path, data_dir)}: file not found") from error
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{_where(path, data_dir)}: not valid TOML: {error}") from error


def _kind_ok(value: object, kind: object) -> bool:
    if kind == WORDS:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind == TABLES:
        return isinstance(value, list) and all(isinstance(item, dict) for item in value)
    if isinstance(value, bool) and kind is not bool:
        return False
    return isinstance(value, kind)


def _kind_name(kind: object) -> str:
    names = {
        TEXT: "text",
        WHOLE: "a whole number",
        NUMBER: "a number",
        YES_NO: "true or false",
        dict: "a table",
    }
    return names.get(kind, str(kind))


def _check(
    record: object,
    where: str,
    required: dict[str, object],
    optional: dict[str, object] | None = None,
) -> dict:
    """The record with its optional fields filled in, or an error naming the first problem."""
    optional = optional or {}
    if not isinstance(record, dict):
        raise DemoDataError(f"{where}: expected a table of fields")
    unknown = sorted(set(record) - set(required) - set(optional))
    if unknown:
        raise DemoDataError(f"{where}: unknown field {unknown[0]!r}")
    for name in required:
        if name not in record:
            raise DemoDataError(f"{where}: missing field {name!r}")
    kinds = {**{name: _default_kind(default) for name, default in optional.items()}, **required}
    for name, value in record.items():
        if not _kind_ok(value, kinds[name]):
            raise DemoDataError(f"{where}: {name!r} should be {_kind_name(kinds[name])}")
    return {**optional, **record}


def _default_kind(default: object) -> object:
    if isinstance(default, list):
        return WORDS
    if isinstance(default, dict):
        return dict
    return type(default)


def _choose(value: str, allowed: Iterable[str], where: str) -> str:
    """A value from a fixed list (a role, a stage), or an error listing the allowed values."""
    allowed = list(allowed)
    if value not in allowed:
        raise DemoDataError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _numbered(folder: Path, data_dir: Path, *, also: Iterable[str] = ()) -> list[tuple[str, Path]]:
    """(slug, path) for each `NN-slug` entry of a folder, in number order.

    Any other name, bar those in `also`, is an error: a misnamed file would otherwise be
    skipped without a word.
    """
    if not folder.is_dir():
        raise DemoDataError(f"{_where(folder, data_dir)}: folder not found")
    entries, numbers = [], {}
    for path in sorted(folder.iterdir()):
        if path.name in also or path.name == "README.md":
            continue
        stem = path.stem if path.is_file() else path.name
        match = NUMBERED.fullmatch(stem)
        if match is None or (path.is_file() and path.suffix != ".toml"):
            raise DemoDataError(
                f"{_where(path, data_dir)}: name it NN-slug (two digits, then the page's slug)"
                + (".toml" if path.is_file() else "")
            )
        if match["number"] in numbers:
            raise DemoDataError(
                f"{_where(path, data_dir)}: number {match['number']} is also used by "
                f"{numbers[match['number']]}"
            )
        numbers[match["number"]] = path.name
        entries.append((match["slug"], path))
    return entries


def _block(record: object, where: str) -> dict:
    """A lesson or resource block: a `type` and that type's fields."""
    if not isinstance(record, dict) or "type" not in record:
        raise DemoDataError(f"{where}: a block needs a type ({', '.join(BLOCK_FIELDS)})")
    kind = _choose(record["type"], BLOCK_FIELDS, f"{where}: type")
    fields = _check(
        {k: v for k, v in record.items() if k != "type"}, f"{where} ({kind})", BLOCK_FIELDS[kind]
    )
    if kind == "callout":
        _choose(fields["style"], CalloutStyle.values, f"{where}: style")
    if kind == "question":
        fields["options"] = _options(fields, where)
    return {"type": kind, **fields}


def _options(question: dict, where: str) -> list[dict]:
    """The rules the admin's question block applies: 2 to 8 options, the right number correct."""
    _choose(question["kind"], QuestionKind.values, f"{where}: kind")
    options = [
        _check(option, f"{where}, option {number}", OPTION_FIELDS)
        for number, option in enumerate(question["options"], start=1)
    ]
    if not 2 <= len(options) <= 8:
        raise DemoDataError(f"{where}: a question needs 2 to 8 options")
    correct = sum(option["correct"] for option in options)
    if correct == 0:
        raise DemoDataError(f"{where}: mark at least one option correct = true")
    if question["kind"] == QuestionKind.SINGLE and correct > 1:
        raise DemoDataError(f"{where}: a single-choice question has exactly one correct option")
    return options


def _blocks(records: list[dict], where: str) -> list[dict]:
    return [_block(record, f"{where}, block {n}") for n, record in enumerate(records, start=1)]


def _audiences(values: list[str], where: str) -> list[str]:
    return [_choose(value, Audience.values, where) for value in values]


def stream_value(item: dict) -> tuple[str, object]:
    """A checked block as StreamField (type, value): a text block's value is its HTML."""
    if item["type"] == "text":
        return "text", item["html"]
    return item["type"], {key: value for key, value in item.items() if key != "type"}


def _slug(value: str, where: str) -> str:
    if not SLUG.fullmatch(value):
        raise DemoDataError(f"{where}: {value!r} is not a slug (lower-case words joined by -)")
    return value


MODULE_FIELDS = {
    "title": TEXT,
    "summary": TEXT,
    "audience": WORDS,
    "cpd_hours": NUMBER,
    "pass_mark": WHOLE,
    "statements": WORDS,
    "learning_outcomes": WORDS,
    "lessons": TABLES,
}
LESSON_FIELDS = {"slug": TEXT, "title": TEXT, "blocks": TABLES}


def _module(slug: str, path: Path, data_dir: Path) -> dict:
    where = _where(path, data_dir)
    module = _check(_read(path, data_dir), where, MODULE_FIELDS, {"prerequisites": []})
    _audiences(module["audience"], f"{where}: audience")
    lessons = []
    for number, record in enumerate(module["lessons"], start=1):
        at = f"{where}, lesson {number}"
        lesson = _check(record, at, LESSON_FIELDS, {"scorm": "", "h5p": ""})
        _slug(lesson["slug"], at)
        lesson["blocks"] = _blocks(lesson["blocks"], at)
        lessons.append(lesson)
    return {"slug": slug, **module, "lessons": lessons, "file": where}


def programmes(data_dir: Path | None = None) -> list[dict]:
    """Each programme with its modules and lessons, in file-name order.

    A prerequisite names another demo module by its slug, in any programme.
    """
    data_dir = data_dir or DATA_DIR
    result = []
    for slug, folder in _numbered(data_dir / "programmes", data_dir):
        path = folder / "programme.toml"
        programme = _check(
            _read(path, data_dir), _where(path, data_dir), {"title": TEXT, "introduction": TEXT}
        )
        modules = [
            _module(module_slug, module_path, data_dir)
            for module_slug, module_path in _numbered(folder, data_dir, also=("programme.toml",))
        ]
        result.append({"slug": slug, **programme, "modules": modules})
    known = {module["slug"] for programme in result for module in programme["modules"]}
    for module in (module for programme in result for module in programme["modules"]):
        for name in module["prerequisites"]:
            if name not in known:
                raise DemoDataError(f"{module['file']}: prerequisite {name!r} is no demo module")
    return result


RESOURCE_FIELDS = {
    "title": TEXT,
    "summary": TEXT,
    "kind": TEXT,
    "audiences": WORDS,
    "tags": WORDS,
    "reading_minutes": WHOLE,
    "body": TABLES,
}


def _resource(slug: str, path: Path, data_dir: Path) -> dict:
    where = _where(path, data_dir)
    resource = _check(
        _read(path, data_dir), where, RESOURCE_FIELDS, {"review_overdue": False, "easy_read": {}}
    )
    _choose(resource["kind"], ResourceKind.values, f"{where}: kind")
    _audiences(resource["audiences"], f"{where}: audiences")
    resource["body"] = _blocks(resource["body"], where)
    if resource["easy_read"]:
        easy_read = _check(
            resource["easy_read"], f"{where}: easy_read", {"summary": TEXT, "body": TABLES}
        )
        easy_read["body"] = _blocks(easy_read["body"], f"{where}: easy_read")
        for item in easy_read["body"]:
            _choose(item["type"], ["text"], f"{where}: an easy-read block's type")
        resource["easy_read"] = easy_read
    return {"slug": slug, **resource}


def resource_library(data_dir: Path | None = None) -> dict:
    data_dir = data_dir or DATA_DIR
    path = data_dir / "resources" / "library.toml"
    return _check(
        _read(path, data_dir), _where(path, data_dir), {"title": TEXT, "introduction": TEXT}
    )


def resources(data_dir: Path | None = None) -> list[dict]:
    """The library's resources in file-name order; `easy_read` is an empty table when none."""
    data_dir = data_dir or DATA_DIR
    entries = _numbered(data_dir / "resources", data_dir, also=("library.toml",))
    return [_resource(slug, path, data_dir) for slug, path in entries]


def _file(name: str, data_dir: Path, fields: dict[str, object]) -> tuple[dict, str]:
    path = data_dir / name
    where = _where(path, data_dir)
    return _check(_read(path, data_dir), where, fields), where


def people(data_dir: Path | None = None) -> dict:
    """Teams by key, the site administrator, and people with their memberships."""
    data_dir = data_dir or DATA_DIR
    data, where = _file("people.toml", data_dir, {"teams": dict, "admin": dict, "people": TABLES})
    teams = {
        key: _check(team, f"{where}: teams.{key}", {"name": TEXT, "service": TEXT})
        for key, team in data["teams"].items()
    }
    persons = []
    for number, record in enumerate(data["people"], start=1):
        at = f"{where}, person {number}"
        person = _check(
            record,
            at,
            {"username": TEXT, "display_name": TEXT, "job_title": TEXT, "memberships": TABLES},
        )
        for membership in person["memberships"]:
            _check(membership, f"{at}: membership", {"team": TEXT, "role": TEXT})
            _choose(membership["team"], teams, f"{at}: membership team")
            _choose(membership["role"], Role.values, f"{at}: membership role")
        persons.append(person)
    admin = _check(data["admin"], f"{where}: admin", {"display_name": TEXT})
    return {"teams": teams, "admin": admin, "people": persons}


TEMPLATE_FIELDS = {
    "code": TEXT,
    "name": TEXT,
    "description": TEXT,
    "meeting_types": WORDS,
    "criteria": TABLES,
}
CRITERION_FIELDS = {"stage": TEXT, "text": TEXT, "guidance": TEXT, "statements": WORDS}


def observation_templates(data_dir: Path | None = None) -> list[dict]:
    """Each template with its criteria in order; stages and meeting types by their codes."""
    data_dir = data_dir or DATA_DIR
    data, where = _file("observation_templates.toml", data_dir, {"templates": TABLES})
    templates = []
    for number, record in enumerate(data["templates"], start=1):
        at = f"{where}, template {number}"
        template = _check(record, at, TEMPLATE_FIELDS)
        for meeting_type in template["meeting_types"]:
            _choose(meeting_type, MeetingType.values, f"{at}: meeting_types")
        for position, criterion in enumerate(template["criteria"], start=1):
            _check(criterion, f"{at}, criterion {position}", CRITERION_FIELDS)
            _choose(criterion["stage"], Stage.values, f"{at}, criterion {position}: stage")
        templates.append(template)
    return templates


FEEDBACK_FIELDS = dict.fromkeys(
    ("strengths", "development_points", "agreed_actions", "family_voice"), TEXT
)


def observation_texts(data_dir: Path | None = None) -> dict:
    """The observers' feedback and discussion note, the observed person's words."""
    sections = {"feedback": dict, "observed": dict, "co_observation": dict}
    data, where = _file("observations.toml", data_dir or DATA_DIR, sections)
    _check(data["feedback"], f"{where}: feedback", FEEDBACK_FIELDS)
    _check(data["observed"], f"{where}: observed", {"response": TEXT, "addendum": TEXT})
    _check(data["co_observation"], f"{where}: co_observation", {"discussion_note": TEXT})
    return data


SESSION_FIELDS = {"days_from_today": WHOLE, "duration_minutes": WHOLE, "topics": TEXT}
SESSION_OPTIONAL = {"next_steps": "", "shared_notes": "", "mentor_notes": ""}


def mentoring(data_dir: Path | None = None) -> list[dict]:
    """Per mentee: the sessions held and the resources recommended (by resource slug)."""
    data_dir = data_dir or DATA_DIR
    data, where = _file("mentoring.toml", data_dir, {"mentees": TABLES})
    mentees = []
    for number, record in enumerate(data["mentees"], start=1):
        at = f"{where}, mentee {number}"
        mentee = _check(
            record, at, {"username": TEXT, "sessions": TABLES, "recommendations": TABLES}
        )
        mentee["sessions"] = [
            _check(session, f"{at}, session {n}", SESSION_FIELDS, SESSION_OPTIONAL)
            for n, session in enumerate(mentee["sessions"], start=1)
        ]
        mentee["recommendations"] = [
            _check(item, f"{at}, recommendation {n}", {"resource": TEXT}, {"note": ""})
            for n, item in enumerate(mentee["recommendations"], start=1)
        ]
        mentees.append(mentee)
    return mentees


PROGRESSION_FIELDS = {
    "evidence_description": TEXT,
    "reflective_account_title": TEXT,
    "met_comment": TEXT,
    "not_yet_met_comment": TEXT,
    "learning_plan_notes": TEXT,
    "evidence_titles": dict,
}
EVIDENCE_TITLES = {"priya-pending": TEXT, "dev-start": TEXT, "tess-start": TEXT}


def progression_texts(data_dir: Path | None = None) -> dict:
    """The words on demo evidence and decisions; `reflective_account_title` holds {number}."""
    data_dir = data_dir or DATA_DIR
    data, where = _file("progression.toml", data_dir, PROGRESSION_FIELDS)
    _check(data["evidence_titles"], f"{where}: evidence_titles", EVIDENCE_TITLES)
    if "{number}" not in data["reflective_account_title"]:
        raise DemoDataError(f"{where}: reflective_account_title must contain {{number}}")
    return data


def learning_records_texts(data_dir: Path | None = None) -> dict:
    data_dir = data_dir or DATA_DIR
    return _file("learning_records.toml", data_dir, {"reflection_answer": TEXT})[0]


def access_log(data_dir: Path | None = None, usernames: Iterable[str] = ()) -> list[dict]:
    """Who looked at whose records (usernames from people.toml) and what: an AccessKind."""
    data, where = _file("access_log.toml", data_dir or DATA_DIR, {"looks": TABLES})
    allowed = {"kind": AccessKind.values, "viewer": list(usernames), "subject": list(usernames)}
    for number, look in enumerate(data["looks"], start=1):
        at = f"{where}, look {number}"
        _check(look, at, {"viewer": TEXT, "subject": TEXT, "kind": TEXT})
        for field, values in allowed.items():
            _choose(look[field], values, f"{at}: {field}")
    return data["looks"]


TOP_LEVEL_FILES = (
    "access_log.toml",
    "people.toml",
    "observation_templates.toml",
    "observations.toml",
    "mentoring.toml",
    "progression.toml",
    "learning_records.toml",
    "practice_artefacts.toml",  # read by demo/practice_artefacts.py
)


def load_all(data_dir: Path | None = None) -> dict[str, object]:
    """Every demo data file, checked, with the references between files checked too.

    `seed_demo` calls this before it writes anything, so a broken edit changes nothing.
    """
    data_dir = data_dir or DATA_DIR
    data = {
        "programmes": programmes(data_dir),
        "resource_library": resource_library(data_dir),
        "resources": resources(data_dir),
        "people": people(data_dir),
        "observation_templates": observation_templates(data_dir),
        "observation_texts": observation_texts(data_dir),
        "mentoring": mentoring(data_dir),
        "progression_texts": progression_texts(data_dir),
        "learning_records_texts": learning_records_texts(data_dir),
    }
    expected = {"README.md", "programmes", "resources", "scorm", "h5p", *TOP_LEVEL_FILES}
    for path in sorted(p for p in data_dir.iterdir() if p.name not in expected):
        raise DemoDataError(f"{_where(path, data_dir)}: not a demo data file the seeders read")
    resource_slugs = [resource["slug"] for resource in data["resources"]]
    usernames = [person["username"] for person in data["people"]["people"]]
    for mentee in data["mentoring"]:
        where = f"{_where(data_dir / 'mentoring.toml', data_dir)}, mentee {mentee['username']}"
        _choose(mentee["username"], usernames, f"{where}: username")
        for item in mentee["recommendations"]:
            _choose(item["resource"], resource_slugs, f"{where}: recommended resource")
    data["access_log"] = access_log(data_dir, usernames)
    return data
