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
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


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


def signature(text: str):
    """The text's MinHash values (numpy uint32 array, NUM_PERM long): small enough to travel from a
    worker process with the article."""
    return _minhash(text).hashvalues


def _from_signature(values):
    from datasketch import MinHash

    base = _base()
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, permutations=base.permutations,
                   scheme=base.scheme)


def cluster(ids: list[str], texts: list[str], threshold: float = THRESHOLD,
            signatures: dict | None = None) -> dict[str, str]:
    """Map each id to its cluster id (the smallest id in its near-duplicate cluster).

    Candidates come from LSH and are confirmed with the MinHash Jaccard estimate; clusters are the
    connected components (union-find), so the result does not depend on input order.
    """
    from datasketch import MinHashLSH

    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    for aid, text in sorted(zip(ids, texts)):
        sig = signatures.get(aid) if signatures else None
        m = _from_signature(sig) if sig is not None else _minhash(text)
        for other in lsh.query(m):
            if m.jaccard(hashes[other]) >= threshold - 0.05:
                a, b = find(aid), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        lsh.insert(aid, m)
        hashes[aid] = m
    return {i: find(i) for i in ids}
