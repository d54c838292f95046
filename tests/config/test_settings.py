"""Settings must be production-safe by default; checked in fresh processes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-production-like-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "practice-circle.example.org",
    "DATABASE_URL": "sqlite:///unused.sqlite3",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "SECURE_SSL_REDIRECT"}
    }
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_to_start_with_debug_off_and_no_secret_key():
    result = run_manage("check", env={"DATABASE_URL": "sqlite:///unused.sqlite3"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_starts_with_debug_on_and_no_secret_key():
    result = run_manage("check", env={"DEBUG": "1", "DATABASE_URL": "sqlite:///unused.sqlite3"})
    assert result.returncode == 0, result.stderr


def test_deploy_check_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///db.sqlite3", ("django.db.backends.sqlite3", ROOT / "db.sqlite3")),
        ("sqlite:////srv/pc/db.sqlite3", ("django.db.backends.sqlite3", "/srv/pc/db.sqlite3")),
        ("postgres://postgres@127.0.0.1:5432/test", ("django.db.backends.postgresql", "test")),
    ],
)
def test_database_url(url, expected):
    from config.settings import database_from_url

    config = database_from_url(url)
    assert (config["ENGINE"], config["NAME"]) == expected


def test_postgres_url_carries_credentials():
    from config.settings import database_from_url

    config = database_from_url("postgres://pc%40user:s%3Acret@db.internal:6543/practice")
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == (
        "pc@user",
        "s:cret",
        "db.internal",
        "6543",
    )


def test_unknown_database_scheme_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    from config.settings import database_from_url

    with pytest.raises(ImproperlyConfigured):
        database_from_url("mysql://root@localhost/db")
