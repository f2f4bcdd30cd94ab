"""The Qt desktop interface: main window shell, views, models, delegates and dialogs."""
