"""Light and dark themes: Fusion with Qt 6's colour scheme (following the system unless
the user picked one), an explicit palette for a picked scheme (some platforms ignore the
request), and DeskCRM's small stylesheet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from deskcrm.config import resources_dir
from deskcrm.ui.i18n import QT_TR_NOOP
from deskcrm.ui.icons import refresh_icons
from deskcrm.ui.style import DeskStyle

THEMES = {
    "system": QT_TR_NOOP("Follow the system"),
    "light": QT_TR_NOOP("Light"),
    "dark": QT_TR_NOOP("Dark"),
}

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2a2b2e",
    QPalette.ColorRole.AlternateBase: "#303134",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.Link: "#8ab4f8",
}


def palette_for(theme: str, app: QApplication) -> QPalette:
    if theme != "dark":
        return app.style().standardPalette()
    palette = app.style().standardPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


# The stylesheet's tones (type_scale.set_tone) in each theme: each reads at 4.5:1 or more
# on the theme's window and base colours.
TONE_COLOURS = {
    "light": {"error": "#b3261e", "warning": "#9a4f00", "muted": "#5f6368", "success": "#1e7b34"},
    "dark": {"error": "#f28b82", "warning": "#fdd663", "muted": "#9aa0a6", "success": "#81c995"},
}


def tone_colour(tone: str) -> QColor:
    """A tone's colour in the application's current theme (for what paints itself: a
    model's foreground, a drop zone's border)."""
    dark = is_dark(QApplication.palette())
    return QColor(TONE_COLOURS["dark" if dark else "light"][tone])


def stylesheet(dark: bool) -> str:
    """The one stylesheet, its @tones filled in for a light or dark palette."""
    style = resources_dir() / "styles" / "deskcrm.qss"
    text = style.read_text(encoding="utf-8") if style.is_file() else ""
    tones = TONE_COLOURS["dark" if dark else "light"]
    return re.sub(r"@(\w+)", lambda m: tones.get(m.group(1), m.group(0)), text)


def apply_theme(app: QApplication, theme: str) -> None:
    applied = app.property(_APPLIED_PROPERTY) == f"{theme} {is_dark(app.palette())}"
    if applied and app.styleSheet():
        # Applied already, and the colours are still the ones it was applied in (a start
        # applies the last theme to its first window, then the saved one, mostly the same).
        return
    picked_before = app.property(_THEME_PROPERTY) in ("light", "dark")
    # Said first: the scheme set below may be announced at once (_follow_system).
    app.setProperty(_THEME_PROPERTY, theme)
    if not isinstance(app.style(), DeskStyle):
        app.setStyle(DeskStyle())
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        theme,
        Qt.ColorScheme.Unknown,  # Unknown = follow the system
    )
    app.styleHints().setColorScheme(scheme)
    if theme in ("light", "dark"):
        app.setPalette(palette_for(theme, app))
    elif picked_before:
        app.setPalette(QPalette())  # the platform's own again, after a picked one
    dark = is_dark(app.palette())
    app.setStyleSheet(stylesheet(dark))
    app.setProperty(_APPLIED_PROPERTY, f"{theme} {dark}")
    refresh_icons()  # drawn in the new palette's colours
    if not app.property(_FOLLOWING_PROPERTY):
        # Following the system: when it switches between light and dark while DeskCRM
        # runs, the tones and icons are drawn again for the new colours.
        app.setProperty(_FOLLOWING_PROPERTY, True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))


_THEME_PROPERTY = "deskcrmTheme"
_APPLIED_PROPERTY = "deskcrmThemeApplied"  # "<theme> <dark?>" last applied in full
_FOLLOWING_PROPERTY = "deskcrmFollowsScheme"


def _follow_system(app: QApplication) -> None:
    if app.property(_THEME_PROPERTY) == "system":
        apply_theme(app, "system")


# -- chart colours ---------------------------------------------------------------------------
# Series hues far enough apart to tell bars apart, in order of use. On a dark card the same
# hues are lightened so that a bar stands out as much as it does on white.
CHART_SERIES_LIGHT = ("#1e6fd9", "#2e7d32", "#ef6c00", "#8e24aa", "#00897b", "#c62828", "#6d4c41")
CHART_SERIES_DARK = ("#6ea8fe", "#81c784", "#ffb74d", "#ce93d8", "#4dd0c4", "#ef9a9a", "#bcaaa4")


@dataclass(frozen=True)
class ChartColours:
    """What a chart paints with, taken from the palette so it follows the theme."""

    background: QColor  # the chart's card: the palette's Base (white, or dark grey)
    border: QColor
    text: QColor  # title, axis labels, legend
    axis: QColor  # axis lines
    grid: QColor  # grid lines: a faint mix of text into the background
    series: tuple[QColor, ...]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _mix(base: QColor, other: QColor, share: float) -> QColor:
    """`share` of `other` over `base`."""
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * share,
        base.greenF() + (other.greenF() - base.greenF()) * share,
        base.blueF() + (other.blueF() - base.blueF()) * share,
    )


def chart_colours(palette: QPalette) -> ChartColours:
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    hues = CHART_SERIES_DARK if is_dark(palette) else CHART_SERIES_LIGHT
    return ChartColours(
        background=background,
        border=_mix(background, text, 0.25),
        text=text,
        axis=_mix(background, text, 0.5),
        grid=_mix(background, text, 0.13),
        series=tuple(QColor(hue) for hue in hues),
    )
