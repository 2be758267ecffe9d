"""Stage 3: link near-identical re-posts to the first copy (MinHash LSH over word shingles).

Texts are normalised as for the article id (clean.normalise), cut into word `shingle`-grams
and summarised by a datasketch MinHash of `num_perm` permutations (scheme affine32, 32-bit
values). The LSH index only proposes candidates (it is built a little below the threshold so
that borderline pairs are not missed); each candidate's estimated Jaccard similarity is then
checked against the threshold itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param

from .clean import normalise

# How far below `threshold` the LSH banding is tuned, so that pairs just above the threshold
# are still proposed (banding has false negatives near its threshold); verification follows.
_LSH_SLACK = 0.15
_WORD = re.compile(r"\w+")
# The permutation scheme is part of what a stored signature means: never change it silently.
SCHEME = "affine32"


def shingles(text: str, size: int) -> list[bytes]:
    """Word `size`-grams of the normalised text, words being runs of letters and digits (so
    that "Belarus," and "Belarus ," agree); a text shorter than that is one shingle."""
    words = _WORD.findall(normalise(text))
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


@lru_cache(maxsize=16)
def _permutations(num_perm: int) -> np.ndarray:
    """The permutation parameters of a `num_perm` MinHash (datasketch's fixed seed): drawing
    them is most of a MinHash's set-up cost (about half a millisecond), so every index and
    every sketch made from a stored signature shares one read-only copy."""
    permutations = MinHash(num_perm=num_perm, scheme=SCHEME).permutations
    permutations.setflags(write=False)
    return permutations


@lru_cache(maxsize=16)
def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) for LSH banding a little below `threshold`; datasketch finds them by
    numerical integration (tens of milliseconds), so they are worked out once per setting."""
    bands, rows = _optimal_param(max(0.05, threshold - _LSH_SLACK), num_perm, 0.5, 0.5)
    return int(bands), int(rows)


class NearDuplicateIndex:
    """Finds the earliest added article whose text is near-identical (Jaccard ≥ threshold)."""

    def __init__(self, threshold: float = 0.8, shingle: int = 5, num_perm: int = 128) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {threshold}")
        self.threshold = threshold
        self.shingle = shingle
        self.num_perm = num_perm
        self._lsh: MinHashLSH | None = None  # made on first use: a worker only computes signatures
        self._permutations = _permutations(num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def signature(self, text: str) -> list[int]:
        """The MinHash signature of a text: `num_perm` integers."""
        mh = MinHash(num_perm=self.num_perm, permutations=self._permutations, scheme=SCHEME)
        mh.update_batch(shingles(text, self.shingle))
        values: list[int] = mh.hashvalues.tolist()  # Python ints
        return values

    def _minhash(self, signature: Sequence[int]) -> MinHash:
        if len(signature) != self.num_perm:
            raise ValueError(f"signature has {len(signature)} values, the index uses {self.num_perm}")
        return MinHash(
            num_perm=self.num_perm,
            hashvalues=np.asarray(signature, dtype=np.uint32),
            permutations=self._permutations,
            scheme=SCHEME,
        )

    def _banding(self) -> MinHashLSH:
        """The LSH banding over the added signatures, made when first needed."""
        if self._lsh is None:
            self._lsh = MinHashLSH(num_perm=self.num_perm, params=_lsh_params(self.threshold, self.num_perm))
        return self._lsh

    def add(self, article_id: str, signature: Sequence[int]) -> None:
        """Index an article; adding an id that is already there changes nothing."""
        if article_id in self._signatures:
            return
        mh = self._minhash(signature)
        self._banding().insert(article_id, mh)
        self._signatures[article_id] = mh.hashvalues
        self._order[article_id] = len(self._order)

    def similarity(self, a: Sequence[int], b: Sequence[int]) -> float:
        """Estimated Jaccard similarity of two signatures (share of equal values)."""
        return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))

    def query(self, signature: Sequence[int]) -> str | None:
        """The earliest added article with estimated Jaccard ≥ threshold, or None."""
        mh = self._minhash(signature)
        values = mh.hashvalues
        best: tuple[int, str] | None = None
        for key in self._banding().query(mh):
            if float(np.mean(self._signatures[key] == values)) >= self.threshold:
                rank = self._order[key]
                if best is None or rank < best[0]:
                    best = (rank, key)
        return best[1] if best else None

    @classmethod
    def from_store(
        cls,
        pairs: Iterable[tuple[str, Sequence[int]]],
        threshold: float = 0.8,
        shingle: int = 5,
        num_perm: int = 128,
    ) -> NearDuplicateIndex:
        """Rebuild the index from `Store.signatures()`, in the store's order (earliest first).
        Signatures made with another number of permutations are skipped."""
        index = cls(threshold=threshold, shingle=shingle, num_perm=num_perm)
        for article_id, signature in pairs:
            if signature is not None and len(signature) == num_perm:
                index.add(article_id, signature)
        return index
