"""Pictures for the photo tests, made with Pillow: a JPEG with an EXIF orientation,
a PNG with transparency, and a large noisy JPEG near a phone photo's size."""

from __future__ import annotations

import io
import random

from PIL import Image


def jpeg(width: int = 640, height: int = 480, colour=(180, 40, 60), orientation: int = 1) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    # A white band across the top: after rotating, it tells up from down.
    image.paste((255, 255, 255), (0, 0, width, height // 8))
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def png(width: int = 300, height: int = 200) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.paste((212, 175, 55, 255), (50, 50, 250, 150))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def large_jpeg(target_bytes: int = 5 * 1024 * 1024, seed: int = 7) -> bytes:
    """A JPEG of about `target_bytes` (noise compresses badly, as a real photo's detail)."""
    rng = random.Random(seed)
    width, height = 4000, 3000
    noise = Image.frombytes("L", (width // 4, height // 4), rng.randbytes(width * height // 16))
    image = Image.merge("RGB", [noise.resize((width, height))] * 3)
    quality = 92
    while True:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality)
        data = out.getvalue()
        if len(data) >= target_bytes or quality >= 100:
            return data
        quality += 2
