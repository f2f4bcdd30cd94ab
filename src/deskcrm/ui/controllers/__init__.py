"""Per-feature controllers: the workflows the main window's menus start (import, export,
backups, trash, settings, duplicates, feedback), each a small QObject of its own."""
