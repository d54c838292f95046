"""SCORM packages an editor uploads, checked before wagtail-lms unpacks them.

wagtail-lms's `SCORMPackage` unzips the upload into the default storage and reads the manifest.
It skips members with `..` in their path but checks nothing else, and it finds the launch page
only in a SCORM 1.2 manifest. So every package is checked here first: a ZIP, under the size
limits, with a manifest at its root whose launch page is in the ZIP, no path that climbs out
of its folder, no links, no encrypted members, and only the kinds of file a web course is made
of (pages, scripts, styles, pictures, sound, video, fonts); programs are refused whatever they
are called. The manifest read here (SCORM 1.2 and 2004) sets the launch page and version.

The unpacked files are never served from MEDIA_URL: only the lesson's checked view serves them
(learning.package_views), to people who may read that lesson.
"""

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail_lms.models import SCORMPackage

MANIFEST = "imsmanifest.xml"
MAX_MEMBERS = 10_000
MAX_MANIFEST_BYTES = 1024 * 1024

# What a web course is made of. Anything else (programs, scripts for a server, Flash, archives)
# is refused, so nothing but the course's own pages can run from our address.
ALLOWED_EXTENSIONS = frozenset(
    {
        *("html", "htm", "xhtml", "js", "mjs", "css", "json", "xml", "xsd", "dtd", "txt"),
        *("vtt", "srt", "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "pdf"),
        *("mp3", "wav", "ogg", "oga", "m4a", "aac", "mp4", "m4v", "webm", "ogv"),
        *("woff", "woff2", "ttf", "otf", "eot"),
    }
)
LAUNCH_EXTENSIONS = frozenset({"html", "htm", "xhtml"})
_EXECUTABLES = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa")
_SYMLINK = 0o120000
# What a Mac or Windows adds to a ZIP it makes: harmless, kept (served only as downloads).
_SYSTEM_LITTER = "__MACOSX/"
_SYSTEM_NAMES = (".DS_Store", "Thumbs.db")


@dataclass(frozen=True)
class Manifest:
    title: str
    version: str  # "1.2" or "2004"
    launch: str  # the launch page, relative to the package root, with any query string


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _first(root: ET.Element, name: str) -> ET.Element | None:
    return next((el for el in root.iter() if _local(el.tag) == name), None)


def _version(root: ET.Element) -> str:
    schema = _first(root, "schemaversion")
    text = (schema.text or "").strip() if schema is not None else ""
    return "2004" if text.startswith(("2004", "CAM 1.3")) else "1.2"


def _launch(root: ET.Element) -> str:
    """The page of the first item that names a resource, else the first resource with a page."""
    resources = {
        el.get("identifier"): el
        for el in root.iter()
        if _local(el.tag) == "resource" and el.get("href")
    }
    for item in (el for el in root.iter() if _local(el.tag) == "item"):
        resource = resources.get(item.get("identifierref"))
        if resource is not None:
            return resource.get("href", "") + item.get("parameters", "")
    return next((r.get("href", "") for r in resources.values()), "")


def read_manifest(data: bytes) -> Manifest:
    try:
        root = fromstring(data)  # no entities, no external references
    except (ET.ParseError, DefusedXmlException) as error:
        raise ValidationError(
            f"The package's imsmanifest.xml is not valid XML ({error})."
        ) from None
    organisation = _first(root, "organization")
    title_el = _first(organisation, "title") if organisation is not None else None
    title = (title_el.text or "").strip() if title_el is not None else ""
    launch = _launch(root).strip()
    if not launch:
        raise ValidationError("The package's imsmanifest.xml names no page to launch.")
    return Manifest(title=title[:255], version=_version(root), launch=launch)


def _member_problem(
    info: zipfile.ZipInfo, allowed: frozenset[str] = ALLOWED_EXTENSIONS
) -> str | None:
    name = info.filename
    normalised = posixpath.normpath(name)
    if "\\" in name or name.startswith("/") or ":" in name.split("/")[0]:
        return f"{name} has a path that is not allowed"
    if ".." in name.split("/") or normalised.startswith(".."):
        return f"{name} points outside the package"
    if (info.external_attr >> 16) & 0o170000 == _SYMLINK:
        return f"{name} is a link"
    if info.flag_bits & 0x1:
        return f"{name} is encrypted"
    if info.is_dir() or name.startswith(_SYSTEM_LITTER) or name.endswith(_SYSTEM_NAMES):
        return None
    extension = name.rpartition(".")[2].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if extension not in allowed:
        return f"{name} is not a kind of file a web course is made of"
    return None


def check_members(
    archive: zipfile.ZipFile,
    allowed: frozenset[str] = ALLOWED_EXTENSIONS,
    unpacked_mb: int | None = None,
) -> None:
    """Refuse a ZIP with too many files, too much to unpack, or a member that is not allowed
    (also used for H5P packages, content.h5p_packages, with their own kinds of file)."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ValidationError(f"The package holds more than {MAX_MEMBERS:,} files.")
    unpacked_mb = unpacked_mb or settings.SCORM_PACKAGE_MAX_UNPACKED_MB
    if sum(info.file_size for info in members) > unpacked_mb * 1024 * 1024:
        raise ValidationError(f"The package unpacks to more than {unpacked_mb} MB.")
    for info in members:
        problem = _member_problem(info, allowed)
        if problem:
            raise ValidationError(f"The package was not added: {problem}.")
        if not info.is_dir():
            with archive.open(info) as member:
                if member.read(4).startswith(_EXECUTABLES):
                    raise ValidationError(
                        f"The package was not added: {info.filename} is a program."
                    )


def check_scorm_zip(upload: IO[bytes], name: str, size: int) -> Manifest:
    """The package's manifest, or a ValidationError saying what is wrong with the upload."""
    if not name.lower().endswith(".zip"):
        raise ValidationError("Upload the package as a .zip file.")
    if size > settings.SCORM_PACKAGE_MAX_MB * 1024 * 1024:
        raise ValidationError(f"The package must be {settings.SCORM_PACKAGE_MAX_MB} MB or smaller.")
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            check_members(archive)
            names = set(archive.namelist())
            if MANIFEST not in names:
                raise ValidationError(
                    "This is not a SCORM package: no imsmanifest.xml at the top of the ZIP."
                )
            if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
                raise ValidationError("The package's imsmanifest.xml is too large.")
            manifest = read_manifest(archive.read(MANIFEST))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise ValidationError("The file is not a readable ZIP archive.") from None
    finally:
        upload.seek(0)
    page = posixpath.normpath(manifest.launch.partition("?")[0])
    if page not in names or page.rpartition(".")[2].lower() not in LAUNCH_EXTENSIONS:
        raise ValidationError(
            f"The manifest's launch page ({page}) is not a web page in the package."
        )
    return manifest


def apply_manifest(package: SCORMPackage, manifest: Manifest) -> SCORMPackage:
    """Our reading of the manifest wins over wagtail-lms's (it misses SCORM 2004 launch pages)."""
    package.launch_url = manifest.launch
    package.version = manifest.version
    package.manifest_data = {**(package.manifest_data or {}), "launch_url": manifest.launch}
    package.manifest_data.update(title=manifest.title, version=manifest.version)
    package.save(update_fields=["launch_url", "version", "manifest_data", "updated_at"])
    return package


@transaction.atomic
def scorm_package_create(*, upload, title: str = "", description: str = "") -> SCORMPackage:
    """Check an uploaded ZIP, then let wagtail-lms store and unpack it (for seeders and tests;
    the admin's form does the same in two steps)."""
    manifest = check_scorm_zip(upload, upload.name, upload.size)
    package = SCORMPackage(
        title=title or manifest.title or upload.name,
        description=description,
        package_file=upload,
        version=manifest.version,
    )
    package.save()
    return apply_manifest(package, manifest)
