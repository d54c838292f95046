"""A certificate's public credential id, and the outbox of xAPI statements for the worker."""

import uuid

from django.db import models
from django.utils import timezone


class Credential(models.Model):
    """The Open Badges 3.0 face of one certificate (learning.ModuleCompletion).

    `public_id` is the only way in for someone without an account: it is random, so the
    verification page cannot be walked by counting.
    """

    completion = models.OneToOneField(
        "learning.ModuleCompletion", on_delete=models.CASCADE, related_name="credential"
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return str(self.public_id)


class XAPIStatement(models.Model):
    """One statement waiting for, or already accepted by, the Learning Record Store.

    The statement id is fixed when the row is made, and sent with PUT, so a retry or a
    second worker can never make the LRS hold it twice.
    """

    statement_id = models.UUIDField(unique=True, editable=False)
    source_key = models.CharField(max_length=80, unique=True)
    payload = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"], name="xapi_due")]
        verbose_name = "xAPI statement"

    def __str__(self) -> str:
        return self.source_key
