"""The demo's access log: read from demo/data/access_log.toml, checked like every demo file,
and seeded once, so the access log pages have something to show after `make run`."""

import shutil

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo import loaders
from demo.loaders import DATA_DIR, DemoDataError
from people.enums import AccessKind
from people.models import AccessRecord, User


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "evidence"', 'kind = "diary"', "'diary' is not one of"),
        ('viewer = "servicemanager"', 'viewer = "nobody"', "'nobody' is not one of"),
    ],
)
def test_a_broken_look_names_the_file_and_the_problem(tmp_path, old, new, message):
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    path = copy / "access_log.toml"
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(DemoDataError) as error:
        loaders.load_all(copy)
    assert "access_log.toml" in str(error.value)
    assert message in str(error.value)


@pytest.mark.django_db
def test_seed_demo_records_the_looks_once(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    priya = User.objects.get(username="practitioner")
    assert sorted(AccessRecord.objects.filter(subject=priya).values_list("kind", flat=True)) == [
        AccessKind.EVIDENCE,
        AccessKind.LEARNING_RECORD,
        AccessKind.OBSERVATION,
        AccessKind.PROGRESSION,
    ]
    client.force_login(priya)
    body = client.get(reverse("people:access-log-own")).content.decode()
    assert "Tess Morgan" in body and "Marcus Reid" in body
