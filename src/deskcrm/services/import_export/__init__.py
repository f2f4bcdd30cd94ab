"""Import and export: contact files in (CSV, vCard), everything out (CSV, vCard, JSON)."""
