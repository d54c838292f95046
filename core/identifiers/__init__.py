"""The identifier guard: spot details that could identify a family in free text.

Training records must not hold identifying details of families (UK GDPR special category
data; DOMAIN.md). Removing names is not enough (the ICO's "motivated intruder" test), so
every free-text form runs its text through find_identifiers before saving: the author
sees each match and removes it or confirms it identifies nobody.

What it finds, by kind (core.enums.IdentifierKind):
- shapes (shapes.py): dates of birth, NHS and National Insurance numbers, postcodes,
  phone numbers, email addresses, case references (formats from settings);
- street addresses (addresses.py): "14 Acacia Road, Chatham", "lives on Cedar Grove";
- names (names.py): "Jayden Smith", "Mrs Okafor", "her son Tyler", "the Kowalczyk family".
It stays quiet on practice language ("Family Group Conference", "Level B", "Mum", "7/10")
and on staff names the caller passes as `known_names`.

Matching runs on a normalised copy of the text (normalise.py: NFKC, format characters
such as zero-width spaces removed), so full-width digits or a zero-width space inside a
phone number hide nothing. Each match reports its span and text in the original, typed
text, which is what the warning shows and what the person must edit; the normalised
form is on the match as `normalised`.
"""

from core.identifiers.confirm import IdentifiersFound, check_identifiers
from core.identifiers.guard import (
    PRIORITY,
    FieldMatch,
    IdentifierMatch,
    find_identifiers,
    find_identifiers_in,
    matches_fingerprint,
)
from core.identifiers.known import KnownNames, known_names
from core.identifiers.normalise import normalise
from core.identifiers.shapes import (
    DEFAULT_CASE_REFERENCE_PATTERNS,
    case_reference_patterns,
    nhs_check_digit_is_valid,
)

__all__ = [
    "DEFAULT_CASE_REFERENCE_PATTERNS",
    "PRIORITY",
    "FieldMatch",
    "IdentifierMatch",
    "IdentifiersFound",
    "KnownNames",
    "case_reference_patterns",
    "check_identifiers",
    "find_identifiers",
    "find_identifiers_in",
    "known_names",
    "matches_fingerprint",
    "nhs_check_digit_is_valid",
    "normalise",
]
