"""Shared API schemas."""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import ConfigDict


class Error(Schema):
    detail: str


class ValidationProblem(Schema):
    """Ninja's own answer to a request that does not match the documented parameters."""

    detail: list[dict[str, Any]]


class BodyIn(Schema):
    """A JSON request body. A field the operation does not know is refused (422 naming it), so a
    misspelt or misplaced field is never silently ignored: a confirm sent with ``items`` instead of
    ``decisions`` would otherwise confirm the letter's reading unchanged."""

    model_config = ConfigDict(extra="forbid")
