"""The words generate_scale_data writes, from demo/scale_data/scale.toml, checked as read.

As with the demo's own data files (demo/data/, which seed_demo reads), a missing or misspelt
field stops the command with a message naming the file and the field, before anything is
written. The file lives beside them, not among them: seed_demo never reads it.
"""

from pathlib import Path

from demo import loaders
from demo.loaders import TEXT, WORDS, DemoDataError
from people.enums import Role

SCALE_DATA_DIR = Path(__file__).resolve().parent / "scale_data"
SECTIONS = {
    "people": dict,
    "teams": dict,
    "anchor": dict,
    "refreshers": dict,
    "learning": dict,
    "evidence": dict,
    "observations": dict,
    "mentoring": dict,
}
FIELDS = {
    "people": {
        "first_names": WORDS,
        "last_names": WORDS,
        "email_domain": TEXT,
        "job_titles": dict,
    },
    "teams": {"places": WORDS, "name": TEXT, "service": TEXT},
    "anchor": {"title": TEXT, "slug": TEXT, "body": TEXT},
    "refreshers": {
        "programme_title": TEXT,
        "programme_slug": TEXT,
        "programme_introduction": TEXT,
        "module_title": TEXT,
    },
    "learning": {"reflection": TEXT, "module_evidence": TEXT},
    "evidence": {
        "description": TEXT,
        "met_comment": TEXT,
        "not_met_comment": TEXT,
        "plan_notes": TEXT,
        "titles": dict,
    },
    "observations": {
        "strengths": TEXT,
        "development_points": TEXT,
        "agreed_actions": TEXT,
        "family_voice": TEXT,
        "response": TEXT,
        "addendum": TEXT,
        "evidence": TEXT,
        "evidence_title": TEXT,
    },
    "mentoring": {
        "topics": WORDS,
        "next_steps": TEXT,
        "shared_notes": TEXT,
        "mentor_notes": TEXT,
    },
}
EVIDENCE_KINDS = ("reflective_account", "supervision_note", "training", "qualification", "other")


def scale_texts(data_dir: Path | None = None) -> dict[str, dict]:
    """Every section of scale.toml, each field checked for presence and kind."""
    data_dir = data_dir or SCALE_DATA_DIR
    data, where = loaders._file("scale.toml", data_dir, SECTIONS)
    texts = {
        name: loaders._check(data[name], f"{where}: {name}", fields)
        for name, fields in FIELDS.items()
    }
    titles = texts["people"]["job_titles"]
    loaders._check(titles, f"{where}: people.job_titles", dict.fromkeys(Role.values, TEXT))
    loaders._check(
        texts["evidence"]["titles"],
        f"{where}: evidence.titles",
        dict.fromkeys(EVIDENCE_KINDS, WORDS),
    )
    for name in ("first_names", "last_names"):
        if not texts["people"][name]:
            raise DemoDataError(f"{where}: people.{name} needs at least one name")
    if not texts["mentoring"]["topics"] or not texts["teams"]["places"]:
        raise DemoDataError(f"{where}: teams.places and mentoring.topics need an entry each")
    return texts
