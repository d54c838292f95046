"""The demo's co-observed meeting for `seed_demo`: Sam (coordinator) and Nia (coordinator2)
both observe Priya (practitioner) at a family network meeting this quarter, each rating on
their own; both share, so the side-by-side shows, and Nia's calibration discussion note
closes the pair, so the North team leader's calibration report has figures.

Built with the product's services on the days they happened (demo/timeline.py); created
once (idempotent by the pair's observers and person observed). The words are in
demo/data/observations.toml.
"""

from django.db import transaction

from demo import loaders
from demo.observations import SHARED, _observation, _rate, _Seeding
from demo.timeline import Calendar, on
from observations import co_observation, services
from observations.enums import MeetingType, Stage
from observations.models import CoObservation, ObservationTemplate
from people.models import User

STAGES = (
    Stage.REFERRAL,
    Stage.PREPARATION,
    Stage.INFORMATION_SHARING,
    Stage.PRIVATE_FAMILY_TIME,
    Stage.AGREEING_THE_PLAN,
)
# Over the template's seven criteria under these stages, the two agree on five; Cohen's
# kappa 16/30 ≈ 0.53 (observations.calibration).
FIRST_RATINGS = ("secure", "strong", "developing", "secure")
SECOND_RATINGS = ("secure", "secure", "developing", "secure", "secure", "secure", "developing")
DAYS_AGO, CLOSED = 20, 5


@transaction.atomic
def seed_co_observation(users: dict[str, User]) -> CoObservation:
    first_observer, second_observer = users["coordinator"], users["coordinator2"]
    observed = users["practitioner"]
    existing = CoObservation.objects.filter(
        first__observer=first_observer, second__observer=second_observer, first__observed=observed
    ).first()
    if existing:
        return existing
    template = ObservationTemplate.objects.published().get(code="fnm-meeting")
    texts = loaders.observation_texts()
    seeding = _Seeding(texts, Calendar.now())
    meeting = seeding.calendar.recent(DAYS_AGO)
    first = _observation(
        seeding,
        first_observer,
        observed,
        template,
        MeetingType.FNM,
        meeting,
        list(STAGES),
        until="draft",
        pattern=FIRST_RATINGS,
    )
    with on(meeting):
        pair = co_observation.co_observer_invite(
            observation=first,
            by=first_observer,
            second_observer=second_observer,
            family_consent=True,
        )
        services.observation_save_draft(
            observation=pair.second,
            by=second_observer,
            observed_on=meeting,
            meeting_type=MeetingType.FNM,
            stages_observed=list(STAGES),
            ratings=_rate(template, list(STAGES), list(SECOND_RATINGS)),
            **texts["feedback"],
        )
    with on(seeding.day(meeting, SHARED)):
        for observation in pair.observations:
            services.observation_share(observation=observation, by=observation.observer)
    with on(seeding.day(meeting, SHARED + CLOSED)):
        return co_observation.co_observation_close(
            pair=pair, by=second_observer, note=texts["co_observation"]["discussion_note"]
        )
