"""The documents a client takes home and the brief the VIC consultant prepares with.

Each builder is a pure function from the frozen values in `data` to PDF bytes
(reportlab), in English, Simplified or Traditional Chinese, on A4 or US Letter, in the
house's branding. Issuing, numbering, signing and verifying live in `numbers`,
`signing` and `verify`; the service that ties them to the records is
`jeweldesk.services.documents`."""

from __future__ import annotations

from collections.abc import Callable

from jeweldesk.documents.appointment_brief import build_appointment_brief
from jeweldesk.documents.appraisal import build_appraisal
from jeweldesk.documents.care import care_content, care_schedule
from jeweldesk.documents.care_guide import build_care_guide
from jeweldesk.documents.certificate import build_certificate
from jeweldesk.documents.service_receipt import build_collection_slip, build_service_receipt
from jeweldesk.documents.warranty import build_warranty

BUILDERS: dict[str, Callable[..., bytes]] = {
    "certificate": build_certificate,
    "appraisal": build_appraisal,
    "care_guide": build_care_guide,
    "warranty": build_warranty,
    "service_receipt": build_service_receipt,
    "collection_slip": build_collection_slip,
    "appointment_brief": build_appointment_brief,
}
PAPERS = ("a4", "letter")

__all__ = ["BUILDERS", "PAPERS", "care_content", "care_schedule"]
