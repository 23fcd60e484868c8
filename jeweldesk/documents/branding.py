"""The house's name, logo and colours, read from `resources/branding/branding.json`
and overridden key by key by a `branding.json` in the device's data folder."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from reportlab.lib.colors import Color, HexColor

from jeweldesk.paths import resource_dir

FILENAME = "branding.json"


@dataclass(frozen=True)
class Branding:
    house_name: str = "MAISON LUMIÈRE"
    house_name_zh_CN: str = ""
    house_name_zh_TW: str = ""
    tagline: str = ""
    tagline_zh_CN: str = ""
    tagline_zh_TW: str = ""
    logo: str = ""
    ink: str = "#1F2A36"
    accent: str = "#A8874B"
    muted: str = "#6E7781"
    paper_tint: str = "#FBF8F2"
    verify_url: str = ""
    warranty_years: int = 2
    appraisal_review_years: int = 3

    def name(self, lang: str) -> str:
        local = {"zh_CN": self.house_name_zh_CN, "zh_TW": self.house_name_zh_TW}.get(lang, "")
        return local or self.house_name

    def tagline_in(self, lang: str) -> str:
        """The tagline in the document's language, or as the house wrote it."""
        local = {"zh_CN": self.tagline_zh_CN, "zh_TW": self.tagline_zh_TW}.get(lang, "")
        return local or self.tagline

    def colour(self, which: str) -> Color:
        return HexColor(getattr(self, which))

    def verification_link(self, number: str) -> str:
        base = (self.verify_url or "https://verify.invalid").rstrip("/")
        return f"{base}/verify/{number}"


def load_branding(data_dir: str | Path | None = None) -> Branding:
    """The house's branding: the bundled defaults, then the device's own file."""
    values: dict = {}
    candidates = [resource_dir() / "branding" / FILENAME]
    if data_dir is not None:
        candidates.append(Path(data_dir) / FILENAME)
    for path in candidates:
        if path.is_file():
            values.update(json.loads(path.read_text(encoding="utf-8")))
    known = {f.name for f in fields(Branding)}
    branding = Branding(**{k: v for k, v in values.items() if k in known})
    if branding.logo:
        for folder in (resource_dir() / "branding", Path(data_dir) if data_dir else None):
            if folder is not None and (folder / branding.logo).is_file():
                return _replace_logo(branding, str((folder / branding.logo).resolve()))
    return branding


def _replace_logo(branding: Branding, path: str) -> Branding:
    from dataclasses import replace

    return replace(branding, logo=path)


def draw_monogram(canvas, x: float, y: float, size: float, branding: Branding) -> None:
    """The default logo, a faceted diamond outline in the house's accent colour, drawn
    straight on the canvas (a reportlab Drawing would pull in an unembedded base font)."""
    s = size
    crown, girdle = s * 0.78, s * 0.58
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setStrokeColor(branding.colour("accent"))
    canvas.setLineJoin(1)
    outline = canvas.beginPath()
    outline.moveTo(s * 0.28, crown)
    for px, py in ((s * 0.72, crown), (s * 0.92, girdle), (s * 0.5, s * 0.08), (s * 0.08, girdle)):
        outline.lineTo(px, py)
    outline.close()
    canvas.setLineWidth(max(0.6, s / 40))
    canvas.drawPath(outline, stroke=1, fill=0)
    canvas.setLineWidth(max(0.4, s / 70))
    for x0, y0, x1, y1 in (
        (s * 0.08, girdle, s * 0.92, girdle),
        (s * 0.28, crown, s * 0.38, girdle),
        (s * 0.72, crown, s * 0.62, girdle),
        (s * 0.5, crown, s * 0.38, girdle),
        (s * 0.5, crown, s * 0.62, girdle),
        (s * 0.38, girdle, s * 0.5, s * 0.08),
        (s * 0.62, girdle, s * 0.5, s * 0.08),
    ):
        canvas.line(x0, y0, x1, y1)
    canvas.restoreState()
