from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from oversight.evidence.models import EvidenceFile, EvidenceVersion


@admin.register(EvidenceFile)
class EvidenceFileAdmin(SimpleHistoryAdmin):
    list_display = ["title", "obligation", "classification", "latest_version"]
    list_filter = ["classification"]
    search_fields = ["title"]
    raw_id_fields = ["obligation", "created_by"]


@admin.register(EvidenceVersion)
class EvidenceVersionAdmin(SimpleHistoryAdmin):
    list_display = ["evidence", "number", "file_format", "size", "uploaded_at"]
    list_filter = ["file_format"]
    raw_id_fields = ["evidence", "uploaded_by"]
    readonly_fields = ["stored_name", "sha256", "size", "content_type", "file_format"]
