"""English counted text without a translation: "{n} answer(s)" and "%n new
(company|companies)" resolved for a count. Qt-free, so the reports, the CLI and the GUI's
tr() (where no translation has the string) all read the same marks the same way."""

from __future__ import annotations

import re

# "(one|many)": a word whose plural is not just an added "s".
_ALTERNATIVES = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def english_count(text: str, n: int) -> str:
    """`text` with its "(s)" and "(one|many)" marks resolved for the count `n`: "(s)" is
    "s" unless `n` is 1, "(one|many)" is its first word for 1 and its second otherwise."""
    one = n == 1
    text = _ALTERNATIVES.sub(lambda m: m.group(1) if one else m.group(2), text)
    return text.replace("(s)", "" if one else "s")
