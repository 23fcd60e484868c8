"""Structured editors: small forms that say what they want, save on Enter or their
button, and show a refusal next to the field at fault without losing what was typed."""
