"""Shared API schemas."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class Error(Schema):
    detail: str


class ValidationProblem(Schema):
    """Ninja's own answer to a request that does not match the documented parameters."""

    detail: list[dict[str, Any]]
