"""The site's Ed25519 key, and the two proofs Open Badges 3.0 credentials carry.

- An embedded Data Integrity proof, cryptosuite `eddsa-jcs-2022` (W3C vc-di-eddsa): the
  credential's JSON canonicalised by JCS (RFC 8785), hashed and signed. Anyone with the
  issuer's public key can check it without a JSON-LD processor.
- A VC-JWT (Open Badges 3.0 §8.2): the credential as the payload of a compact JWS, EdDSA.

The key comes from `CREDENTIAL_SIGNING_KEY` (a base64 32-byte seed; `manage.py
credential_key` makes one). Without it the key is derived from SECRET_KEY, so a demo works
out of the box; a council sets its own, so that rotating SECRET_KEY never invalidates
certificates already given out.
"""

import base64
import hashlib
import json
from functools import cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# Multicodec prefix of an Ed25519 public key in a Multikey (0xed, varint-encoded).
ED25519_MULTICODEC = b"\xed\x01"


def base58btc(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + encoded


def base58btc_decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + BASE58_ALPHABET.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    leading_ones = len(text) - len(text.lstrip("1"))
    return b"\0" * leading_ones + body


def canonical_json(value: object) -> bytes:
    """JCS (RFC 8785) for the JSON we make: keys sorted, no spaces, UTF-8, no floats."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def generate_seed() -> str:
    """A new key for CREDENTIAL_SIGNING_KEY: 32 random bytes, base64."""
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode()


@cache
def _private_key(configured: str, secret_key: str) -> Ed25519PrivateKey:
    if configured:
        try:
            seed = base64.b64decode(configured, validate=True)
        except ValueError as error:
            raise ImproperlyConfigured("CREDENTIAL_SIGNING_KEY is not base64.") from error
        if len(seed) != 32:
            raise ImproperlyConfigured("CREDENTIAL_SIGNING_KEY must be 32 bytes, base64.")
    else:
        seed = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"practice-circle credentials"
        ).derive(secret_key.encode())
    return Ed25519PrivateKey.from_private_bytes(seed)


def private_key() -> Ed25519PrivateKey:
    return _private_key(settings.CREDENTIAL_SIGNING_KEY, settings.SECRET_KEY)


def public_key() -> Ed25519PublicKey:
    return private_key().public_key()


def public_key_multibase() -> str:
    raw = public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "z" + base58btc(ED25519_MULTICODEC + raw)


def public_jwk(kid: str) -> dict[str, str]:
    raw = public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": _b64url(raw), "kid": kid, "use": "sig"}


def _jcs_hash_data(document: dict, proof_config: dict) -> bytes:
    return (
        hashlib.sha256(canonical_json(proof_config)).digest()
        + hashlib.sha256(canonical_json(document)).digest()
    )


def add_proof(document: dict, *, verification_method: str, created: str) -> dict:
    """The document with an `eddsa-jcs-2022` DataIntegrityProof. Deterministic (Ed25519)."""
    proof_config = {
        "@context": document["@context"],
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    signature = private_key().sign(_jcs_hash_data(document, proof_config))
    proof = {key: value for key, value in proof_config.items() if key != "@context"}
    return {**document, "proof": {**proof, "proofValue": "z" + base58btc(signature)}}


def proof_is_valid(secured: dict, key: Ed25519PublicKey | None = None) -> bool:
    """Check an `eddsa-jcs-2022` proof against our public key (or the one given)."""
    proof = secured.get("proof")
    if not isinstance(proof, dict) or proof.get("cryptosuite") != "eddsa-jcs-2022":
        return False
    document = {k: v for k, v in secured.items() if k != "proof"}
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = document.get("@context")
    value = str(proof.get("proofValue", ""))
    try:
        signature = base58btc_decode(value[1:]) if value.startswith("z") else b""
        (key or public_key()).verify(signature, _jcs_hash_data(document, config))
    except (InvalidSignature, ValueError):
        return False
    return True


def jwt_encode(payload: dict, *, kid: str) -> str:
    header = {"alg": "EdDSA", "typ": "JWT", "kid": kid}
    signing_input = f"{_b64url(canonical_json(header))}.{_b64url(canonical_json(payload))}"
    signature = private_key().sign(signing_input.encode())
    return f"{signing_input}.{_b64url(signature)}"


def jwt_decode(token: str) -> dict | None:
    """The payload of a compact JWS we signed, or None when the signature does not hold."""
    try:
        header, payload, signature = token.split(".")
        public_key().verify(_b64url_decode(signature), f"{header}.{payload}".encode())
        return json.loads(_b64url_decode(payload))
    except (ValueError, InvalidSignature):
        return None
