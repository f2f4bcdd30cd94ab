"""Translations: every user-visible string goes through tr(); Qt Linguist .ts files live in
resources/translations (pyside6-lupdate extracts the tr() and QT_TR_NOOP() strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from deskcrm.config import resources_dir

CONTEXT = ""  # the context pyside6-lupdate gives bare tr() calls


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language. With a count, `text` holds "%n" and Qt picks the
    translation's plural form for `n`: tr("%n answer(s)", "", n) (pyside6-lupdate marks
    such calls numerus). Where no translation has one (English runs on its source
    strings), "(s)" becomes "s" unless `n` is 1: "1 answer", "2 answers"."""
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n < 0 or translated != text.replace("%n", str(n)):
        return translated
    return translated.replace("(s)", "" if n == 1 else "s")


def QT_TR_NOOP(text: str) -> str:
    """Marks a string for translation where it is defined; tr() it where it is shown."""
    return text


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load resources/translations/deskcrm_<lang>.qm for the locale, if there is one."""
    translator = QTranslator(app)
    folder = str(resources_dir() / "translations")
    if translator.load(locale or QLocale(), "deskcrm", "_", folder):
        app.installTranslator(translator)
        return translator
    return None


# Strings defined below the ui layer (no Qt there), listed here so lupdate extracts them;
# the ui translates them where it shows them.
_DOMAIN_STRINGS = (
    QT_TR_NOOP("Overdue"),
    QT_TR_NOOP("Today"),
    QT_TR_NOOP("Next 7 days"),
    QT_TR_NOOP("Later"),
    QT_TR_NOOP("No date"),
    QT_TR_NOOP("Done"),
    QT_TR_NOOP("Follow-ups"),
    QT_TR_NOOP("Rotting deals"),
    QT_TR_NOOP("Lead"),
    QT_TR_NOOP("Prospect"),
    QT_TR_NOOP("Customer"),
    QT_TR_NOOP("Former"),
    QT_TR_NOOP("Call"),
    QT_TR_NOOP("Meeting"),
    QT_TR_NOOP("Email"),
    QT_TR_NOOP("Note"),
)
