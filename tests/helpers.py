"""Shared test helpers for the coder tests."""

from __future__ import annotations

_MIRROR = {"source": "target", "target": "source"}


def both_directions(rows: list[dict]) -> list[dict]:
    """The coder's mentions with every symmetric act (``is_symmetric``: one row for a meeting, talks, a
    call without initiator...) also listed in the mirrored direction, so that tests written as sets of
    (source, target, code) read the same whichever side the coder wrote first."""
    out = list(rows)
    for r in rows:
        if r.get("is_symmetric"):
            m = dict(r)
            for k in list(r):
                side, _, rest = k.partition("_")
                if side in _MIRROR and rest:
                    m[k] = r[f"{_MIRROR[side]}_{rest}"]
            out.append(m)
    return out
