"""How the settings choose the production stack from the environment (docs/deploy.md):
notifications wait for the worker outside DEBUG, and naming buckets moves uploads to object
storage. Checked in fresh processes, as a server starts."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-production-like-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "DATABASE_URL": "sqlite:///unused.sqlite3",
}
SHOW = (
    "import json; from config import settings; print(json.dumps({"
    "'tasks': settings.TASKS['default']['BACKEND'],"
    "'storages': {k: v['BACKEND'] for k, v in settings.STORAGES.items()},"
    "'buckets': {k: v.get('OPTIONS', {}).get('bucket_name') for k, v in settings.STORAGES.items()},"
    "'endpoint': settings.STORAGES['private'].get('OPTIONS', {}).get('endpoint_url'),"
    "}))"
)
UNSET = {"DEBUG", "SECRET_KEY", "TASKS_BACKEND", "MEDIA_BUCKET", "PRIVATE_MEDIA_BUCKET"}


def settings_with(env: dict[str, str]) -> dict:
    clean = {k: v for k, v in os.environ.items() if k not in UNSET and not k.startswith("S3_")}
    result = subprocess.run(  # noqa: S603 - our own settings with fixed arguments
        [sys.executable, "-c", SHOW],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_production_queues_notifications_for_the_worker():
    assert settings_with(PRODUCTION_ENV)["tasks"] == "django_tasks_db.DatabaseBackend"


def test_make_run_sends_notifications_at_once():
    shown = settings_with({"DEBUG": "1", "DATABASE_URL": "sqlite:///unused.sqlite3"})
    assert shown["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"


def test_tasks_backend_overrides_the_default():
    shown = settings_with(
        {**PRODUCTION_ENV, "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    )
    assert shown["tasks"] == "django_tasks.backends.dummy.DummyBackend"


def test_uploads_stay_on_local_disk_unless_buckets_are_named():
    shown = settings_with(PRODUCTION_ENV)
    assert shown["storages"]["default"] == "django.core.files.storage.FileSystemStorage"
    assert shown["storages"]["private"] == "people.storage.PrivateFileSystemStorage"


def test_named_buckets_put_uploads_on_object_storage():
    shown = settings_with(
        {
            **PRODUCTION_ENV,
            "MEDIA_BUCKET": "council-media",
            "PRIVATE_MEDIA_BUCKET": "council-evidence",
            "S3_ENDPOINT_URL": "https://s3.example.org",
        }
    )
    assert shown["storages"]["default"] == "people.storage.MediaS3Storage"
    assert shown["storages"]["private"] == "people.storage.PrivateS3Storage"
    assert shown["buckets"]["default"] == "council-media"
    assert shown["buckets"]["private"] == "council-evidence"
    assert shown["endpoint"] == "https://s3.example.org"
