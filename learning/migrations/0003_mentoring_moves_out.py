"""Mentoring's models now belong to the mentoring app (its 0001 takes over the tables).

State only: the tables stay, so no data moves and nothing is dropped.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('learning', '0002_learning_records'),
        ('mentoring', '0001_take_over_mentoring_tables'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name='ResourceRecommendation'),
                migrations.DeleteModel(name='MentoringSession'),
                migrations.DeleteModel(name='MentoringRelationship'),
            ],
        ),
    ]
