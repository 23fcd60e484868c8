"""Head office started and stopped by the crash tests: in a thread on a chosen port
(a restart keeps the devices' URL), or as a real process that can be killed -9."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from jeweldesk.headoffice.app import DATABASE_URL_ENV, create_app
from tests.headoffice_server import RunningHeadOffice, free_port, serve

ROOT = Path(__file__).resolve().parents[2]


def _wait(url: str, process: subprocess.Popen, timeout: float = 30) -> None:
    """Until head office answers at `url`: a request that cannot connect waits on the
    process (returning early if it exited) rather than sleeping a fixed time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/health", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        try:
            process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(
            f"head office at {url} exited with {process.returncode} before answering"
        )
    raise RuntimeError(f"head office at {url} did not start")


def start_on(database_url: str, port: int) -> RunningHeadOffice:
    app = create_app(database_url)
    serving = serve(app, port)
    return RunningHeadOffice(serving.url, app, serving)


class HeadOfficeProcess:
    """`python -m uvicorn jeweldesk.headoffice.app:app_from_env --factory` on a port."""

    def __init__(self, database_url: str, port: int | None = None) -> None:
        self.database_url = database_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> HeadOfficeProcess:
        env = {**os.environ, DATABASE_URL_ENV: self.database_url, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "jeweldesk.headoffice.app:app_from_env",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=str(ROOT),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(self.url, self.process)
        return self

    def kill(self) -> None:
        # Popen.kill, not os.kill: a test may kill from a timer thread while the test
        # itself kills too; Popen polls first and ignores a process already gone.
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
