"""The loaded frameworks match seed 002, counted by hand (see assessments/data/COUNTS.md)."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from assessments.models import Framework, Statement

pytestmark = pytest.mark.django_db

# Counted by hand from ../shared/seeds/002_81cd37231a362221.txt: (Q, K, E, S) per level.
EXPECTED = {
    "FGCC": {"A": (2, 6, 6, 8), "B": (3, 8, 10, 9), "C": (1, 5, 8, 6)},
    "FGCTL": {"A": (1, 4, 8, 11), "B": (1, 4, 6, 6), "C": (1, 4, 5, 6)},
}
DOMAINS = ["Qualifications", "Knowledge", "Experience", "Skills"]


@pytest.mark.parametrize("code", ["FGCC", "FGCTL"])
def test_statement_counts_per_level_and_domain(code):
    framework = Framework.objects.get(code=code, version=1)
    assert framework.status == "published"
    for level_code, counts in EXPECTED[code].items():
        for domain_name, expected in zip(DOMAINS, counts, strict=True):
            actual = Statement.objects.filter(
                domain__level__framework=framework,
                domain__level__code=level_code,
                domain__name=domain_name,
            ).count()
            assert actual == expected, f"{code} {level_code} {domain_name}"


def test_levels_are_named_and_ordered():
    framework = Framework.objects.get(code="FGCC", version=1)
    assert [(lv.code, lv.name, lv.order) for lv in framework.levels.order_by("order")] == [
        ("A", "Developing", 1),
        ("B", "Practising", 2),
        ("C", "Accomplished", 3),
    ]
    assert framework.grade == "Range 4"
    assert framework.duties.startswith("To convene Family Group Conferences")


@pytest.mark.parametrize(
    "text",
    [
        # Joined across rows by the export.
        "Experience of supporting referring colleagues with accessing FGC referral process "
        "giving time for consultation to ensure referral is appropriate.",
        "Experienced and skilled in using Quality Assurance systems and digital case "
        "management systems.",
        # Split out of unbulleted cells.
        "Five GCSE (or equivalent) to include Maths and English (minimum grade 5/C)",
        "FGC training qualification",
        "Awareness of family group conferences",
        # Continuation rows that add a statement.
        "Robust knowledge of the Public Law Outline (PLO) and Care Proceedings Process.",
        "Ability to be non-judgemental.",
        # One statement, kept whole.
        "Developed understanding of the Family Group Conferencing model, philosophy and "
        "principles. And the complex dynamics of families.",
        "Experience of peer observation and feedback.",
    ],
)
def test_wording_is_kept(text):
    assert Statement.objects.filter(text=text).count() == 1


def test_statement_codes_are_stable_and_readable():
    statement = Statement.objects.get(code="FGCC-B-K-08")
    assert statement.text.startswith("Robust knowledge of the Public Law Outline")
    assert statement.domain.level.code == "B"


def test_export_round_trips_to_the_data_file():
    out = StringIO()
    call_command("export_framework", "FGCC", stdout=out)
    data_file = Path(__file__).resolve().parents[2] / "assessments/data/fgc_coordinator.json"
    assert json.loads(out.getvalue()) == json.loads(data_file.read_text(encoding="utf-8"))


def test_import_loads_a_new_version_and_changes_nothing_loaded(tmp_path):
    out = StringIO()
    call_command("export_framework", "FGCTL", stdout=out)
    path = tmp_path / "framework.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    call_command("import_framework", str(path), stdout=StringIO())
    versions = Framework.objects.filter(code="FGCTL").order_by("version")
    assert [(f.version, f.status) for f in versions] == [(1, "published"), (2, "draft")]
    assert Statement.objects.filter(domain__level__framework=versions[1]).count() == 57


def test_another_council_can_load_its_own_framework(tmp_path):
    data = {
        "format": "practice-circle-framework/1",
        "code": "FNMF",
        "name": "FNM Facilitator",
        "applies_to_role": "practitioner",
        "version": 1,
        "levels": [
            {
                "code": "A",
                "name": "Developing",
                "domains": [
                    {
                        "code": "S",
                        "name": "Skills",
                        "statements": [{"code": "FNMF-A-S-01", "text": "Runs a network meeting."}],
                    }
                ],
            }
        ],
    }
    path = tmp_path / "fnm.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    call_command("import_framework", str(path), "--publish", stdout=StringIO())
    assert Framework.objects.get(code="FNMF").status == "published"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not valid JSON"),
        ('{"format": "something-else"}', "This is not a framework file"),
        (
            '{"format": "practice-circle-framework/1", "code": "X", "name": "X", '
            '"applies_to_role": "wizard", "levels": []}',
            "unknown role",
        ),
    ],
)
def test_import_refuses_bad_files_with_a_message(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = Framework.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("import_framework", str(path))
    assert Framework.objects.count() == before


def test_import_of_a_missing_file_says_so():
    with pytest.raises(CommandError, match="No file at"):
        call_command("import_framework", "/nonexistent/framework.json")
