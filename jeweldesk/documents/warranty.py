"""The warranty card: the piece, its serial, the purchase date and period, what is and
is not covered, and the lifetime services."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.certificate import piece_section
from jeweldesk.documents.data import WarrantyData
from jeweldesk.documents.page import (
    Look,
    Signature,
    content_width,
    fields,
    header_block,
    heading,
    render,
    verification_block,
)
from jeweldesk.documents.texts import client, date, label


def build_warranty(
    data: WarrantyData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The warranty card as PDF bytes."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    story = header_block(look, data.issue, "title.warranty", width)
    story += [
        fields(
            look,
            [
                ("client", client(data.client_name, data.client_name_local, lang)),
                ("purchased_on", date(data.purchased_on, lang)),
                ("warranty_period", label("years", lang, n=data.years)),
                ("warranty_until", date(data.valid_until, lang)),
            ],
            width,
            columns=4,
        )
    ]
    story += piece_section(look, data.piece, width, space_before=8)
    story += [heading(look, "section.coverage"), look.para(label("coverage", lang), 9)]
    story += [heading(look, "section.exclusions"), look.para(label("exclusions", lang), 9)]
    story += [heading(look, "section.benefits"), look.para(label("benefits", lang), 9)]
    story += [Spacer(0, 6), look.para(label("keep_card", lang), 8, "muted")]
    signer = data.advisor.name
    story.append(
        KeepTogether([Spacer(0, 8), verification_block(look, data.issue, signature, width, signer)])
    )
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.warranty", lang),
        void=void,
    )
