"""The non-identifying facts recorded about a family meeting, as fixed choices.

There is deliberately no free text anywhere in this app: nothing typed here could name a
child, give a date of birth or an address.
"""

from django.db import models


class MeetingKind(models.TextChoices):
    FGC = "fgc", "Family Group Conference"
    FNM = "fnm", "Family Network Meeting"
    REVIEW = "review", "Review meeting"


class ReferralSource(models.TextChoices):
    CHILDRENS_SOCIAL_CARE = "childrens_social_care", "Children's social care"
    EARLY_HELP = "early_help", "Early help"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    POLICE = "police", "Police"
    FAMILY = "family", "The family themselves"
    OTHER = "other", "Another agency"


class ChildVoice(models.TextChoices):
    ADVOCATE = "advocate", "Through an advocate"
    DIRECT = "direct", "The child or young person took part directly"
    NONE = "none", "Not represented"


class NetworkBand(models.TextChoices):
    NONE = "none", "None"
    ONE_TO_FOUR = "1_4", "1 to 4"
    FIVE_TO_NINE = "5_9", "5 to 9"
    TEN_OR_MORE = "10_plus", "10 or more"


class Answer(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    NOT_KNOWN = "not_known", "Not known"


class FollowUpPoint(models.IntegerChoices):
    THREE_MONTHS = 3, "3 months"
    SIX_MONTHS = 6, "6 months"
