"""The client profile's parts: the overview header, one tab per kind of record, the
structured editors' wiring, and the writes with their undo."""
