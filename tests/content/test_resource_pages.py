"""Resource pages: tree rules, their own validation, and who may open them by direct URL."""

from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from content.models import HomePage, ResourceIndexPage, ResourcePage
from people.enums import CONTENT_EDITOR_GROUP, Audience
from tests.content.factories import resource, resource_library
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PRACTITIONERS_ONLY = (Audience.PRACTITIONERS,)
VOLUNTEERS_ONLY = (Audience.VOLUNTEERS,)


class TestResourceTree(WagtailPageTestCase):
    def test_library_sits_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ResourceIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, ResourceIndexPage)
        self.assertCanNotCreateAt(Page, ResourceIndexPage)

    def test_resources_sit_in_the_library_only(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertCanCreateAt(ResourceIndexPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ResourcePage)
        self.assertAllowedSubpageTypes(ResourcePage, {})

    def test_there_is_one_library(self):
        resource_library()
        home = HomePage.objects.get()
        self.assertFalse(ResourceIndexPage.can_create_at(home))


def test_a_resource_needs_an_audience():
    page = ResourcePage(title="Nobody's", slug="nobodys", summary="x", body="[]")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "for_practitioners" in error.value.message_dict


def test_review_by_cannot_come_before_the_last_review():
    today = timezone.localdate()
    page = ResourcePage(
        title="Dated",
        slug="dated",
        summary="x",
        body="[]",
        for_volunteers=True,
        last_reviewed=today,
        review_by=today.replace(year=today.year - 1),
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "review_by" in error.value.message_dict


def test_audiences_read_back_from_the_flags():
    page = resource(audiences=(Audience.VOLUNTEERS, Audience.EXPERTS_BY_EXPERIENCE))
    assert page.audiences == {Audience.VOLUNTEERS, Audience.EXPERTS_BY_EXPERIENCE}
    assert page.audience_labels == ["Experts by experience", "Volunteers"]


@pytest.mark.parametrize(
    ("audiences", "reader", "status"),
    [
        (PRACTITIONERS_ONLY, "practitioner", 200),
        (PRACTITIONERS_ONLY, "coordinator", 200),
        (PRACTITIONERS_ONLY, "volunteer", 404),
        (PRACTITIONERS_ONLY, "expert", 404),
        (VOLUNTEERS_ONLY, "volunteer", 200),
        (VOLUNTEERS_ONLY, "expert", 404),
        (VOLUNTEERS_ONLY, "practitioner", 404),
        ((Audience.EXPERTS_BY_EXPERIENCE,), "expert", 200),
        ((Audience.EXPERTS_BY_EXPERIENCE,), "team_leader", 404),
    ],
)
def test_direct_url_answers_only_the_audience(client, request, audiences, reader, status):
    page = resource(audiences=audiences)
    client.force_login(request.getfixturevalue(reader))
    response = client.get(page.url)
    assert response.status_code == status
    if status == 404:
        assert page.title not in response.content.decode()


def test_editor_reads_every_audience(client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    client.force_login(editor)
    for audiences in (PRACTITIONERS_ONLY, VOLUNTEERS_ONLY):
        assert client.get(resource(audiences=audiences).url).status_code == 200


def test_signed_out_visitor_is_sent_to_sign_in(client):
    page = resource(audiences=VOLUNTEERS_ONLY, easy_read="Short words.")
    for url in (resource_library().url, page.url, page.url + "easy-read/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith("/sign-in/")


def test_someone_with_no_role_reads_nothing(client):
    client.force_login(UserFactory())
    assert client.get(resource(audiences=VOLUNTEERS_ONLY).url).status_code == 404


def test_ended_membership_loses_the_resource(client, team):
    from tests.factories import member

    former_volunteer = member(team, "volunteer", ended=True)
    client.force_login(former_volunteer)
    assert client.get(resource(audiences=VOLUNTEERS_ONLY).url).status_code == 404


def test_unpublished_resource_is_not_served(client, volunteer):
    page = resource(audiences=VOLUNTEERS_ONLY, live=False)
    client.force_login(volunteer)
    assert client.get(f"/resources/{page.slug}/").status_code == 404


def test_page_shows_details_and_offers_the_easy_read_version(client, volunteer):
    page = resource(
        audiences=VOLUNTEERS_ONLY,
        title="Being there",
        tags=("advocacy",),
        easy_read="You help a child say what they think.",
        reading_minutes=8,
    )
    client.force_login(volunteer)
    body = client.get(page.url).content.decode()
    assert body.count("<h1") == 1
    assert "Being there" in body
    assert "About 8 minutes" in body
    assert f'href="{page.url}easy-read/"' in body
    assert "/resources/?tag=advocacy" in body

    easy = client.get(page.url + "easy-read/").content.decode()
    assert 'class="easy-read"' in easy
    assert "You help a child say what they think." in easy
    assert easy.count("<h1") == 1


def test_easy_read_route_is_404_without_a_version_and_for_other_audiences(
    client, volunteer, practitioner
):
    plain = resource(audiences=VOLUNTEERS_ONLY)
    client.force_login(volunteer)
    assert "easy-read" not in client.get(plain.url).content.decode()
    assert client.get(plain.url + "easy-read/").status_code == 404

    hidden = resource(audiences=VOLUNTEERS_ONLY, easy_read="Secret words.")
    client.force_login(practitioner)
    response = client.get(hidden.url + "easy-read/")
    assert response.status_code == 404
    assert "Secret words." not in response.content.decode()


def test_editors_see_an_overdue_review_on_the_page(client, practitioner):
    today = timezone.localdate()
    page = resource(
        last_reviewed=today.replace(year=today.year - 2),
        review_by=today.replace(year=today.year - 1),
    )
    client.force_login(practitioner)
    assert "Review overdue" not in client.get(page.url).content.decode()
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    client.force_login(editor)
    assert "Review overdue" in client.get(page.url).content.decode()


# Blocks


def test_callout_says_its_kind_in_words(client, practitioner):
    page = resource(
        body=[
            {
                "type": "callout",
                "value": {"style": "important", "heading": "No names", "text": "<p>Never.</p>"},
            }
        ]
    )
    client.force_login(practitioner)
    body = client.get(page.url).content.decode()
    assert "<strong>Important: No names</strong>" in body


def test_image_block_renders_its_alt_text(client, practitioner, settings, tmp_path):
    from wagtail.images.models import Image

    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(title="Circle", file=get_test_image_file())
    page = resource(
        body=[
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Chairs in a circle", "caption": ""},
            }
        ]
    )
    client.force_login(practitioner)
    body = client.get(page.url).content.decode()
    assert 'alt="Chairs in a circle"' in body


def test_video_block_always_offers_transcript_and_link(client, practitioner):
    page = resource(
        body=[
            {
                "type": "video",
                "value": {
                    "video": "https://video.example/watch/1",
                    "title": "Private family time explained",
                    "transcript": "<p>Everything that is said.</p>",
                },
            }
        ]
    )
    client.force_login(practitioner)
    with mock.patch(
        "wagtail.embeds.blocks.embed_to_frontend_html",
        return_value=mark_safe('<iframe title="Private family time explained"></iframe>'),
    ):
        body = client.get(page.url).content.decode()
    assert "<iframe" in body
    assert "Transcript of “Private family time explained”" in body
    assert "Everything that is said." in body
    assert 'href="https://video.example/watch/1"' in body


def test_video_block_without_an_embed_still_gives_the_transcript(client, practitioner):
    page = resource(
        body=[
            {
                "type": "video",
                "value": {
                    "video": "https://video.example/watch/2",
                    "title": "Mapping a network",
                    "transcript": "<p>The words.</p>",
                },
            }
        ]
    )
    client.force_login(practitioner)
    with mock.patch("wagtail.embeds.blocks.embed_to_frontend_html", return_value=""):
        body = client.get(page.url).content.decode()
    assert "<iframe" not in body
    assert "The words." in body


def test_document_block_links_the_file_with_type_and_size(client, practitioner, settings, tmp_path):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Plan template", file=ContentFile(b"x" * 2048, name="plan.pdf")
    )
    page = resource(
        body=[
            {
                "type": "document",
                "value": {"document": document.pk, "link_text": "", "description": ""},
            }
        ]
    )
    client.force_login(practitioner)
    body = client.get(page.url).content.decode()
    assert f'href="{document.url}"' in body
    assert "Plan template" in body
    assert "(PDF, 2.0\xa0KB)" in body
