"""Ten people pressing the same button at once (issue 13, findings 3 and 5).

The tests that use this run on SQLite (a database file, as `make run` uses: WAL, a busy
timeout, immediate transactions) and on PostgreSQL, in transactions of their own, with the
reference data (roles, frameworks) restored after each."""

import threading

import pytest
from django.db import connection
from django.test import Client

AT_ONCE = 10
CONCURRENT = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def all_at_once(user, method: str, url: str, data: dict | None = None) -> list[int]:
    """AT_ONCE clients, each signed in as `user`, send the same request at the same moment."""
    clients = []
    for _ in range(AT_ONCE):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        clients.append(client)
    start = threading.Barrier(AT_ONCE)
    statuses: list[int] = []

    def press(client: Client) -> None:
        try:
            start.wait()
            statuses.append(getattr(client, method)(url, data or {}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=press, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses
