"""Who may do what with a service job: the rule the device's service and head office
both apply (head office to the person each op names)."""

from __future__ import annotations

from jeweldesk.domain.vocab import Role

# Who works at the counter: they take pieces in and hand them back.
ROLES_AT_COUNTER = (Role.ADVISOR, Role.VIC_CONSULTANT, Role.STORE_MANAGER)
# The workshop's steps may also be recorded by head office (a central workshop).
ROLES_AT_WORKSHOP = (*ROLES_AT_COUNTER, Role.HEAD_OFFICE)
# Besides whoever took the piece in, who may cancel a job before it leaves the counter.
ROLES_CANCELLING = (Role.STORE_MANAGER,)
