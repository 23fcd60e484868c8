"""Errors the advisor can act on, with their message in the advisor's language.

A `ValidationError` carries a message key and its parameters; `message(lang)` renders
it from the catalogue in `messages.py`. Programming errors are ordinary exceptions and
must surface loudly.
"""

from __future__ import annotations

from jeweldesk.domain.messages import render


class DomainError(Exception):
    """Base of every error shown to a user."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(render(key, "en", **params))

    def message(self, lang: str = "en") -> str:
        return render(self.key, lang, **self.params)


class ValidationError(DomainError):
    """Input the user can correct. `field` names the form field at fault, if any."""

    def __init__(self, key: str, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(key, **params)


class NotFound(DomainError):
    pass


class ConflictError(DomainError):
    """The write would break a business rule (a double booking, say)."""
