from django.urls import path

from privacy import views

app_name = "privacy"

urlpatterns = [
    path("account/your-records/", views.records_download, name="records-download"),
]
