"""Documents and images follow every page that uses them (issue 13, finding 1): lessons,
modules, programmes and resources alike. Something on no live page, or only on pages a person
may not read, answers 404 to them; editors see everything; nothing is served straight from
MEDIA_ROOT."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from content.models import LessonPage
from people.enums import Audience
from tests.content.factories import resource
from tests.factories import build_module

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from people.enums import CONTENT_EDITOR_GROUP
    from tests.factories import UserFactory

    person = UserFactory()
    person.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return person


def a_document(name: str = "worksheet.txt") -> Document:
    return Document.objects.create(title=name, file=ContentFile(b"bottom lines", name=name))


def an_image() -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, format="PNG")
    return Image.objects.create(
        title="Network map", file=ImageFile(io.BytesIO(buffer.getvalue()), name="map.png")
    )


def staff_lesson_with(*blocks: tuple) -> LessonPage:
    module = build_module(lessons=[list(blocks)], audiences=("practitioners",))
    return LessonPage.objects.child_of(module).get()


def test_a_document_only_on_a_staff_lesson_is_404_to_experts_and_volunteers(
    client, practitioner, expert, volunteer
):
    document = a_document()
    staff_lesson_with(("document", {"document": document.pk, "link_text": "", "description": ""}))
    for person in (expert, volunteer):
        client.force_login(person)
        assert client.get(document.url).status_code == 404
    client.force_login(practitioner)
    assert client.get(document.url).status_code == 200


def test_a_document_on_no_page_is_404_to_everyone_but_editors(client, practitioner, editor):
    document = a_document("leaflet.txt")
    client.force_login(practitioner)
    assert client.get(document.url).status_code == 404
    client.force_login(editor)
    assert client.get(document.url).status_code == 200


def test_a_document_on_an_unpublished_page_only_is_404(client, practitioner):
    document = a_document()
    lesson = staff_lesson_with(
        ("document", {"document": document.pk, "link_text": "", "description": ""})
    )
    lesson.unpublish()
    client.force_login(practitioner)
    assert client.get(document.url).status_code == 404


def test_a_document_also_on_a_volunteer_resource_is_theirs_too(client, volunteer):
    document = a_document()
    staff_lesson_with(("document", {"document": document.pk, "link_text": "", "description": ""}))
    resource(
        audiences=(Audience.VOLUNTEERS,),
        body=[{"type": "document", "value": {"document": document.pk}}],
    )
    client.force_login(volunteer)
    assert client.get(document.url).status_code == 200


def test_uploads_are_never_served_straight_from_media_root(client, editor):
    document = a_document()
    client.force_login(editor)
    assert client.get(f"/media/{document.file.name}").status_code == 404


def _rendition_url(client, lesson: LessonPage, practitioner) -> str:
    client.force_login(practitioner)
    body = client.get(lesson.url).content.decode()
    start = body.index('src="/media/images/') + len('src="')
    return body[start : body.index('"', start)]


def test_an_image_on_a_staff_lesson_is_404_to_volunteers(client, practitioner, volunteer):
    image = an_image()
    lesson = staff_lesson_with(("image", {"image": image.pk, "alt_text": "A map", "caption": ""}))
    rendition = _rendition_url(client, lesson, practitioner)
    response = client.get(rendition)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert client.get(f"/media/{image.file.name}").status_code == 200
    client.force_login(volunteer)
    assert client.get(rendition).status_code == 404
    assert client.get(f"/media/{image.file.name}").status_code == 404
    client.logout()
    assert client.get(rendition).status_code == 404


def test_an_image_on_no_page_is_404_to_everyone_but_editors(client, practitioner, editor):
    image = an_image()
    client.force_login(practitioner)
    assert client.get(f"/media/{image.file.name}").status_code == 404
    client.force_login(editor)
    assert client.get(f"/media/{image.file.name}").status_code == 200
