"""Dyadic event time series (per directed dyad and period), with explicit zero periods.

A dyad "AZE-ARM" means source_country AZE -> target_country ARM.

Symmetric acts: the coder writes a meeting, talks, a call without initiator, a ceasefire or a
signed agreement between two sides as ONE event marked ``is_symmetric`` (its actor order carries no
information). In directed-dyad series such an event counts in both directions, once in AZE-ARM and
once in ARM-AZE: it is an act of each side toward the other. ``result.attrs["n_symmetric_mirrored"]``
says how many events were counted twice this way.

Dates: ``event_date`` is 'YYYY-MM-DD', 'YYYY-MM' (month precision) or null. Daily and weekly
series use day-precision events only; month-precision events are kept in monthly series (their
month is known). Dropped events are counted in ``result.attrs``:
``n_dropped_month_precision``, ``n_dropped_null_date``, ``n_dropped_out_of_range``.
"""

from __future__ import annotations

import pandas as pd

FREQS = {"D": "D", "W": "W", "M": "M"}
VALUE_COLS = ["goldstein_sum", "event_count", "quad1", "quad2", "quad3", "quad4"]


def parse_dyad(dyad: str) -> tuple[str, str]:
    src, tgt = dyad.split("-")
    return src, tgt


def mirror_symmetric(events: pd.DataFrame) -> pd.DataFrame:
    """The events plus, for each ``is_symmetric`` event between two countries, its mirror image
    (source and target columns swapped), placed right after it."""
    if "is_symmetric" not in events.columns or not len(events):
        return events
    sym = events["is_symmetric"].fillna(False).astype(bool) & (events["source_country"] != events["target_country"])
    if not sym.any():
        return events
    mirror = events[sym].copy()
    for col in [c for c in events.columns if c.startswith("source_")]:
        other = "target_" + col[len("source_"):]
        if other in events.columns:
            mirror[col], mirror[other] = events.loc[sym, other], events.loc[sym, col]
    both = pd.concat([events.assign(_m=0), mirror.assign(_m=1)])
    both["_o"] = both.index
    return both.sort_values(["_o", "_m"], kind="stable").drop(columns=["_o", "_m"]).reset_index(drop=True)


def event_periods(dates: pd.Series, freq: str) -> tuple[pd.Series, pd.Series]:
    """Return (period or NaT per event, precision label 'day'|'month'|'null'|'bad')."""
    s = dates.astype("object")
    is_null = s.isna()
    txt = s.where(~is_null, "").astype(str)
    is_day = txt.str.fullmatch(r"\d{4}-\d{2}-\d{2}")
    is_month = txt.str.fullmatch(r"\d{4}-\d{2}")
    prec = pd.Series("bad", index=s.index, dtype=object)
    prec[is_day] = "day"
    prec[is_month] = "month"
    prec[is_null] = "null"
    ts = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
    ts[is_day] = pd.to_datetime(txt[is_day], format="%Y-%m-%d", errors="coerce")
    if freq == "M":
        ts[is_month] = pd.to_datetime(txt[is_month] + "-01", format="%Y-%m-%d", errors="coerce")
    per = ts.dt.to_period(FREQS[freq])
    return per, prec


def dyad_series(
    events: pd.DataFrame,
    dyads: list[str] | None = None,
    freq: str = "W",
    start=None,
    end=None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Long table: one row per (dyad, period) for every period in [start, end].

    Columns: dyad, period (pandas Period), period_start (Timestamp), goldstein_sum, event_count,
    quad1..quad4 (counts by quad class), article_count (articles published in the period, from
    ``articles.published``; 0 when none or when ``articles`` is None). ``dyads=None`` -> every
    directed dyad present. ``start``/``end`` default to the first/last usable event date.
    Drop counts are in ``.attrs``.
    """
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {sorted(FREQS)}, got {freq!r}")
    ev = mirror_symmetric(events).copy()
    n_mirrored = len(ev) - len(events)
    ev["dyad"] = ev["source_country"].astype(str) + "-" + ev["target_country"].astype(str)
    if dyads is None:
        dyads = sorted(ev.loc[ev["source_country"].notna() & ev["target_country"].notna(), "dyad"].unique())
    dyads = list(dyads)
    ev = ev[ev["dyad"].isin(dyads)]
    per, prec = event_periods(ev["event_date"], freq)
    attrs = {
        "freq": freq,
        "n_events_in_dyads": int(len(ev)),
        "n_symmetric_mirrored": int(n_mirrored),
        "n_dropped_month_precision": int(((prec == "month") & per.isna()).sum()),
        "n_dropped_null_date": int((prec == "null").sum()),
        "n_dropped_bad_date": int((prec == "bad").sum()),
    }
    ev = ev.assign(period=per)[per.notna()]
    if start is None:
        start = ev["period"].min() if len(ev) else None
    if end is None:
        end = ev["period"].max() if len(ev) else None
    if start is None or end is None:
        out = pd.DataFrame(columns=["dyad", "period", "period_start", *VALUE_COLS, "article_count"])
        out.attrs.update(attrs, n_dropped_out_of_range=0, n_periods=0)
        return out
    periods = pd.period_range(pd.Period(start, FREQS[freq]), pd.Period(end, FREQS[freq]), freq=FREQS[freq])
    in_range = ev["period"].isin(periods)
    attrs["n_dropped_out_of_range"] = int((~in_range).sum())
    ev = ev[in_range]

    q = ev["quad_class"].astype("Int64")
    ev = ev.assign(
        goldstein_sum=ev["goldstein"].astype(float),
        event_count=1,
        **{f"quad{k}": (q == k).fillna(False).astype(int) for k in (1, 2, 3, 4)},
    )
    agg = ev.groupby(["dyad", "period"], observed=True)[VALUE_COLS].sum()
    full = pd.MultiIndex.from_product([dyads, periods], names=["dyad", "period"])
    out = agg.reindex(full, fill_value=0).reset_index()
    for c in VALUE_COLS[1:]:
        out[c] = out[c].astype("int64")
    out["goldstein_sum"] = out["goldstein_sum"].astype(float)

    art_counts = pd.Series(0, index=periods, dtype="int64")
    if articles is not None and len(articles):
        ap, _ = event_periods(articles["published"], freq)
        vc = ap[ap.notna()].value_counts()
        art_counts = vc.reindex(periods, fill_value=0).astype("int64")
    out["article_count"] = art_counts.reindex(out["period"]).to_numpy()
    out.insert(2, "period_start", out["period"].map(lambda p: p.start_time))
    attrs["n_periods"] = len(periods)
    out.attrs.update(attrs)
    return out


def to_wide(long: pd.DataFrame, value: str = "event_count") -> pd.DataFrame:
    """Wide table: index period_start (Timestamp), one column per dyad (no rows when ``long`` is empty)."""
    if long.empty:
        return pd.DataFrame(columns=sorted(long["dyad"].unique()) if "dyad" in long else [],
                            index=pd.DatetimeIndex([], name="period_start"), dtype=float)
    w = long.pivot(index="period_start", columns="dyad", values=value)
    w.columns.name = None
    w.index = pd.DatetimeIndex(w.index)
    return w
