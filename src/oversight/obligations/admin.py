from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from oversight.obligations.models import Action, Obligation, ProgressUpdate


@admin.register(Obligation)
class ObligationAdmin(SimpleHistoryAdmin):
    list_display = ["finding", "organisation", "status", "published_status"]
    list_filter = ["status", "finding__report"]
    search_fields = ["organisation__name", "finding__reference"]
    list_select_related = ["finding__report", "organisation"]
    raw_id_fields = ["finding", "organisation"]


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["title", "obligation", "owner", "due", "status"]
    list_filter = ["status"]
    raw_id_fields = ["obligation"]


@admin.register(ProgressUpdate)
class ProgressUpdateAdmin(SimpleHistoryAdmin):
    list_display = ["obligation", "created_at", "status_from", "status_to"]
    raw_id_fields = ["obligation", "author"]
