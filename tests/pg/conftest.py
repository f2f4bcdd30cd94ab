"""The PostgreSQL server and its databases (pg_server, pg_url, pg_migrated_url) are
fixtures of tests/conftest.py: the service suite's PostgreSQL run shares the one server."""
