"""The near-duplicate signature computed without datasketch objects is datasketch's own."""

from __future__ import annotations

import random

import numpy as np

from newsevents.corpus import dedup


def _texts() -> list[str]:
    rng = random.Random(11)
    words = ["Путин", "позвонил", "Алиеву", "talks", "Kyiv", "ﬁnal", "İstanbul", "ёж", "x", "2024", "_", "1-2"]
    out = ["", "   ", "!!!", "one", "one two three four", "one two three four five", "a b c d e f g h"]
    out += [" ".join(rng.choice(words) for _ in range(rng.randrange(0, 300))) for _ in range(200)]
    return out


def test_signature_is_datasketch_minhash():
    for text in _texts():
        want = dedup._minhash(text).hashvalues
        got = dedup.signature(text)
        assert got.dtype == want.dtype == np.uint32
        assert got.shape == want.shape == (dedup.NUM_PERM,)
        assert (got == want).all(), text


def test_permutations_are_datasketch_ones():
    a, b = dedup._permutations()
    base_a, base_b = dedup._base().permutations
    assert (a == base_a).all() and (b == base_b).all()


def test_known_bands_are_datasketch_ones():
    from datasketch import MinHashLSH

    for (threshold, num_perm), (b, r) in dedup._BANDS.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert (lsh.b, lsh.r) == (b, r)
    other = dedup._bands(0.7)
    lsh = MinHashLSH(threshold=0.7, num_perm=dedup.NUM_PERM)
    assert (other.b, other.r) == (lsh.b, lsh.r)


def test_components_are_scipy_ones():
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(3)
    for m, e in [(1, 0), (5, 0), (10, 3), (50, 40), (200, 150), (1000, 900), (1000, 5000)]:
        a, b = rng.integers(0, m, e), rng.integers(0, m, e)
        got = dedup._components(a, b, m)
        _, comp = connected_components(coo_matrix((np.ones(e, dtype=np.int8), (a, b)), shape=(m, m)), directed=False)
        smallest = np.full(comp.max() + 1, m)
        np.minimum.at(smallest, comp, np.arange(m))
        assert (got == smallest[comp]).all()
    chain = np.arange(9999)  # a long path written in a scrambled order
    perm = rng.permutation(10000)
    got = dedup._components(perm[chain], perm[chain + 1], 10000)
    assert (got == 0).all()
