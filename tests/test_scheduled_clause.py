"""A verbal act is dropped as announced for later only when its own future word stands before it ("ще поиска", "will
demand"), not when an earlier coordinated clause is in the future (engine._scheduled_here)."""

from conftest import code_text, triples


def test_a_future_of_an_earlier_coordinated_clause_does_not_drop_the_appeal():
    got = triples(code_text("Москалькова заявила, что работа будет продолжена, и призвала Киев ускорить обмен списками.",
                            "ru", "2024-06-25"))
    assert ("RUS", "UKR", "02") in got, got


def test_an_own_future_still_drops_it():
    assert not len(code_text("Россия будет требовать от Украины выполнения договоренностей.", "ru", "2024-06-25"))
