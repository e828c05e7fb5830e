"""English news prose (issue #13, precision on unseen text): constructions of wire-style paragraphs that made
false events or lost true ones, on sentences of our own. Each case: (text, events that must be coded,
events that must not be), events as (source country, target country, CAMEO code prefix)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples

CASES = [
    # a date or an adverb inside a multi-word trigger ("offered on Wednesday to host", "called again for")
    ("Kazakhstan offered on Wednesday to host peace talks between Armenia and Azerbaijan.",
     {("KAZ", "ARM", "039"), ("KAZ", "AZE", "039")}, set()),
    ("Egypt called again on Tuesday for an immediate ceasefire between Israel and Hamas.",
     {("EGY", "ISR", "0256")}, {("EGY", "ISR", "041")}),
    ("Brazil offered publicly to host talks between Russia and Ukraine.",
     {("BRA", "RUS", "039")}, set()),
    # the date's "on" is no particle of the verb: no appeal in "called on Monday", the call itself
    ("Macron called Erdogan on Monday night to discuss the grain corridor.",
     {("FRA", "TUR", "041")}, {("FRA", "TUR", "02")}),
    # an intent word used as a noun after a determiner is not the mood of the next act
    ("Erdogan made the offer during a phone call with Russian President Vladimir Putin.",
     {("TUR", "RUS", "041")}, {("TUR", "RUS", "036")}),
    ("Scholz presented the plan at a meeting with Macron in Berlin.",
     {("DEU", "FRA", "04")}, {("DEU", "FRA", "036")}),
    # "called X ..." is a phone call only with X as its object, not a place in the phrase after it
    ('UN Secretary-General Antonio Guterres called the situation in Sudan "catastrophic" on Friday.',
     set(), {("IGOUNO", "SDN", "041")}),
    ("Macron called the Israeli prime minister on Friday.", {("FRA", "ISR", "041")}, set()),
    # "before" opens a clause of its own: its actors are not the roles of a noun before it
    ("The strikes came hours before the Ukrainian president was due to meet the Saudi crown prince in Jeddah.",
     set(), {("SAU", "UKR", "19"), ("UKR", "SAU", "19")}),
    # a relative clause closed by a comma: its object is not the main verb's subject or target
    ("Slovakia's prime minister, who met Putin in Moscow in December, has criticised the aid package.",
     {("SVK", "RUS", "04")}, {("SVK", "RUS", "11"), ("RUS", "SVK", "11")}),
    ("The Hungarian foreign minister, who visited Beijing last week, praised Serbia.",
     {("HUN", "SRB", "051")}, {("CHN", "SRB", "051")}),
    # a gerund right after a refusal, rejection or threat is its complement, not an act
    ("Germany ruled out sending cruise missiles to Ukraine.", {("DEU", "UKR", "12")}, {("DEU", "UKR", "07")}),
    ("Hungary opposed deploying troops to Ukraine.", {("HUN", "UKR", "12")}, {("HUN", "UKR", "15")}),
    # a subject after a subordinating conjunction is no postposed subject of a noun before it
    ("Khamenei said that talks with the United States were useless, days after President Trump sent a letter.",
     set(), {("USA", "USA", "04")}),
    ("Talks with Iran were a failure, analysts said, hours after Netanyahu arrived in Washington.",
     set(), {("ISR", "IRN", "04"), ("IRN", "ISR", "04")}),
    # an act named as the aim of a noun ("negotiations to free", "Britain's plan to expel") did not take place
    ("The U.S. ambassador said the vote would have jeopardised negotiations to free hostages held by Hamas.",
     set(), {("USA", "PSE", "08")}),
    ("Britain's plan to expel Russian diplomats was shelved after the talks.", set(), {("GBR", "RUS", "16")}),
    ("The United States plans to impose sanctions on Iran.", {("USA", "IRN", "13")}, set()),
    ("Turkey offered to mediate between Russia and Ukraine.", {("TUR", "RUS", "039")}, set()),
    # an act in the complement of a failure did not take place
    ("The UN Security Council failed on Tuesday to adopt a resolution demanding a ceasefire in Sudan.",
     set(), {("IGOUNOSC", "SDN", "02")}),
    # a ceasefire brokered between two parties is theirs, the broker its mediator; a mere attempt is mediation
    ("The United States brokered a ceasefire between India and Pakistan on Saturday.",
     {("IND", "PAK", "0871")}, {("USA", "IND", "08"), ("USA", "IND", "045"), ("USA", "PAK", "045")}),
    ("Egypt tried to broker a truce between Israel and Hamas.",
     {("EGY", "ISR", "045")}, {("EGY", "ISR", "08"), ("ISR", "PSE", "08")}),
    # the condition of a threat names its target ("unless X ..." is no clause boundary)
    ("Iran threatened on Monday to close the strait unless Britain released the tanker within a week.",
     {("IRN", "GBR", "13")}, set()),
    # an intent's object noun names its owner with "of" ("would allow the return of X"); the noun is no act
    ("Iran said it would allow the return of IAEA inspectors.", {("IRN", "IGOIAEA", "03")},
     {("IRN", "IGOIAEA", "035"), ("IRN", "IGOIAEA", "08")}),
    # "would" after a speech verb and a date is reported future (a stated intent or threat), not a hypothesis
    ("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.", {("IGONATO", "SRB", "13")}, set()),
    # refusing demands with words between verb and noun ("would not meet the kidnappers' demands")
    ("Britain said it would not meet the rebels' demands to free prisoners in Mali.", {("GBR", "MLI", "12")}, set()),
    # the particle that ends a trigger ("pushed hard for") takes its object after a determiner too
    ("France pushed hard for the Germans to back the plan.", {("FRA", "DEU", "10")}, set()),
    # agreeing to halt the firing or to end hostilities, with words between: a ceasefire, not an intent
    ("Pakistan and India agreed to halt cross-border firing on Monday.", {("PAK", "IND", "0871")},
     {("PAK", "IND", "030")}),
    ("Israel and Hamas agreed to end hostilities in Gaza.", {("ISR", "PSE", "0871")}, set()),
    # "was to meet": a planned meeting (rule 2)
    ("Ukraine's foreign minister was to meet his Polish counterpart in Warsaw on Friday.",
     set(), {("UKR", "POL", "04"), ("POL", "UKR", "04")}),
    # a noun trigger after "over the / about the" is the topic of another act, not an act of its subject
    ("Ukraine filed a complaint with the WTO over the ban.", set(), {("UKR", "IGOWTO", "17")}),
]


@pytest.mark.parametrize("text,must,must_not", CASES, ids=[c[0][:40] for c in CASES])
def test_en_news_construction(text, must, must_not):
    got = triples(code_text(text, "en", "2025-03-12"), digits=None)

    def has(s, t, c):
        return any(g[0] == s and g[1] == t and g[2].startswith(c) for g in got)

    missing = {e for e in must if not has(*e)}
    wrong = {e for e in must_not if has(*e)}
    assert not missing and not wrong, f"missing {missing}, unexpected {wrong}; coded {got}"
