"""Hybrid logical clock: wall time in milliseconds, a counter, and the device id.

Encoded as fixed-width text so that string order is clock order:
`{millis:013d}-{counter:05d}-{device}`. A clock that runs behind never goes backwards:
the counter carries the order until wall time catches up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.millis:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridClock:
    def __init__(
        self, device: str, wall: Callable[[], int] = lambda: int(time.time() * 1000)
    ) -> None:
        self.device = device
        self._wall = wall
        self._last = Timestamp(0, 0, device)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        with self._lock:
            wall = self._wall()
            if wall > self._last.millis:
                self._last = Timestamp(wall, 0, self.device)
            else:
                self._last = Timestamp(self._last.millis, self._last.counter + 1, self.device)
            return self._last

    def observe(self, remote: str | Timestamp) -> None:
        """Move past a timestamp seen from another device, so later local writes sort after it."""
        other = Timestamp.decode(remote) if isinstance(remote, str) else remote
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.millis, other.millis)
            if top == self._last.millis == other.millis:
                counter = max(self._last.counter, other.counter) + 1
            elif top == self._last.millis:
                counter = self._last.counter + 1
            elif top == other.millis:
                counter = other.counter + 1
            else:
                counter = 0
            self._last = Timestamp(top, counter, self.device)
