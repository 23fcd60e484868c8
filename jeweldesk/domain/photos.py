"""Pictures as the house keeps them: what a photo may be of, how large it may be,
and what is read from its bytes (kind, size, an upright thumbnail). Pillow does the
reading; nothing here touches Qt or the database."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, ImageOps, UnidentifiedImageError

from jeweldesk.domain.errors import ValidationError

# A phone's photo is 2-8 MB; a scanned certificate can be more. Larger is a file
# picked by mistake (a video, a RAW file), and would cost a store's upload for minutes.
MAX_BYTES = 15 * 1024 * 1024
# 256 px on the long side: sharp in the profile header's circle on a high-DPI tablet,
# about 15 KB as JPEG, so a book of 50 faces arrives in one breath.
THUMB_PX = 256
THUMB_QUALITY = 82
# A picture of more pixels than this is refused before it is decoded (a "bomb").
MAX_PIXELS = 80_000_000

KINDS = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "TIFF": "image/tiff",
    "BMP": "image/bmp",
    "MPO": "image/jpeg",  # a phone's JPEG with a depth map: a JPEG to every viewer
}


class PhotoSubject(StrEnum):
    PORTRAIT = "portrait"  # the client
    PIECE = "piece"  # a piece in their jewellery box
    INTAKE = "intake"  # a piece's condition when a service job takes it in
    STOCK = "stock"  # a catalogue piece


@dataclass(frozen=True)
class Picture:
    """What the bytes of a photo are: their type, their upright size, and an upright
    JPEG thumbnail."""

    content_type: str
    width: int
    height: int
    thumbnail: bytes


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise ValidationError(
            "photo.too_large", field="file", size=megabytes(size), limit=megabytes(MAX_BYTES)
        )
    if size == 0:
        raise ValidationError("photo.not_an_image", field="file")


def read_picture(data: bytes) -> Picture:
    """The picture in `data`, or a `ValidationError` an advisor can act on: too large,
    or not a picture at all. EXIF orientation is respected: a portrait taken with the
    tablet turned is upright in its thumbnail and in its width and height."""
    check_size(len(data))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            kind = KINDS.get(image.format or "")
            if kind is None:
                raise ValidationError("photo.not_an_image", field="file")
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError("photo.too_many_pixels", field="file")
            stored = image.size
            orientation = image.getexif().get(0x0112, 1)
            # Turned a quarter (EXIF 5-8): the upright picture is as high as it is wide.
            width, height = stored if orientation < 5 else stored[::-1]
            # A JPEG decodes straight at 1/2-1/8 scale (libjpeg's DCT scaling): a 12 MP
            # 5 MB photo's thumbnail in ~65 ms instead of ~250 ms for the whole image.
            image.draft("RGB", (THUMB_PX, THUMB_PX))
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((THUMB_PX, THUMB_PX), Image.Resampling.BICUBIC)
            if upright.mode not in ("RGB", "L"):
                # Transparency (a PNG cut-out of a ring) on the ivory the app paints on.
                rgba = upright.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (250, 247, 240))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                upright = flat
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=THUMB_QUALITY, optimize=True)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError("photo.not_an_image", field="file") from None
    except Image.DecompressionBombWarning:
        raise ValidationError("photo.too_many_pixels", field="file") from None
    return Picture(kind, width, height, out.getvalue())
