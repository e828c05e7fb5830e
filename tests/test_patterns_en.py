"""Targeted checks of the English event patterns (verbs_en.yml) and the heldout sentence gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import both_directions

from newsevents.coding.engine import code_article
from newsevents.coding.sentgold import score_file

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "sentences_en.yml"


def _events(text: str) -> set[tuple]:
    rows = both_directions(code_article("t", text, "en", "2024-05-10"))
    return {(r["source_actor"][:3] if r["source_actor"] else None,
             r["target_actor"][:3] if r["target_actor"] else None,
             r["cameo_code"][:2]) for r in rows}


@pytest.mark.parametrize("text, expected", [
    # consultations
    ("Armenian Prime Minister Nikol Pashinyan spoke by phone with Azerbaijani President Ilham Aliyev.",
     {("ARM", "AZE", "04"), ("AZE", "ARM", "04")}),
    ("Georgian Prime Minister Irakli Kobakhidze paid an official visit to Azerbaijan.", {("GEO", "AZE", "04")}),
    ("Russia and Ukraine held talks in Istanbul.", {("RUS", "UKR", "04"), ("UKR", "RUS", "04")}),
    # appeals, intents, statements
    ("Turkey appealed to Israel for an immediate ceasefire in Gaza.", {("TUR", "ISR", "02")}),
    ("Aliyev and Pashinyan intend to meet in Prague next month.", {("AZE", "ARM", "03"), ("ARM", "AZE", "03")}),
    ("Kazakh President Kassym-Jomart Tokayev offered his condolences to Iran.", {("KAZ", "IRN", "01")}),
    # cooperation, aid, yield
    ("Turkey apologized to Russia for the downing of the warplane.", {("TUR", "RUS", "05")}),
    ("The European Union sent humanitarian aid to Armenia.", {("IGO", "ARM", "07")}),
    ("Russia withdrew its troops from Syria.", {("RUS", "SYR", "08")}),
    # verbal conflict
    ("Ukraine demanded that Russia withdraw its forces from the plant.", {("UKR", "RUS", "10")}),
    ("Azerbaijan accused Armenia of violating the ceasefire.", {("AZE", "ARM", "11")}),
    ("Ukraine filed a lawsuit against Russia at the International Court of Justice.",
     {("UKR", "RUS", "11"), ("UKR", "IGO", "11")}),
    ("Medvedev threatened Britain with a nuclear strike.", {("RUS", "GBR", "13")}),
    # material conflict
    ("The European Union imposed new sanctions on Iran.", {("IGO", "IRN", "16")}),
    ("Ukraine severed diplomatic relations with Iran.", {("UKR", "IRN", "16")}),
    ("Israel carried out airstrikes on Lebanon.", {("ISR", "LBN", "19")}),
    ("Azerbaijani troops clashed with Armenian forces on the border.", {("AZE", "ARM", "19"), ("ARM", "AZE", "19")}),
    # phone calls, hosting, summons, rows, deadlines (en pass of issue 13)
    ("The Kazakh president called Putin on Tuesday to discuss the gas deal.", {("KAZ", "RUS", "04")}),
    ("The Georgian prime minister received a phone call from Erdogan.", {("TUR", "GEO", "04"), ("GEO", "TUR", "04")}),
    ("Erdogan welcomed the Azerbaijani president at the presidential palace.", {("TUR", "AZE", "04")}),
    ("The Moldovan Foreign Ministry summoned the Russian ambassador over the drone incident.", {("MDA", "RUS", "11")}),
    ("Serbia and Kosovo traded accusations over the border incident.", {("SRB", "KSV", "11"), ("KSV", "SRB", "11")}),
    ("Thailand and Cambodia agreed to an immediate ceasefire on Monday.", {("THA", "KHM", "08"), ("KHM", "THA", "08")}),
    ("The Malaysian prime minister spoke to the Thai leader about the border.", {("MYS", "THA", "04")}),
    ("The Iranian foreign minister set a deadline for Israel to halt its strikes.", {("IRN", "ISR", "13")}),
    ("The Greek government will support Cyprus in the dispute.", {("GRC", "CYP", "03")}),
    ("The Tanzanian authorities deported 40 Kenyans last week.", {("TZA", "KEN", "17")}),
    ("Georgia froze its participation in the CSTO drills.", {("GEO", "IGO", "16")}),
    ("Belarus downed two Polish drones near the border.", {("BLR", "POL", "19")}),
    ("Armenia and Azerbaijan swapped 32 prisoners on Thursday.", {("ARM", "AZE", "08"), ("AZE", "ARM", "08")}),
    ("Norway urged an immediate halt to hostilities between Israel and Hezbollah.", {("NOR", "ISR", "02"), ("NOR", "LBN", "02")}),
    ("The Serbian president accused Kosovo Prime Minister Albin Kurti of provoking violence.", {("SRB", "KSV", "11")}),
    ("Hamas claimed responsibility for the rocket attack on Israel.", {("PSE", "ISR", "01")}),
    # en pass 3: aid handed over, initialled deals, readiness to mediate / talk, attacks "by", denials
    ("Dutch volunteers handed over 300 boxes of medicine to Moldova.", {("NLD", "MDA", "07")}),
    ("Serbia and Kosovo initialled a framework deal in Brussels.", {("SRB", "KSV", "05"), ("KSV", "SRB", "05")}),
    ("Brazil expressed readiness to mediate between Venezuela and Guyana.", {("BRA", "VEN", "03"), ("BRA", "GUY", "03")}),
    ("The Georgian government said it was ready for talks with Russia.", {("GEO", "RUS", "03")}),
    ("Greek officials reported drone attacks by Turkish forces near the islands.", {("TUR", "GRC", "19")}),
    ("Belarus denied the accusations by Lithuania.", {("BLR", "LTU", "01")}),
    ("The Chilean president gave a warm welcome on Friday to the Peruvian foreign minister.", {("CHL", "PER", "04")}),
    ("The Romanian government conceded to demands from Moldova.", {("ROU", "MDA", "08")}),
    ("Estonian prosecutors opened investigations against Russia.", {("EST", "RUS", "09")}),
    ("Erdogan proposed direct negotiations with Syria.", {("TUR", "SYR", "02")}),
    ("Israeli soldiers detained two journalists in the occupied West Bank.", {("ISR", "PSE", "17")}),
    ("Iranian missiles hit Haifa and Tel Aviv overnight, Israel said.", {("IRN", "ISR", "19")}),
    ("The Polish president dialled Macron on Sunday.", {("POL", "FRA", "04")}),
    ("Ukraine handed over 12 prisoners to Russia on Friday.", {("UKR", "RUS", "08")}),
    ("Latvia declared a Belarusian diplomat persona non grata.", {("LVA", "BLR", "16")}),
    ("Pakistani police stormed a compound in Afghanistan.", {("PAK", "AFG", "19")}),
    ("The Lithuanian government demanded on Monday that Belarus close the border.", {("LTU", "BLR", "10")}),
])
def test_family(text, expected):
    got = _events(text)
    assert got & expected, f"{text!r}: expected one of {expected}, got {got}"


@pytest.mark.parametrize("text, bad_root", [
    ("Turkey appealed to Israel for an immediate ceasefire in Gaza.", "08"),  # the appeal's object
    ("Azerbaijan accused Armenia of violating the ceasefire.", "08"),
    ("The European Union threatened Georgia with sanctions.", "16"),  # threatened, not imposed
    ("Moscow blamed Kyiv for the attack on the Crimean bridge.", "19"),  # accusation complement
    ("Japan pledged 500 million dollars in aid to Ukraine.", "07"),  # a pledge, not delivery
    ("Erdogan welcomed the Georgian decision.", "04"),  # welcoming a decision is praise, not hosting
    ("The French president called Putin a dictator.", "04"),  # a label, not a phone call
    ("Serbia rejected an offer of direct talks with Kosovo.", "04"),  # rejected talks are not talks
    ("The new tariffs hit Chinese exports to Mexico.", "19"),  # "hit" without a weapon is no attack
    ("A tropical storm hit Cuba and Jamaica on Monday.", "19"),  # weather, not an assault
])
def test_complement_is_not_an_event(text, bad_root):
    assert not any(root == bad_root for _s, _t, root in _events(text))


@pytest.mark.parametrize("text", [
    "Turkey did not condemn Russia's actions.",
    "Erdogan said he would not meet Assad.",
    "Armenia has never attacked Azerbaijan, Pashinyan said.",
    "Lavrov said Russia's position on the matter remains unchanged.",
    "Subscribe to our Telegram channel for the latest news.",
    "The two sides discussed the situation in the region.",
    "Thailand and Vietnam boosted trade and tourism last year.",
    "The mediators aimed at securing a truce between the two sides.",
    "Moscow will respond if NATO attacks Belarus.",  # a conditional is hypothetical
    "Armenia cannot accept the demands of Azerbaijan.",
])
def test_no_event(text):
    assert code_article("t", text, "en", "2024-05-10") == []


def test_scheduled_meeting_is_not_coded():
    assert code_article("t", "The Georgian president is scheduled to meet Erdogan in Ankara.", "en", "2024-05-10") == []


def test_hoped_meeting_is_intent():
    codes = {r["cameo_code"] for r in code_article("t", "Aliyev hopes to meet Erdogan in Ankara.", "en", "2024-05-10")}
    assert codes == {"036"}


def test_modal_meeting_is_intent():
    # hypothetical and scheduled meetings are not events (rule 2); a stated intent is 036
    assert code_article("t", "Putin could meet Erdogan in Ankara.", "en", "2024-05-10") == []
    assert code_article("t", "Putin will meet Erdogan in Ankara next week.", "en", "2024-05-10") == []
    codes = {r["cameo_code"] for r in code_article("t", "Putin intends to meet Erdogan in Ankara.", "en", "2024-05-10")}
    assert codes == {"036"}


def test_heldout_sentence_gold():
    m = score_file(GOLD, split="heldout")
    assert m["n_items"] >= 40
    # measured 0.690 when the heldout items were written (dictionaries frozen afterwards)
    assert m["overall"]["f1"] >= 0.60, m["overall"]
