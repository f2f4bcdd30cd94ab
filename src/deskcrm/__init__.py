"""DeskCRM: a local-first, single-user desktop CRM on one SQLite file."""

__version__ = "0.1.0"
APP_NAME = "DeskCRM"
