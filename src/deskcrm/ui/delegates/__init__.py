"""Delegates that paint items (as plain text, never HTML)."""
