"""H5P packages an editor uploads, checked before wagtail-lms unpacks them.

wagtail-lms's `H5PActivity` unzips an .h5p file into the default storage and reads h5p.json.
It skips members with `..` in their path and checks nothing else. So every package is checked
here first, as SCORM packages are (content.packages): an .h5p file that is a ZIP, under the
size limits, no path that climbs out of its folder, no links, no encrypted members, no
programs, and only the kinds of file H5P content is made of (no web pages: H5P content runs
inside the lesson page, never as a page of its own). Its h5p.json must name a main library
that the package itself carries (the player has no library store to fetch it from), and its
content/content.json must be there.

An H5P package's libraries are scripts that run in the lesson page, on our address: uploading
one is trusting its code as much as a SCORM course's. Only editors may upload (content
migration 0011), and the files are served only through the lesson (learning.package_views).
"""

import json
import zipfile
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail_lms.models import H5PActivity

from content.packages import check_members

H5P_JSON = "h5p.json"
CONTENT_JSON = "content/content.json"
MAX_JSON_BYTES = 5 * 1024 * 1024

# H5P's own list of content files, less web pages, Flash and office documents.
H5P_EXTENSIONS = frozenset(
    {
        *("json", "js", "css", "txt", "md", "vtt", "webvtt", "xml", "csv", "pdf"),
        *("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff"),
        *("mp3", "wav", "ogg", "oga", "m4a", "aac", "mp4", "m4v", "webm", "ogv"),
        *("woff", "woff2", "ttf", "otf", "eot"),
    }
)


def _json(archive: zipfile.ZipFile, name: str) -> object:
    if archive.getinfo(name).file_size > MAX_JSON_BYTES:
        raise ValidationError(f"The package's {name} is too large.")
    try:
        return json.loads(archive.read(name))
    except (ValueError, UnicodeDecodeError):
        raise ValidationError(f"The package's {name} is not valid JSON.") from None


def _library_folder(dependency: object) -> str:
    if not isinstance(dependency, dict):
        return ""
    name = dependency.get("machineName")
    major, minor = dependency.get("majorVersion"), dependency.get("minorVersion")
    if not isinstance(name, str) or not all(isinstance(v, int | str) for v in (major, minor)):
        return ""
    return f"{name}-{major}.{minor}"


def _check_h5p_json(data: object, names: set[str]) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get("mainLibrary"), str):
        raise ValidationError("The package's h5p.json names no main library.")
    dependencies = data.get("preloadedDependencies")
    if not isinstance(dependencies, list) or not dependencies:
        raise ValidationError("The package's h5p.json lists no libraries.")
    main = next(
        (
            d
            for d in dependencies
            if isinstance(d, dict) and d.get("machineName") == data["mainLibrary"]
        ),
        None,
    )
    folder = _library_folder(main)
    if not folder:
        raise ValidationError("The package's h5p.json does not list its main library's version.")
    if f"{folder}/library.json" not in names:
        raise ValidationError(
            f"The package does not carry its main library ({folder}/library.json). Download "
            "the .h5p from an H5P editor with its libraries, not a 'Reuse' export without them."
        )
    return data


def check_h5p_file(upload: IO[bytes], name: str, size: int) -> dict:
    """The package's h5p.json, or a ValidationError saying what is wrong with the upload."""
    if not name.lower().endswith(".h5p"):
        raise ValidationError("Upload the activity as an .h5p file.")
    if size > settings.H5P_PACKAGE_MAX_MB * 1024 * 1024:
        raise ValidationError(f"The package must be {settings.H5P_PACKAGE_MAX_MB} MB or smaller.")
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            check_members(archive, H5P_EXTENSIONS, settings.H5P_PACKAGE_MAX_UNPACKED_MB)
            names = set(archive.namelist())
            if H5P_JSON not in names:
                raise ValidationError(
                    "This is not an H5P package: no h5p.json at the top of the file."
                )
            if CONTENT_JSON not in names:
                raise ValidationError("The package has no content/content.json.")
            data = _check_h5p_json(_json(archive, H5P_JSON), names)
            if not isinstance(_json(archive, CONTENT_JSON), dict):
                raise ValidationError("The package's content/content.json is not an object.")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise ValidationError("The file is not a readable H5P (ZIP) archive.") from None
    finally:
        upload.seek(0)
    return data


@transaction.atomic
def h5p_activity_create(*, upload, title: str = "", description: str = "") -> H5PActivity:
    """Check an uploaded .h5p, then let wagtail-lms store and unpack it (for seeders and tests;
    the admin's form checks the same way)."""
    data = check_h5p_file(upload, upload.name, upload.size)
    activity = H5PActivity(
        title=(title or str(data.get("title") or "") or upload.name)[:255],
        description=description,
        package_file=upload,
    )
    activity.save()
    return activity
