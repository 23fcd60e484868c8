"""Pure rules of the jeweller's trade: no Qt, no SQLAlchemy."""
