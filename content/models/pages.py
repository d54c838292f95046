from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from people import access


class BasePage(Page):
    """Every page type's base: signed-in only unless the type says it is public."""

    is_public = False

    class Meta:
        abstract = True

    def can_be_read_by(self, user: access.AnyUser) -> bool:
        """Public pages are for anyone, the rest for anyone signed in; page types narrow it."""
        return self.is_public or user.is_authenticated

    def serve(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not self.is_public and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)


class HomePage(BasePage):
    """The site root. Public: signed-out visitors see what the service is and how to sign in."""

    is_public = True

    introduction = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Shown to everyone, signed in or not.",
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = "home page"

    def serve(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        """Experts by experience and volunteers have a home made for them (learning app)."""
        if access.is_community_member(request.user):
            return redirect("mentoring:community-home")
        return super().serve(request, *args, **kwargs)


class StandardPage(BasePage):
    """A plain public page (about the service, contact, terms): a title and rich text.

    It holds no product logic, which makes it the anchor `make bench` measures every other
    page against.
    """

    is_public = True

    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["content.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "standard page"
