"""Reports: the figures (SQL aggregates), their presentation, and the PDF made from it."""
