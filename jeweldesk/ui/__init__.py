"""The PySide6 desktop app. Nothing outside `jeweldesk/ui/` imports from here: the core
(`services/`, `domain/`, `storage/`) stays free of Qt."""
