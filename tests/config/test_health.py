"""/health/ for the load balancer: 200 when the database, cache, upload storage and task
queue all answer, 503 when one does not, JSON that names checks and nothing else."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from people.notifications import send_notification

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def health(client):
    response = client.get(reverse("health"))
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    return response.status_code, response.json()


def test_healthy_server_answers_200_to_anyone_signed_out(client):
    status, body = health(client)
    assert status == 200
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "task_queue": "ok"},
    }


def test_a_queue_the_worker_keeps_up_with_is_healthy(client, settings, practitioner):
    settings.TASKS = DATABASE_QUEUE
    settings.HEALTH_TASK_QUEUE_MAX_AGE = 300
    send_notification.enqueue([practitioner.pk], "Subject", "Message", "/")
    assert DBTaskResult.objects.ready().count() == 1
    status, body = health(client)
    assert status == 200
    assert body["checks"]["task_queue"] == "ok"


def test_a_task_waiting_past_the_threshold_makes_the_server_unhealthy(
    client, settings, practitioner
):
    settings.TASKS = DATABASE_QUEUE
    settings.HEALTH_TASK_QUEUE_MAX_AGE = 300
    send_notification.enqueue([practitioner.pk], "Subject", "Message", "/")
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=10))
    status, body = health(client)
    assert status == 503
    assert body == {
        "status": "failing",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "task_queue": "failing"},
    }


def test_finished_tasks_do_not_count_however_old(client, settings, practitioner):
    settings.TASKS = DATABASE_QUEUE
    send_notification.enqueue([practitioner.pk], "Subject", "Message", "/")
    DBTaskResult.objects.update(
        enqueued_at=timezone.now() - datetime.timedelta(days=2), status="SUCCESSFUL"
    )
    assert health(client)[0] == 200


def test_an_unreachable_cache_is_503_and_names_no_host(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/9",
        }
    }
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "failing"
    assert b"127.0.0.1" not in response.content
    assert b"redis" not in response.content.lower()


def test_health_takes_no_writes(client):
    assert client.post(reverse("health")).status_code == 405
