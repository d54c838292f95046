"""core.cache: values live under their namespace's version; a bump makes them stale for every
process reading the same cache, at once and again when the transaction commits."""

import pytest
from django.core.cache import cache

from core.cache import bump, cached, version
from tests.concurrency import CONCURRENT


def test_a_value_is_built_once_then_read_from_the_cache():
    built = []

    def build():
        built.append(1)
        return {"tree": len(built)}

    assert cached("things", "a", build) == {"tree": 1}
    assert cached("things", "a", build) == {"tree": 1}
    assert built == [1]


@pytest.mark.django_db
def test_a_bump_makes_the_next_read_build_afresh_and_leaves_other_namespaces():
    cached("things", "a", lambda: "old")
    cached("others", "a", lambda: "kept")
    bump("things")
    assert cached("things", "a", lambda: "new") == "new"
    assert cached("others", "a", lambda: "rebuilt") == "kept"


@CONCURRENT
def test_the_version_is_renewed_again_when_the_transaction_commits():
    """What another process stored between the change and its commit is never read."""
    from django.db import transaction

    with transaction.atomic():
        bump("things")
        during = version("things")
        # Another process, reading before the commit, stores what it saw under `during`.
        cached("things", "a", lambda: "read before the commit")
    assert version("things") != during
    assert cached("things", "a", lambda: "read after the commit") == "read after the commit"


def test_the_version_lives_in_the_shared_cache():
    """Every process that shares the cache (Redis in production) reads the same token."""
    token = version("things")
    assert cache.get("pc-cache:version:things") == token
    cache.set("pc-cache:version:things", "set-by-another-server")
    assert cached("things", "a", lambda: "built for the new token") == "built for the new token"
