"""Locators: a place set off by a comma to say where the place before it lies ("Orgun, in the
province of Paktika", "the Baliem Valley, in Indonesia's easternmost province of Irian Jaya").
`event_location` ranks a locator behind the place it locates, like a reference point, and lifts
that place to at least its locator's rank however deep the parser hung it."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from frontwatch.nlp import Token
from frontwatch.resolve.location_words import SETTLEMENT_NOUNS
from frontwatch.resolve.toponyms import Mention

LOCATOR_RANK = 3.0  # behind the place it locates, like a reference point
LOCATOR_PREPS = frozenset({"in", "near", "outside"})


def locates_previous(
    toks: Sequence[Token],
    mentions: Sequence[Mention],
    m: Mention,
    refs: AbstractSet[int] = frozenset(),
) -> bool:
    """Is `m` a locator of the place before it (see `located_by`)?"""
    return located_by(toks, mentions, m, refs) is not None


def located_by(
    toks: Sequence[Token],
    mentions: Sequence[Mention],
    m: Mention,
    refs: AbstractSet[int] = frozenset(),
) -> Mention | None:
    """The place `m` locates when `m` is set off by a comma to say where the place before it
    lies ("Orgun, in the province of Paktika", "Amerli, near the Tuz-Khurmato town", "the Baliem
    Valley, in Indonesia's easternmost province of Irian Jaya"), else None. That place is the
    event's, however the parser attached the phrase; not when it is itself a reference point
    (starts in `refs`): "a road south of the capital Algiers, near Medea" is near Medea. The
    place may carry its category noun ("Raqqa province, in northeastern Syria")."""
    k = m.start - 1
    while (
        k >= 0
        and m.start - k <= 7
        and (toks[k].pos in ("DET", "ADJ", "NOUN") or toks[k].text == "of" or toks[k].dep == "case")
    ):
        k -= 1
    if k >= 1 and toks[k + 1].dep == "case" and toks[k].dep == "poss":
        k -= 1  # "…, in Indonesia's easternmost province of Irian Jaya"
    if k < 1 or toks[k].text.lower() not in LOCATOR_PREPS or toks[k - 1].text != ",":
        return None
    end = k - 2 if k >= 2 and toks[k - 2].lemma.lower() in SETTLEMENT_NOUNS else k - 1
    return next(
        (
            p
            for p in mentions
            if p.end in (k - 1, end)
            and p.resolved is not None
            and p.source != "adjective"
            and p is not m
            and p.start not in refs
        ),
        None,
    )


def lift_located(
    toks: Sequence[Token],
    mentions: Sequence[Mention],
    scored: list[tuple[tuple[float, ...], Mention]],
    refs: AbstractSet[int],
) -> list[tuple[tuple[float, ...], Mention]]:
    """The place a locator sets off ("in the Baliem Valley, in Indonesia's easternmost province
    of Irian Jaya") is the event's, however deep the parser hung it ("captured by rebels in the
    Baliem Valley"): it ranks at least as well as its locator would without the locator's cost."""
    out = list(scored)
    for key, m in scored:
        p = located_by(toks, mentions, m, refs)
        j = next((i for i, (_, o) in enumerate(out) if o is p), None)
        if j is not None and out[j][0][0] > key[0] - LOCATOR_RANK:
            out[j] = ((key[0] - LOCATOR_RANK, *out[j][0][1:]), out[j][1])
    return out
