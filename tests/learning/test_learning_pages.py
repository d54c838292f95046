import csv
import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text

from content.models import HomePage, LessonPage, ModulePage, ProgrammePage
from learning.models import Assignment, CPDEntry, Enrolment
from people.enums import Role
from tests.factories import build_module, member

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_parents(self):
        self.assertAllowedParentPageTypes(ProgrammePage, {HomePage})
        self.assertAllowedParentPageTypes(ModulePage, {ProgrammePage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})

    def test_children(self):
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_editor_can_create_each_under_its_parent(self):
        from django.contrib.auth.models import Group

        from people.enums import CONTENT_EDITOR_GROUP
        from tests.factories import UserFactory

        editor = UserFactory()
        editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
        self.client.force_login(editor)
        home = HomePage.objects.first()
        self.assertCanCreateAt(HomePage, ProgrammePage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(ProgrammePage, LessonPage)
        self.assertCanCreate(
            home,
            ProgrammePage,
            {"title": "Signs of Safety", "slug": "sos", "introduction": rich_text("<p>About</p>")},
        )


@pytest.fixture
def module(db):
    return build_module()


@pytest.mark.parametrize("who", ["volunteer", "expert"])
def test_community_members_cannot_open_practitioner_modules(client, request, module, who):
    client.force_login(request.getfixturevalue(who))
    lesson = LessonPage.objects.child_of(module).first()
    assert client.get(module.url).status_code == 404
    assert client.get(lesson.url).status_code == 404
    assert client.post(reverse("learning:module-enrol", args=[module.pk])).status_code == 404
    assert client.post(reverse("learning:lesson-complete", args=[lesson.pk])).status_code == 404
    assert not Enrolment.objects.exists()
    # Nor is it listed for them.
    assert module.title not in client.get(reverse("learning:my-learning")).content.decode()
    programme = module.get_parent()
    assert module.title not in client.get(programme.url).content.decode()


def test_volunteer_opens_a_module_written_for_volunteers(client, volunteer):
    module = build_module(title="Being an advocate", audiences=("practitioners", "volunteers"))
    client.force_login(volunteer)
    assert client.get(module.url).status_code == 200
    assert "Being an advocate" in client.get(reverse("learning:my-learning")).content.decode()


def test_signed_out_visitor_is_sent_to_sign_in(client, module):
    response = client.get(module.url)
    assert response.status_code == 302
    assert response.url.startswith("/sign-in/")


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from people.enums import CONTENT_EDITOR_GROUP
    from tests.factories import UserFactory

    person = UserFactory()
    person.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return person


def test_editor_preview_of_a_lesson_is_the_learners_page_without_answers(client, module, editor):
    client.force_login(editor)
    check = LessonPage.objects.child_of(module).last()
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[check.pk]))
    assert response.status_code == 200
    assert "learning/lesson_page.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert "Who leaves the room?" in body
    assert "Check your understanding" in body
    assert "Preview" in body
    assert "correct" not in body.lower().replace("check my answers", "")
    assert "Check my answers" not in body  # nothing to submit in a preview
    assert not Enrolment.objects.filter(learner=editor).exists()


def test_editor_preview_of_a_module_lists_its_lessons_and_saves_nothing(client, module, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[module.pk]))
    assert response.status_code == 200
    assert "learning/module_page.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert "Private family time: lesson 1" in body
    assert "Start this module" not in body
    assert not Enrolment.objects.filter(learner=editor).exists()


def test_preview_shows_unsaved_lesson_edits(rf, module, editor):
    lesson = LessonPage.objects.child_of(module).first()
    lesson.title = "A title not saved yet"
    request = rf.get("/")
    request.user = editor
    response = lesson.make_preview_request(original_request=request)
    assert response.status_code == 200
    assert "A title not saved yet" in response.rendered_content


# Assignments ---------------------------------------------------------------------------------


def test_team_leader_assigns_and_learner_sees_it_first(
    client, team_leader, practitioner, module, django_capture_on_commit_callbacks
):
    other = build_module(title="Signs of Safety mapping")
    client.force_login(team_leader)
    due = timezone.localdate() + datetime.timedelta(days=14)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("learning:assignments"),
            {"module": module.pk, "learners": [practitioner.pk], "due_date": due.isoformat()},
        )
    assert response.status_code == 302
    assert Assignment.objects.get().learner == practitioner
    assert Enrolment.objects.get(learner=practitioner).source == "assigned"
    assert mail.outbox[0].to == [practitioner.email]

    client.force_login(practitioner)
    body = client.get(reverse("learning:my-learning")).content.decode()
    assert (
        body.index("Assigned to you") < body.index("Private family time") < body.index(other.title)
    )
    assert "Not started" in body


def test_overdue_assignments_are_marked(client, team_leader, practitioner, module):
    from learning.services import assignment_create

    assignment_create(
        module=module,
        learners=[practitioner],
        due_date=timezone.localdate(),
        assigned_by=team_leader,
    )
    Assignment.objects.update(due_date=timezone.localdate() - datetime.timedelta(days=3))
    client.force_login(practitioner)
    assert "Overdue" in client.get(reverse("learning:my-learning")).content.decode()
    client.force_login(team_leader)
    body = client.get(reverse("learning:assignments")).content.decode()
    assert "Overdue" in body
    assert practitioner.name in body


def test_assignment_form_errors_keep_input(client, team_leader, practitioner, module):
    client.force_login(team_leader)
    response = client.post(
        reverse("learning:assignments"),
        {"module": module.pk, "learners": [], "due_date": "2001-01-01"},
    )
    body = response.content.decode()
    assert "Choose at least one person" in body
    assert "The due date must be today or later" in body
    assert Assignment.objects.count() == 0


def test_team_leader_cannot_assign_to_another_team(client, team_leader, other_practitioner, module):
    client.force_login(team_leader)
    due = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    response = client.post(
        reverse("learning:assignments"),
        {"module": module.pk, "learners": [other_practitioner.pk], "due_date": due},
    )
    assert "Choose people from the list" in response.content.decode()
    assert Assignment.objects.count() == 0


@pytest.mark.parametrize("who", ["practitioner", "coordinator", "service_manager", "volunteer"])
def test_assignments_page_is_for_team_leaders(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("learning:assignments")).status_code == 404


# CPD record --------------------------------------------------------------------------------------


def cpd_data(**overrides):
    data = {
        "title": "Peer discussion about private family time",
        "activity_type": "supervision",
        "activity_date": "2026-10-02",
        "hours": "1.5",
        "description": "Group supervision.",
        "learning": "How to leave the room well.",
        "impact": "Families had more time.",
        "peer_reflection": "on",
        "peer_learning": "A colleague's way of explaining the break.",
    }
    data.update(overrides)
    return data


def test_add_cpd_entry_and_export_with_social_work_england_fields(client, practitioner):
    client.force_login(practitioner)
    assert client.post(reverse("learning:cpd-add"), cpd_data()).status_code == 302
    entry = CPDEntry.objects.get(owner=practitioner)
    assert entry.peer_reflection
    response = client.get(
        reverse("learning:cpd-record") + "?start=2026-01-01&end=2026-12-31&format=csv"
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Date",
        "Title",
        "Type of activity",
        "Hours",
        "What it was and why it is relevant",
        "What I learnt",
        "Impact on my practice and on the people I work with",
        "Peer reflection",
        "What I learnt from discussing it with a peer",
    ]
    assert rows[1][:4] == [
        "2026-10-02",
        "Peer discussion about private family time",
        "Supervision or reflective discussion",
        "1.5",
    ]
    assert rows[1][7:] == ["Yes", "A colleague's way of explaining the break."]
    printable = client.get(
        reverse("learning:cpd-record") + "?start=2026-01-01&end=2026-12-31&format=print"
    )
    assert "How to leave the room well." in printable.content.decode()


def test_cpd_form_errors_keep_what_was_typed(client, practitioner):
    client.force_login(practitioner)
    response = client.post(
        reverse("learning:cpd-add"),
        cpd_data(hours="lots", peer_learning="", activity_date="2999-01-01"),
    )
    body = response.content.decode()
    assert "Enter the hours as a number" in body
    assert "Say what you learnt from discussing it with a peer" in body
    assert "The date must be today or in the past" in body
    assert "How to leave the room well." in body
    assert CPDEntry.objects.count() == 0


def test_cpd_entries_are_private(client, practitioner, team_leader):
    client.force_login(practitioner)
    client.post(reverse("learning:cpd-add"), cpd_data())
    entry = CPDEntry.objects.get()
    client.force_login(team_leader)
    assert client.get(reverse("learning:cpd-edit", args=[entry.pk])).status_code == 404
    assert client.post(reverse("learning:cpd-delete", args=[entry.pk])).status_code == 404
    assert CPDEntry.objects.count() == 1


def test_automatic_cpd_entries_cannot_be_deleted(client, practitioner):
    from learning.cpd import cpd_entry_add

    entry = cpd_entry_add(
        owner=practitioner,
        title="Completed module",
        activity_type="elearning",
        activity_date=datetime.date(2026, 10, 1),
        hours=1,
    )
    CPDEntry.objects.filter(pk=entry.pk).update(source_key="module:1")
    client.force_login(practitioner)
    response = client.post(reverse("learning:cpd-delete", args=[entry.pk]), follow=True)
    assert "stay in your record" in response.content.decode()
    assert CPDEntry.objects.count() == 1


def test_bad_cpd_filter_dates_do_not_crash(client, practitioner):
    client.force_login(practitioner)
    response = client.get(reverse("learning:cpd-record") + "?start=nonsense&end=2026-13-45")
    assert response.status_code == 200
    assert "Enter a real date" in response.content.decode()


# Query counts -----------------------------------------------------------------------------------


def test_module_lesson_and_my_learning_queries_stay_flat(
    client, practitioner, django_assert_max_num_queries
):
    client.force_login(practitioner)
    modules = [build_module(title=f"Module {n}") for n in range(2)]
    lesson = LessonPage.objects.child_of(modules[0]).first()
    urls = [modules[0].url, lesson.url, reverse("learning:my-learning")]
    bounds = {}
    for url in urls:  # the first visit enrols; measure a learner who has started
        client.get(url)
    for url in urls:
        with django_assert_max_num_queries(80) as small:
            client.get(url)
        bounds[url] = len(small.captured_queries)
    for n in range(2, 10):
        extra = build_module(title=f"Module {n}")
        client.post(reverse("learning:module-enrol", args=[extra.pk]))
    for url, bound in bounds.items():
        client.get(url)  # the modules published renewed the cached page tree: warm it
        with django_assert_max_num_queries(bound):
            assert client.get(url).status_code == 200


def test_team_assignments_queries_stay_flat(
    client, team, team_leader, django_assert_max_num_queries
):
    from learning.services import assignment_create

    module = build_module()
    due = timezone.localdate() + datetime.timedelta(days=3)
    client.force_login(team_leader)

    def grow(count):
        people = [member(team, Role.PRACTITIONER) for _ in range(count)]
        assignment_create(module=module, learners=people, due_date=due, assigned_by=team_leader)

    grow(3)
    with django_assert_max_num_queries(80) as small:
        client.get(reverse("learning:assignments"))
    grow(15)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("learning:assignments"))
