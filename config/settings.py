"""Practice Circle settings, read from environment variables.

Production-safe by default: DEBUG is off unless set, and with DEBUG off a SECRET_KEY must
be given. `make run` sets DEBUG=1 for the local demo on SQLite.
"""

import json
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SQLITE_ENGINE = "django.db.backends.sqlite3"
POSTGRES_ENGINE = "django.db.backends.postgresql"
# The embedded default (DESIGN.md, runtime): write-ahead logging so readers do not wait for
# a writer, a busy timeout (seconds) so a second writer waits instead of failing with
# "database is locked", and transactions that take the write lock when they begin (Django
# 5.1+), so two writers never both read and then fail to upgrade their lock. Options given
# in the URL's query string win over these.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL;",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}


def _postgres_planner_options(options: dict) -> dict:
    """PostgreSQL's default random_page_cost (4) prices every index probe as a spinning-disk
    seek, so with council-sized tables it picks whole-table scans that take ten times longer
    (the team matrix's pending-evidence count: 73 ms scanning, 7 ms through the index).
    1.1 is the usual value for SSD and cached data. DATABASE_RANDOM_PAGE_COST changes it, empty
    leaves the server's own; an `options` given in DATABASE_URL wins (docs/deploy.md)."""
    cost = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1").strip()
    if not cost or "options" in options:
        return options
    try:
        float(cost)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"DATABASE_RANDOM_PAGE_COST must be a number, not {cost!r}."
        ) from error
    return {**options, "options": f"-c random_page_cost={cost}"}


def database_from_url(url: str) -> dict:
    """Turn a DATABASE_URL into Django settings, with dj-database-url doing the parsing.

    Query options pass through to OPTIONS (postgres://...?sslmode=require). On top of that
    the project's own rules: sqlite:///db.sqlite3 is relative to the project, not to the
    working directory (sqlite:////srv/db.sqlite3 is absolute); PostgreSQL connections
    persist for DATABASE_CONN_MAX_AGE seconds and are health-checked before reuse, and plan
    their queries for data held in memory or on SSD (DATABASE_RANDOM_PAGE_COST); only the two
    backends the suite runs on are accepted.
    """
    try:
        config = dict(dj_database_url.parse(url))
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is not usable: {error}") from error
    if config["ENGINE"] == SQLITE_ENGINE:
        name = config["NAME"]
        if name != ":memory:" and not Path(name).is_absolute():
            config["NAME"] = BASE_DIR / name
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    elif config["ENGINE"] == POSTGRES_ENGINE:
        config["PORT"] = str(config["PORT"])
        config["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
        config["CONN_HEALTH_CHECKS"] = True
        config["OPTIONS"] = _postgres_planner_options(config.get("OPTIONS", {}))
    else:
        raise ImproperlyConfigured(
            f"DATABASE_URL names {config['ENGINE']}; use sqlite:// or postgres://."
        )
    return config


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "people",
    "assessments",
    "content",
    "mentoring",
    "observations",
    "meetings",
    "learning",
    "interop",
    "reporting",
    "privacy",
    "demo",
    # SCORM packages (content.packages): the package and runtime-data models and their admin;
    # its own course and lesson page types and URLs are not used (content/apps.py).
    "wagtail_lms",
    # Sign-in throttling: failed attempts by username and address (people/throttling.py).
    "axes",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.RelaxedContentSecurityPolicy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Deny by default: every view needs sign-in unless marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Signed in without admin access: /admin/ is a 404, not a loop through sign-in.
    "people.middleware.AdminOnlyForAdminUsers",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in with our page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "people.context_processors.roles",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(os.environ.get("DATABASE_URL", "sqlite:///db.sqlite3")),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Content-Security-Policy (django-csp): scripts, styles and everything else from this site
# only, no inline script anywhere in the product. Video lessons embed YouTube and Vimeo. The
# Wagtail admin and the API's documentation page need inline script and style, and only
# they get it (core.middleware.RelaxedContentSecurityPolicy).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
CSP_RELAXED_PATH_PREFIXES = ["/admin/", "/api/v1/docs"]
# The files of a SCORM package an editor uploaded (learning.package_views.package_file, after
# the lesson's access check): authoring tools write inline script and style, so this path alone
# gets them, inside a sandbox that keeps the package from navigating or framing the site.
CSP_PACKAGE_PATH_PREFIXES = ["/learning/packages/"]
# SCORM package uploads (content.packages): the ZIP's size, and what it may unpack to.
SCORM_PACKAGE_MAX_MB = int(os.environ.get("SCORM_PACKAGE_MAX_MB", "200"))
SCORM_PACKAGE_MAX_UNPACKED_MB = int(os.environ.get("SCORM_PACKAGE_MAX_UNPACKED_MB", "500"))
# H5P package uploads (content.h5p_packages): the same limits, for the .h5p file.
H5P_PACKAGE_MAX_MB = int(os.environ.get("H5P_PACKAGE_MAX_MB", "200"))
H5P_PACKAGE_MAX_UNPACKED_MB = int(os.environ.get("H5P_PACKAGE_MAX_UNPACKED_MB", "500"))
# wagtail-lms: our upload checks on its package admin; no Django admin (not routed anyway).
WAGTAIL_LMS_SCORM_PACKAGE_VIEWSET_CLASS = "content.packages_admin.ScormPackageViewSet"
WAGTAIL_LMS_H5P_ACTIVITY_VIEWSET_CLASS = "content.h5p_admin.CheckedH5PActivityViewSet"
WAGTAIL_LMS_H5P_SNIPPET_VIEWSET_CLASS = "content.h5p_admin.CheckedH5PActivitySnippetViewSet"
WAGTAIL_LMS_REGISTER_DJANGO_ADMIN = False
# No Gravatar in the admin: it would send a hash of each editor's email address to a third
# party (and the policy above would block it anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Single sign-on; it answers only the callback from the identity provider, and only when
    # configured (below).
    "people.sso.backend.SingleSignOnBackend",
]
# Sign-in throttling (django-axes): lock a username from one address after this many
# failures, for this long; an administrator can unlock sooner (Wagtail admin, Settings).
AXES_FAILURE_LIMIT = int(os.environ.get("SIGN_IN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGN_IN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "people.throttling.locked_out"
AXES_VERBOSE = False
# Password reset requests: at most this many per address and email in PASSWORD_RESET_WINDOW.
PASSWORD_RESET_LIMIT = int(os.environ.get("PASSWORD_RESET_LIMIT", "5"))
PASSWORD_RESET_WINDOW = timedelta(
    minutes=int(os.environ.get("PASSWORD_RESET_WINDOW_MINUTES", "60"))
)
# SSO sign-ins are not password guesses, so they do not count as failures (a council's
# refused sign-ins would otherwise lock its office address); a lock on the person they find
# still refuses them (people/sso/services.py).
AXES_WHITELIST_CALLABLE = "people.sso.backend.is_sso_attempt"
LOGIN_URL = "people:sign-in"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "people:sign-in"
WAGTAILADMIN_LOGIN_URL = "people:sign-in"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static-collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Evidence files and other personal uploads: outside MEDIA_ROOT, never served by URL,
# only streamed by views that check access.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))


def s3_storage(backend: str, bucket: str) -> dict:
    """Object storage for uploads (django-storages), shared by every web server.

    Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the server's role, as
    boto3 finds them. Files never overwrite one another (Wagtail and the evidence form rely
    on a fresh name per upload), and no object is made public: the checked views serve them.
    """
    options = {
        "bucket_name": bucket,
        "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("S3_REGION") or None,
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
    }
    if os.environ.get("S3_ADDRESSING_STYLE"):
        options["addressing_style"] = os.environ["S3_ADDRESSING_STYLE"]
    return {"BACKEND": backend, "OPTIONS": options}


# Local folders unless a bucket is named: MEDIA_BUCKET for Wagtail images and documents,
# PRIVATE_MEDIA_BUCKET for evidence files (people/storage.py).
STORAGES = {
    "default": (
        s3_storage("people.storage.MediaS3Storage", os.environ["MEDIA_BUCKET"])
        if os.environ.get("MEDIA_BUCKET")
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "private": (
        s3_storage("people.storage.PrivateS3Storage", os.environ["PRIVATE_MEDIA_BUCKET"])
        if os.environ.get("PRIVATE_MEDIA_BUCKET")
        else {
            "BACKEND": "people.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
        }
    ),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email: the console in development, SMTP in production.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# For EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend (a trial without SMTP).
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Practice Circle <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Absolute links in emails ("open it here") are built from this.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Background tasks (notifications). In production they wait in the database for the worker
# (`manage.py db_worker`), so a slow mail server never slows a request; `make run` (DEBUG on)
# runs them at once. TASKS_BACKEND overrides either.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        )
    }
}
# /health/ reports unhealthy when a ready task has waited longer than this (seconds): the
# worker has stopped or cannot keep up.
HEALTH_TASK_QUEUE_MAX_AGE = int(os.environ.get("HEALTH_TASK_QUEUE_MAX_AGE", "300"))

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Security: production-safe unless DEBUG is on.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # The load balancer probes each server over plain http.
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Off only for a plain-http test server on loopback (the browser tests).
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


def env_json(name: str) -> dict:
    """A JSON object from the environment, or from the file named by NAME_FILE."""
    text = os.environ.get(name, "")
    if not text and os.environ.get(f"{name}_FILE"):
        text = Path(os.environ[f"{name}_FILE"]).read_text()
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} is not valid JSON: {error}") from error
    if not isinstance(value, dict):
        raise ImproperlyConfigured(f"{name} must be a JSON object.")
    return value


# Single sign-on with OpenID Connect (people/sso/, docs/sso.md). Off unless a client ID and
# either the provider's discovery URL or its endpoints are set; local passwords stay either way.
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
OIDC_OP_DISCOVERY_URL = os.environ.get("OIDC_OP_DISCOVERY_URL", "")
# Each of these, when set, wins over what discovery says.
OIDC_OP_ISSUER = os.environ.get("OIDC_OP_ISSUER", "")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
# Off: the ID token's claims only, without asking the userinfo endpoint as well.
OIDC_USE_USERINFO = env_bool("OIDC_USE_USERINFO", True)
OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = os.environ.get("OIDC_RP_SCOPES", "openid email profile")
OIDC_USE_PKCE = env_bool("OIDC_USE_PKCE", True)
OIDC_TOKEN_USE_BASIC_AUTH = env_bool("OIDC_TOKEN_USE_BASIC_AUTH")
OIDC_TIMEOUT = int(os.environ.get("OIDC_TIMEOUT", "10"))
OIDC_AUTHENTICATION_CALLBACK_URL = "people:sso-callback"
# How claims become teams and roles (people/sso/rule.py): JSON in SSO_CLAIMS_RULE, or in the
# file SSO_CLAIMS_RULE_FILE names. Empty: nobody new is let in and nobody's roles change.
SSO_CLAIMS_RULE = env_json("SSO_CLAIMS_RULE")

# Wagtail
WAGTAIL_SITE_NAME = "Practice Circle"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents always stream through Wagtail's view (and our access hook), never a redirect to
# the bucket, wherever they are stored.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "content.document_forms.DocumentForm"
WAGTAIL_PASSWORD_RESET_ENABLED = False  # one reset flow: the site's own
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Observations: the case reference formats the identifier check flags, as regular
# expressions matched without regard to case. None keeps the defaults in
# core/identifiers.py (CASE-123456, Ref: 1234567, Mosaic ID 123456); a council
# with its own format lists it here.
OBSERVATION_CASE_REFERENCE_PATTERNS = None

# Retention schedule (UK GDPR storage limitation), applied daily by `manage.py
# apply_retention` (docs/deploy.md, "Retention"). Days, each overridable by environment:
# - leaver_records_days: after a person's leaving date, their records are anonymised (the
#   rows that feed figures are kept under a placeholder name; see privacy/retention.py).
# - unshared_drafts_days: an observation draft never shared, untouched this long, is deleted.
# - access_log_days: records of who looked at whose records are removed after this long.
RETENTION = {
    "leaver_records_days": int(os.environ.get("RETENTION_LEAVER_RECORDS_DAYS", str(6 * 365))),
    "unshared_drafts_days": int(os.environ.get("RETENTION_UNSHARED_DRAFTS_DAYS", "90")),
    "access_log_days": int(os.environ.get("RETENTION_ACCESS_LOG_DAYS", str(2 * 365))),
}


# Certificates as Open Badges 3.0 credentials (interop/). CREDENTIAL_SIGNING_KEY is a base64
# Ed25519 seed from `manage.py credential_key`; without it the key is derived from SECRET_KEY.
CREDENTIAL_SIGNING_KEY = os.environ.get("CREDENTIAL_SIGNING_KEY", "")
CREDENTIAL_ISSUER = os.environ.get("CREDENTIAL_ISSUER", "Practice Circle")

# xAPI statements to a Learning Record Store, sent by the worker (interop/xapi.py). Off
# unless XAPI_ENDPOINT (the LRS's xAPI base, e.g. https://lrs.example/xapi) is set.
XAPI_ENDPOINT = os.environ.get("XAPI_ENDPOINT", "")
XAPI_USERNAME = os.environ.get("XAPI_USERNAME", "")
XAPI_PASSWORD = os.environ.get("XAPI_PASSWORD", "")
XAPI_TIMEOUT = float(os.environ.get("XAPI_TIMEOUT", "10"))
XAPI_MAX_ATTEMPTS = int(os.environ.get("XAPI_MAX_ATTEMPTS", "10"))
XAPI_BATCH_SIZE = int(os.environ.get("XAPI_BATCH_SIZE", "200"))
