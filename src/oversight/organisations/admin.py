from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from oversight.organisations.models import Governance, Organisation, Region


@admin.register(Region)
class RegionAdmin(SimpleHistoryAdmin):
    list_display = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "body_kind", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "short_name", "area"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Governance)
class GovernanceAdmin(SimpleHistoryAdmin):
    list_display = ["force", "body", "valid_from", "valid_to"]
    list_filter = ["valid_to"]
    autocomplete_fields = ["force", "body"]
