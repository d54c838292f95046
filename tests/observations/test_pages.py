import datetime

import pytest
from django.core import mail
from django.urls import reverse

from observations.enums import ObservationStatus
from observations.models import Observation
from people.enums import Role
from tests.factories import member
from tests.observations.conftest import (
    STRENGTHS,
    observation_at,
    ratings_for,
    save,
    start,
)

pytestmark = pytest.mark.django_db

S = ObservationStatus
PHONE = "07700 900123"


def url(name, observation=None):
    args = [observation.pk] if observation is not None else []
    return reverse(f"observations:{name}", args=args)


def body(response):
    return response.content.decode()


def form_data(observation, *, action="save", **overrides):
    data = {
        "observed_on": "2026-03-14",
        "meeting_type": "fgc",
        "stages_observed": ["referral", "information_sharing"],
        "strengths": "You held the bottom lines kindly.",
        "development_points": "Slow the opening down.",
        "agreed_actions": "Practise the opening with me.",
        "family_voice": "A grandparent said they felt heard.",
        "action": action,
    }
    stages = overrides.get("stages_observed", ["referral", "information_sharing"])
    for item in ratings_for(observation, "developing", "secure", stages=stages):
        data[f"rating_{item.criterion_id}"] = item.rating
        data[f"comment_{item.criterion_id}"] = item.comment
    data.update(overrides)
    return data


# Starting an observation ------------------------------------------------------------------


def test_coordinator_starts_a_draft_from_the_page(
    client, coordinator, practitioner, other_practitioner, template
):
    client.force_login(coordinator)
    page = body(client.get(url("observation-create")))
    assert practitioner.name in page
    assert other_practitioner.name not in page  # not a colleague the coordinator may observe
    assert "never holds details that could identify the family" in page

    response = client.post(
        url("observation-create"),
        {
            "observed": practitioner.pk,
            "meeting_type": "fgc",
            "template": template.pk,
            "observed_on": "14/03/2026",
            "family_consent": "on",
        },
    )
    observation = Observation.objects.get()
    assert response.status_code == 302
    assert response.url == url("observation-edit", observation)
    assert observation.status == S.DRAFT
    assert observation.observed_on == datetime.date(2026, 3, 14)
    assert observation.ratings.count() == 4


def test_start_form_refuses_without_consent_and_keeps_the_choices(
    client, coordinator, practitioner, template
):
    client.force_login(coordinator)
    response = client.post(
        url("observation-create"),
        {
            "observed": practitioner.pk,
            "meeting_type": "fnm",
            "template": template.pk,
            "observed_on": "14/03/2026",
        },
    )
    page = body(response)
    assert response.status_code == 200
    assert "Confirm the family agreed to your being there" in page
    assert f'value="{practitioner.pk}" selected' in page
    assert 'value="fnm" id="id_meeting_type_2" required checked' in page
    assert not Observation.objects.exists()

    response = client.post(
        url("observation-create"),
        {
            "observed": practitioner.pk,
            "meeting_type": "fnm",
            "template": template.pk,
            "observed_on": "14/03/2026",
            "family_consent": "on",
        },
    )
    assert "is not for a family network meeting" in body(response)
    assert not Observation.objects.exists()


def test_start_form_handles_tampered_and_bad_input(
    client, coordinator, practitioner, other_practitioner
):
    client.force_login(coordinator)
    response = client.post(
        url("observation-create"),
        {
            "observed": other_practitioner.pk,
            "template": "abc",
            "observed_on": "31/02/2026",
            "meeting_type": "party",
            "family_consent": "on",
        },
    )
    page = body(response)
    assert response.status_code == 200
    assert "Choose a colleague from the list" in page
    assert "Choose a template from the list" in page
    assert "Enter a real date" in page
    assert "Choose the kind of meeting you observed" in page


# The draft form ----------------------------------------------------------------------------


def test_draft_saves_and_shows_again_what_was_typed(client, coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    response = client.post(url("observation-edit", observation), form_data(observation))
    assert response.status_code == 302
    observation.refresh_from_db()
    assert observation.status == S.DRAFT
    assert observation.strengths == "<p>You held the bottom lines kindly.</p>"
    assert observation.stages_observed == ["referral", "information_sharing"]
    # Criteria of the two stages not ticked take no rating.
    assert sorted(observation.ratings.values_list("rating", flat=True)) == [
        "",
        "",
        "developing",
        "secure",
    ]
    page = body(client.get(url("observation-edit", observation)))
    assert "You held the bottom lines kindly." in page
    assert "Comment 1" in page


def test_form_errors_keep_everything_typed(client, coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    response = client.post(
        url("observation-edit", observation),
        form_data(observation, observed_on="not a date", strengths="My careful notes"),
    )
    page = body(response)
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter a real date" in page
    assert "My careful notes" in page
    assert "Slow the opening down." in page
    assert "Comment 1" in page
    observation.refresh_from_db()
    assert observation.strengths == ""


def test_save_and_share_tells_the_observed_person(
    client, coordinator, practitioner, template, django_capture_on_commit_callbacks
):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("observation-edit", observation), form_data(observation, action="share")
        )
    assert response.status_code == 302
    assert response.url == url("observation-detail", observation)
    observation.refresh_from_db()
    assert observation.status == S.SHARED
    assert [m.to for m in mail.outbox] == [[practitioner.email]]


def test_share_that_is_not_ready_saves_the_draft_and_says_why(
    client, coordinator, practitioner, template
):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    data = form_data(observation, action="share", strengths="")
    first = next(k for k in data if k.startswith("rating_"))
    data[first] = ""
    page = body(client.post(url("observation-edit", observation), data))
    assert "Your draft is saved, but it cannot be shared yet." in page
    assert "Write at least one strength" in page
    # The error summary names the criterion it wants and links to its rating.
    assert (
        f'<a href="#{first.replace("rating", "id_rating")}">Rate “Clarifies the bottom lines” '
        "(Referral and agenda) before you share the observation, or untick its stage if you "
        "did not observe it</a>"
    ) in page
    assert "Slow the opening down." in page
    observation.refresh_from_db()
    assert observation.status == S.DRAFT
    assert observation.development_points == "<p>Slow the opening down.</p>"


def test_share_without_stages_says_to_choose_them(client, coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    data = form_data(observation, action="share", stages_observed=[])
    page = body(client.post(url("observation-edit", observation), data))
    assert "Your draft is saved, but it cannot be shared yet." in page
    assert "Choose the stages of the meeting you observed" in page
    observation.refresh_from_db()
    assert observation.status == S.DRAFT


def test_rating_a_criterion_of_an_unobserved_stage_is_refused_on_the_page(
    client, coordinator, practitioner, template
):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    data = form_data(observation, action="share", stages_observed=["information_sharing"])
    referral = observation.ratings.get(criterion__stage="referral").criterion_id
    data[f"rating_{referral}"] = "strong"
    page = body(client.post(url("observation-edit", observation), data))
    assert (
        f'<a href="#id_rating_{referral}">You did not tick “Referral and agenda” as observed, '
        "so “Clarifies the bottom lines” takes no rating."
    ) in page
    assert "You held the bottom lines kindly." in page  # what was typed is shown again
    observation.refresh_from_db()
    assert observation.status == S.DRAFT
    assert observation.stages_observed == []
    assert not observation.ratings.exclude(rating="").exists()


def test_the_form_offers_no_rating_apart_from_the_scale(
    client, coordinator, practitioner, template
):
    observation = start(coordinator, practitioner, template)
    save(observation, stages_observed=["information_sharing"])
    client.force_login(coordinator)
    page = body(client.get(url("observation-edit", observation)))
    referral = observation.ratings.get(criterion__stage="referral").criterion_id
    group = page.split(f'id="id_rating_{referral}"')[1].split("</fieldset>")[0]
    labels = [part.split("<")[0] for part in group.split('">')[1:] if "</label>" in part]
    assert "Not seen" not in group
    assert [label for label in labels if label] == ["Developing", "Secure", "Strong", "No rating"]
    assert '<p class="radio-divider">or</p>' in group
    # The referral stage is not ticked: its criteria are set apart, and the rated one is not.
    assert 'class="stage-group stage-unobserved" data-stage="referral"' in page
    assert 'class="stage-group" data-stage="information_sharing"' in page
    assert f'value="" id="id_rating_{referral}_3" checked' in page


# Identifier check --------------------------------------------------------------------------


def test_identifiers_are_shown_and_nothing_is_saved_until_confirmed(
    client, coordinator, practitioner, template
):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    typed = f"Ring Mum on {PHONE} before the review."
    data = form_data(observation, strengths=typed, family_voice="Lives near ME4 4TR")
    page = body(client.post(url("observation-edit", observation), data))
    assert "Check for details that could identify the family" in page
    assert "Phone number" in page and f"<mark>{PHONE}</mark>" in page
    assert "Postcode" in page and "<mark>ME4 4TR</mark>" in page
    assert "Strengths" in page and "What the family and the child said" in page
    assert typed in page  # nothing lost
    observation.refresh_from_db()
    assert observation.strengths == ""

    fingerprint = page.split('name="identifiers_fingerprint" value="')[1].split('"')[0]
    # Confirming with a stale fingerprint, or without ticking the box, is not enough.
    for extra in ({"identifiers_fingerprint": fingerprint}, {"identifiers_confirmed": "on"}):
        client.post(url("observation-edit", observation), data | extra)
        observation.refresh_from_db()
        assert observation.strengths == ""

    confirmed = data | {"identifiers_confirmed": "on", "identifiers_fingerprint": fingerprint}
    response = client.post(url("observation-edit", observation), confirmed)
    assert response.status_code == 302
    observation.refresh_from_db()
    assert PHONE in observation.strengths
    assert observation.identifiers_confirmed_by == coordinator
    assert observation.identifiers_confirmed_at is not None

    # Saving the same text again needs no new confirmation...
    assert client.post(url("observation-edit", observation), data).status_code == 302
    # ...but a new identifier does, even with the old confirmation sent again.
    more = confirmed | {"agreed_actions": "Email gran at nan@example.org"}
    page = body(client.post(url("observation-edit", observation), more))
    assert "<mark>nan@example.org</mark>" in page
    observation.refresh_from_db()
    assert "nan@example.org" not in observation.agreed_actions


def test_comments_on_criteria_are_checked_too(client, coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    data = form_data(observation)
    comment_key = next(k for k in data if k.startswith("comment_"))
    data[comment_key] = "Child DOB 01/02/2015 was read out"
    page = body(client.post(url("observation-edit", observation), data))
    assert "Date of birth" in page and "<mark>01/02/2015</mark>" in page
    assert f'href="#id_{comment_key}"' in page


def test_plain_practice_language_saves_without_a_warning(
    client, coordinator, practitioner, template
):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    data = form_data(
        observation,
        strengths="Dad scaled safety 7/10; the meeting on 14/03/2026 ran 90 minutes from 10:30.",
        agreed_actions="Level 3 qualification by the review in 3 months.",
    )
    assert client.post(url("observation-edit", observation), data).status_code == 302


# Responding, signing off, addenda -----------------------------------------------------------


def test_observed_person_responds_from_the_page(
    client, coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.SHARED, coordinator, practitioner, template)
    client.force_login(practitioner)
    page = body(client.get(url("observation-detail", observation)))
    assert "Send your response" in page
    assert STRENGTHS in page

    response = client.post(url("observation-respond", observation), {"response": ""})
    assert "Write your response before you send it" in body(response)

    typed = f"Thanks. My number is {PHONE} if you want to talk."
    page = body(client.post(url("observation-respond", observation), {"response": typed}))
    assert f"<mark>{PHONE}</mark>" in page
    assert typed in page
    fingerprint = page.split('name="identifiers_fingerprint" value="')[1].split('"')[0]
    response = client.post(
        url("observation-respond", observation),
        {"response": typed, "identifiers_confirmed": "on", "identifiers_fingerprint": fingerprint},
    )
    assert response.status_code == 302
    observation.refresh_from_db()
    assert observation.status == S.RESPONDED
    assert observation.response_identifiers_confirmed_at is not None


def test_team_leader_signs_off_from_the_page_and_it_locks(
    client, coordinator, practitioner, team_leader, service_manager, template
):
    observation = observation_at(S.RESPONDED, coordinator, practitioner, template)
    client.force_login(service_manager)
    page = body(client.get(url("observation-detail", observation)))
    assert "Sign off and lock" not in page
    response = client.post(url("observation-sign-off", observation), follow=True)
    assert "Only a team leader of Priya Practitioner&#x27;s team" in body(response)
    observation.refresh_from_db()
    assert observation.status == S.RESPONDED

    client.force_login(team_leader)
    assert "Sign off and lock" in body(client.get(url("observation-detail", observation)))
    response = client.post(url("observation-sign-off", observation), follow=True)
    page = body(response)
    assert "Signed off. The observation is now locked" in page
    assert "Signed off and locked" in page
    assert "Peer observation: Family group conference on 14 March 2026" in page


def test_addenda_on_a_locked_observation(client, coordinator, practitioner, team_leader, template):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    client.force_login(practitioner)
    response = client.post(
        url("addendum-add", observation),
        {"text": "Two more conferences since, both on time."},
        follow=True,
    )
    page = body(response)
    assert "Addendum added." in page
    assert "Two more conferences since, both on time." in page
    assert observation.addenda.get().author == practitioner
    response = client.post(url("addendum-add", observation), {"text": ""})
    assert "Write the addendum before you add it" in body(response)


def test_addendum_before_sign_off_is_refused(client, coordinator, practitioner, template):
    observation = observation_at(S.SHARED, coordinator, practitioner, template)
    client.force_login(coordinator)
    response = client.post(url("addendum-add", observation), {"text": "Extra"}, follow=True)
    assert "Addenda are added once an observation is signed off" in body(response)
    assert not observation.addenda.exists()


# Locked means locked -----------------------------------------------------------------------


@pytest.fixture
def locked(coordinator, practitioner, team_leader, template):
    return observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)


def assert_unchanged(observation):
    fresh = Observation.objects.get(pk=observation.pk)
    assert fresh.status == S.SIGNED_OFF
    assert fresh.strengths == observation.strengths
    assert fresh.response == observation.response
    assert fresh.transitions.count() == 4
    assert list(fresh.ratings.values_list("rating", "comment")) == list(
        observation.ratings.values_list("rating", "comment")
    )


@pytest.mark.parametrize("who", ["coordinator", "practitioner", "team_leader"])
def test_locked_observation_refuses_edit_and_delete(request, client, locked, who):
    client.force_login(request.getfixturevalue(who))
    for name in ["observation-edit", "observation-delete"]:
        response = client.get(url(name, locked), follow=True)
        assert response.redirect_chain == [(url("observation-detail", locked), 302)]
        assert "it is locked" in body(response)
        response = client.post(url(name, locked), form_data(locked, strengths="Rewritten"))
        assert response.status_code == 302
        assert_unchanged(locked)


@pytest.mark.parametrize(
    "name", ["observation-share", "observation-respond", "observation-sign-off", "observation-edit"]
)
def test_locked_observation_refuses_workflow_posts(
    client, locked, coordinator, practitioner, team_leader, name
):
    for user in (coordinator, practitioner, team_leader):
        client.force_login(user)
        response = client.post(
            url(name, locked), {"response": "New", "strengths": "New"}, follow=True
        )
        assert response.status_code == 200
        assert "There is a problem" in body(response)
        assert_unchanged(locked)


@pytest.mark.parametrize(
    "name",
    [
        "observation-edit",
        "observation-delete",
        "observation-share",
        "observation-respond",
        "observation-sign-off",
    ],
)
def test_locked_observation_refuses_json_clients(client, locked, coordinator, team_leader, name):
    client.force_login(coordinator if name != "observation-sign-off" else team_leader)
    response = client.post(
        url(name, locked), {"response": "New"}, headers={"accept": "application/json"}
    )
    assert response.status_code in (403, 409)
    assert response["Content-Type"] == "application/json"
    assert "locked" in response.json()["error"] or "Only" in response.json()["error"]
    assert_unchanged(locked)


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_not_allowed(client, locked, coordinator, method):
    client.force_login(coordinator)
    for name in ["observation-edit", "observation-delete", "observation-share"]:
        response = getattr(client, method)(url(name, locked))
        assert response.status_code == 405
    assert_unchanged(locked)


def test_observations_are_not_editable_in_any_admin(client, locked, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/snippets/observations/observation/").status_code == 404
    assert (
        client.get(f"/admin/snippets/observations/observation/edit/{locked.pk}/").status_code == 404
    )


def test_drafts_can_be_deleted_by_their_observer(client, coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    assert "Delete the draft" in body(client.get(url("observation-delete", observation)))
    response = client.post(url("observation-delete", observation))
    assert response.url == url("made-list")
    assert not Observation.objects.exists()


def test_shared_observation_cannot_be_edited_by_anyone(
    client, coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.SHARED, coordinator, practitioner, template)
    for user in (coordinator, practitioner, team_leader):
        client.force_login(user)
        response = client.get(url("observation-edit", observation), follow=True)
        assert "so it can no longer be changed" in body(response)


# Read view -----------------------------------------------------------------------------------


def test_read_view_shows_the_record_and_its_history(
    client, coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    client.force_login(practitioner)
    page = body(client.get(url("observation-detail", observation)))
    assert "Signed off and locked" in page
    assert "Referral and agenda" in page and "Clarifies the bottom lines" in page
    assert STRENGTHS.replace("'", "&#x27;") in page or STRENGTHS in page
    assert "The family agreed to the observer being there" in page
    for step in (
        "(started): Cal Coordinator",
        "Shared, awaiting response: Cal Coordinator",
        "Responded, awaiting sign-off: Priya Practitioner",
        "Signed off and locked: Tess Leader",
    ):
        assert step in page
    # Forms and buttons are left off the printed page.
    assert 'class="no-print"' in page


# Lists and filters ---------------------------------------------------------------------------


def test_lists_show_the_right_observations(client, coordinator, practitioner, template):
    draft = start(coordinator, practitioner, template)
    shared = observation_at(
        S.SHARED, coordinator, practitioner, template, observed_on=datetime.date(2026, 1, 10)
    )
    client.force_login(coordinator)
    made = body(client.get(url("made-list")))
    assert url("observation-detail", draft) in made and url("observation-detail", shared) in made
    client.force_login(practitioner)
    of_me = body(client.get(url("of-me-list")))
    assert url("observation-detail", shared) in of_me
    assert url("observation-detail", draft) not in of_me


def test_lists_filter_by_status_and_date(client, coordinator, practitioner, template):
    early = observation_at(
        S.SHARED, coordinator, practitioner, template, observed_on=datetime.date(2026, 1, 10)
    )
    late = observation_at(
        S.RESPONDED, coordinator, practitioner, template, observed_on=datetime.date(2026, 3, 10)
    )
    client.force_login(coordinator)
    page = body(client.get(url("made-list"), {"status": "responded"}))
    assert url("observation-detail", late) in page
    assert url("observation-detail", early) not in page
    page = body(client.get(url("made-list"), {"date_from": "01/03/2026", "date_to": "2026-03-31"}))
    assert url("observation-detail", late) in page
    assert url("observation-detail", early) not in page
    page = body(client.get(url("made-list"), {"date_to": "31/01/2026"}))
    assert url("observation-detail", early) in page
    assert url("observation-detail", late) not in page


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"date_from": "31/02/2026"}, "Enter a real date"),
        ({"date_to": "yesterday"}, "Enter a real date"),
        ({"date_from": "2026-03-01", "date_to": "2026-01-01"}, "The end date must be"),
        ({"status": "bogus"}, "Choose a status from the list"),
    ],
)
def test_bad_filters_are_explained_not_500(client, coordinator, practitioner, params, message):
    client.force_login(practitioner)
    for name in ["made-list", "of-me-list"]:
        response = client.get(url(name), params)
        assert response.status_code == 200
        assert message in body(response)


def test_observed_person_cannot_filter_for_drafts(client, practitioner):
    client.force_login(practitioner)
    assert "Choose a status from the list" in body(
        client.get(url("of-me-list"), {"status": "draft"})
    )


def test_index_sends_people_to_their_list(client, coordinator, practitioner):
    client.force_login(coordinator)
    assert client.get(url("index")).url == url("made-list")
    client.force_login(practitioner)
    assert client.get(url("index")).url == url("of-me-list")


def test_navigation_and_home_link_to_observations(client, practitioner, volunteer):
    client.force_login(practitioner)
    page = body(client.get("/"))
    assert f'href="{url("index")}"' in page
    client.force_login(volunteer)
    assert url("index") not in body(client.get("/", follow=True))


# Sign-off queue and counts ---------------------------------------------------------------------


def test_queue_lists_responded_observations_of_the_team_with_counts(
    client,
    coordinator,
    practitioner,
    team_leader,
    other_team_leader,
    other_practitioner,
    template,
    team,
):
    waiting = observation_at(S.RESPONDED, coordinator, practitioner, template)
    observation_at(S.SHARED, coordinator, practitioner, template)
    start(coordinator, practitioner, template)  # drafts are not counted
    observation_at(
        S.SIGNED_OFF,
        coordinator,
        practitioner,
        template,
        team_leader,
        observed_on=datetime.date(2024, 1, 1),
    )  # more than 12 months ago
    client.force_login(team_leader)
    page = body(client.get(url("sign-off-queue")))
    assert url("observation-detail", waiting) in page
    assert page.count("observations/") >= 1
    row = page.split('<th scope="row">Priya Practitioner</th>')[1].split("</tr>")[0]
    assert '<td class="numeric">2</td><td class="numeric">0</td>' in row
    row = page.split('<th scope="row">Cal Coordinator</th>')[1].split("</tr>")[0]
    assert '<td class="numeric">0</td><td class="numeric">2</td>' in row
    assert other_practitioner.name not in page

    client.force_login(other_team_leader)
    page = body(client.get(url("sign-off-queue")))
    assert url("observation-detail", waiting) not in page


# Query counts: the bound measured with N rows must hold with 5N -------------------------------


def grow(team, coordinator, practitioner, template, size):
    for _ in range(size):
        observer = member(team, Role.COORDINATOR)
        observed = member(team, Role.PRACTITIONER)
        observation_at(S.RESPONDED, observer, practitioner, template)
        observation_at(S.RESPONDED, coordinator, observed, template)


def test_list_pages_queries_do_not_grow_with_rows(
    client, team, coordinator, practitioner, team_leader, template, django_assert_max_num_queries
):
    pages = [
        (coordinator, url("made-list")),
        (practitioner, url("of-me-list")),
        (team_leader, url("sign-off-queue")),
        (coordinator, url("made-list") + "?status=responded&date_from=2026-01-01"),
    ]
    grow(team, coordinator, practitioner, template, 4)
    bounds = []
    for user, address in pages:
        client.force_login(user)
        with django_assert_max_num_queries(100) as small:
            assert client.get(address).status_code == 200
        bounds.append(len(small.captured_queries))
    grow(team, coordinator, practitioner, template, 16)
    for (user, address), bound in zip(pages, bounds, strict=True):
        client.force_login(user)
        with django_assert_max_num_queries(bound):
            response = client.get(address)
        assert response.status_code == 200
    assert body(response).count("observations/") >= 20


def test_detail_page_queries_do_not_grow_with_addenda(
    client, coordinator, practitioner, team_leader, template, django_assert_max_num_queries
):
    from observations import services

    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    client.force_login(practitioner)
    with django_assert_max_num_queries(100) as small:
        client.get(url("observation-detail", observation))
    for index in range(10):
        services.addendum_add(observation=observation, by=practitioner, text=f"Note {index}")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url("observation-detail", observation))


def test_save_keeps_the_form_in_step_with_the_service(coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    save(observation)
    observation.refresh_from_db()
    assert observation.strengths


@pytest.mark.parametrize("status", [S.DRAFT, S.SHARED, S.RESPONDED, S.SIGNED_OFF])
@pytest.mark.parametrize("who", ["coordinator", "practitioner", "team_leader", "service_manager"])
def test_workflow_posts_answer_clearly_never_with_a_server_error(
    request, client, status, who, coordinator, practitioner, team_leader, template
):
    observation = observation_at(status, coordinator, practitioner, template, team_leader)
    client.force_login(request.getfixturevalue(who))
    for name in [
        "observation-sign-off",
        "observation-respond",
        "observation-share",
        "addendum-add",
        "observation-edit",
        "observation-delete",
    ]:
        response = client.post(url(name, observation), {"response": "Fine.", "text": "Fine."})
        assert response.status_code in (200, 302, 404), (name, response.status_code)


def test_sign_off_queue_comes_a_page_at_a_time_oldest_first(
    client, team, coordinator, practitioner, team_leader, template
):
    waiting = [observation_at(S.RESPONDED, coordinator, practitioner, template) for _ in range(27)]
    client.force_login(team_leader)

    first = body(client.get(url("sign-off-queue")))
    assert "27 observations waiting, oldest first (page 1 of 2)" in first
    assert all(url("observation-detail", o) in first for o in waiting[:25])
    assert url("observation-detail", waiting[25]) not in first
    assert 'rel="next"' in first

    second = body(client.get(url("sign-off-queue") + "?page=2"))
    assert [url("observation-detail", o) in second for o in waiting] == [False] * 25 + [True] * 2
    # A page number past the end, or not a number, shows the last or the first page.
    assert url("observation-detail", waiting[26]) in body(
        client.get(url("sign-off-queue") + "?page=9")
    )
    assert url("observation-detail", waiting[0]) in body(
        client.get(url("sign-off-queue") + "?page=x")
    )
