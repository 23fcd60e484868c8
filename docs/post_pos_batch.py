"""Post a POS export to head office's integration API, in batches of up to 10,000
orders, and say what became of each order (accepted, duplicate, or rejected with its
reason). Sending the same file again is safe: every order comes back a duplicate.

    JEWELDESK_API_KEY=jdk_… python docs/post_pos_batch.py pos_orders.json \
        --server http://127.0.0.1:8800

The file is a batch as `jeweldesk demo --write-feeds DIR` writes it
({"orders": [...]}, see /openapi.json for each field)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import requests

BATCH = 10_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help='a JSON file {"orders": [...]}')
    parser.add_argument("--server", default="http://127.0.0.1:8800")
    parser.add_argument("--key", default=os.environ.get("JEWELDESK_API_KEY", ""))
    args = parser.parse_args()
    if not args.key:
        print("an API key is needed: --key or $JEWELDESK_API_KEY", file=sys.stderr)
        return 2
    orders = json.loads(args.file.read_text("utf-8"))["orders"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {args.key}"
    totals = {"accepted": 0, "duplicate": 0, "rejected": 0}
    for start in range(0, len(orders), BATCH):
        answer = session.post(
            f"{args.server}/integration/v1/purchases",
            json={"orders": orders[start : start + BATCH]},
            timeout=120,
        )
        if answer.status_code not in (200, 422):  # 422: some orders rejected, the rest taken
            print(f"{answer.status_code}: {answer.text}", file=sys.stderr)
            return 1
        body = answer.json()
        for name in totals:
            totals[name] += body[name]
        for result in body["results"]:
            if result["status"] == "rejected":
                print(f"order {result['source_id']}: {result['reason']}", file=sys.stderr)
    print(", ".join(f"{count:,} {name}" for name, count in totals.items()))
    return 0 if not totals["rejected"] else 1


if __name__ == "__main__":
    sys.exit(main())
