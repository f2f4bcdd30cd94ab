"""Typed text becomes a safe FTS5 prefix query."""

from deskcrm.db.fts import match_expression


def test_each_word_is_a_quoted_prefix_term() -> None:
    assert match_expression("ann mü") == '"ann"* AND "mü"*'


def test_fts_syntax_typed_by_the_user_is_quoted_not_executed() -> None:
    assert match_expression('bob" OR name:x') == '"bob"""* AND "OR"* AND "name:x"*'
    assert match_expression("  ") is None
    assert match_expression("- * (") is None


def test_a_phone_number_typed_with_spaces_is_also_one_run_of_digits() -> None:
    assert match_expression("079 123 45 67") == (
        '"0791234567"* OR ("079"* AND "123"* AND "45"* AND "67"*)'
    )
    assert match_expression("+41 (0)79-123") == '"41079123"* OR ("+41"* AND "(0)79-123"*)'
    assert match_expression("0791234567") == '"0791234567"*'
    assert match_expression("anna 030") == '"anna"* AND "030"*'


def test_a_number_is_found_however_it_is_spaced(services) -> None:
    from deskcrm.db.contact_queries import ContactFilter
    from deskcrm.services.contacts.contacts import ContactInput

    anna = services.contacts.create(
        ContactInput(
            first_name="Anna", last_name="Meier", country="Switzerland", phones=["079 123 45 67"]
        )
    ).id
    services.contacts.create(ContactInput(first_name="Bert", phones=["+49 30 1234567"]))
    for typed in ("079 123 45 67", "+41 79 123 45 67", "079 123", "0791234567", "+41791"):
        assert services.contacts.list_ids(ContactFilter(text=typed)) == [anna], typed
