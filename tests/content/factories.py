"""Builders for resource pages, published the way an editor publishes them (a revision)."""

import itertools
import json

from django.utils.text import slugify
from wagtail.models import Site

from content.enums import ResourceKind
from content.models import AUDIENCE_FIELDS, EasyReadVersion, ResourceIndexPage, ResourcePage
from people.enums import Audience

_numbers = itertools.count(1)


def resource_library() -> ResourceIndexPage:
    library = ResourceIndexPage.objects.first()
    if library is None:
        home = Site.objects.get(is_default_site=True).root_page
        library = ResourceIndexPage(title="Resources", slug="resources")
        home.add_child(instance=library)
        library.save_revision().publish()
    return library


def text_block(html: str) -> dict:
    return {"type": "text", "value": html}


def resource(
    *,
    audiences: tuple[str, ...] = (Audience.PRACTITIONERS,),
    title: str = "",
    body: list[dict] | None = None,
    body_text: str = "",
    kind: str = ResourceKind.GUIDE,
    tags: tuple[str, ...] = (),
    live: bool = True,
    easy_read: str = "",
    **fields: object,
) -> ResourcePage:
    number = next(_numbers)
    title = title or f"Resource {number}"
    page = ResourcePage(
        title=title,
        slug=f"{slugify(title)}-{number}",
        summary=fields.pop("summary", f"About {title}."),
        kind=kind,
        body=json.dumps(body or [text_block(f"<p>{body_text or title}</p>")]),
        **{AUDIENCE_FIELDS[audience]: True for audience in audiences},
        **fields,
    )
    if tags:
        page.tags.add(*tags)
    if easy_read:
        page.easy_read_versions.add(
            EasyReadVersion(
                summary="In short words.", body=json.dumps([text_block(f"<p>{easy_read}</p>")])
            )
        )
    resource_library().add_child(instance=page)
    page.save_revision().publish()
    if not live:
        page.unpublish()
    return page
