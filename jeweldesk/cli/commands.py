"""Every subcommand of `jeweldesk`, in the order `--help` lists them."""

from __future__ import annotations

from jeweldesk.cli import demo, directory, documents, intelligence, privacy, screenshot, sync
from jeweldesk.cli.benefits import register as register_benefits
from jeweldesk.cli.cases import register as register_cases
from jeweldesk.cli.consent import register as register_consent
from jeweldesk.cli.events import register as register_events
from jeweldesk.cli.exporting import register as register_export
from jeweldesk.cli.importing import register as register_import
from jeweldesk.cli.interactions import register as register_interactions
from jeweldesk.cli.photos import register as register_photos
from jeweldesk.cli.service import register as register_service
from jeweldesk.headoffice import cli as headoffice

COMMANDS = [
    demo.register,
    directory.register,
    sync.register,
    headoffice.register,
    intelligence.register,
    documents.register,
    screenshot.register,
    privacy.register,
    register_import,
    register_export,
    register_benefits,
    register_events,
    register_cases,
    register_service,
    register_interactions,
    register_consent,
    register_photos,
]
