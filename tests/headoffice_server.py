"""A real head-office server on loopback for tests: uvicorn in a thread, over a
SQLite file or a PostgreSQL database of its own.

Each test process keeps one server running and mounts the head office of the test
in progress on it (`start_headoffice`): a test gets its own app and database, and
pays neither for a server's start nor for its stop. `stop()` stops serving at the
URL for real (the port is closed: devices get "connection refused"), and the next
test gets a new server; `close()` is the end of a test: the store is disposed and a
shared server kept for the next test. A second head office running at the same time
gets a server of its own."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass

import uvicorn

from jeweldesk.headoffice.app import create_app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening_socket(port: int = 0) -> socket.socket:
    """A socket listening on loopback (`port` 0: any free port), for uvicorn to serve on:
    bound here, so no other process can take the port between choosing and serving."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    return sock


class _Server(uvicorn.Server):
    """uvicorn's server, telling when it is ready to answer."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets=None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


class _Mount:
    """The app of a shared server: passes each request to the head office mounted now
    (a 503 between tests, when none is)."""

    def __init__(self) -> None:
        self.app = None

    async def __call__(self, scope, receive, send) -> None:
        app = self.app
        if app is not None:
            await app(scope, receive, send)
        elif scope["type"] == "http":
            await send({"type": "http.response.start", "status": 503, "headers": []})
            await send({"type": "http.response.body", "body": b"no head office mounted"})


@dataclass
class Serving:
    """One uvicorn server in a thread, on a socket of its own."""

    server: _Server
    thread: threading.Thread
    sock: socket.socket
    url: str
    mount: _Mount | None = None
    stopped: bool = False

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def serve(app, port: int = 0, timeout: float = 20) -> Serving:
    """Serve `app` on loopback (`port` 0: a free one) from a thread; returns once the
    server answers."""
    sock = listening_socket(port)
    config = uvicorn.Config(
        app, host="127.0.0.1", log_level="warning", access_log=False, lifespan="off"
    )
    server = _Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="headoffice", daemon=True
    )
    thread.start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    serving = Serving(server, thread, sock, url)
    waited = 0.0
    while not server.ready.wait(0.05):
        waited += 0.05
        if not thread.is_alive() or waited > timeout:
            serving.stop()
            raise RuntimeError("head office did not start")
    return serving


_shared: Serving | None = None


def _shared_server() -> Serving | None:
    """This process's shared server, started when first needed; None while another
    head office is mounted on it."""
    global _shared
    if _shared is None or _shared.stopped or not _shared.thread.is_alive():
        mount = _Mount()
        _shared = serve(mount)
        _shared.mount = mount
    return _shared if _shared.mount.app is None else None


@dataclass
class RunningHeadOffice:
    url: str
    app: object
    serving: Serving
    shared: bool = False
    closed: bool = False

    @property
    def store(self):
        return self.app.state.ho

    @property
    def server(self) -> uvicorn.Server:
        return self.serving.server

    @property
    def thread(self) -> threading.Thread:
        return self.serving.thread

    def _unmount(self) -> None:
        mount = self.serving.mount
        if self.shared and mount is not None and mount.app is self.app:
            mount.app = None

    def stop(self) -> None:
        """Stop serving at this URL (the port closes), as a head office that goes down."""
        self._unmount()
        self.serving.stop()
        self.close()

    def close(self) -> None:
        """The end of a test: the store disposed, a shared server left for the next."""
        if self.closed:
            return
        self.closed = True
        self._unmount()
        if not self.shared:
            self.serving.stop()
        self.store.dispose()


def start_headoffice(database_url: str) -> RunningHeadOffice:
    """Head office over `database_url`, answering at the returned `url`."""
    app = create_app(database_url)
    shared = _shared_server()
    if shared is not None:
        shared.mount.app = app
        return RunningHeadOffice(shared.url, app, shared, shared=True)
    try:
        serving = serve(app)
    except BaseException:
        app.state.ho.dispose()
        raise
    return RunningHeadOffice(serving.url, app, serving)


def stop_shared_server() -> None:
    """At the end of the run."""
    global _shared
    if _shared is not None:
        _shared.stop()
        _shared = None
