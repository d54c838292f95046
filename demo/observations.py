"""Demo observation templates and observations for `seed_demo`.

Built with the product's services, so every rule applies; idempotent: templates by code,
observations by (observer, observed, meeting type), each demo pair having one of each.
The text is practice language only: no names, dates of birth or other family details.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from observations import services
from observations.enums import MeetingType, Stage
from observations.models import Observation, ObservationTemplate
from observations.services import CriterionInput, RatingInput
from people.models import User

S = Stage

FGC_CRITERIA = [
    CriterionInput(
        S.REFERRAL,
        "Makes sure the referral states the concerns, the bottom lines and the family's questions",
        "The referrer's worries are in plain words; the bottom lines say what any plan must "
        "achieve for the child to be safe; the questions are ones the family can answer. "
        "Time was given to the referrer to check the referral is right for an FGC.",
        ("FGCC-B-E-10", "FGCC-B-K-03"),
    ),
    CriterionInput(
        S.REFERRAL,
        "Stays independent of case decisions and neutral about the plan",
        "The coordinator explains their role, does not steer the family towards a plan and "
        "does not take on the social worker's decisions.",
        ("FGCC-B-K-02",),
    ),
    CriterionInput(
        S.PREPARATION,
        "Prepares the family: consent, parents first, and the whole network mapped",
        "Consent from those with parental responsibility; parents met first; relatives, "
        "friends, neighbours and faith contacts considered; everyone who will attend is "
        "prepared, including the professionals.",
        ("FGCC-B-S-09", "FGCC-A-S-04"),
    ),
    CriterionInput(
        S.PREPARATION,
        "Prepares the child, offers an advocate and gathers the views of people who cannot attend",
        "The child's wishes and feelings are heard in a way that suits them; an independent "
        "advocate is offered; absent voices are brought into the meeting.",
        ("FGCC-B-S-01", "FGCC-B-E-03", "FGCC-C-S-04"),
    ),
    CriterionInput(
        S.PREPARATION,
        "Plans for a safe meeting: risks, venue, interpreters, who can be in the room",
        "Risks to participants assessed and managed; a neutral venue; interpreters booked; "
        "split or co-convened arrangements where orders or domestic abuse require them.",
        ("FGCC-B-E-02", "FGCC-B-E-08", "FGCC-B-E-07"),
    ),
    CriterionInput(
        S.INFORMATION_SHARING,
        "Chairs the opening: introductions, ground rules, purpose and the questions",
        "Everyone knows who is who, why they are there and how the meeting will run.",
        ("FGCC-B-S-03",),
    ),
    CriterionInput(
        S.INFORMATION_SHARING,
        "Makes sure professionals share concerns, resources and limits clearly",
        "Professionals say what they are worried about, what help is available, what is not "
        "negotiable and what happens if no plan is agreed, in words the family understands; "
        "strengths are named as well as worries.",
        ("FGCC-B-S-03", "FGCC-B-K-05"),
    ),
    CriterionInput(
        S.INFORMATION_SHARING,
        "Keeps the child's voice at the centre",
        "The child's views, in their own words or through their advocate, are heard before "
        "the family talks alone.",
        ("FGCC-C-S-04", "FGCC-B-S-01"),
    ),
    CriterionInput(
        S.PRIVATE_FAMILY_TIME,
        "Leaves the family to talk alone, with no time limit, and stays available",
        "All professionals leave, the coordinator included; the family knows how to reach "
        "the coordinator if they need information.",
        ("FGCC-B-K-02",),
    ),
    CriterionInput(
        S.PRIVATE_FAMILY_TIME,
        "Responds safely to controlling or abusive behaviour",
        "Recognises when one person dominates or intimidates others and redirects them "
        "calmly, keeping everyone safe.",
        ("FGCC-C-S-05", "FGCC-A-S-08", "FGCC-B-S-05"),
    ),
    CriterionInput(
        S.AGREEING_THE_PLAN,
        "Checks the plan: who does what by when, monitoring, contingency, review date",
        "Each action has a person and a date; the family knows how the plan will be "
        "monitored, what happens if it does not work, and when it will be reviewed.",
        ("FGCC-B-S-06",),
    ),
    CriterionInput(
        S.AGREEING_THE_PLAN,
        "Accepts the family's plan unless it is unsafe or misses the bottom lines",
        "Where a part of the plan is not accepted, the reason is explained clearly and the "
        "family is helped to rethink it.",
        ("FGCC-C-K-03", "FGCC-B-E-01"),
    ),
    CriterionInput(
        S.AGREEING_THE_PLAN,
        "Makes sure resources are agreed and partners commit to the plan",
        "Services and the wider community say what they will provide; everyone present "
        "agrees to the plan.",
        ("FGCC-C-E-05",),
    ),
    CriterionInput(
        S.REVIEW,
        "Uses the first plan to shape the review: what happened, what worked, what changes",
        "The review starts from the agreed plan and builds on what the family has done.",
        ("FGCC-B-E-06",),
    ),
    CriterionInput(
        S.REVIEW,
        "Circulates the plan promptly in an accessible, strengths-based format",
        "The plan goes out within days, in the family's words, readable by everyone it names.",
        ("FGCC-B-E-09",),
    ),
]

FNM_CRITERIA = [
    CriterionInput(
        S.REFERRAL,
        "Agrees the purpose with the family: the worries and the safety goal",
        "The danger statement says who is worried, what they fear will happen and the "
        "impact on the child, in plain, behaviour-specific words, paired with a safety goal.",
        ("FGCC-B-K-05", "FGCC-B-S-03"),
    ),
    CriterionInput(
        S.PREPARATION,
        "Helps the family find their network, beyond the people already known",
        "Relatives, friends and important adults are explored honestly; the family decides "
        "who to invite.",
        ("FGCC-B-S-09",),
    ),
    CriterionInput(
        S.PREPARATION,
        "Brings the child's views in, for example with the Three Houses",
        "Worries, good things and dreams in the child's words, shared with their agreement.",
        ("FGCC-C-S-04", "FGCC-B-S-01"),
    ),
    CriterionInput(
        S.INFORMATION_SHARING,
        "Maps with the network: what are we worried about, what's working well, what needs "
        "to happen",
        "All three columns are filled with the network, strengths as specific as worries.",
        ("FGCC-B-E-01",),
    ),
    CriterionInput(
        S.PRIVATE_FAMILY_TIME,
        "Offers the family time alone to build their plan",
        "The facilitator leaves the network to talk, and is available when they are ready.",
        ("FGCC-B-K-02",),
    ),
    CriterionInput(
        S.AGREEING_THE_PLAN,
        "Builds a safety plan with the network: who does what, and how everyone will know "
        "it is working",
        "Actions are specific; the network knows what to do if worries return.",
        ("FGCC-B-S-06",),
    ),
    CriterionInput(
        S.AGREEING_THE_PLAN,
        "Uses the 0–10 safety scale to agree where things are and what would move them on",
        "Each person's score is heard and the reasons for it; the next step up is named.",
        ("FGCC-C-E-03",),
    ),
    CriterionInput(
        S.REVIEW,
        "Agrees how and when the network will review the safety plan",
        "A date, who will be there and what will show the plan is working.",
        ("FGCC-B-E-06",),
    ),
]

TEMPLATES = {
    "fgc-meeting": (
        "Family group conference observation",
        "For family group conferences, reviews, co-facilitated conferences and preparation "
        "visits. Criteria follow the stages of a conference.",
        [
            MeetingType.FGC,
            MeetingType.REVIEW_FGC,
            MeetingType.CO_FACILITATED,
            MeetingType.PREPARATION_VISIT,
        ],
        FGC_CRITERIA,
    ),
    "fnm-meeting": (
        "Family network meeting observation",
        "For family network meetings led by the child's lead practitioner, built on Signs "
        "of Safety mapping and a safety plan.",
        [MeetingType.FNM, MeetingType.CO_FACILITATED, MeetingType.OTHER],
        FNM_CRITERIA,
    ),
}


def seed_templates() -> dict[str, ObservationTemplate]:
    templates = {}
    for code, (name, description, meeting_types, criteria) in TEMPLATES.items():
        existing = ObservationTemplate.objects.filter(code=code).order_by("-version").first()
        templates[code] = existing or services.template_create(
            code=code,
            name=name,
            description=description,
            meeting_types=list(meeting_types),
            criteria=criteria,
            publish=True,
        )
    return templates


FEEDBACK = {
    "strengths": (
        "You set out the ground rules clearly and checked everyone understood the bottom "
        "lines before the family talked alone.\n\nYour summary of what was working well was "
        "specific, and the family visibly relaxed when you named their strengths."
    ),
    "development_points": (
        "The professionals' information ran long and used some jargon. Agree a time limit "
        "with them beforehand and ask them to write their worries in plain words."
    ),
    "agreed_actions": (
        "Draft a short guide for professionals on sharing information at a conference, and "
        "bring it to the next team meeting."
    ),
    "family_voice": (
        "A grandparent said it was the first meeting where they felt listened to. The young "
        "person said they liked that their words were read out as they wrote them."
    ),
}

RESPONSE = (
    "I agree the information-giving ran long. I will meet the professionals beforehand and "
    "share a simple outline of what to cover.\n\nIt helped to hear which moments settled the "
    "family; I will keep naming strengths early."
)


def _rate(template: ObservationTemplate, stages: list[str], pattern: list[str]) -> list:
    """A rating per criterion: `pattern` in turn for the stages seen, the lowest otherwise."""
    lowest = template.rating_scale[0]["value"]
    ratings, turn = [], 0
    for criterion in template.criteria.order_by("sort_order"):
        if criterion.stage in stages:
            rating = pattern[turn % len(pattern)]
            turn += 1
        else:
            rating = lowest
        ratings.append(RatingInput(criterion.pk, rating, ""))
    return ratings


def _observation(
    observer: User,
    observed: User,
    template: ObservationTemplate,
    meeting_type: str,
    days_ago: int,
    stages: list[str],
    *,
    until: str,
    leader: User | None = None,
    pattern: tuple[str, ...] = ("secure", "strong", "developing", "secure"),
) -> Observation:
    existing = Observation.objects.filter(
        observer=observer, observed=observed, meeting_type=meeting_type
    ).first()
    if existing:
        return existing
    today = timezone.localdate()
    observation = services.observation_create(
        observer=observer,
        observed=observed,
        template=template,
        observed_on=today - timedelta(days=days_ago),
        meeting_type=meeting_type,
        family_consent=True,
    )
    services.observation_save_draft(
        observation=observation,
        by=observer,
        observed_on=observation.observed_on,
        meeting_type=meeting_type,
        stages_observed=stages,
        ratings=_rate(template, stages, list(pattern)),
        **FEEDBACK,
    )
    if until == "draft":
        return observation
    services.observation_share(observation=observation, by=observer)
    if until == "shared":
        return observation
    services.observation_respond(observation=observation, by=observed, response=RESPONSE)
    if until == "responded":
        return observation
    services.observation_sign_off(observation=observation, by=leader)
    services.addendum_add(
        observation=observation,
        by=observed,
        text="Since this observation I have co-facilitated two conferences using the "
        "professionals' guide we agreed; both kept the information-giving to time.",
    )
    return observation


@transaction.atomic
def seed_observations(users: dict[str, User]) -> list[Observation]:
    seed_templates()
    fgc = ObservationTemplate.objects.published().get(code="fgc-meeting")
    fnm = ObservationTemplate.objects.published().get(code="fnm-meeting")
    sam, priya, nia = users["coordinator"], users["practitioner"], users["coordinator2"]
    tess, rowan, dev = users["teamleader"], users["teamleader2"], users["practitioner2"]
    every_stage = [s.value for s in Stage if s != Stage.REVIEW]
    return [
        # Sam observes Priya: one of each status, so every page has something to show.
        _observation(
            sam, priya, fgc, MeetingType.FGC, 75, every_stage, until="signed_off", leader=tess
        ),
        _observation(
            sam,
            priya,
            fgc,
            MeetingType.REVIEW_FGC,
            30,
            [Stage.INFORMATION_SHARING, Stage.AGREEING_THE_PLAN, Stage.REVIEW],
            until="responded",
        ),
        _observation(
            sam,
            priya,
            fgc,
            MeetingType.CO_FACILITATED,
            12,
            every_stage,
            until="shared",
            pattern=("strong", "secure"),
        ),
        _observation(
            sam, priya, fgc, MeetingType.PREPARATION_VISIT, 3, [Stage.PREPARATION], until="draft"
        ),
        # Nia observes Sam, waiting for Tess's sign-off.
        _observation(
            nia, sam, fgc, MeetingType.FGC, 20, every_stage, until="responded", pattern=("strong",)
        ),
        # Rowan observes Dev at a family network meeting; Dev has yet to respond.
        _observation(
            rowan,
            dev,
            fnm,
            MeetingType.FNM,
            9,
            [Stage.INFORMATION_SHARING, Stage.PRIVATE_FAMILY_TIME, Stage.AGREEING_THE_PLAN],
            until="shared",
        ),
    ]
