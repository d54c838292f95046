"""Each certificate as an Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials 2.0).

The credential is built from the certificate each time it is asked for and signed with the
site's key (interop.signing). Ed25519 signatures are deterministic, so the same certificate
always gives byte-for-byte the same credential. It names the person, the module, the date
and the CPD hours: nothing from their records.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from interop.models import Credential
from interop.signing import add_proof, jwt_encode, public_key_multibase
from learning.models import ModuleCompletion

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CRITERIA = "Completed every lesson of the module and passed its knowledge check."


def _url(name: str, **kwargs: object) -> str:
    return settings.SITE_URL + reverse(name, kwargs=kwargs or None)


def issuer_id() -> str:
    return _url("interop:issuer")


def key_id() -> str:
    return f"{issuer_id()}#key-1"


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _number(value: object) -> int | str:
    """CPD hours as JSON: a whole number stays a number, a fraction becomes a decimal string
    (JCS and Python disagree on how some floats are written)."""
    number = float(value)
    return int(number) if number.is_integer() else f"{number:.1f}"


def credential_for(completion: ModuleCompletion) -> Credential:
    """The certificate's credential, made the first time it is asked for."""
    with transaction.atomic():
        credential, _ = Credential.objects.get_or_create(completion=completion)
    return credential


def unsigned_credential(credential: Credential) -> dict:
    completion = credential.completion
    achievement = {
        "id": _url("interop:achievement", module_id=completion.module_id),
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": completion.module_title,
        "description": f"The Practice Circle module “{completion.module_title}”.",
        "criteria": {"narrative": CRITERIA},
        "creditsAvailable": _number(completion.cpd_hours),
    }
    return {
        "@context": CONTEXTS,
        "id": _url("interop:verify", public_id=credential.public_id),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": settings.CREDENTIAL_ISSUER},
        "validFrom": _timestamp(completion.completed_at),
        "name": completion.module_title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": completion.learner.name,
                }
            ],
            "achievement": achievement,
        },
    }


def signed_credential(credential: Credential) -> dict:
    document = unsigned_credential(credential)
    return add_proof(document, verification_method=key_id(), created=document["validFrom"])


def credential_jwt(credential: Credential) -> str:
    """The VC-JWT form (Open Badges 3.0 §8.2): the credential is the JWT's payload."""
    document = unsigned_credential(credential)
    claims = {
        "iss": document["issuer"]["id"],
        "jti": document["id"],
        "nbf": int(credential.completion.completed_at.timestamp()),
    }
    return jwt_encode({**document, **claims}, kid=key_id())


def issuer_profile() -> dict:
    return {
        "@context": [*CONTEXTS, "https://w3id.org/security/multikey/v1"],
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.CREDENTIAL_ISSUER,
        "url": settings.SITE_URL + "/",
        "verificationMethod": [
            {
                "id": key_id(),
                "type": "Multikey",
                "controller": issuer_id(),
                "publicKeyMultibase": public_key_multibase(),
            }
        ],
        "assertionMethod": [key_id()],
    }


@dataclass(frozen=True)
class Verification:
    """What the public verification page may show, and nothing more."""

    name: str
    module: str
    completed_at: datetime
    valid: bool
    reason: str


def verify(credential: Credential) -> Verification:
    """Valid while the certificate is held; once the person's records are removed under the
    retention schedule the credential still checks out cryptographically, but this page,
    the issuer's word on it, says it is no longer held."""
    completion = credential.completion
    if completion.learner.anonymised_on:
        reason = "This certificate's records have since been removed by the issuer."
        return Verification("", completion.module_title, completion.completed_at, False, reason)
    reason = "Issued by this site and still held on its records."
    return Verification(
        completion.learner.name, completion.module_title, completion.completed_at, True, reason
    )
