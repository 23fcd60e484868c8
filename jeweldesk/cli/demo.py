"""`jeweldesk demo --data-dir DIR [--clients N] [--seed S] [--lang L] [--write-feeds DIR]
[--json]`: build the deterministic demo store network into an empty folder, and sample
POS and e-commerce feeds of its clients when asked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jeweldesk.cli.output import to_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="build a demo store network (Shanghai, Hong Kong, Paris) into an empty folder",
        description="Fill a new local store with a deterministic demo network: the same "
        "seed gives the same clients, purchases and appointments.",
    )
    parser.add_argument(
        "--data-dir", required=True, help="folder for the new store (must hold no clients)"
    )
    parser.add_argument(
        "--clients", type=int, default=2000, help="number of clients (default 2000)"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--lang",
        choices=["en", "zh_CN", "zh_TW"],
        help="the device's language, in which its agenda is prepared (default en)",
    )
    parser.add_argument(
        "--write-feeds",
        metavar="DIR",
        help="also write sample feeds of the demo's own clients into DIR: a POS batch for "
        "the integration API (pos_orders.json, pos_lines.csv) and an e-commerce customer "
        "export (ecommerce_customers.csv)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from jeweldesk.demo import build  # imported here: the other commands start faster

    if args.clients < 0:
        print("--clients cannot be negative", file=sys.stderr)
        return 2
    progress = None if args.json else (lambda message: print(f"  {message}", file=sys.stderr))
    try:
        summary = build(
            Path(args.data_dir),
            clients=args.clients,
            seed=args.seed,
            progress=progress,
            lang=args.lang,
        )
    except ValueError as exc:
        print(f"jeweldesk demo: {exc}", file=sys.stderr)
        return 1
    feeds = None
    if args.write_feeds:
        from jeweldesk.demo.feeds import write_feeds

        feeds = write_feeds(summary.database, Path(args.write_feeds), seed=args.seed)
    if args.json:
        print(to_json({**summary.as_dict(), **({"feeds": feeds} if feeds else {})}))
        return 0
    print(f"Demo store written to {summary.database}")
    print(f"  {summary.clients} clients, seed {summary.seed}, in {summary.seconds:.1f} s")
    print(f"  device store {summary.store_code}, signed in as {summary.signed_in_email}")
    width = max(len(table) for table in summary.counts) if summary.counts else 0
    for table, count in summary.counts.items():
        print(f"  {table.ljust(width)}  {count:>9,}")
    if feeds:
        print(
            f"  feeds in {args.write_feeds}: {feeds['orders']:,} POS orders "
            f"({feeds['refunds']} refunds), {feeds['customers']:,} e-commerce customers"
        )
    print("  staff:")
    for advisor in summary.advisors:
        print(f"    {advisor.store_code}  {advisor.role:<15} {advisor.email}")
    return 0
