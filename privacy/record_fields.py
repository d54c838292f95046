"""How the subject access download writes a record's fields: names, plain text, ISO dates."""

from datetime import date, datetime

from core.sanitize import html_to_plain_text
from people.models import User

Record = dict[str, object]


def name_of(user: User | None) -> str:
    return user.name if user is not None else ""


def plain_text(value: str | None) -> str:
    """Stored rich text as the plain text the person typed."""
    return html_to_plain_text(value)


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
