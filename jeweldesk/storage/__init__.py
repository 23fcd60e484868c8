"""The local store and head office's database: SQLAlchemy models, engine, migrations.

Nothing outside `services/` (and head office) imports from here.
"""
