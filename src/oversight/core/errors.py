"""Errors raised by services and access functions; views and the API turn them into responses."""

from __future__ import annotations


class OversightError(Exception):
    """Base class: ``message`` is written for the person who caused it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(OversightError):
    """The object does not exist, or the user may not know that it does."""


class NotAllowed(OversightError):
    """The user may see the object but not make this change."""


class InvalidChange(OversightError):
    """The change breaks a business rule (the message names the rule)."""
