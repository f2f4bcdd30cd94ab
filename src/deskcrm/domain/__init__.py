"""Plain business rules with no storage or GUI: money, validation, enumerations."""
