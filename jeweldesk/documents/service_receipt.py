"""The service intake receipt (condition at intake, estimate, ready date, the client's
signature) and the collection slip given back with the piece."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, PolyLine
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.data import ServiceJobData
from jeweldesk.documents.page import (
    Grid,
    Look,
    Rule,
    Signature,
    content_width,
    fields,
    header_block,
    heading,
    render,
)
from jeweldesk.documents.texts import client, date, date_time, label, money, term


def _piece_rows(look: Look, data: ServiceJobData) -> list[tuple[str, str]]:
    piece = data.piece
    return [
        ("description", piece.title(look.lang)),
        ("serial", piece.serial),
        ("metal", term(piece.metal, look.lang)),
    ]


def build_service_receipt(
    data: ServiceJobData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The intake receipt as PDF bytes."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    name = client(data.client_name, data.client_name_local, lang)
    story = header_block(look, data.issue, "title.service_receipt", width)
    estimate = _estimate(data, lang)
    story += [
        fields(
            look,
            [
                ("job_number", data.job_number),
                ("client", name),
                ("received_at", date_time(data.received_at, lang)),
                ("received_by", data.received_by),
                ("service_kind", term(data.service_kind, lang)),
                ("ready_by", date(data.ready_by, lang)),
                ("estimate", estimate),
            ],
            width,
            columns=3,
        )
    ]
    story += [
        heading(look, "section.piece"),
        fields(look, _piece_rows(look, data), width, columns=3),
    ]
    story += _section(look, "work", data.work) + _section(
        look, "intake_condition", data.intake_condition
    )
    story += [Spacer(0, 8), look.para(label("service_terms", lang), 7.5, "muted")]
    story.append(
        KeepTogether(
            [
                Spacer(0, 16),
                _sign_lines(look, width, (name, data.received_by), data.signature_svg or ""),
            ]
        )
    )
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.service_receipt", lang),
        void=void,
    )


def build_collection_slip(
    data: ServiceJobData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The collection slip as PDF bytes."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    name = client(data.client_name, data.client_name_local, lang)
    story = header_block(look, data.issue, "title.collection_slip", width)
    story += [
        fields(
            look,
            [
                ("job_number", data.job_number),
                ("client", name),
                ("service_kind", term(data.service_kind, lang)),
                ("received_at", date_time(data.received_at, lang)),
                ("ready_at", date_time(data.ready_at, lang)),
                ("collected_at", date_time(data.collected_at or data.issue.issued_at, lang)),
            ],
            width,
            columns=3,
        )
    ]
    story += [
        heading(look, "section.piece"),
        fields(look, _piece_rows(look, data), width, columns=3),
    ]
    story += _section(look, "work", data.work)
    story += [Spacer(0, 10), look.para(label("collection_statement", lang), 9.5)]
    story.append(
        KeepTogether([Spacer(0, 16), _sign_lines(look, width, (name, data.issue.issued_by))])
    )
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.collection_slip", lang),
        void=void,
    )


def _estimate(data: ServiceJobData, lang: str) -> str:
    """The estimate: an amount, free of charge (zero), or still to be given (none yet:
    the receipt must not promise the client a free repair)."""
    if data.estimate is None:
        return label("estimate_pending", lang)
    return money(data.estimate, data.currency, lang) if data.estimate else label("no_charge", lang)


def _section(look: Look, key: str, text: str) -> list:
    """A heading and its text; nothing at all when the record holds no text."""
    return [heading(look, key), look.para(text, 9.5)] if text.strip() else []


def _signed(path: str, width: float, height: float = 26) -> Drawing | None:
    """The client's signature as drawn on the pad (one `M x y L x y …` stroke after
    another, in the pad's pixels, y down), scaled into the space above the rule."""
    strokes: list[list[tuple[float, float]]] = []
    tokens = path.replace("M", " M ").replace("L", " L ").replace(",", " ").split()
    for i in range(0, len(tokens) - 2, 3):
        try:
            point = (float(tokens[i + 1]), float(tokens[i + 2]))
        except ValueError:
            return None
        if tokens[i] == "M" or not strokes:
            strokes.append([point])
        else:
            strokes[-1].append(point)
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return None
    left, top = min(x for x, _ in points), min(y for _, y in points)
    wide = max(max(x for x, _ in points) - left, 1.0)
    tall = max(max(y for _, y in points) - top, 1.0)
    scale = min(width / wide, height / tall)
    drawing = Drawing(width, height)
    for stroke in strokes:
        flat: list[float] = []
        for x, y in stroke or []:
            flat += [(x - left) * scale, height - (y - top) * scale]
        if len(flat) == 2:
            flat += [flat[0] + 0.5, flat[1]]
        drawing.add(
            PolyLine(flat, strokeColor=colors.HexColor("#1f2a44"), strokeWidth=1.1, strokeLineCap=1)
        )
    return drawing


def _sign_lines(look: Look, width: float, names: tuple[str, str], client_signed: str = "") -> Grid:
    """Two signature spaces side by side: a rule to sign on, the label and name below
    (the client's signature drawn above its rule when it was given on the tablet)."""
    cells = []
    for key, name in zip(("client_signature", "staff_signature"), names, strict=True):
        drawn = _signed(client_signed, width / 2 - 48) if key == "client_signature" else None
        cells.append(
            [
                drawn if drawn is not None else Spacer(0, 26),
                Rule(look.branding.colour("muted"), width / 2 - 24),
                look.para(look.label(key), 6.5, "muted"),
                look.para(name, 8.5),
            ]
        )
    table = Grid([cells], colWidths=[width / 2] * 2)
    # Aligned at the top: both lines to sign on level, however long a name below them.
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table
