"""Demo data: a believable sample business to try DeskCRM with."""
