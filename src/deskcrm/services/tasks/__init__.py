"""Tasks: to-dos, reminders, quick add and calendar export."""
