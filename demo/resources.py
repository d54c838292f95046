"""Demo resource library for `seed_demo` (demo/data/resources/): idempotent, found by slug.

The text is the service's own, written from ../shared/DOMAIN.md and the job descriptions in
../shared/seeds: plain UK English, no family names or identifying details.
"""

import json
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from content.models import AUDIENCE_FIELDS, EasyReadVersion, ResourceIndexPage, ResourcePage
from demo import loaders

REVIEWED_DAYS_AGO = 60
OVERDUE_REVIEWED_DAYS_AGO = 400
REVIEW_PERIOD = timedelta(days=365)


def _stream(items: list[dict]) -> str:
    return json.dumps(
        [
            {"type": block_type, "value": value}
            for block_type, value in map(loaders.stream_value, items)
        ]
    )


def _library() -> ResourceIndexPage:
    library = ResourceIndexPage.objects.first()
    if library is not None:
        return library
    data = loaders.resource_library()
    home = Site.objects.get(is_default_site=True).root_page.specific
    library = ResourceIndexPage(
        title=data["title"], slug="resources", introduction=data["introduction"]
    )
    home.add_child(instance=library)
    library.save_revision().publish()
    return library


def _create(library: ResourceIndexPage, spec: dict) -> ResourcePage:
    days_ago = OVERDUE_REVIEWED_DAYS_AGO if spec["review_overdue"] else REVIEWED_DAYS_AGO
    last_reviewed = timezone.localdate() - timedelta(days=days_ago)
    page = ResourcePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        kind=spec["kind"],
        body=_stream(spec["body"]),
        reading_minutes=spec["reading_minutes"],
        last_reviewed=last_reviewed,
        review_by=last_reviewed + REVIEW_PERIOD,
        **{field: audience in spec["audiences"] for audience, field in AUDIENCE_FIELDS.items()},
    )
    page.tags.add(*spec["tags"])
    if spec["easy_read"]:
        easy_read = spec["easy_read"]
        page.easy_read_versions.add(
            EasyReadVersion(summary=easy_read["summary"], body=_stream(easy_read["body"]))
        )
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def seed_resources() -> list[ResourcePage]:
    """The resource library and its demo resources; existing ones are left as they are."""
    library = _library()
    specs = loaders.resources()
    existing = {
        page.slug: page
        for page in ResourcePage.objects.child_of(library).filter(
            slug__in=[spec["slug"] for spec in specs]
        )
    }
    return [existing.get(spec["slug"]) or _create(library, spec) for spec in specs]
