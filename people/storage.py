"""Where uploads live: local folders by default, S3-compatible buckets in production.

Nothing uploaded is ever served straight from its folder or bucket. Wagtail images go through
content.views.image_file, documents through Wagtail's document view (with our hook), and
evidence files through assessments.views.evidence_file, each checking access first. So the
public media storage gives every file a URL under this site's MEDIA_URL, and the private
storage gives none at all.
"""

from urllib.parse import urljoin

from botocore.exceptions import ClientError
from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import FileSystemStorage
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

MISSING_OBJECT_CODES = {"404", "NoSuchKey", "NotFound"}


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no public URL at all: views stream them after checking access."""

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no URL; serve them through an access-checked view.")


class _CheckedS3Storage(S3Storage):
    """Opening a missing object raises FileNotFoundError, as on local disk, so the checked
    views answer 404 for both rather than knowing about botocore."""

    def _open(self, name: str, mode: str = "rb") -> File:
        try:
            return super()._open(name, mode)
        except ClientError as error:
            if str(error.response.get("Error", {}).get("Code")) in MISSING_OBJECT_CODES:
                raise FileNotFoundError(name) from error
            raise


class MediaS3Storage(_CheckedS3Storage):
    """Wagtail images and documents in a bucket. Their URLs stay on this site (MEDIA_URL), so
    an image used only on a staff lesson is still refused to a volunteer."""

    def url(self, name: str | None, *args: object, **kwargs: object) -> str:
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name or ""))


class PrivateS3Storage(_CheckedS3Storage):
    """Evidence files in a private bucket: no URL, not even a signed one."""

    def url(self, name: str | None, *args: object, **kwargs: object) -> str:
        raise ValueError("Private files have no URL; serve them through an access-checked view.")
