"""API: operational data imports and the indicators computed from them."""

from __future__ import annotations

from ninja import Router

from oversight.api.auth import optional_user

router = Router(tags=["measures"], auth=optional_user)
