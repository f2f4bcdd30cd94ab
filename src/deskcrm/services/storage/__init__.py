"""Storage: backups, encryption, the trash, settings, health checks and file helpers."""
