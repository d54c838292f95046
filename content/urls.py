from django.conf import settings
from django.urls import path

from content import views

app_name = "content"

urlpatterns = [
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", views.image_file, name="image-file"),
]
