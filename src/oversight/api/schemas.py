"""Shared API schemas."""

from __future__ import annotations

from ninja import Schema


class Error(Schema):
    detail: str
