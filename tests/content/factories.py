"""Builders for pages, published the way an editor publishes them (a revision)."""

import itertools
import json
import uuid

from django.utils.text import slugify
from wagtail.models import Page, Site

from content.enums import ResourceKind
from content.models import AUDIENCE_FIELDS, EasyReadVersion, ResourceIndexPage, ResourcePage
from people.enums import Audience

_numbers = itertools.count(1)


def publish_under(parent: Page, page: Page) -> Page:
    """Add `page` below `parent` and publish a revision, as the admin's Publish button does."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def stream_block(block_type: str, value: object) -> dict:
    """One StreamField block as the admin saves it, with ids.

    A question's options become list items with their own ids, because learners' answers
    name the options they chose by id.
    """
    if block_type == "question":
        value = {
            **value,
            "options": [
                {"type": "item", "id": str(uuid.uuid4()), "value": option}
                for option in value["options"]
            ],
        }
    return {"type": block_type, "id": str(uuid.uuid4()), "value": value}


def stream_body(blocks: list[tuple[str, object]]) -> str:
    """A StreamField body from (block type, value) pairs."""
    return json.dumps([stream_block(block_type, value) for block_type, value in blocks])


def resource_library() -> ResourceIndexPage:
    library = ResourceIndexPage.objects.first()
    if library is None:
        home = Site.objects.get(is_default_site=True).root_page
        library = publish_under(home, ResourceIndexPage(title="Resources", slug="resources"))
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
    publish_under(resource_library(), page)
    if not live:
        page.unpublish()
    return page
