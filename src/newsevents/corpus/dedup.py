"""Near-duplicate clustering with MinHash LSH (datasketch) over word 5-shingles."""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

NUM_PERM = 128
SEED = 42
SHINGLE = 5
THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(k)))))  # each run of k words


@lru_cache(maxsize=1)
def _base():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED)


def _minhash(text: str):
    """MinHash of the text's shingles; the permutations are drawn once and shared (same values as a
    fresh ``MinHash(num_perm, seed)``), shingles are hashed with CRC-32 (8x faster than datasketch's
    default SHA-1; the random affine permutations on top make its linearity harmless for near-duplicate
    detection) in one vectorised batch."""
    from datasketch import MinHash

    base = _base()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=base.permutations, scheme=base.scheme,
                hashfunc=zlib.crc32)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


@lru_cache(maxsize=1)
def _permutations():
    """(a, b) of ``_base()``: datasketch's MinHash(NUM_PERM, SEED) draws them so (scheme affine32, its
    default since 2.0.0: odd multipliers, uint32), here without importing datasketch (tests compare both)."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)  # the MurmurHash3 finalizer datasketch applies first


def signature(text: str):
    """The text's MinHash values (numpy uint32 array, NUM_PERM long): small enough to travel from a
    worker process with the article. The values of ``_minhash(text).hashvalues``, computed directly
    (datasketch's affine32 update: CRC-32 of each shingle, the finalizer, a * h + b mod 2^32, the
    minimum per permutation; all ones for a text without words)."""
    import numpy as np

    a, b = _permutations()
    sh = shingles(text)
    hv = np.fromiter(map(zlib.crc32, map(str.encode, sh)), dtype=np.uint32, count=len(sh))  # (UTF-8)
    if not len(hv):
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    s1, m1, s2, m2, s3 = (np.uint32(x) for x in _FMIX32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return (hv.reshape(-1, 1) * a + b).min(axis=0)


def cluster(ids: list[str], texts: list[str], threshold: float = THRESHOLD,
            signatures: dict | None = None) -> dict[str, str]:
    """Map each id to its cluster id (the smallest id in its near-duplicate cluster).

    Candidates are pairs that share an LSH band (datasketch's ``MinHashLSH`` chooses the number of
    bands and rows for ``threshold``); a candidate is confirmed when the MinHash Jaccard estimate is at
    least ``threshold - 0.05``; clusters are the connected components, so the result does not depend
    on input order. This is the same pair set ``MinHashLSH.query`` returns, computed for all articles
    at once with numpy (one sort per band instead of one Python query per article).
    """
    import numpy as np

    if not ids:
        return {}
    order = sorted(range(len(ids)), key=lambda k: ids[k])
    rows = []
    for k in order:
        sig = signatures.get(ids[k]) if signatures else None
        rows.append(np.asarray(sig if sig is not None else signature(texts[k]), dtype=np.uint32))
    rep = representatives(np.vstack(rows), threshold)
    sids = [ids[k] for k in order]
    return {sids[k]: sids[rep[k]] for k in range(len(sids))}


# Largest offset paired inside one LSH bucket (see ``representatives``). Buckets of normal corpora
# are far smaller, so their clusters are exactly the all-pairs ones (tests/test_corpus.py checks
# them against datasketch's MinHashLSH).
MAX_OFFSET = 32


def _confirmed(reps, pairs_a, pairs_b, threshold):
    """The distinct candidate pairs (lo, hi) whose MinHash Jaccard estimate reaches threshold - 0.05."""
    import numpy as np

    if not pairs_a:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    m = len(reps)
    a = np.concatenate(pairs_a)
    b = np.concatenate(pairs_b)
    lo, hi = np.minimum(a, b).astype(np.int64), np.maximum(a, b).astype(np.int64)
    key = np.unique(lo * m + hi)
    a, b = key // m, key % m
    keep = np.zeros(len(a), dtype=bool)
    step = 100_000
    for s0 in range(0, len(a), step):
        sl = slice(s0, s0 + step)
        keep[sl] = (reps[a[sl]] == reps[b[sl]]).mean(axis=1) >= threshold - 0.05
    return a[keep], b[keep]


def _components(a, b, m):
    """The connected components of the undirected graph on nodes 0..m-1 with edges (a, b): for each node the
    smallest node of its component (what scipy's connected_components tells, labelled by that node: the callers
    use the labels only to group nodes; tests compare). Roots hooked under the smaller root of each edge, then
    paths compressed, until every edge joins one component: a few rounds (the roots left are each a smaller
    neighbour's), numpy throughout, without importing scipy."""
    import numpy as np

    label = np.arange(m, dtype=np.int64)
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    while len(a):
        la, lb = label[a], label[b]
        open_ = la != lb
        if not open_.any():
            break
        a, b, la, lb = a[open_], b[open_], la[open_], lb[open_]
        np.minimum.at(label, np.maximum(la, lb), np.minimum(la, lb))
        while True:
            up = label[label]
            if np.array_equal(up, label):
                break
            label = up
    return label


def _forest(a, b, m):
    """Edges (node, smallest node of its component) with the same connected components as (a, b)."""
    import numpy as np

    comp = _components(a, b, m)
    first = np.full(comp.max() + 1, m, dtype=np.int64)
    np.minimum.at(first, comp, np.arange(m))
    root = first[comp]
    nodes = np.flatnonzero(root != np.arange(m))
    return nodes.astype(np.int64), root[nodes]


# datasketch's MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM) chooses these (bands, rows per band) by
# numerical integration; known here so that a run need not import datasketch (tests check them)
_BANDS = {(THRESHOLD, NUM_PERM): (9, 13)}


def _bands(threshold: float):
    """An object with the ``b`` (bands) and ``r`` (rows per band) of MinHashLSH(threshold, NUM_PERM)."""
    from types import SimpleNamespace

    known = _BANDS.get((threshold, NUM_PERM))
    if known is not None:
        return SimpleNamespace(b=known[0], r=known[1])
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return SimpleNamespace(b=lsh.b, r=lsh.r)


def representatives(sigs, threshold: float = THRESHOLD):
    """For signatures of articles sorted by id (row k = article k), the row of each article's
    cluster representative: the first row (smallest id) of its near-duplicate cluster."""
    import numpy as np

    n = len(sigs)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    lsh = _bands(threshold)
    # identical signatures are one node (jaccard 1): a corpus of exact copies stays linear
    rowkey = np.ascontiguousarray(sigs).view(np.dtype((np.void, sigs.shape[1] * sigs.itemsize))).ravel()
    _, first, node = np.unique(rowkey, return_index=True, return_inverse=True)
    node = node.reshape(-1)
    reps = sigs[first]
    m_edges_limit = 4 * len(reps) + 1_000_000
    edges_a = edges_b = np.zeros(0, dtype=np.int64)
    tiebreak = np.random.default_rng(SEED + 1).random((lsh.b, len(reps)))
    mix = np.random.default_rng(SEED).integers(1, 2**63, size=lsh.r, dtype=np.uint64) | np.uint64(1)
    for band in range(lsh.b):
        block = reps[:, band * lsh.r : (band + 1) * lsh.r]
        with np.errstate(over="ignore"):
            key = (block.astype(np.uint64) * mix).sum(axis=1)  # a 64-bit hash of the band
        # within a bucket the order differs from band to band, so that the capped offsets of a
        # large bucket reach different neighbours in each band
        srt = np.lexsort((tiebreak[band], key))
        skey = key[srt]
        same = skey[1:] == skey[:-1]
        if not same.any():
            continue
        pairs_a, pairs_b = [], []
        # runs of equal keys: every pair inside a run is a candidate (offset d = distance in the
        # run), up to MAX_OFFSET: a bucket larger than that (a templated corpus) is linked
        # through chains of near neighbours instead of all its pairs, so that the candidate set
        # stays linear in the corpus
        d = 1
        while same.any() and d <= MAX_OFFSET:
            a, b = srt[:-d][same], srt[d:][same]
            exact = (block[a] == block[b]).all(axis=1)  # a hash collision is not a shared band
            pairs_a.append(a[exact])
            pairs_b.append(b[exact])
            d += 1
            if d >= len(srt):
                break
            same = same[:-1] & (skey[d:] == skey[:-d])
        a, b = _confirmed(reps, pairs_a, pairs_b, threshold)  # this band's edges
        pairs_a, pairs_b = [], []
        edges_a, edges_b = np.concatenate([edges_a, a]), np.concatenate([edges_b, b])
        if len(edges_a) > m_edges_limit:  # keep a spanning forest only: memory stays O(articles)
            edges_a, edges_b = _forest(edges_a, edges_b, len(reps))
    m = len(reps)
    a, b = edges_a, edges_b
    comp = _components(a, b, m)
    comp = comp[node]  # component of every article (sorted order)
    smallest = np.full(comp.max() + 1, n, dtype=np.int64)
    np.minimum.at(smallest, comp, np.arange(n))
    return smallest[comp]
