"""The demo's data files parse and hold what the seeders need, and a broken edit says where.

Editors change demo/data/ by hand, so every mistake an editor is likely to make must stop
`seed_demo` with a message naming the file and the field, before anything is written.
"""

import re
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from assessments.models import Statement
from content.packages import check_scorm_zip
from demo import loaders
from demo.loaders import DATA_DIR, DemoDataError
from people.models import User

FGC_MODULE = "programmes/01-family-group-decision-making/01-fgc-stages-and-private-family-time.toml"


def test_every_data_file_is_read_and_checked():
    data = loaders.load_all()
    programme_dirs = sorted(p for p in (DATA_DIR / "programmes").iterdir() if p.is_dir())
    module_files = [p for d in programme_dirs for p in d.glob("[0-9][0-9]-*.toml")]
    resource_files = list((DATA_DIR / "resources").glob("[0-9][0-9]-*.toml"))
    modules = [m for p in data["programmes"] for m in p["modules"]]
    assert len(data["programmes"]) == len(programme_dirs) > 0
    assert len(modules) == len(module_files) > 0
    assert len(data["resources"]) == len(resource_files) > 0
    assert all(module["lessons"] for module in modules)
    assert all(lesson["blocks"] for module in modules for lesson in module["lessons"])
    assert all(resource["body"] for resource in data["resources"])
    assert data["people"]["people"] and data["observation_templates"] and data["mentoring"]


def test_html_laid_out_over_lines_is_stored_as_one_line():
    programme = loaders.programmes()[0]
    assert programme["introduction"].startswith("<p>How our family group conference service")
    assert "\n" not in programme["introduction"]
    lesson_html = programme["modules"][0]["lessons"][0]["blocks"][0]["html"]
    assert "</h2><p>" in lesson_html
    assert "\n" not in lesson_html
    mentoring = loaders.mentoring()
    assert "\n" in mentoring[0]["sessions"][0]["next_steps"], "plain text keeps its line breaks"


@pytest.mark.django_db
def test_every_statement_code_names_a_published_statement():
    """The seeders drop an unknown code without a word, so a misspelt one is caught here."""
    published = set(
        Statement.objects.filter(domain__level__framework__status="published").values_list(
            "code", flat=True
        )
    )
    data = loaders.load_all()
    codes = {
        (module["file"], code)
        for programme in data["programmes"]
        for module in programme["modules"]
        for code in module["statements"]
    } | {
        (f"observation template {t['code']}", code)
        for t in data["observation_templates"]
        for criterion in t["criteria"]
        for code in criterion["statements"]
    }
    assert {(where, code) for where, code in codes if code not in published} == set()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "demo" / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKAGES = [
    (FGC_MODULE, "summary = ", "sumary = ", "unknown field 'sumary'"),
    (FGC_MODULE, "pass_mark = 80", 'pass_mark = "80"', "'pass_mark' should be a whole number"),
    (FGC_MODULE, 'type = "callout"', 'type = "calout"', "'calout' is not one of text"),
    (FGC_MODULE, 'style = "tip"', 'style = "hint"', "'hint' is not one of information"),
    (FGC_MODULE, "correct = true", "correct = false", "mark at least one option correct"),
    (FGC_MODULE, 'title = "Family group', "title = Family group", "not valid TOML"),
    (
        "programmes/03-family-network-meetings/01-family-network-meetings-and-the-reforms.toml",
        'prerequisites = ["mapping-and-scaling"]',
        'prerequisites = ["mapping-and-scalling"]',
        "prerequisite 'mapping-and-scalling' is no demo module",
    ),
    (
        "resources/02-private-family-time.toml",
        '"experts_by_experience"',
        '"experts"',
        "'experts' is not one of practitioners",
    ),
    ("people.toml", 'role = "team_leader"', 'role = "leader"', "'leader' is not one of"),
    ("people.toml", 'team = "south"', 'team = "east"', "'east' is not one of north, south"),
    ("observation_templates.toml", 'stage = "referral"', 'stage = "referal"', "'referal'"),
    ("mentoring.toml", 'resource = "looking-after-yourself"', 'resource = "rest"', "'rest'"),
    ("progression.toml", "{number}", "{n}", "must contain {number}"),
    ("observations.toml", "addendum = ", "postscript = ", "unknown field 'postscript'"),
]


@pytest.mark.parametrize(("name", "old", "new", "message"), BREAKAGES)
def test_a_broken_edit_names_the_file_and_the_problem(data_copy, name, old, new, message):
    path = data_copy / name
    _edit(path, old, new)
    with pytest.raises(DemoDataError) as error:
        loaders.load_all(data_copy)
    assert path.name in str(error.value)
    assert message in str(error.value)


def test_a_missing_field_is_named(data_copy):
    path = data_copy / "resources" / "01-what-happens-at-a-family-group-conference.toml"
    _edit(path, "reading_minutes = 7\n", "")
    with pytest.raises(DemoDataError, match="missing field 'reading_minutes'"):
        loaders.load_all(data_copy)


@pytest.mark.parametrize(
    "name",
    ["resources/private-family-time.toml", "programmes/04-new/3-extra.toml", "teams.toml"],
)
def test_a_file_the_seeders_would_not_read_is_an_error_not_skipped(data_copy, name):
    path = data_copy / name
    if not path.parent.exists():
        path.parent.mkdir()
        (path.parent / "programme.toml").write_text('title = "New"\nintroduction = "<p>New.</p>"\n')
    path.write_text('title = "Stray"\n')
    with pytest.raises(DemoDataError, match=re.escape(path.name)):
        loaders.load_all(data_copy)


def test_two_files_may_not_share_a_number(data_copy):
    resources = data_copy / "resources"
    shutil.copy(resources / "02-private-family-time.toml", resources / "02-a-copy.toml")
    with pytest.raises(DemoDataError, match="number 02 is also used by"):
        loaders.load_all(data_copy)


def test_the_number_sets_the_order_and_the_rest_of_the_name_is_the_slug(data_copy):
    resources = data_copy / "resources"
    first = "what-happens-at-a-family-group-conference"
    (resources / f"01-{first}.toml").rename(resources / "99-what-happens.toml")
    slugs = [resource["slug"] for resource in loaders.resources(data_copy)]
    assert slugs[0] == "private-family-time"
    assert slugs[-1] == "what-happens"
    assert first not in slugs


@pytest.mark.django_db
def test_seed_demo_stops_on_broken_data_before_writing_anything(settings, data_copy, monkeypatch):
    settings.DEBUG = True
    _edit(data_copy / "people.toml", 'role = "team_leader"', 'role = "leader"')
    monkeypatch.setattr(loaders, "DATA_DIR", data_copy)
    with pytest.raises(CommandError, match=re.escape("people.toml")):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_every_scorm_lesson_names_a_package_that_passes_the_upload_checks():
    """seed_demo zips each named folder and uploads it through the editors' checks."""
    from demo.modules import scorm_zip

    folders = [
        lesson["scorm"]
        for programme in loaders.programmes()
        for module in programme["modules"]
        for lesson in module["lessons"]
        if lesson["scorm"]
    ]
    assert folders
    for folder in folders:
        upload = scorm_zip(folder)
        manifest = check_scorm_zip(upload, upload.name, upload.size)
        assert (manifest.version, manifest.launch) == ("1.2", "index.html")


def test_every_h5p_lesson_names_an_activity_that_passes_the_upload_checks():
    """seed_demo zips each named folder into an .h5p file and uploads it through the editors'
    checks; it is built only from our own library."""
    from content.h5p_packages import check_h5p_file
    from demo.modules import h5p_file

    folders = [
        lesson["h5p"]
        for programme in loaders.programmes()
        for module in programme["modules"]
        for lesson in module["lessons"]
        if lesson["h5p"]
    ]
    assert folders
    for folder in folders:
        upload = h5p_file(folder)
        data = check_h5p_file(upload, upload.name, upload.size)
        assert [d["machineName"] for d in data["preloadedDependencies"]] == [
            "H5P.PracticeCircleCheck"
        ]
