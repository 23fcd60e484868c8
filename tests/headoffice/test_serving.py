"""A serving head-office process turns automatic garbage collection off (a push's
live rows were walked again and again for nothing) and collects every so many
requests instead: reference cycles made while serving still go."""

from __future__ import annotations

import asyncio
import gc
import weakref

from jeweldesk.headoffice.app import CollectGarbage


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_cycles_made_while_serving_are_collected_every_few_requests():
    made: list[weakref.ref] = []

    async def app(scope, receive, send):
        made.append(weakref.ref(Node()))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    served = CollectGarbage(app, every=3)
    answers: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        answers.append(message)

    def request():
        asyncio.run(
            served({"type": "http", "method": "GET", "path": "/", "headers": []}, receive, send)
        )

    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        request()
        request()
        assert [r() is not None for r in made] == [True, True]  # not collected yet
        request()  # the third request
        assert [r() is None for r in made] == [True, True, True]
        assert [a["status"] for a in answers if a["type"] == "http.response.start"] == [
            200,
            200,
            200,
        ]
    finally:
        if was_enabled:
            gc.enable()
