"""The device's HTTP client for head office: a `requests.Session` with timeouts,
retries (push is idempotent, so retrying a POST is safe) and gzip-compressed bodies.
Never logs a credential."""

from __future__ import annotations

import gzip
import json
import logging
from typing import Any

import orjson
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from jeweldesk import __version__
from jeweldesk.protocol.models import PROTOCOL_VERSION

log = logging.getLogger(__name__)
TIMEOUT = (5, 60)  # connect, read


class SyncError(Exception):
    """Head office could not be reached or refused the request."""

    def __init__(
        self, message: str, status: int | None = None, body: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = body or {}


def make_session(retries: int = 3) -> requests.Session:
    session = requests.Session()
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        backoff_factor=0.2,
        status_forcelist=(502, 503, 504),
        allowed_methods=None,
        raise_on_status=False,
    )
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = f"JewelDesk/{__version__}"
    session.headers["Accept-Encoding"] = "gzip"
    return session


class HeadOfficeClient:
    def __init__(
        self,
        url: str,
        device_id: str = "",
        token: str = "",
        session: requests.Session | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.device_id = device_id
        self._token = token
        self.session = session or make_session()

    def __repr__(self) -> str:  # the token never appears in logs or tracebacks
        return f"HeadOfficeClient({self.url!r}, device={self.device_id!r})"

    def _headers(self) -> dict[str, str]:
        if not self.device_id:
            return {}
        return {"Authorization": f"Bearer {self.device_id}:{self._token}"}

    def auth_headers(self) -> dict[str, str]:
        """The device's credential, for requests made on `session` directly (files)."""
        return self._headers()

    def _answer(self, response: requests.Response) -> Any:
        try:
            # orjson reads the bytes as they came, several times faster than
            # `response.json()`: a first sync reads pages of 5,000 rows.
            body = orjson.loads(response.content)
        except ValueError:  # orjson's decode error is a ValueError too
            # A 2xx whose body does not parse (cut short on the way) is no answer at all:
            # the caller must retry, never read it as an empty success.
            if response.status_code < 400:
                raise SyncError(
                    f"head office answered {response.status_code} with an unreadable body",
                    response.status_code,
                ) from None
            body = {}
        if response.status_code >= 400:
            message = body.get("message") if isinstance(body, dict) else None
            raise SyncError(
                message or f"head office answered {response.status_code}",
                response.status_code,
                body if isinstance(body, dict) else {},
            )
        return body

    def post(self, path: str, payload: dict[str, Any]) -> Any:
        data = gzip.compress(json.dumps(payload, separators=(",", ":")).encode(), compresslevel=5)
        try:
            response = self.session.post(
                self.url + path,
                data=data,
                timeout=TIMEOUT,
                headers={
                    **self._headers(),
                    "Content-Type": "application/json",
                    "Content-Encoding": "gzip",
                },
            )
        except requests.RequestException as exc:
            raise SyncError(f"head office unreachable: {type(exc).__name__}") from exc
        return self._answer(response)

    def get(self, path: str, params: dict[str, Any]) -> Any:
        try:
            response = self.session.get(
                self.url + path, params=params, timeout=TIMEOUT, headers=self._headers()
            )
        except requests.RequestException as exc:
            raise SyncError(f"head office unreachable: {type(exc).__name__}") from exc
        return self._answer(response)

    def enrol(self, code: str, device_name: str, public_key: str = "") -> dict[str, Any]:
        answer: dict[str, Any] = self.post(
            "/enrol",
            {
                "code": code,
                "device_name": device_name,
                "public_key": public_key,
                "protocol": PROTOCOL_VERSION,
            },
        )
        return answer

    def health(self) -> dict[str, Any]:
        answer: dict[str, Any] = self.get("/health", {})
        return answer
