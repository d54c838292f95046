"""Subject access: a person downloads everything held about them as one ZIP; a superuser
can make it for anyone. Nothing of anyone else's beyond names on shared records."""

import io
import json
import zipfile

import pytest
from django.urls import reverse

from mentoring.models import MentoringSession
from observations.co_observation import co_observation_close
from people.enums import AccessKind, Role
from people.models import AccessRecord, SingleSignOnIdentity
from privacy.selectors import SECTIONS
from tests.factories import member
from tests.mentoring.factories import mentoring, session
from tests.observations.conftest import RESPONSE, STRENGTHS, start
from tests.observations.test_co_observation import invite, share_both
from tests.privacy.conftest import (
    ADDENDUM,
    CPD_LEARNING,
    DECISION_COMMENT,
    DRAFT_TEXT,
    EVIDENCE_FILE,
    OTHER_EVIDENCE,
    PLAN_NOTES,
    REFLECTION,
)

pytestmark = pytest.mark.django_db

DOWNLOAD = reverse("privacy:records-download")


def download(client, user, url=DOWNLOAD):
    client.force_login(user)
    response = client.post(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    assert {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def files_of(archive):
    """File name inside the person's folder → its bytes."""
    return {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}


def section(files, name):
    return json.loads(files[f"{name}.json"])


def everything(files) -> str:
    return "\n".join(body.decode("utf-8", "replace") for body in files.values())


def test_the_download_holds_every_kind_of_record(client, practitioner, records):
    files = files_of(download(client, practitioner))
    assert set(files) >= {f"{name}.json" for name in SECTIONS} | {"README.txt"}

    assert section(files, "profile")["username"] == practitioner.username
    assert section(files, "profile")["email"] == practitioner.email
    assert [m["role"] for m in section(files, "memberships")] == ["Practitioner"]
    evidence = {e["title"]: e for e in section(files, "evidence")}
    # Theirs, and the peer observation evidence made when the observation was signed off.
    assert set(evidence) == {
        "Conference skills day",
        "Peer observation: Family group conference on 14 March 2026",
    }
    evidence = evidence["Conference skills day"]
    assert files[evidence["file"]] == EVIDENCE_FILE
    decisions = section(files, "decisions-about-you")
    assert decisions and {d["comment"] for d in decisions} == {DECISION_COMMENT}
    assert {d["decided_by"] for d in decisions} == {"Tess Leader"}
    assert [c["level"] for c in section(files, "level-confirmations")] == ["A"]
    assert section(files, "learning-plans")[0]["notes"] == PLAN_NOTES
    assert [r["text"] for r in section(files, "reflections")] == [REFLECTION]
    assert CPD_LEARNING in [c["learning"] for c in section(files, "cpd-record")]
    assert section(files, "enrolments")[0]["module"] == records.module_title
    assert section(files, "observations-by-you") == []
    [token] = section(files, "api-tokens")
    assert token["name"] == "Power BI report"
    assert set(token) == {"name", "starts_with", "made", "last_used", "revoked"}
    assert section(files, "single-sign-on") == []


def test_the_organisations_sign_in_identity_is_in_it(client, practitioner):
    SingleSignOnIdentity.objects.create(
        user=practitioner, issuer="https://id.council.example", subject="abc-123"
    )
    [identity] = section(files_of(download(client, practitioner)), "single-sign-on")
    assert identity["provider"] == "https://id.council.example"
    assert identity["your_id_there"] == "abc-123"


def test_observations_of_them_come_with_response_history_and_addenda(client, practitioner, records):
    files = files_of(download(client, practitioner))
    [observation] = section(files, "observations-of-you")
    assert observation["id"] == records.observation.pk
    assert observation["observer"] == "Cal Coordinator"
    assert observation["strengths"] == STRENGTHS
    assert observation["response"] == RESPONSE
    assert observation["signed_off_by"] == "Tess Leader"
    assert [a["text"] for a in observation["addenda"]] == [ADDENDUM]
    assert [h["to"] for h in observation["history"]][-1] == "signed_off"


def test_nothing_private_of_anyone_else_is_in_it(client, practitioner, records):
    text = everything(files_of(download(client, practitioner)))
    # The observer's unshared draft about them is the observer's alone.
    assert DRAFT_TEXT not in text
    # Another person's own records are not theirs.
    assert OTHER_EVIDENCE not in text
    assert "Olu Practitioner" not in text
    # Key hashes never leave.
    assert practitioner.reporting_tokens.get().key_hash not in text


def test_the_observer_gets_what_they_wrote_drafts_included(client, coordinator, records):
    files = files_of(download(client, coordinator))
    made = section(files, "observations-by-you")
    assert {o["id"] for o in made} == {records.observation.pk, records.draft.pk}
    assert DRAFT_TEXT in everything(files)
    assert section(files, "observations-of-you") == []


def test_both_observers_get_their_calibration_discussion_and_the_observed_does_not(
    client, coordinator, practitioner, team, template
):
    second = member(team, Role.COORDINATOR, display_name="Nia Coordinator")
    pair = share_both(invite(start(coordinator, practitioner, template), second))
    note = "We agreed what secure looks like when the coordinator chairs the opening."
    co_observation_close(pair=pair, by=second, note=note)
    for observer in (coordinator, second):
        [made] = section(files_of(download(client, observer)), "calibration-discussions")
        assert made["discussion_note"] == note
        assert made["observers"] == ["Cal Coordinator", "Nia Coordinator"]
        assert made["observation_ids"] == [pair.first_id, pair.second_id]
        assert made["closed_by"] == "Nia Coordinator"
    observed = files_of(download(client, practitioner))
    assert section(observed, "calibration-discussions") == []
    assert note not in everything(observed)


def test_a_mentee_never_gets_the_mentors_private_notes(client, coordinator, expert):
    relationship = mentoring(coordinator, expert)
    session(relationship, mentor_notes="Private: follow up on wellbeing.", shared_notes="Shared.")
    mentee = files_of(download(client, expert))
    [as_mentee] = section(mentee, "mentoring")
    assert as_mentee["role"] == "mentee"
    assert as_mentee["sessions"][0]["shared_notes"] == "Shared."
    assert "private_mentor_notes" not in as_mentee["sessions"][0]
    assert "follow up on wellbeing" not in everything(mentee)

    mentor = files_of(download(client, coordinator))
    [as_mentor] = section(mentor, "mentoring")
    assert as_mentor["role"] == "mentor"
    assert as_mentor["sessions"][0]["private_mentor_notes"] == "Private: follow up on wellbeing."
    assert MentoringSession.objects.count() == 1


def test_the_readme_describes_every_file(client, practitioner, records):
    readme = files_of(download(client, practitioner))["README.txt"].decode()
    for name in SECTIONS:
        assert f"{name}.json" in readme
    assert "Priya Practitioner" in readme


def test_their_own_download_is_not_in_their_access_log(client, practitioner):
    download(client, practitioner)
    assert not AccessRecord.objects.exists()


def test_the_page_explains_and_a_get_makes_nothing(client, practitioner):
    client.force_login(practitioner)
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Download your records" in response.content.decode()


# Admin: a superuser answers a subject access request for anyone -----------------------------


def admin_url(user):
    return reverse("privacy_admin:person-records", args=[user.pk])


def test_a_superuser_downloads_anyones_records_and_it_is_logged(
    client, admin, practitioner, records
):
    client.force_login(admin)
    page = client.get(admin_url(practitioner))
    assert page.status_code == 200
    assert "Download everything held about Priya Practitioner" in page.content.decode()
    files = files_of(download(client, admin, admin_url(practitioner)))
    assert section(files, "profile")["username"] == practitioner.username
    assert DRAFT_TEXT not in everything(files)
    record = AccessRecord.objects.get()
    assert (record.viewer, record.subject, record.kind) == (
        admin,
        practitioner,
        AccessKind.RECORDS_DOWNLOAD,
    )


def test_a_leavers_records_can_still_be_downloaded(client, admin, practitioner, records):
    from people.services import person_deactivate

    person_deactivate(person=practitioner, by=admin)
    files = files_of(download(client, admin, admin_url(practitioner)))
    assert section(files, "profile")["account_active"] is False
    assert section(files, "profile")["leaving_date"] is not None


@pytest.mark.parametrize(
    "who",
    ["practitioner", "coordinator", "team_leader", "service_manager", "expert", "volunteer"],
)
def test_nobody_but_a_superuser_reaches_the_admin_download(
    client, request, other_practitioner, who
):
    client.force_login(request.getfixturevalue(who))
    for method in (client.get, client.post):
        response = method(admin_url(other_practitioner))
        # Without admin access Wagtail sends them to sign in; with it, the record is not found.
        assert response.status_code in {302, 404}
        assert response.get("Content-Type", "") != "application/zip"
    assert not AccessRecord.objects.exists()


def test_team_leaders_with_admin_access_get_404(client, team_leader, practitioner):
    """Team leaders reach the Wagtail admin (teams), but not anyone's records download."""
    client.force_login(team_leader)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(admin_url(practitioner)).status_code == 404
    assert client.post(admin_url(practitioner)).status_code == 404


@pytest.mark.parametrize(
    "who",
    ["practitioner", "coordinator", "team_leader", "service_manager", "expert", "volunteer"],
)
def test_everyone_signed_in_downloads_their_own(client, request, who):
    files = files_of(download(client, request.getfixturevalue(who)))
    assert "profile.json" in files


def test_signed_out_visitors_are_sent_to_sign_in(client):
    assert client.post(DOWNLOAD).status_code == 302
