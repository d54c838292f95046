from django.db import migrations

INTRODUCTION = (
    "<p>Practice Circle is where our Family Group Decision Making service learns and grows: "
    "learning modules, the Level A/B/C progression framework, and peer observation of "
    "family meetings.</p>"
)


def create_homepage(apps, schema_editor):
    """Replace Wagtail's default welcome page with our HomePage as the site root."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("content.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="content")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="Practice Circle",
        draft_title="Practice Circle",
        slug="home",
        content_type=content_type,
        locale=Locale.objects.order_by("pk").first(),
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        introduction=INTRODUCTION,
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Practice Circle"},
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("content.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
