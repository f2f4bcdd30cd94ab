"""The app's icons: Feather's line icons (resources/icons/feather, MIT), drawn in the
theme's own colours — the text colour, the disabled text colour for a disabled action,
the highlighted-text colour on a selection — and drawn again when the theme changes.

ICONS names which icon each of the window's entries and buttons carries, in one place;
`set_icon(action_or_button, "tasks")` gives one its icon, `refresh_icons()` redraws them
all (theme.apply_theme calls it)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

from deskcrm.config import resources_dir

# What carries which icon (by Feather's file names).
ICONS: dict[str, str] = {
    # the navigation rail
    "contacts": "users",
    "pipeline": "trello",
    "tasks": "check-square",
    "reports": "bar-chart-2",
    "cases": "life-buoy",
    # the menus
    "new_contact": "user-plus",
    "new_company": "briefcase",
    "open": "folder",
    "open_server": "server",
    "recent": "clock",
    "import": "upload",
    "export": "download",
    "backups": "archive",
    "settings": "settings",
    "quit": "log-out",
    "undo": "rotate-ccw",
    "redo": "rotate-cw",
    "delete": "trash-2",
    "find": "search",
    "duplicates": "copy",
    "shortcuts": "command",
    "about": "info",
    "feedback": "smile",
    # buttons
    "new": "plus",
    "edit": "edit-2",
    "show": "refresh-cw",
    "preview": "eye",
    "export_pdf": "file-text",
    "print": "printer",
    "timeline": "clock",
    "cancel": "x-circle",
    "restore": "rotate-ccw",
    "open_record": "external-link",
    # what is logged on a contact's timeline, and added to it
    "log_call": "phone",
    "log_meeting": "calendar",
    "log_email": "mail",
    "log_note": "message-square",
    "purchase": "shopping-bag",
    "deal": "dollar-sign",
    "task": "check-square",
    "case": "life-buoy",
    "contact": "user",
    # a support case's steps
    "waiting": "pause-circle",
    "resolve": "check-circle",
    "reopen": "rotate-ccw",
    "reply": "corner-up-left",
    "customer_message": "message-square",
    "internal_note": "lock",
    # a task put off
    "snooze_hour": "clock",
    "snooze_tomorrow": "sunrise",
    "snooze_week": "calendar",
}


def icon_folder() -> str:
    return str(resources_dir() / "icons" / "feather")


@cache
def _svg(name: str) -> bytes:
    with open(f"{icon_folder()}/{name}.svg", "rb") as fh:
        return fh.read()


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    """The icon with its strokes in `colour` (#rrggbb), parsed once per colour."""
    data = _svg(name).replace(b"currentColor", colour.encode("ascii"))
    return QSvgRenderer(QByteArray(data))


def icon_colour(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in, in this mode, from the application's palette."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


# The sizes drawn (Qt scales the nearest for any other; 64 serves 32 on a 2x screen).
_SIZES = (16, 20, 24, 32, 48, 64)
_MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected, QIcon.Mode.Active)
# The dynamic property that names an object's icon, so a theme switch can draw it again.
ICON_PROPERTY = "deskcrmIcon"


def _drawn(file_name: str, colour: str, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(file_name, colour).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def _icon(file_name: str, colours: tuple[str, ...]) -> QIcon:
    made = QIcon()
    normal = colours[0]
    for mode, colour in zip(_MODES, colours, strict=True):
        if mode == QIcon.Mode.Active and colour == normal:
            continue  # Qt shows the Normal pixmaps for a mode that has none
        for size in _SIZES:
            made.addPixmap(_drawn(file_name, colour, size), mode)
    return made


def icon(name: str) -> QIcon:
    """The icon of ICONS entry `name` (or of a Feather file name), in the colours of the
    application's palette now (set_icon draws it again when the theme changes)."""
    file_name = ICONS.get(name, name)
    _svg(file_name)  # a missing file fails here, where it is asked for (OSError)
    colours = tuple(icon_colour(mode).name() for mode in _MODES)
    return _icon(file_name, colours)


def set_icon(target: QAction | QAbstractButton, name: str) -> None:
    """Give an action or a button its icon, kept in the theme's colours (refresh_icons)."""
    target.setProperty(ICON_PROPERTY, name)
    target.setIcon(icon(name))


TAB_ICONS_PROPERTY = "deskcrmTabIcons"


def set_icon_on_tab(bar: QTabBar, index: int, name: str) -> None:
    """Give a tab its icon, kept in the theme's colours (refresh_icons)."""
    names = list(bar.property(TAB_ICONS_PROPERTY) or [])
    names += [""] * (index + 1 - len(names))
    names[index] = name
    bar.setProperty(TAB_ICONS_PROPERTY, names)
    bar.setTabIcon(index, icon(name))


def refresh_icons() -> None:
    """Draw every icon set_icon gave again in the palette's colours (after a theme
    switch): the buttons and the actions of every window."""
    seen: set[int] = set()
    for widget in QApplication.allWidgets():
        for found in (widget, *widget.actions()):
            name = found.property(ICON_PROPERTY)
            if isinstance(name, str) and id(found) not in seen:
                seen.add(id(found))
                found.setIcon(icon(name))  # type: ignore[attr-defined]
        tabs = widget.property(TAB_ICONS_PROPERTY)
        if isinstance(widget, QTabBar) and tabs:
            for index, tab_icon in enumerate(tabs):
                if tab_icon and index < widget.count():
                    widget.setTabIcon(index, icon(tab_icon))
    for window in QApplication.topLevelWidgets():
        for action in window.findChildren(QAction):
            name = action.property(ICON_PROPERTY)
            if isinstance(name, str) and id(action) not in seen:
                seen.add(id(action))
                action.setIcon(icon(name))
