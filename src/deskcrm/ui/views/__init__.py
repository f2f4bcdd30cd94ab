"""The main views hosted by the main window, and their panes."""
