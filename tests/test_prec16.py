"""Round prec16, precision of the material types on sentences the coder has never seen: words of
force, pull-back, coercion, deployment and aid in another sense — a market or a cause as the
agent ("the rupiah retreated", "hit by sanctions"), a pull-back from a race or a pledge, support
or money withdrawn or mobilised, a decline arrested, measures or questions an attack is "with",
a verbal or charm offensive, a retreat held — each beside the military reading that must stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from .conftest import WireCoder, event_types, wire_coder


@pytest.fixture(scope="module")
def code() -> WireCoder:
    return wire_coder(datetime(2005, 6, 1, tzinfo=UTC))


def _absent(code: WireCoder, event_type: str, *texts: str) -> None:
    for text in texts:
        assert event_type not in event_types(code(text)), text


def _present(code: WireCoder, event_type: str, *texts: str) -> None:
    for text in texts:
        assert event_type in event_types(code(text)), text


# --- markets, banks and causes as the agent ----------------------------------------------------


def test_markets_and_causes_are_no_party(code: WireCoder) -> None:
    _absent(code, "RETREAT", "The Ghanaian cedi retreated against the dollar on Friday.")
    _absent(code, "ASSAULT", "The Philippine peso was battered by speculators on Monday.")
    _absent(code, "ASSAULT", "Rising fuel prices hit Indonesian fishermen last month.")
    _absent(code, "ASSAULT", "Cuba has been hit hard by the U.S. embargo, the Cuban minister said.")
    _absent(code, "COERCE", "The Pakistani team was detained by fog in Lahore.")
    _absent(code, "MOBILIZE", "The Turkish central bank deployed its reserves on Tuesday.")


def test_parties_still_act(code: WireCoder) -> None:
    _present(code, "ASSAULT", "Ethiopian troops hit rebel positions near the Somali border.")
    _present(code, "COERCE", "Egyptian police detained 30 opposition activists in Cairo.")
    _present(code, "RETREAT", "Uganda withdrew its troops from eastern Congo on Monday.")
    _present(code, "ASSAULT", "An exchange of fire killed two soldiers near the Eritrean border.")


# --- pull-backs from a contest, a pledge or a stance ------------------------------------------


def test_withdrawals_from_contests_and_pledges(code: WireCoder) -> None:
    _absent(
        code,
        "RETREAT",
        "The Kenyan opposition leader withdrew from the presidential race on Monday.",
        "The Thai government retreated from its pledge to cut fuel prices.",
        "The Polish party withdrew its support for the government.",
        "Savers withdrew millions of dollars from Uruguayan banks.",
    )
    _present(code, "RETREAT", "Serbian forces withdrew from the town of Pec on Friday.")


# --- support, voters and money mobilised, a decline arrested ---------------------------------


def test_mobilised_support_and_arrested_decline(code: WireCoder) -> None:
    _absent(code, "MOBILIZE", "The Peruvian candidate mobilised voters in the Andes.")
    _absent(code, "COERCE", "The Argentine central bank moved to arrest the slide of the peso.")
    _absent(code, "COERCE", "The former Polish minister died of cardiac arrest in Warsaw.")
    _present(code, "MOBILIZE", "Azerbaijan mobilised its reservists on Sunday.")
    _present(code, "COERCE", "Burmese police arrested 20 monks in Rangoon.")


# --- attacks with measures or words, offensives in words, retreats held ------------------------


def test_attacks_in_words_and_measures(code: WireCoder) -> None:
    _absent(code, "ASSAULT", "The United States hit Chinese steel with new duties on Friday.")
    _absent(code, "ASSAULT", "Reporters bombarded the Thai minister with questions on the coup.")
    _absent(code, "ASSAULT", "The Indian prime minister launched a diplomatic offensive in Africa.")
    _absent(code, "ASSAULT", "The Israeli minister made a verbal attack on the Syrian leader.")
    _absent(code, "ASSAULT", "The Brazilian president fought back against corruption charges.")
    _absent(code, "RETREAT", "The Australian cabinet held a two-day retreat in Canberra.")
    _present(code, "ASSAULT", "Russian jets bombarded the Chechen town of Urus-Martan.")
    _present(code, "ASSAULT", "Indian troops launched an offensive against rebels in Assam.")
    _present(code, "ASSAULT", "Government troops fought against rebels in the north.")
