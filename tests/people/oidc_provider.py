"""A small OpenID provider for the single sign-on tests, served over HTTP on loopback.

It answers discovery, JWKS, authorize (approving at once whoever `person` says, and sending
the browser back with a code and the state), token (checking the client secret, the
redirect URI and the PKCE verifier) and userinfo, signing ID tokens with an RSA key made
here. Tests change `person`, `nonce_override` and `token_changes` to play a provider that
vouches for someone, or one that misbehaves.

To try single sign-on by hand with the demo, run it on its own; it prints the environment
for `manage.py runserver` and approves whoever it is told:

    .venv/bin/python -m tests.people.oidc_provider teamleader@practice-circle.example
"""

import argparse
import base64
import hashlib
import json
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

CLIENT_ID = "practice-circle"
CLIENT_SECRET = "provider-test-secret"
KEY_ID = "test-key-1"


class Provider:
    def __init__(self, port: int = 0) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.reset()

    def reset(self) -> None:
        self.person: dict = {}
        self.nonce_override: str | None = None
        self.token_changes: dict = {}
        self.userinfo_changes: dict = {}
        self.codes: dict[str, dict] = {}
        self.token_requests = 0

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def start(self) -> "Provider":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def discovery(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
        }

    def jwks(self) -> dict:
        key = RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        return {"keys": [{**key, "kid": KEY_ID, "alg": "RS256", "use": "sig"}]}

    def authorize(self, query: dict[str, str]) -> str:
        """Approve `person` at once; the URL the browser is sent back to."""
        assert query["client_id"] == CLIENT_ID
        assert query["response_type"] == "code"
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "person": dict(self.person),
            "nonce": query.get("nonce"),
            "redirect_uri": query["redirect_uri"],
            "challenge": query.get("code_challenge"),
        }
        back = {"code": code, "state": query["state"]}
        return f"{query['redirect_uri']}?{urlencode(back)}"

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        self.token_requests += 1
        grant = self.codes.pop(form.get("code", ""), None)
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return 401, {"error": "invalid_client"}
        if grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant"}
        verifier = form.get("code_verifier", "")
        digest = hashlib.sha256(verifier.encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant["challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE check failed"}
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": self.nonce_override or grant["nonce"],
            **grant["person"],
            **self.token_changes,
        }
        id_token = jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": KEY_ID})
        access_token = secrets.token_urlsafe(16)
        self.codes[f"access:{access_token}"] = grant["person"]
        return 200, {"access_token": access_token, "id_token": id_token, "token_type": "Bearer"}

    def userinfo(self, authorization: str) -> tuple[int, dict]:
        person = self.codes.get(f"access:{authorization.removeprefix('Bearer ')}")
        if person is None:
            return 401, {"error": "invalid_token"}
        answer = {key: person[key] for key in ("sub", "email", "name") if key in person}
        return 200, {**answer, **self.userinfo_changes}


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _json(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._json(200, provider.discovery())
            elif url.path == "/jwks":
                self._json(200, provider.jwks())
            elif url.path == "/userinfo":
                self._json(*provider.userinfo(self.headers.get("Authorization", "")))
            elif url.path == "/authorize":
                self.send_response(302)
                self.send_header("Location", provider.authorize(query))
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if urlsplit(self.path).path == "/token":
                self._json(*provider.token(form))
            else:
                self._json(404, {"error": "not_found"})

    return Handler


DEMO_RULE = {
    "match_users_by": "email",
    "create_users": True,
    "grants": [
        {
            "claim": "groups",
            "value": "north-fgc",
            "team": "north-family-group-conference-team",
            "role": "practitioner",
        }
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description="A local OpenID provider for trying the demo.")
    parser.add_argument("email", help="who the provider signs in, e.g. a demo account's email")
    parser.add_argument("--port", type=int, default=8117)
    parser.add_argument("--groups", default="north-fgc", help="comma-separated group claims")
    args = parser.parse_args()
    provider = Provider(port=args.port)
    provider.reset()
    provider.person = {
        "sub": f"demo-{args.email}",
        "email": args.email,
        "email_verified": True,
        "name": args.email.split("@")[0].title(),
        "groups": [g for g in args.groups.split(",") if g],
    }
    environment = {
        "OIDC_RP_CLIENT_ID": CLIENT_ID,
        "OIDC_RP_CLIENT_SECRET": CLIENT_SECRET,
        "OIDC_OP_DISCOVERY_URL": provider.discovery_url,
        "SSO_CLAIMS_RULE": json.dumps(DEMO_RULE),
    }
    sys.stdout.write("Run the demo server with:\n")
    sys.stdout.write(" ".join(f"{k}='{v}'" for k, v in environment.items()))
    sys.stdout.write(" DEBUG=1 .venv/bin/python manage.py runserver 8107\n")
    sys.stdout.flush()
    provider.server.serve_forever()


if __name__ == "__main__":
    main()
