"""Access to organisations: public facts, visible to everyone including the public."""

from __future__ import annotations

from typing import Any

from oversight.core.errors import NotFound
from oversight.organisations.models import Organisation


def access_organisation_by_slug(user: Any, slug: str) -> Organisation:
    try:
        return Organisation.objects.select_related("region").get(slug=slug)
    except Organisation.DoesNotExist:
        raise NotFound(f"No organisation called {slug!r}") from None
