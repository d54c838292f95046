"""Abstract bases shared by the apps. Layer 0 holds no concrete models."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models


class AppendOnlyError(ValidationError):
    """A write that would change or remove a row kept as a record of what happened.

    A ValidationError, so views and services that already report refused writes report
    this one the same way.
    """


def _plural(model: type[models.Model]) -> str:
    return str(model._meta.verbose_name_plural).capitalize()


def _refusal(model: type[models.Model], what: str) -> AppendOnlyError:
    advice = getattr(model, "append_only_advice", "")
    return AppendOnlyError(f"{_plural(model)} are {what}{f': {advice}' if advice else '.'}")


def changed_refusal(model: type[models.Model]) -> AppendOnlyError:
    return _refusal(model, "never changed")


def deleted_refusal(model: type[models.Model]) -> AppendOnlyError:
    return _refusal(model, "kept")


class AppendOnlyQuerySet(models.QuerySet):
    """Reads and inserts only: every bulk path that would change or remove rows refuses.

    Rows go only with their parent, through a cascade the parent's own rules allow
    (Django's deletion collector removes them without calling this QuerySet).
    """

    def update(self, **kwargs: Any) -> int:
        raise changed_refusal(self.model)

    def bulk_update(self, objs: Any, fields: Any, batch_size: int | None = None) -> int:
        raise changed_refusal(self.model)

    def update_or_create(self, *args: Any, **kwargs: Any) -> Any:
        raise changed_refusal(self.model)

    def delete(self) -> tuple[int, dict[str, int]]:
        raise deleted_refusal(self.model)

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list:
        """Inserts are allowed; an upsert that would overwrite an existing row is not."""
        if kwargs.get("update_conflicts"):
            raise changed_refusal(self.model)
        return super().bulk_create(objs, *args, **kwargs)

    # As on QuerySet: never callable from a template, and delete stays off the manager.
    update.alters_data = True
    bulk_update.alters_data = True
    update_or_create.alters_data = True
    bulk_create.alters_data = True
    delete.alters_data = True
    delete.queryset_only = True


AppendOnlyManager = models.Manager.from_queryset(AppendOnlyQuerySet)


class AppendOnly(models.Model):
    """Rows that record what happened (decisions, transitions, addenda): added, never
    changed, never deleted, by the instance or in bulk.

    `append_only_advice` says what to do instead, and ends the refusal message.
    """

    append_only_advice = ""

    objects = AppendOnlyManager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise changed_refusal(type(self))
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise deleted_refusal(type(self))
