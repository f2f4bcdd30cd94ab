"""Support: customer cases and feedback."""
