"""Read queries behind the reports: one module per report, figures aggregated in SQL."""
