"""The public face of certificates (by their random id) and the learner's way to it."""

import json

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from content.models import ModulePage
from interop.credentials import (
    CONTEXTS,
    CRITERIA,
    credential_for,
    credential_jwt,
    issuer_profile,
    signed_credential,
    verify,
)
from interop.models import Credential
from learning.models import ModuleCompletion
from people import access

JSON_LD = "application/ld+json"


def _held_credential(public_id: str) -> Credential:
    credential = get_object_or_404(
        Credential.objects.select_related("completion__learner"), public_id=public_id
    )
    if credential.completion.learner.anonymised_on:
        raise Http404("This certificate is no longer held.")
    return credential


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@login_not_required
def verify_page(request: HttpRequest, public_id: str) -> HttpResponse:
    credential = get_object_or_404(
        Credential.objects.select_related("completion__learner"), public_id=public_id
    )
    return render(
        request,
        "interop/verify.html",
        {"credential": credential, "verification": verify(credential)},
    )


@require_GET
@login_not_required
def credential_json(request: HttpRequest, public_id: str) -> HttpResponse:
    credential = _held_credential(public_id)
    body = json.dumps(signed_credential(credential), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type=f"{JSON_LD}; charset=utf-8")
    return _attachment(response, f"certificate-{public_id}.json")


@require_GET
@login_not_required
def credential_jwt_view(request: HttpRequest, public_id: str) -> HttpResponse:
    credential = _held_credential(public_id)
    response = HttpResponse(credential_jwt(credential), content_type="application/vc+jwt")
    return _attachment(response, f"certificate-{public_id}.jwt")


@require_GET
@login_not_required
def issuer(request: HttpRequest) -> HttpResponse:
    return JsonResponse(issuer_profile(), content_type=JSON_LD)


@require_GET
@login_not_required
def achievement(request: HttpRequest, module_id: int) -> HttpResponse:
    """What a module's credential certifies: its title and criteria, no one's records."""
    if not ModuleCompletion.objects.filter(module_id=module_id).exists():
        raise Http404
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    body = {
        "@context": CONTEXTS,
        "id": request.build_absolute_uri(),
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": module.title,
        "criteria": {"narrative": CRITERIA},
    }
    return JsonResponse(body, content_type=JSON_LD)


def certificate_credential(request: HttpRequest, completion_id: int) -> HttpResponse:
    """From a certificate to its public verification page, making the credential if needed."""
    completion = get_object_or_404(
        ModuleCompletion.objects.select_related("learner"), pk=completion_id
    )
    learner = completion.learner
    if learner.pk != request.user.pk and not access.can_view_records(request.user, learner):
        raise Http404
    return redirect("interop:verify", public_id=credential_for(completion).public_id)
