"""`photos add|list|remove`: a client's portrait, a piece of theirs, a service job's
intake or a stock picture, from a file; the same rules and refusals as the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, cast

from jeweldesk.cli import output
from jeweldesk.cli.opening import open_desk
from jeweldesk.cli.output import to_json
from jeweldesk.domain.photos import PhotoSubject

Handler = Callable[[argparse.Namespace], int]
refusing = cast(Callable[[Handler], Handler], output.refusing)


def register(sub: Any) -> None:
    photos = sub.add_parser(
        "photos", help="portraits, pieces, intake and stock pictures"
    ).add_subparsers(dest="action", required=True)
    p = photos.add_parser("add", help="keep a photo from a file (JPEG, PNG, WebP; 15 MB at most)")
    _common(p)
    p.add_argument("file", help="the picture's file")
    p.add_argument("--client", help="the client's id (not for a stock picture)")
    p.add_argument(
        "--subject",
        choices=[s.value for s in PhotoSubject],
        default=PhotoSubject.PORTRAIT.value,
        help="what it shows (default: portrait)",
    )
    p.add_argument(
        "--of", dest="subject_id", help="the owned piece, service job or catalogue piece"
    )
    p.add_argument("--caption", default="", help="a few words under the photo")
    p.set_defaults(handler=add)
    p = photos.add_parser("list", help="a client's photos, newest first")
    _common(p)
    p.add_argument("client", help="the client's id")
    p.set_defaults(handler=list_photos)
    p = photos.add_parser("remove", help="take a photo away")
    _common(p)
    p.add_argument("photo", help="the photo's id")
    p.set_defaults(handler=remove)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the store")
    parser.add_argument("--as", dest="as_email", help="your staff e-mail")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--lang", default=None, help="language of messages (en, zh_CN, zh_TW)")


def _open(args: argparse.Namespace) -> Any:
    desk = open_desk(getattr(args, "data_dir", None))
    person = None
    try:
        if args.as_email:
            person = desk.directory.person(args.as_email)
            desk.act_as(person.id)
    except Exception:
        desk.close()
        raise
    args.lang = args.lang or getattr(person, "language", None) or desk.lang
    return desk


def _plain(desk: Any, photo: Any) -> dict[str, Any]:
    return {
        "id": str(photo.id),
        "client": str(photo.client_id) if photo.client_id else None,
        "subject": photo.subject,
        "of": str(photo.subject_id) if photo.subject_id else None,
        "sha256": photo.sha256,
        "thumb_sha256": photo.thumb_sha256,
        "content_type": photo.content_type,
        "bytes": photo.byte_size,
        "width": photo.width,
        "height": photo.height,
        "caption": photo.caption,
        "taken_at": photo.taken_at.isoformat(),
        "file": str(desk.photos.original_path(photo) or ""),
        "thumbnail": str(desk.photos.thumbnail_path(photo) or ""),
    }


@refusing
def add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from jeweldesk.domain.messages import render

    with _open(args) as desk:
        written = desk.photos.add(
            args.client,
            Path(args.file),
            subject=args.subject,
            subject_id=args.subject_id,
            caption=args.caption,
        )
        payload = _plain(desk, written.value)
    notices = [render(n.key, args.lang, **n.params) for n in written.notices]
    if args.json:
        sys.stdout.write(to_json({**payload, "notices": notices}) + "\n")
    else:
        print(f"{' '.join(notices)} {payload['id']} ({payload['width']}×{payload['height']})")
    return 0


@refusing
def list_photos(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        rows = [_plain(desk, p) for p in desk.photos.for_client(args.client)]
    if args.json:
        sys.stdout.write(to_json(rows) + "\n")
    else:
        output.table(rows, ["id", "subject", "taken_at", "width", "height", "caption"])
    return 0


@refusing
def remove(args: argparse.Namespace) -> int:
    from jeweldesk.domain.messages import render

    with _open(args) as desk:
        written = desk.photos.remove(args.photo)
    notices = [render(n.key, args.lang, **n.params) for n in written.notices]
    if args.json:
        sys.stdout.write(to_json({"id": args.photo, "removed": True, "notices": notices}) + "\n")
    else:
        print(" ".join(notices))
    return 0
