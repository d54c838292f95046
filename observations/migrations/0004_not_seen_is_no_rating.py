"""'Not seen' is no point on a rating scale (issue 15): the stages the observer ticks say what
was seen. Existing templates lose the point, and ratings that used it become unrated, which
is what they always meant: no judgement, and never evidence."""

from django.db import migrations

NOT_SEEN_VALUES = ("not_seen", "not_observed")


def drop_not_seen(apps, schema_editor):
    ObservationTemplate = apps.get_model("observations", "ObservationTemplate")
    CriterionRating = apps.get_model("observations", "CriterionRating")
    for template in ObservationTemplate.objects.all():
        scale = template.rating_scale if isinstance(template.rating_scale, list) else []
        kept = [p for p in scale if not isinstance(p, dict) or p.get("value") not in NOT_SEEN_VALUES]
        if len(kept) == len(scale) or len(kept) < 2:
            continue
        if not any(isinstance(p, dict) and p.get("counts_as_evidence") for p in kept):
            continue
        ObservationTemplate.objects.filter(pk=template.pk).update(rating_scale=kept)
        CriterionRating.objects.filter(
            observation__template=template, rating__in=NOT_SEEN_VALUES
        ).update(rating="")


class Migration(migrations.Migration):
    dependencies = [
        ("observations", "0003_addendum_help_text_names_core"),
    ]

    operations = [migrations.RunPython(drop_not_seen, migrations.RunPython.noop)]
