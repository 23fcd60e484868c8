"""A real head-office server on loopback for tests: uvicorn in a thread, on a free
port, over a SQLite file or a PostgreSQL schema of its own."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

import requests
import uvicorn

from jeweldesk.headoffice.app import create_app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunningHeadOffice:
    url: str
    app: object
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def store(self):
        return self.app.state.ho

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.store.dispose()


def start_headoffice(database_url: str) -> RunningHeadOffice:
    app = create_app(database_url)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/health", timeout=1).status_code == 200:
                return RunningHeadOffice(url, app, server, thread)
        except requests.RequestException:
            time.sleep(0.05)
    server.should_exit = True
    raise RuntimeError("head office did not start")
