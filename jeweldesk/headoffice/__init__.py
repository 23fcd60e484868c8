"""Head office: the meeting point of every store's devices (FastAPI), on PostgreSQL in
production and SQLite as the embedded default."""
