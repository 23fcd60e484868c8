"""Events' vocabulary and who organises them: read by the device's service and by
head office, which checks each pushed change to an event against the same roles."""

from __future__ import annotations

from jeweldesk.domain.vocab import Role

# The kinds an advisor creates. Older records may hold others (a masterclass, a
# private dinner): they are shown as they are and kept when an event is edited.
EVENT_KINDS = ("launch", "workshop", "private_viewing", "in_store_event")
# Who creates, edits and cancels events; anyone at the store invites and records answers.
ROLES_ORGANISING = (Role.STORE_MANAGER, Role.VIC_CONSULTANT, Role.HEAD_OFFICE)
