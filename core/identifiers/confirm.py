"""The identifier guard's refuse-or-confirm rule, for every free-text field staff and
volunteers write (DESIGN.md: "every free-text field passes the identifier guard").

A service calls check_identifiers with the text it is about to keep. If anything looks like a
family's details (core.identifiers), it raises IdentifiersFound, unless the author has ticked
"none of these identify the family" for exactly these matches: the confirmation carries the
matches' fingerprint, so text added afterwards needs confirming afresh. Forms show the matches
with core.forms.IdentifierConfirmationMixin and templates/components/identifier_warning.html.
"""

from collections.abc import Iterable

from django.core.exceptions import ValidationError

from core.identifiers.guard import FieldMatch, find_identifiers_in, matches_fingerprint
from core.identifiers.known import KnownNames


class IdentifiersFound(ValidationError):
    """Text that may identify a family, not yet confirmed as harmless by its author.

    `matches` lists each one (field, kind, text); `fingerprint` is what a confirmation must
    carry, so it covers exactly these matches and no later ones.
    """

    def __init__(self, matches: list[FieldMatch], fingerprint: str) -> None:
        super().__init__(
            "Check the highlighted text: it may identify the family. Remove it, or confirm "
            "that none of it identifies them.",
            code="identifiers",
        )
        self.matches = matches
        self.fingerprint = fingerprint


def check_identifiers(
    fields: dict[str, tuple[str, str]],
    *,
    confirmed: str,
    known: str = "",
    known_names: Iterable[str] | KnownNames = (),
) -> str:
    """Refuse text with unconfirmed identifiers; return the fingerprint of any matches.

    `confirmed` is the fingerprint the author ticked "none of these identify the family"
    for; `known` one confirmed on an earlier save of the same record. Either must equal
    the fingerprint of the matches found now. `known_names` are people in the people table
    (staff, experts, volunteers), whose names are not a family's.
    """
    matches = find_identifiers_in(fields, known_names=known_names)
    fingerprint = matches_fingerprint(matches)
    if matches and fingerprint not in {confirmed, known}:
        raise IdentifiersFound(matches, fingerprint)
    return fingerprint
