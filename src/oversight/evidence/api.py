"""API: evidence files attached to obligations."""

from __future__ import annotations

from ninja import Router

from oversight.api.auth import optional_user

router = Router(tags=["evidence"], auth=optional_user)
