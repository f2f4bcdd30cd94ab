"""Pipeline: deals, their stages and the pipelines' settings."""
