"""Uploads on S3-compatible object storage (MEDIA_BUCKET, PRIVATE_MEDIA_BUCKET), with moto
standing in for the store in this process: evidence goes to the private bucket and comes back
only through the checked view; images and documents sit in the media bucket and are still
served by their checked views, never by a link to the bucket."""

import boto3
import pytest
from django.core.cache import cache
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto import mock_aws

from assessments.models import Evidence, Framework
from config.settings import s3_storage
from tests.assessments.conftest import level_statements
from tests.content.test_media_visibility import _rendition_url, a_document, an_image
from tests.content.test_media_visibility import staff_lesson_with as lesson_with

pytestmark = pytest.mark.django_db

REGION = "eu-west-2"
MEDIA_BUCKET = "council-media"
PRIVATE_BUCKET = "council-evidence"


@pytest.fixture
def s3(settings, monkeypatch):
    """Both storages on the mocked store, as the settings build them from the environment.
    Evidence's file field took its storage when the model loaded, so it is pointed at the
    newly configured one, as a server started with these variables would have it."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("S3_REGION", REGION)
    with mock_aws():
        client = boto3.client("s3", region_name=REGION)
        for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
            client.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
            )
        settings.STORAGES = {
            **settings.STORAGES,
            "default": s3_storage("people.storage.MediaS3Storage", MEDIA_BUCKET),
            "private": s3_storage("people.storage.PrivateS3Storage", PRIVATE_BUCKET),
        }
        monkeypatch.setattr(Evidence._meta.get_field("file"), "storage", storages["private"])
        yield client
    # Wagtail caches renditions (names of files in these buckets) in the default cache.
    cache.clear()


def keys(client, bucket: str) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])]


def upload_evidence(client, owner) -> Evidence:
    statements = level_statements(Framework.objects.get(code="FGCC", status="published"), "A")
    client.force_login(owner)
    upload = SimpleUploadedFile(
        "certificate.pdf", b"%PDF-1.4 on S3", content_type="application/pdf"
    )
    response = client.post(
        reverse("assessments:evidence-add"),
        {
            "kind": "reflective_account",
            "title": "Course certificate",
            "description": "Certificate from the course.",
            "occurred_on": "2026-03-14",
            "statements": [statements[0].pk],
            "file": upload,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Evidence.objects.get(owner=owner)


def test_uploaded_evidence_goes_to_the_private_bucket_only(s3, client, practitioner):
    evidence = upload_evidence(client, practitioner)
    assert keys(s3, PRIVATE_BUCKET) == [evidence.file.name]
    assert keys(s3, MEDIA_BUCKET) == []
    with pytest.raises(ValueError, match="no URL"):
        evidence.file.url  # noqa: B018


def test_evidence_on_s3_streams_to_the_team_leader_and_is_404_to_another_practitioner(
    s3, client, practitioner, team_leader, other_practitioner
):
    evidence = upload_evidence(client, practitioner)
    url = reverse("assessments:evidence-file", args=[evidence.pk])
    client.force_login(team_leader)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 on S3"
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    client.force_login(other_practitioner)
    assert client.get(url).status_code == 404


def test_evidence_whose_object_is_gone_is_404_not_500(s3, client, practitioner):
    evidence = upload_evidence(client, practitioner)
    s3.delete_object(Bucket=PRIVATE_BUCKET, Key=evidence.file.name)
    assert client.get(reverse("assessments:evidence-file", args=[evidence.pk])).status_code == 404


def test_images_on_s3_are_served_by_the_checked_view(s3, client, practitioner, volunteer):
    image = an_image()
    assert image.file.name in keys(s3, MEDIA_BUCKET)
    assert image.file.url == f"/media/{image.file.name}"
    lesson = lesson_with(("image", {"image": image.pk, "alt_text": "A map", "caption": ""}))
    rendition = _rendition_url(client, lesson, practitioner)
    response = client.get(rendition)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    client.force_login(volunteer)
    assert client.get(rendition).status_code == 404


def test_documents_on_s3_stream_through_wagtails_view(s3, client, practitioner, volunteer):
    document = a_document()
    assert document.file.name in keys(s3, MEDIA_BUCKET)
    lesson_with(("document", {"document": document.pk, "link_text": "", "description": ""}))
    client.force_login(practitioner)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"bottom lines"
    client.force_login(volunteer)
    assert client.get(document.url).status_code == 404


def test_health_checks_both_buckets(s3, client):
    assert client.get(reverse("health")).status_code == 200
    s3.delete_bucket(Bucket=PRIVATE_BUCKET)
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "failing"
    assert PRIVATE_BUCKET.encode() not in response.content
