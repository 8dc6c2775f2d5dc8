from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from oversight.reports.models import Finding, Report


class FindingInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Finding
    extra = 0


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "state", "published"]
    list_filter = ["kind", "state"]
    search_fields = ["title", "key"]
    inlines = [FindingInline]


@admin.register(Finding)
class FindingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "report", "deadline"]
    list_filter = ["kind", "report"]
    search_fields = ["text", "reference"]
