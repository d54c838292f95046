"""Admin pages for one person's data lifecycle, reached from the buttons on Wagtail's Users
listing: download everything held about them (a subject access request), and record that
they have left. Superusers only (people.access); anyone else gets 404.
"""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.forms import add_service_errors
from people import access
from people.models import User
from privacy import services
from privacy.forms import LeavingForm
from privacy.views import records_file_response

USERS_INDEX = "wagtailusers_users:index"


class PersonAdminMixin(WagtailAdminTemplateMixin):
    """One person's page: the person, checked with `allowed` before anything else happens."""

    header_icon = "user"

    def allowed(self, person: User) -> bool:
        raise NotImplementedError

    @cached_property
    def person(self) -> User:
        return get_object_or_404(User, pk=self.kwargs["user_id"])

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not self.allowed(self.person):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return self.person.name

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Home"},
            {"url": reverse(USERS_INDEX), "label": "Users"},
            {"url": "", "label": self.get_page_title(), "sublabel": self.person.name},
        ]


class PersonRecordsView(PersonAdminMixin, TemplateView):
    """Download everything held about a person, for their subject access request."""

    page_title = "Download records"
    template_name = "privacy/admin/person_records.html"

    def allowed(self, person: User) -> bool:
        return access.can_export_records_of(self.request.user, person)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(person=self.person, cancel_url=reverse(USERS_INDEX))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return records_file_response(request, self.person)


class PersonLeavingView(PersonAdminMixin, FormView):
    """Record that someone has left: their account closes and their access ends."""

    page_title = "Record leaving"
    template_name = "privacy/admin/person_leaving.html"
    form_class = LeavingForm

    def allowed(self, person: User) -> bool:
        return access.can_record_leaving(self.request.user, person)

    def get_initial(self) -> dict[str, Any]:
        return {"left_on": timezone.localdate()}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            person=self.person, cancel_url=reverse(USERS_INDEX), **kwargs
        )

    def form_valid(self, form: LeavingForm) -> HttpResponse:
        try:
            leaving = services.leaver_record(
                person=self.person, by=self.request.user, left_on=form.cleaned_data["left_on"]
            )
        except (ValidationError, PermissionDenied) as error:
            if isinstance(error, PermissionDenied):
                raise Http404 from None
            add_service_errors(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"{self.person.name} has left: their account is closed and their access has ended.",
        )
        for relationship in leaving.mentoring_left_open:
            messages.warning(
                self.request,
                f"“{relationship}” is still open: it has sessions after the leaving date. "
                "Its mentor moves or removes them, then ends it.",
            )
        return redirect(USERS_INDEX)
