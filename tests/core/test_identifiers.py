import pytest

from core.enums import IdentifierKind
from core.identifiers import (
    KnownNames,
    find_identifiers,
    find_identifiers_in,
    known_names,
    matches_fingerprint,
    nhs_check_digit_is_valid,
)

K = IdentifierKind

POSITIVE = [
    # UK postcodes
    ("They live near SW1A 1AA now.", K.POSTCODE, "SW1A 1AA"),
    ("The venue was at ME4 4TR.", K.POSTCODE, "ME4 4TR"),
    ("moved to me4 4tr last year", K.POSTCODE, "me4 4tr"),
    ("postcode M1 1AE", K.POSTCODE, "M1 1AE"),
    ("address ending CR26XH", K.POSTCODE, "CR26XH"),
    # NHS numbers (valid modulus 11 check digit)
    ("NHS number 943 476 5919", K.NHS_NUMBER, "943 476 5919"),
    ("nhs 9434765919 on file", K.NHS_NUMBER, "9434765919"),
    ("ref 943-476-5919", K.NHS_NUMBER, "943-476-5919"),
    ("Her NHS number is 9434765919.", K.NHS_NUMBER, "9434765919"),
    # Phone numbers
    ("Mum's mobile is 07700 900123.", K.PHONE_NUMBER, "07700 900123"),
    ("call 07700900123", K.PHONE_NUMBER, "07700900123"),
    ("landline 01632 960001", K.PHONE_NUMBER, "01632 960001"),
    ("London 020 7946 0018", K.PHONE_NUMBER, "020 7946 0018"),
    ("on +44 7700 900123", K.PHONE_NUMBER, "+44 7700 900123"),
    ("on +44 (0)20 7946 0018", K.PHONE_NUMBER, "+44 (0)20 7946 0018"),
    ("tel (01632) 960001", K.PHONE_NUMBER, "(01632) 960001"),
    # Email addresses
    ("email jo.bloggs@example.com today", K.EMAIL_ADDRESS, "jo.bloggs@example.com"),
    ("Gran (nan+fgc@mail.example.co.uk)", K.EMAIL_ADDRESS, "nan+fgc@mail.example.co.uk"),
    # Dates of birth: a date after a label
    ("DOB 01/02/2015", K.DATE_OF_BIRTH, "01/02/2015"),
    ("D.O.B.: 1.2.15", K.DATE_OF_BIRTH, "1.2.15"),
    ("the youngest (dob 03-05-2016)", K.DATE_OF_BIRTH, "03-05-2016"),
    ("born on 3 May 2016", K.DATE_OF_BIRTH, "3 May 2016"),
    ("was born 3rd of May 2016", K.DATE_OF_BIRTH, "3rd of May 2016"),
    ("date of birth is 2015-02-01", K.DATE_OF_BIRTH, "2015-02-01"),
    ("child b. 12/03/2014", K.DATE_OF_BIRTH, "12/03/2014"),
    ("born in 2015", K.DATE_OF_BIRTH, "2015"),
    ("Date of birth: March 4, 2013", K.DATE_OF_BIRTH, "March 4, 2013"),
    # Case references (the default formats)
    ("see CASE-123456", K.CASE_REFERENCE, "CASE-123456"),
    ("Ref: 1234567", K.CASE_REFERENCE, "Ref: 1234567"),
    ("Mosaic ID 123456", K.CASE_REFERENCE, "Mosaic ID 123456"),
    ("case number 445566", K.CASE_REFERENCE, "case number 445566"),
    ("CIN 45678 open", K.CASE_REFERENCE, "CIN 45678"),
    ("Case ref CS-123456 was closed.", K.CASE_REFERENCE, "CS-123456"),
    ("came through as EH 4455667 today", K.CASE_REFERENCE, "EH 4455667"),
    ("file KCC/5567123 holds the plans", K.CASE_REFERENCE, "KCC/5567123"),
    ("LCS number 8812345 for the minutes", K.CASE_REFERENCE, "LCS number 8812345"),
    ("court number ME23P01234 on the order", K.CASE_REFERENCE, "ME23P01234"),
    # National Insurance numbers
    ("Mum's NI number is QQ 12 34 56 C.", K.NATIONAL_INSURANCE_NUMBER, "QQ 12 34 56 C"),
    ("NINO AB123456D on the form", K.NATIONAL_INSURANCE_NUMBER, "AB123456D"),
    # Street addresses, with or without a town, number or postcode
    ("visit at 14 Acacia Road, Chatham.", K.STREET_ADDRESS, "14 Acacia Road, Chatham"),
    ("The family now live at 27 Beechwood Avenue.", K.STREET_ADDRESS, "27 Beechwood Avenue"),
    ("Dad has moved to 112a High Street", K.STREET_ADDRESS, "112a High Street"),
    ("as Flat 4, 21 Victoria Terrace.", K.STREET_ADDRESS, "Flat 4, 21 Victoria Terrace"),
    ("address is 18 st johns road, maidstone", K.STREET_ADDRESS, "18 st johns road, maidstone"),
    ("Auntie lives on Cedar Grove, near school", K.STREET_ADDRESS, "Cedar Grove"),
    ("they moved to Laburnum Gardens in Strood", K.STREET_ADDRESS, "Laburnum Gardens in Strood"),
    ("at 9 Mill Lane, because it felt safest", K.STREET_ADDRESS, "9 Mill Lane"),
    # Names of family members
    ("At the FGC, Jayden Smith told the family", K.PERSON_NAME, "Jayden Smith"),
    ("Kayla Thompson's aunt offered respite", K.PERSON_NAME, "Kayla Thompson"),
    ("The plan was for Amelia-Rose Hughes to stay", K.PERSON_NAME, "Amelia-Rose Hughes"),
    ("Kai Wiśniewski is placed out of area.", K.PERSON_NAME, "Kai Wiśniewski"),
    ("The young person, Reece O'Connor, chose", K.PERSON_NAME, "Reece O'Connor"),
    ("I prepared Kayden Patel for the meeting", K.PERSON_NAME, "Kayden Patel"),
    ("Bartek Zielinski said he felt blamed", K.PERSON_NAME, "Bartek Zielinski"),
    ("During the visit Mrs Okafor explained", K.PERSON_NAME, "Mrs Okafor"),
    ("Maternal grandmother Mrs P. Jones came", K.PERSON_NAME, "Mrs P. Jones"),
    ("Her son Tyler was excluded last term.", K.PERSON_NAME, "Tyler"),
    ("A boy called Tyrese told me", K.PERSON_NAME, "Tyrese"),
    ("Mum Sarah said the plan felt like theirs", K.PERSON_NAME, "Sarah"),
    ("Spoke with Grandma Val this morning", K.PERSON_NAME, "Val"),
    ("I visited the Kowalczyk family on Tuesday", K.PERSON_NAME, "Kowalczyk"),
    ("Family: the Grabowskis", K.PERSON_NAME, "Grabowskis"),
    ("JAYDEN SMITH did not attend.", K.PERSON_NAME, "JAYDEN SMITH"),
    ("i met jayden smith at the gate", K.PERSON_NAME, "jayden smith"),
    ("Aunt Precious Mensah travelled to it", K.PERSON_NAME, "Precious Mensah"),
    ("Jayden R. Smith was there", K.PERSON_NAME, "Jayden R. Smith"),
    ("Aoife van der Berg joined", K.PERSON_NAME, "Aoife van der Berg"),
]

NEGATIVE = [
    # The examples the brief names: ordinary practice language
    "7/10",
    "Dad scaled it 7/10 and the social worker 4/10.",
    "scaled 4 out of 10",
    "Level 3 qualification",
    "10:30",
    "90 minutes",
    "2 hours",
    "meeting on 14/03/2026",
    "the conference on 12/03/2026",
    "review in 3 months",
    # More of the same
    "We met on 14 March 2026 at 10:30 for 90 minutes.",
    "review FGC in 2–3 months, on 01/06/2026",
    "0-10 safety scale",
    "Level 3 and Level 4",
    "3 out of 5 criteria",
    "2025/26 registration year",
    "between 9.30 and 12.00",
    "CP plan",
    "version 2 of the template",
    "£1,250 for the venue",
    "30 days to 6 weeks of preparation",
    "Stable Homes, Built on Love (DfE, 2023)",
    "year 11",
    "room B2 3rd floor",
    "page 12 of 40",
    "section 31ZA",
    "Mum was born locally, and the meeting was on 14/03/2026",
    "born and raised here, we met on 14/03/2026",
    # Ten digits that fail the NHS check digit, and too-short phone-like numbers
    "1234567890",
    "943 476 5918",
    "0161",
    "call 999",
    # Practice vocabulary, roles, frameworks, days and months, and colleagues' first names
    "the family",
    "Mum, Dad and Nan came to the Family Network Meeting.",
    "the Family Group Conference",
    "Signs of Safety mapping with Private Family Time",
    "My Team Leader signed off my Level B evidence.",
    "Social Work England registration, Monday 3 March",
    "Today Sam and I co-facilitated the conference.",
    "In May Sam and I ran two conferences.",
    "Thank you Priya for covering on Friday.",
    "Mother's Day and Father's Day",
    "Grace Period for CPD is four weeks.",
    "I used the Food Banks list to signpost the family.",
    "Child Sexual Exploitation training was booked.",
    "The Polish family support worker visited.",
    "Great Ormond Street Hospital staff joined by video.",
    "The Kings Hill office and Tunbridge Wells library",
    "St Mary's church hall was booked.",
    "We booked a room at the library on Canterbury Road.",
    # Numbers that are not house numbers, and standards that look like references
    "We attended 2 Family Court hearings as observers.",
    "a 2 hour drive down a one way street",
    "Level 3 Park Road training",
    "ISO 27001 training for the data team",
    # People named in public life, cited in reflections
    "Eileen Munro's review and Andrew Turnell's work on Signs of Safety",
    "I re-read Lord Laming's report after the Victoria Climbié inquiry.",
    # Staff introduced by their role
    "My supervisor Grace Walker suggested reading on relational practice.",
    "Observed by Hannah Lewis (Team Leader) on Tuesday.",
    "Feedback from Tom Reid, my team leader, was encouraging.",
]


@pytest.mark.parametrize(("text", "kind", "found"), POSITIVE)
def test_identifier_is_found(text, kind, found):
    matches = find_identifiers(text)
    assert [(m.kind, m.text) for m in matches] == [(kind, found)]
    match = matches[0]
    assert text[match.start : match.end] == found


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_practice_language_is_not_flagged(text):
    assert find_identifiers(text) == []


def test_every_kind_has_positive_examples():
    assert {kind for _, kind, _ in POSITIVE} == set(IdentifierKind)


def test_matches_come_in_order_with_positions():
    text = "Call 07700 900123 or write to jo@example.org, DOB 01/02/2015."
    matches = find_identifiers(text)
    assert [m.kind for m in matches] == [K.PHONE_NUMBER, K.EMAIL_ADDRESS, K.DATE_OF_BIRTH]
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert [m.start for m in matches] == sorted(m.start for m in matches)


def test_nhs_check_digit():
    assert nhs_check_digit_is_valid("9434765919")
    assert not nhs_check_digit_is_valid("9434765918")
    assert not nhs_check_digit_is_valid("123")


def test_case_reference_formats_come_from_settings(settings):
    settings.OBSERVATION_CASE_REFERENCE_PATTERNS = [r"\bLA-\d{3}\b"]
    assert [m.text for m in find_identifiers("file LA-123")] == ["LA-123"]
    assert find_identifiers("CASE-123456") == []


def test_fingerprint_changes_when_a_new_match_appears():
    first = find_identifiers_in({"strengths": ("Strengths", "ring 07700 900123")})
    same = find_identifiers_in({"strengths": ("Strengths", "07700 900123 again")})
    more = find_identifiers_in({"strengths": ("Strengths", "07700 900123 or SW1A 1AA")})
    assert matches_fingerprint(first) == matches_fingerprint(same)
    assert matches_fingerprint(first) != matches_fingerprint(more)
    assert matches_fingerprint([]) == ""


# Unicode tricks --------------------------------------------------------------------------
# The patterns run on an NFKC copy without format characters; each match reports the text
# as typed (what the person must remove) and, as `normalised`, what the pattern saw.

UNICODE_TRICKS = [
    # (typed, kind, matched text as typed, normalised)
    ("Ring 07700\u200b900123 today", K.PHONE_NUMBER, "07700\u200b900123", "07700900123"),
    ("Ring 07700\u200c900\u200d123", K.PHONE_NUMBER, "07700\u200c900\u200d123", "07700900123"),
    ("Ring 07700\u2060900\u2060123", K.PHONE_NUMBER, "07700\u2060900\u2060123", "07700900123"),
    ("Ring 0770\u00ad0 900123", K.PHONE_NUMBER, "0770\u00ad0 900123", "07700 900123"),
    (
        "Dad on ０７７００ ９００１２３ later",
        K.PHONE_NUMBER,
        "０７７００ ９００１２３",
        "07700 900123",
    ),
    ("Dad on 07700\u2011900123", K.PHONE_NUMBER, "07700\u2011900123", "07700-900123"),
    (
        "mail jo.bloggs＠example.com",
        K.EMAIL_ADDRESS,
        "jo.bloggs＠example.com",
        "jo.bloggs@example.com",
    ),
    (
        "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        K.EMAIL_ADDRESS,
        "ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        "jo@example.com",
    ),
    ("NHS ９４３ ４７６ ５９１９", K.NHS_NUMBER, "９４３ ４７６ ５９１９", "943 476 5919"),
    ("DOB ０３/０４/２０１５", K.DATE_OF_BIRTH, "０３/０４/２０１５", "03/04/2015"),
    ("moved to M\u200bE4 4TR", K.POSTCODE, "M\u200bE4 4TR", "ME4 4TR"),
    (
        "His name is J\u200bayden Smi\u200bth.",
        K.PERSON_NAME,
        "J\u200bayden Smi\u200bth",
        "Jayden Smith",
    ),
    ("\ufeffJayden Smith came", K.PERSON_NAME, "Jayden Smith", "Jayden Smith"),
    ("at 14\u00a0Acacia\u00a0Road", K.STREET_ADDRESS, "14\u00a0Acacia\u00a0Road", "14 Acacia Road"),
    ("Zoe\u0308 Smith came", K.PERSON_NAME, "Zoe\u0308 Smith", "Zoë Smith"),
    ("Mrs O’Brien said", K.PERSON_NAME, "Mrs O’Brien", "Mrs O'Brien"),
]


@pytest.mark.parametrize(("typed", "kind", "found", "normalised"), UNICODE_TRICKS)
def test_unicode_tricks_hide_nothing(typed, kind, found, normalised):
    matches = find_identifiers(typed)
    assert [(m.kind, m.text, m.normalised) for m in matches] == [(kind, found, normalised)]
    match = matches[0]
    assert typed[match.start : match.end] == found


def test_a_match_in_plain_text_is_its_own_normalised_form():
    (match,) = find_identifiers("Ring 07700 900123 today")
    assert match.normalised == match.text == "07700 900123"


def test_fingerprint_follows_the_text_as_typed():
    plain = find_identifiers_in({"notes": ("Notes", "ring 07700 900123")})
    hidden = find_identifiers_in({"notes": ("Notes", "ring 07700\u200b900123")})
    assert plain and hidden
    assert matches_fingerprint(plain) != matches_fingerprint(hidden)


# Staff names -------------------------------------------------------------------------------

STAFF = ["Sarah Jones", "Helen Marsh", "Sam Lewis", "Dr Priya Patel"]


def test_staff_named_in_full_or_by_title_are_not_flagged():
    text = "Sarah Jones and Ms Marsh observed; Priya Patel gave feedback to Sam Lewis."
    assert find_identifiers(text) != []
    assert find_identifiers(text, known_names=STAFF) == []


def test_family_names_are_still_flagged_beside_staff_names():
    text = "Sarah Jones observed my conference with Jayden Smith's family."
    assert [m.text for m in find_identifiers(text, STAFF)] == ["Jayden Smith"]


def test_a_staff_first_name_does_not_hide_a_child_of_that_name():
    assert [m.text for m in find_identifiers("Her son Sam was excluded.", STAFF)] == ["Sam"]
    assert [m.text for m in find_identifiers("Mr Sam came along", STAFF)] == ["Mr Sam"]


def test_known_names_are_built_once_for_many_fields():
    known = known_names(STAFF)
    assert isinstance(known, KnownNames)
    assert known_names(known) is known
    fields = {
        "strengths": ("Strengths", "Helen Marsh noticed how calm the room was."),
        "family_voice": ("What the family said", "Tyler Jones wanted his nan there."),
    }
    found = find_identifiers_in(fields, known_names=known)
    assert [(f.field, f.match.text) for f in found] == [("family_voice", "Tyler Jones")]
    assert find_identifiers_in(fields, known_names=STAFF) == found
