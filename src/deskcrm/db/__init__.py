"""Storage: SQLModel tables, the engine, the unit of work, read queries and migrations."""
