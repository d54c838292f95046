"""Caching what rarely changes (framework trees, the page tree), correct on every web server.

Each kind of record has a namespace with a version token kept in Django's cache beside the
values; every value's key holds the token that was current when it was built. A change to
those records replaces the token (`bump`, called from signal receivers) at once and again when its
transaction commits, so the next request on any process builds afresh and the old values
age out. The second bump means that what another process read before the commit, and
stored under the first new token, is never used.

Which processes see a change at once depends on the cache (config/settings.py, CACHES):

- Production sets REDIS_URL: one cache shared by every web server and worker, so a change
  made through any of them is seen by all on their next request.
- Without REDIS_URL the cache is local memory, one per process. A change is seen at once by
  the process that made it, and by any other process when its copies expire, at most
  LOCAL_TIMEOUT seconds later. A single process (`make run`, runserver, the tests) is always
  up to date; run several processes only with REDIS_URL set (docs/deploy.md).
"""

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

T = TypeVar("T")

# How long a value lives when nothing replaces its version: long on a shared cache (a bump
# makes it unreachable anyway), short on a per-process one (the bound on staleness).
SHARED_TIMEOUT = 24 * 60 * 60
LOCAL_TIMEOUT = 30
PREFIX = "pc-cache"


def is_shared() -> bool:
    """Whether every process reads the same cache (anything but local memory)."""
    return not settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def timeout() -> int:
    return SHARED_TIMEOUT if is_shared() else LOCAL_TIMEOUT


def _version_key(namespace: str) -> str:
    return f"{PREFIX}:version:{namespace}"


def version(namespace: str) -> str:
    """The namespace's current token; a new one when the cache has none (lost or evicted)."""
    key = _version_key(namespace)
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key) or "unset"
    return token


def _renew(namespace: str) -> None:
    cache.set(_version_key(namespace), uuid.uuid4().hex, timeout=None)


def bump(namespace: str) -> None:
    """Make every value of the namespace stale: now, and again once the transaction commits."""
    _renew(namespace)
    transaction.on_commit(lambda: _renew(namespace))


def cached(namespace: str, key: str, build: Callable[[], T]) -> T:
    """The value stored for `key` under the namespace's current version, built if missing."""
    full_key = f"{PREFIX}:{namespace}:{version(namespace)}:{key}"
    missing = object()
    value = cache.get(full_key, missing)
    if value is missing:
        value = build()
        cache.set(full_key, value, timeout=timeout())
    return value
