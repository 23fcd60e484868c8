"""What devices and head office share: the request and response bodies
(`models.py`), values on the wire (`wire.py`), who owns which rows (`scope.py`),
the wording of a refused change (`refusal.py`) and an erasure's reach in a database
(`erasure.py`). Head office imports nothing else of the device's sync code."""
