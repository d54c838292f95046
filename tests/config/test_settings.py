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
        ("sqlite:///data/pc.sqlite3", ("django.db.backends.sqlite3", ROOT / "data/pc.sqlite3")),
        ("sqlite:////srv/pc/db.sqlite3", ("django.db.backends.sqlite3", "/srv/pc/db.sqlite3")),
        ("postgres://postgres@127.0.0.1:5432/test", ("django.db.backends.postgresql", "test")),
        ("postgresql://pc@db/practice", ("django.db.backends.postgresql", "practice")),
    ],
)
def test_database_url(url, expected):
    from config.settings import database_from_url

    config = database_from_url(url)
    assert (config["ENGINE"], config["NAME"]) == expected


def test_default_database_is_the_project_sqlite_file(tmp_path):
    """With DATABASE_URL unset the settings use db.sqlite3 beside manage.py, wherever we run."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-c", "from config import settings; print(settings.DATABASES)"],
        cwd=tmp_path,
        env={**env, "DEBUG": "1", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"'NAME': {ROOT / 'db.sqlite3'!r}" in result.stdout
    assert "'ENGINE': 'django.db.backends.sqlite3'" in result.stdout


def test_postgres_url_carries_credentials():
    from config.settings import database_from_url

    config = database_from_url("postgres://pc%40user:s%3Acret@db.internal:6543/practice")
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == (
        "pc@user",
        "s:cret",
        "db.internal",
        "6543",
    )


def test_postgres_query_options_reach_options():
    from config.settings import database_from_url

    config = database_from_url(
        "postgres://pc@db.internal/practice?sslmode=require&connect_timeout=5"
    )
    assert config["OPTIONS"] == {
        "sslmode": "require",
        "connect_timeout": 5,
        "options": "-c random_page_cost=1.1",
    }


def test_postgres_plans_for_ssd_unless_told_otherwise(monkeypatch):
    from config.settings import database_from_url

    monkeypatch.delenv("DATABASE_RANDOM_PAGE_COST", raising=False)
    url = "postgres://pc@db.internal/practice"
    assert database_from_url(url)["OPTIONS"]["options"] == "-c random_page_cost=1.1"

    monkeypatch.setenv("DATABASE_RANDOM_PAGE_COST", "2")
    assert database_from_url(url)["OPTIONS"]["options"] == "-c random_page_cost=2"

    monkeypatch.setenv("DATABASE_RANDOM_PAGE_COST", "")
    assert "options" not in database_from_url(url)["OPTIONS"]

    monkeypatch.delenv("DATABASE_RANDOM_PAGE_COST")
    given = database_from_url(f"{url}?options=-c%20statement_timeout%3D5000")
    assert given["OPTIONS"]["options"] == "-c statement_timeout=5000"


def test_a_random_page_cost_that_is_not_a_number_is_refused(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from config.settings import database_from_url

    monkeypatch.setenv("DATABASE_RANDOM_PAGE_COST", "fast")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_RANDOM_PAGE_COST"):
        database_from_url("postgres://pc@db.internal/practice")


def test_postgres_connections_persist_and_are_health_checked(monkeypatch):
    from config.settings import database_from_url

    monkeypatch.delenv("DATABASE_CONN_MAX_AGE", raising=False)
    config = database_from_url("postgres://pc@db.internal/practice")
    assert (config["CONN_MAX_AGE"], config["CONN_HEALTH_CHECKS"]) == (60, True)

    monkeypatch.setenv("DATABASE_CONN_MAX_AGE", "0")
    assert database_from_url("postgres://pc@db.internal/practice")["CONN_MAX_AGE"] == 0


def test_sqlite_uses_write_ahead_logging_and_a_busy_timeout():
    from config.settings import database_from_url

    config = database_from_url("sqlite:///db.sqlite3")
    assert config["OPTIONS"] == {
        "init_command": "PRAGMA journal_mode=WAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
    assert config.get("CONN_MAX_AGE", 0) == 0


def test_sqlite_query_options_win_over_the_defaults():
    from config.settings import database_from_url

    config = database_from_url("sqlite:///db.sqlite3?timeout=5")
    assert config["OPTIONS"]["timeout"] == 5


def test_sqlite_options_open_a_write_ahead_logged_database(tmp_path, django_db_blocker):
    """The options are ones Django's SQLite backend accepts, and they take effect."""
    from django.db.utils import ConnectionHandler

    from config.settings import database_from_url

    config = database_from_url(f"sqlite:///{tmp_path}/wal.sqlite3")
    wrapper = ConnectionHandler({"default": config})["default"]
    try:
        with django_db_blocker.unblock(), wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            journal_mode = cursor.fetchone()[0]
            cursor.execute("PRAGMA busy_timeout")
            busy_timeout = cursor.fetchone()[0]
    finally:
        wrapper.close()
    assert (journal_mode, busy_timeout) == ("wal", 20_000)


@pytest.mark.parametrize("url", ["mysql://root@localhost/db", "oracle://u@h/db", "nosuch://x/y"])
def test_unsupported_database_url_is_refused(url):
    from django.core.exceptions import ImproperlyConfigured

    from config.settings import database_from_url

    with pytest.raises(ImproperlyConfigured):
        database_from_url(url)
