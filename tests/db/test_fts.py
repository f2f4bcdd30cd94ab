"""Typed text becomes a safe FTS5 prefix query."""

from deskcrm.db.fts import match_expression


def test_each_word_is_a_quoted_prefix_term() -> None:
    assert match_expression("ann mü") == '"ann"* AND "mü"*'


def test_fts_syntax_typed_by_the_user_is_quoted_not_executed() -> None:
    assert match_expression('bob" OR name:x') == '"bob"""* AND "OR"* AND "name:x"*'
    assert match_expression("  ") is None
    assert match_expression("- * (") is None
