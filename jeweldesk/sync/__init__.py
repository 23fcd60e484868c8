"""Offline-first sync: change capture, the outbox, push and pull, merge rules."""
