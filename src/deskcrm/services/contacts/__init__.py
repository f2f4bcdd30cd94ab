"""Contacts: people and companies, tags, segments, duplicates, bulk actions and the timeline."""
