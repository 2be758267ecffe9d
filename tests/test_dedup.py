"""Stage 3: re-posts of one story link to the first copy; other stories do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from frontwatch.dedup import NearDuplicateIndex, shingles

WIRE = (
    "A train carrying Russian troops arrived in Belarus, the Belarusian defence ministry said on Friday, "
    "as Kyiv warned that Moscow could use its neighbour to launch a new offensive from the north. "
    "Belarus will also receive more Russian weapons and military equipment, and the two countries are "
    "preparing joint air force drills, the ministry said in a statement on its Telegram channel. "
    "Ukraine says Russia keeps using Belarusian airspace for drone and missile attacks on Ukrainian cities. "
    "Minsk has said it will not join the war, and President Alexander Lukashenko blamed Western nations "
    "for the tension along the border, where Ukraine has strengthened its defences in recent weeks. "
    "Ukrainian officials fear an offensive from the north similar to the one in February last year, "
    "when Russian forces advanced on Kyiv from Belarusian territory before being pushed back."
)
# what an aggregator keeps after cleaning: its own header, the wire text re-typeset, a credit line
REPOST = (
    "WORLD NEWS DAILY — Breaking\n\n" + WIRE.upper().replace(", ", " , ").replace(". ", ".\n\n")
    + "\n\n(Reporting by the Kyiv bureau)"
)  # fmt: skip
OTHER = (
    "Poland said on Tuesday it would send more soldiers to its eastern border after several migrants "
    "tried to cross from Belarus overnight, the interior ministry said in a statement. The government "
    "in Warsaw has built a steel fence along much of the frontier and says Minsk organises the crossings "
    "to put pressure on the European Union. Belarus denies the accusation and blames Polish guards "
    "for the deaths of migrants in the forests along the border during the winter months."
)


@pytest.fixture
def index() -> NearDuplicateIndex:
    return NearDuplicateIndex(threshold=0.8, shingle=5, num_perm=128)


def test_a_repost_with_another_header_and_footer_links_to_the_first_copy(index: NearDuplicateIndex) -> None:
    index.add("wire", index.signature(WIRE))
    index.add("other", index.signature(OTHER))
    assert index.query(index.signature(REPOST)) == "wire"


def test_a_different_story_is_not_a_duplicate(index: NearDuplicateIndex) -> None:
    index.add("wire", index.signature(WIRE))
    assert index.query(index.signature(OTHER)) is None


def test_the_earliest_added_copy_wins(index: NearDuplicateIndex) -> None:
    for name in ("first", "second", "third"):
        index.add(name, index.signature(WIRE + f" Filed by {name}."))
    assert index.query(index.signature(REPOST)) == "first"


def test_the_estimate_is_verified_not_the_bucket(index: NearDuplicateIndex) -> None:
    """A text sharing about two thirds of its shingles may land in an LSH bucket (the banding is
    tuned below the threshold) but must not count as a duplicate."""
    words = WIRE.split()
    cut = len(words) * 2 // 3
    partial = " ".join(words[:cut] + OTHER.split()[: len(words) - cut])
    a, b = index.signature(WIRE), index.signature(partial)
    assert 0.3 < index.similarity(a, b) < 0.8
    index.add("wire", a)
    assert index.query(b) is None


def test_signatures_are_stable_and_sized(index: NearDuplicateIndex) -> None:
    sig = index.signature(WIRE)
    assert len(sig) == 128 and all(isinstance(v, int) for v in sig)
    assert NearDuplicateIndex().signature(WIRE) == sig
    assert index.signature(WIRE.upper().replace(" ", "  ")) == sig  # normalised text


@pytest.mark.parametrize("text", ["", "   ", "Troops", "Troops arrived in Minsk", "a b c d e"])
def test_very_short_texts_do_not_crash(index: NearDuplicateIndex, text: str) -> None:
    sig = index.signature(text)
    assert len(sig) == 128
    assert index.query(sig) is None
    index.add("short", sig)
    assert index.query(index.signature(text)) == "short"
    assert index.query(index.signature(WIRE)) is None


def test_shingles() -> None:
    assert shingles("One two three four five six", 5) == [
        b"one two three four five",
        b"two three four five six",
    ]
    assert shingles("Only three words", 5) == [b"only three words"]
    assert shingles("Minsk, Moscow; Kyiv — Warsaw. Vilnius!", 5) == [b"minsk moscow kyiv warsaw vilnius"]


def test_adding_the_same_id_twice_changes_nothing(index: NearDuplicateIndex) -> None:
    sig = index.signature(WIRE)
    index.add("wire", sig)
    index.add("wire", sig)
    assert len(index) == 1


def test_from_store_rebuilds_the_index_in_store_order() -> None:
    helper = NearDuplicateIndex()
    pairs = [
        ("other", helper.signature(OTHER)),
        ("old-wire", helper.signature(WIRE)),
        ("bad-length", [1, 2, 3]),
        ("new-wire", helper.signature(WIRE + " More.")),
    ]
    index = NearDuplicateIndex.from_store(iter(pairs), threshold=0.8, shingle=5, num_perm=128)
    assert len(index) == 3
    assert index.query(index.signature(REPOST)) == "old-wire"


def test_a_wrong_length_signature_is_refused(index: NearDuplicateIndex) -> None:
    with pytest.raises(ValueError):
        index.query([1, 2, 3])


def test_a_stricter_threshold_rejects_what_a_looser_one_accepts() -> None:
    edited = WIRE.replace("Friday", "Saturday").replace("drills", "exercises").replace("north", "east")
    loose, strict = NearDuplicateIndex(threshold=0.5), NearDuplicateIndex(threshold=0.95)
    for idx in (loose, strict):
        idx.add("wire", idx.signature(WIRE))
    assert loose.query(loose.signature(edited)) == "wire"
    assert strict.query(strict.signature(edited)) is None


@hsettings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_has_a_signature_that_finds_itself(text: str) -> None:
    index = NearDuplicateIndex(num_perm=32)
    sig = index.signature(text)
    index.add("x", sig)
    assert index.query(sig) == "x"


def test_signatures_are_datasketchs_own_minhash(index: NearDuplicateIndex) -> None:
    """The shared permutations are the ones a fresh datasketch MinHash draws (its fixed seed):
    sharing them changes no signature, stored or new."""
    from datasketch import MinHash

    fresh = MinHash(num_perm=128, scheme="affine32")
    fresh.update_batch(shingles(WIRE, 5))
    assert index.signature(WIRE) == [int(v) for v in fresh.hashvalues]


def test_the_shared_permutations_cannot_be_changed(index: NearDuplicateIndex) -> None:
    import numpy as np

    other = NearDuplicateIndex()
    assert other._permutations is index._permutations
    with pytest.raises(ValueError):
        index._permutations[0, 0] = np.uint32(3)


def test_an_index_answers_before_anything_is_added(index: NearDuplicateIndex) -> None:
    assert index.query(index.signature(WIRE)) is None
    index.add("wire", index.signature(WIRE))
    assert index.query(index.signature(REPOST)) == "wire"
