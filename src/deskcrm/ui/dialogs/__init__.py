"""Modal dialogs; each has an `ask()` classmethod returning a result or None."""
