"""Mentoring moves out of the learning app (it never had any tie to modules).

The tables already exist, made by learning 0001_mentoring: this migration takes the
models over in Django's state without touching the database, then renames the tables and
moves the content types (and so the permissions the role groups hold) to this app.
"""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MODELS = ("mentoringrelationship", "mentoringsession", "resourcerecommendation")


def move_content_types(apps, schema_editor, from_app="learning", to_app="mentoring"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        ContentType.objects.using(db).filter(app_label=to_app, model=model).delete()
        ContentType.objects.using(db).filter(app_label=from_app, model=model).update(
            app_label=to_app
        )


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, from_app="mentoring", to_app="learning")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('content', '0004_resources'),
        ('learning', '0002_learning_records'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='MentoringRelationship',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('start_date', models.DateField(default=django.utils.timezone.localdate)),
                        ('end_date', models.DateField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('mentee', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='mentoring_as_mentee', to=settings.AUTH_USER_MODEL)),
                        ('mentor', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='mentoring_as_mentor', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'learning_mentoringrelationship',
                        'ordering': ['-start_date', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='MentoringSession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField()),
                        ('duration_minutes', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(5), django.core.validators.MaxValueValidator(480)])),
                        ('topics', models.CharField(max_length=300)),
                        ('next_steps', models.TextField(blank=True, help_text='Sanitised HTML. Seen by both.')),
                        ('shared_notes', models.TextField(blank=True, help_text='Sanitised HTML. Seen by both.')),
                        ('mentor_notes', models.TextField(blank=True, help_text='Sanitised HTML. Private: seen by the mentor only.')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('relationship', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sessions', to='mentoring.mentoringrelationship')),
                    ],
                    options={
                        'db_table': 'learning_mentoringsession',
                        'ordering': ['-date', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ResourceRecommendation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('note', models.CharField(blank=True, help_text='Why it might help. Seen by the mentee.', max_length=300)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('relationship', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='recommendations', to='mentoring.mentoringrelationship')),
                        ('resource', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='content.resourcepage')),
                    ],
                    options={
                        'db_table': 'learning_resourcerecommendation',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='mentoringrelationship',
                    constraint=models.CheckConstraint(condition=models.Q(('end_date__isnull', True), ('end_date__gte', models.F('start_date')), _connector='OR'), name='mentoring_ends_after_it_starts'),
                ),
                migrations.AddConstraint(
                    model_name='mentoringrelationship',
                    constraint=models.CheckConstraint(condition=models.Q(('mentor', models.F('mentee')), _negated=True), name='mentoring_not_of_oneself'),
                ),
                migrations.AddConstraint(
                    model_name='mentoringrelationship',
                    constraint=models.UniqueConstraint(condition=models.Q(('end_date__isnull', True)), fields=('mentee',), name='mentoring_one_open_relationship_per_mentee', violation_error_message='This person already has a mentor. End that first.'),
                ),
                migrations.AddIndex(
                    model_name='mentoringsession',
                    index=models.Index(fields=['relationship', 'date'], name='learning_me_relatio_fb5899_idx'),
                ),
                migrations.AddConstraint(
                    model_name='mentoringsession',
                    constraint=models.CheckConstraint(condition=models.Q(('duration_minutes__gte', 5), ('duration_minutes__lte', 480)), name='mentoring_session_duration_in_range'),
                ),
                migrations.AddConstraint(
                    model_name='resourcerecommendation',
                    constraint=models.UniqueConstraint(fields=('relationship', 'resource'), name='recommendation_once_per_relationship', violation_error_message='You have already recommended this resource.'),
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
