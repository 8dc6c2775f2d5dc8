from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from oversight.responses.models import Response, ResponseItem


class ResponseItemInline(admin.TabularInline):  # type: ignore[type-arg]
    model = ResponseItem
    extra = 0
    fields = ["finding", "label_in_letter", "stance", "claimed_status", "confidence"]
    raw_id_fields = ["finding"]


@admin.register(Response)
class ResponseAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "report", "state", "letter_date"]
    list_filter = ["state", "report"]
    inlines = [ResponseItemInline]
    exclude = ["text", "extraction"]
