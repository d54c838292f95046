"""One live confirmation per person and level, and review comments as plain text.

Before the constraint can exist, repeated confirmations made by the old double-submit bug
(issue 13, finding 3) are removed: the first confirmation of a level stays, later live repeats
of it go (they recorded nothing new but a later date). Review comments were stored as
sanitised HTML; they become the plain text the team leader typed, escaped when shown.
"""

from django.conf import settings
from django.db import migrations, models

from core.sanitize import html_to_plain_text


def remove_repeated_confirmations(apps, schema_editor):
    LevelConfirmation = apps.get_model("assessments", "LevelConfirmation")
    seen = set()
    repeats = []
    live = LevelConfirmation._base_manager.filter(needs_review=False).order_by("created_at", "pk")
    for pk, subject_id, level_id in live.values_list("pk", "subject_id", "level_id"):
        if (subject_id, level_id) in seen:
            repeats.append(pk)
        seen.add((subject_id, level_id))
    LevelConfirmation._base_manager.filter(pk__in=repeats).delete()


def comments_to_plain_text(apps, schema_editor):
    Decision = apps.get_model("assessments", "Decision")
    decisions = Decision._base_manager.exclude(comment="")
    for pk, comment in decisions.values_list("pk", "comment").iterator():
        plain = html_to_plain_text(comment)
        if plain != comment:
            Decision._base_manager.filter(pk=pk).update(comment=plain)


class Migration(migrations.Migration):

    dependencies = [
        ('assessments', '0005_framework_lifecycle_fields_set_by_lifecycle'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(remove_repeated_confirmations, migrations.RunPython.noop),
        migrations.RunPython(comments_to_plain_text, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='decision',
            name='comment',
            field=models.TextField(blank=True, help_text='Plain text, escaped when shown.'),
        ),
        migrations.AddConstraint(
            model_name='levelconfirmation',
            constraint=models.UniqueConstraint(condition=models.Q(('needs_review', False)), fields=('subject', 'level'), name='one_live_confirmation_per_level', violation_error_message='This level is already confirmed for this person.'),
        ),
    ]
