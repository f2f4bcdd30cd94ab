"""Translations: every user-visible string goes through tr(); Qt Linguist .ts files live in
resources/translations (pyside6-lupdate extracts the tr() and QT_TR_NOOP() strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from deskcrm.config import resources_dir
from deskcrm.domain.plurals import english_count

CONTEXT = ""  # the context pyside6-lupdate gives bare tr() calls


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language. With a count, `text` holds "%n" and Qt picks the
    translation's plural form for `n`: tr("%n answer(s)", "", n) (pyside6-lupdate marks
    such calls numerus). Where no translation has one (English runs on its source
    strings), "(s)" becomes "s" unless `n` is 1: "1 answer", "2 answers"; and a word
    whose plural is not just an added "s" is written "(one|many)":
    tr("%n new (company|companies)", "", n) -> "1 new company", "2 new companies".
    A count from 1,000 on is written with the locale's digit grouping."""
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        translated = english_count(translated, n)
    if n >= 1000:  # the count written the locale's way: "13,624 contacts"
        translated = translated.replace(str(n), QLocale().toString(n), 1)
    return translated


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

# Counted text the reports make (services/reports/context.py: ReportContext.answers and
# .days), written as numerus calls (with a count) so lupdate gives them plural forms; the
# reports translate them through tr(text, "", n). Only lupdate reads this tuple.
_DOMAIN_COUNTED_STRINGS = (
    tr("{n} answer(s)", "", 1),
    tr("{days} day(s)", "", 1),
)
