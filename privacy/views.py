"""A person's own privacy pages: download everything held about them."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from people import access
from people.models import User
from privacy import services


def records_file_response(request: HttpRequest, subject: User) -> FileResponse:
    """The download, for the person or (from the admin) for a superuser; 404 for anyone else."""
    try:
        handle, filename = services.records_download(
            subject=subject, by=request.user, path=request.path
        )
    except PermissionDenied:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=filename)
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def records_download(request: HttpRequest) -> HttpResponse:
    """What the download holds, and a button that makes it (POST: it is built on request)."""
    if not access.can_export_records_of(request.user, request.user):
        raise Http404
    if request.method == "POST":
        return records_file_response(request, request.user)
    return render(request, "privacy/records_download.html")
