from django.db import models


class IdentifierKind(models.TextChoices):
    """What find_identifiers looks for: details that could identify a family."""

    DATE_OF_BIRTH = "date_of_birth", "Date of birth"
    NHS_NUMBER = "nhs_number", "NHS number"
    POSTCODE = "postcode", "Postcode"
    PHONE_NUMBER = "phone_number", "Phone number"
    EMAIL_ADDRESS = "email_address", "Email address"
    CASE_REFERENCE = "case_reference", "Case reference"
    NATIONAL_INSURANCE_NUMBER = "national_insurance_number", "National Insurance number"
    STREET_ADDRESS = "street_address", "Street address"
    PERSON_NAME = "person_name", "Name"
