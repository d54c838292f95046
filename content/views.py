"""Images are served through a checked view, never straight from MEDIA_ROOT.

An image follows the pages that use it (content.selectors.media_is_visible_to): one used only
on a staff lesson, or on no page at all, does not exist for a volunteer. Documents have their
own checked view (Wagtail's, with our before_serve_document hook), so nothing else under
MEDIA_URL is served at all.
"""

import mimetypes

from django.contrib.auth.decorators import login_not_required
from django.core.files import File
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

from content.selectors import media_is_visible_to

IMAGE_FOLDERS = ("original_images/", "images/")


def _image_and_file(path: str) -> tuple[AbstractImage, File] | None:
    if not path.startswith(IMAGE_FOLDERS):
        return None  # documents and anything else are not served from here
    image_model = get_image_model()
    if path.startswith("original_images/"):
        image = image_model.objects.filter(file=path).first()
        return (image, image.file) if image else None
    rendition = (
        image_model.get_rendition_model().objects.filter(file=path).select_related("image").first()
    )
    return (rendition.image, rendition.file) if rendition else None


@login_not_required  # images on public pages are for everyone; the check below decides
@require_safe
def image_file(request: HttpRequest, path: str) -> FileResponse:
    found = _image_and_file(path)
    if found is None or not media_is_visible_to(request.user, found[0]):
        raise Http404
    try:
        handle = found[1].open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response
