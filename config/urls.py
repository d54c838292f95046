from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.health import health
from reporting.api import urls as api_urls

urlpatterns = [
    path("health/", health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api_urls.urls),
    path("", include("content.urls")),
    path("", include("people.urls")),
    path("", include("assessments.urls")),
    path("", include("observations.urls")),
    path("", include("meetings.urls")),
    path("", include("mentoring.urls")),
    path("", include("learning.urls")),
    path("", include("interop.urls")),
    path("", include("reporting.urls")),
    path("", include("privacy.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    # Static files only: uploads are never served straight from MEDIA_ROOT, even in the
    # demo (images go through content.views.image_file, documents through Wagtail's view).
    urlpatterns += staticfiles_urlpatterns()

urlpatterns += [
    # Pages decide for themselves who may see them (content.models.BasePage.serve), so the
    # page server itself is reachable signed out; everything else needs sign-in.
    *[entry for entry in wagtail_urls.urlpatterns if entry.name != "wagtail_serve"],
    re_path(r"^((?:[\w\-]+/)*)$", login_not_required(wagtail_views.serve), name="wagtail_serve"),
]
