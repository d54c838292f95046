from collections.abc import Iterator

from django.urls import URLPattern, include, path, reverse
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from people import access
from people.models import User
from privacy import admin_views

ADMIN_NAMESPACE = "privacy_admin"


@hooks.register("register_admin_urls")
def register_privacy_admin_urls() -> list[URLPattern]:
    urls = [
        path(
            "people/<int:user_id>/records/",
            admin_views.PersonRecordsView.as_view(),
            name="person-records",
        ),
        path(
            "people/<int:user_id>/leaving/",
            admin_views.PersonLeavingView.as_view(),
            name="person-leaving",
        ),
    ]
    return [path("privacy/", include((urls, ADMIN_NAMESPACE)))]


@hooks.register("register_user_listing_buttons")
def privacy_user_buttons(user: User, request_user: User) -> Iterator[ListingButton]:
    """On Wagtail's Users listing: a person's records, and recording that they have left."""
    if access.can_export_records_of(request_user, user):
        yield ListingButton(
            "Download records",
            reverse(f"{ADMIN_NAMESPACE}:person-records", args=[user.pk]),
            icon_name="download",
            priority=60,
        )
    if user.is_active and access.can_record_leaving(request_user, user):
        yield ListingButton(
            "Record leaving",
            reverse(f"{ADMIN_NAMESPACE}:person-leaving", args=[user.pk]),
            icon_name="user",
            priority=61,
        )
