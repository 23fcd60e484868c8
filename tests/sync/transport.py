"""Fault injection in the device's transport: a `requests` adapter that drops
requests, drops responses after head office committed, truncates bodies, answers 503,
times out, replays a push several times (also concurrently), or records traffic."""

from __future__ import annotations

import gzip
import json
import threading
from collections import deque
from collections.abc import Callable

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

FAULTS = (
    "drop_request",
    "drop_response",
    "truncate",
    "503",
    "timeout",
    "timeout_after_send",
    "replay",
    "replay_concurrent",
)


class FaultyAdapter(HTTPAdapter):
    """Each request whose path matches takes the next planned fault (or none)."""

    def __init__(self, *, only: str | None = "/sync/push", copies: int = 3) -> None:
        super().__init__(max_retries=0)
        self.plan: deque[str | None] = deque()
        self.only = only
        self.copies = copies
        self.log: list[tuple[str, str | None, int | None]] = []  # (path, fault, status)
        self.bodies: list[dict] = []
        self.before_send: Callable[[requests.PreparedRequest], None] | None = None
        self._lock = threading.Lock()

    def _path(self, request) -> str:
        return requests.utils.urlparse(request.url).path

    def _fault(self, request) -> str | None:
        if self.only is not None and self._path(request) != self.only:
            return None
        with self._lock:
            return self.plan.popleft() if self.plan else None

    def _record(self, request) -> None:
        if request.body and self._path(request) == "/sync/push":
            data = request.body
            try:
                data = gzip.decompress(data)
            except OSError:
                pass
            self.bodies.append(json.loads(data))

    def _copy_send(self, request, kwargs, results: list) -> None:
        session = requests.Session()
        try:
            results.append(session.send(request.copy(), timeout=kwargs.get("timeout")))
        except requests.RequestException as exc:  # pragma: no cover - reported by the test
            results.append(exc)
        finally:
            session.close()

    def send(self, request, **kwargs):
        fault = self._fault(request)
        path = self._path(request)
        self._record(request)
        if self.before_send is not None:
            self.before_send(request)
        if fault == "drop_request":
            self.log.append((path, fault, None))
            raise requests.ConnectionError("fault: request dropped")
        if fault == "timeout":
            self.log.append((path, fault, None))
            raise requests.ConnectTimeout("fault: connect timed out")
        if fault == "503":
            self.log.append((path, fault, 503))
            return _fake(
                request, 503, {"error": "unavailable", "message": "fault: service unavailable"}
            )
        if fault == "replay":
            for _ in range(self.copies - 1):
                super().send(request.copy(), **kwargs).close()
        if fault == "replay_concurrent":
            results: list = []
            threads = [
                threading.Thread(target=self._copy_send, args=(request, kwargs, results))
                for _ in range(self.copies - 1)
            ]
            for t in threads:
                t.start()
            response = super().send(request, **kwargs)
            for t in threads:
                t.join()
            bad = [
                r for r in results if not isinstance(r, requests.Response) or r.status_code != 200
            ]
            assert not bad, f"a concurrent replay failed: {bad}"
            self.log.append((path, fault, response.status_code))
            return response
        response = super().send(request, **kwargs)
        self.log.append((path, fault, response.status_code))
        if fault == "drop_response":
            response.close()
            raise requests.ConnectionError("fault: response lost after head office answered")
        if fault == "timeout_after_send":
            response.close()
            raise requests.ReadTimeout("fault: read timed out")
        if fault == "truncate":
            content = response.content
            response._content = content[: max(1, len(content) // 2)]
        return response


def _fake(request, status: int, body: dict) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode()
    response.headers = CaseInsensitiveDict({"Content-Type": "application/json"})
    response.url = request.url
    response.request = request
    response.encoding = "utf-8"
    return response


def faulty_session(adapter: FaultyAdapter) -> requests.Session:
    session = requests.Session()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["Accept-Encoding"] = "gzip"
    return session


def install(desk, adapter: FaultyAdapter) -> FaultyAdapter:
    """Route the desk's sync traffic through the adapter."""
    desk.sync.client.session = faulty_session(adapter)
    return adapter
