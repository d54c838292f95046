"""Certificates as Open Badges 3.0 credentials: who reaches them, what they say, the proof."""

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.urls import reverse

from interop.models import Credential
from interop.signing import ED25519_MULTICODEC, base58btc_decode, jwt_decode, proof_is_valid

pytestmark = pytest.mark.django_db


def credential_url(completion):
    return reverse("interop:certificate-credential", args=[completion.pk])


def open_credential(client, completion, user):
    client.force_login(user)
    response = client.get(credential_url(completion))
    client.logout()
    return response


def issuer_key(client) -> Ed25519PublicKey:
    """The public key as anyone would find it: from the issuer profile, multibase-decoded."""
    profile = client.get(reverse("interop:issuer")).json()
    method = profile["verificationMethod"][0]
    assert method["type"] == "Multikey" and profile["assertionMethod"] == [method["id"]]
    raw = base58btc_decode(method["publicKeyMultibase"][1:])
    assert raw[:2] == ED25519_MULTICODEC
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def test_certificate_page_links_to_its_credential(client, practitioner, completion):
    client.force_login(practitioner)
    body = client.get(reverse("learning:certificate", args=[completion.pk])).content.decode()
    assert credential_url(completion) in body


def test_learner_gets_one_credential_and_a_public_page(client, practitioner, completion):
    first = open_credential(client, completion, practitioner)
    second = open_credential(client, completion, practitioner)
    assert first.status_code == 302 and first.url == second.url
    assert Credential.objects.filter(completion=completion).count() == 1

    page = client.get(first.url)  # signed out: the page is public
    body = page.content.decode()
    assert page.status_code == 200
    assert practitioner.name in body and "Strengths and worries" in body
    assert "This certificate is valid" in body
    assert practitioner.email not in body and practitioner.username not in body


def test_team_leader_may_open_it_another_practitioner_may_not(
    client, completion, team_leader, other_practitioner
):
    assert open_credential(client, completion, other_practitioner).status_code == 404
    assert client.get(credential_url(completion)).status_code == 302  # signed out → sign in
    assert not Credential.objects.exists()
    assert open_credential(client, completion, team_leader).status_code == 302
    assert Credential.objects.filter(completion=completion).exists()


def test_public_id_is_random_and_unknown_ids_are_404(client, practitioner, completion):
    url = open_credential(client, completion, practitioner).url
    credential = Credential.objects.get()
    assert url == reverse("interop:verify", args=[credential.public_id])
    assert credential.public_id.version == 4  # random, not counted
    unknown = reverse("interop:verify", args=["8844ba0b-afab-4d1d-a993-b8d38df548d5"])
    assert client.get(unknown).status_code == 404


def test_json_credential_is_an_open_badge_signed_with_the_issuer_key(
    client, practitioner, completion
):
    open_credential(client, completion, practitioner)
    credential = Credential.objects.get()
    response = client.get(reverse("interop:json", args=[credential.public_id]))
    assert response["Content-Disposition"].startswith("attachment;")
    document = json.loads(response.content)

    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    subject = document["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == practitioner.name
    assert subject["achievement"]["name"] == "Strengths and worries"
    assert subject["achievement"]["creditsAvailable"] == "1.5"
    assert document["issuer"]["id"].endswith(reverse("interop:issuer"))
    assert document["proof"]["cryptosuite"] == "eddsa-jcs-2022"

    key = issuer_key(client)
    assert proof_is_valid(document, key)
    tampered = {**document, "name": "A module they never did"}
    assert not proof_is_valid(tampered, key)
    other_name = json.loads(json.dumps(document))
    other_name["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    assert not proof_is_valid(other_name, key)


def test_the_same_certificate_always_gives_the_same_credential(client, practitioner, completion):
    open_credential(client, completion, practitioner)
    url = reverse("interop:json", args=[Credential.objects.get().public_id])
    assert client.get(url).content == client.get(url).content


def test_vc_jwt_carries_the_credential(client, practitioner, completion):
    open_credential(client, completion, practitioner)
    credential = Credential.objects.get()
    token = client.get(reverse("interop:jwt", args=[credential.public_id])).content.decode()
    payload = jwt_decode(token)
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["jti"] == payload["id"] and payload["iss"] == payload["issuer"]["id"]
    head, body, signature = token.split(".")
    assert jwt_decode(f"{head}.{body}.{signature[:-4]}AAAA") is None


def test_removed_records_make_the_certificate_invalid(client, practitioner, completion):
    open_credential(client, completion, practitioner)
    credential = Credential.objects.get()
    practitioner.anonymised_on = practitioner.date_joined.date()
    practitioner.save()
    body = client.get(reverse("interop:verify", args=[credential.public_id])).content.decode()
    assert "no longer valid" in body and practitioner.name not in body
    assert client.get(reverse("interop:json", args=[credential.public_id])).status_code == 404


def test_achievement_is_public_only_for_modules_someone_completed(client, module, completion):
    assert (
        client.get(reverse("interop:achievement", args=[module.pk])).json()["name"] == module.title
    )
    assert client.get(reverse("interop:achievement", args=[module.pk + 999])).status_code == 404
