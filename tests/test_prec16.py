"""Round prec16, precision of the material types on sentences the coder has never seen: words of
force, pull-back, coercion, deployment and aid in another sense — a market or a cause as the
agent ("the rupiah retreated", "hit by sanctions"), a pull-back from a race or a pledge, support
or money withdrawn or mobilised, a decline arrested, measures or questions an attack is "with",
a verbal or charm offensive, a retreat held — each beside the military reading that must stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, assert_absent, assert_present, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2005, 6, 1, tzinfo=UTC))


# --- markets, banks and causes as the agent ----------------------------------------------------


def test_markets_and_causes_are_no_party(code: WireCoder) -> None:
    assert_absent(code, "RETREAT", "The Ghanaian cedi retreated against the dollar on Friday.")
    assert_absent(code, "ASSAULT", "The Philippine peso was battered by speculators on Monday.")
    assert_absent(code, "ASSAULT", "Rising fuel prices hit Indonesian fishermen last month.")
    assert_absent(code, "ASSAULT", "Cuba has been hit hard by the U.S. embargo, the Cuban minister said.")
    assert_absent(code, "COERCE", "The Pakistani team was detained by fog in Lahore.")
    assert_absent(code, "MOBILIZE", "The Turkish central bank deployed its reserves on Tuesday.")


def test_parties_still_act(code: WireCoder) -> None:
    assert_present(code, "ASSAULT", "Ethiopian troops hit rebel positions near the Somali border.")
    assert_present(code, "COERCE", "Egyptian police detained 30 opposition activists in Cairo.")
    assert_present(code, "RETREAT", "Uganda withdrew its troops from eastern Congo on Monday.")
    assert_present(code, "ASSAULT", "An exchange of fire killed two soldiers near the Eritrean border.")


# --- pull-backs from a contest, a pledge or a stance ------------------------------------------


def test_withdrawals_from_contests_and_pledges(code: WireCoder) -> None:
    assert_absent(
        code,
        "RETREAT",
        "The Kenyan opposition leader withdrew from the presidential race on Monday.",
        "The Thai government retreated from its pledge to cut fuel prices.",
        "The Polish party withdrew its support for the government.",
        "Savers withdrew millions of dollars from Uruguayan banks.",
    )
    assert_present(code, "RETREAT", "Serbian forces withdrew from the town of Pec on Friday.")


# --- support, voters and money mobilised, a decline arrested ---------------------------------


def test_mobilised_support_and_arrested_decline(code: WireCoder) -> None:
    assert_absent(code, "MOBILIZE", "The Peruvian candidate mobilised voters in the Andes.")
    assert_absent(code, "COERCE", "The Argentine central bank moved to arrest the slide of the peso.")
    assert_absent(code, "COERCE", "The former Polish minister died of cardiac arrest in Warsaw.")
    assert_present(code, "MOBILIZE", "Azerbaijan mobilised its reservists on Sunday.")
    assert_present(code, "COERCE", "Burmese police arrested 20 monks in Rangoon.")


# --- attacks with measures or words, offensives in words, retreats held ------------------------


def test_attacks_in_words_and_measures(code: WireCoder) -> None:
    assert_absent(code, "ASSAULT", "The United States hit Chinese steel with new duties on Friday.")
    assert_absent(code, "ASSAULT", "Reporters bombarded the Thai minister with questions on the coup.")
    assert_absent(code, "ASSAULT", "The Indian prime minister launched a diplomatic offensive in Africa.")
    assert_absent(code, "ASSAULT", "The Israeli minister made a verbal attack on the Syrian leader.")
    assert_absent(code, "ASSAULT", "The Brazilian president fought back against corruption charges.")
    assert_absent(code, "RETREAT", "The Australian cabinet held a two-day retreat in Canberra.")
    assert_present(code, "ASSAULT", "Russian jets bombarded the Chechen town of Urus-Martan.")
    assert_present(code, "ASSAULT", "Indian troops launched an offensive against rebels in Assam.")
    assert_present(code, "ASSAULT", "Government troops fought against rebels in the north.")
