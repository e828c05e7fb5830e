"""The analysis parameters a researcher changes, validated in one place.

The notebooks call :func:`check` on their parameters before anything else, and
``newsevents parameters`` (what ``make report DYADS=... FREQ=...`` or ``PARAMS=file.yml`` runs) calls
it before any notebook starts, so a wrong value stops the run with a message that names the value and
what is allowed, instead of a pandas KeyError in the middle of a notebook. docs/PARAMETERS.md lists
them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

FREQS = {"D": "daily", "W": "weekly", "M": "monthly"}
CHANGEPOINT_METHODS = ("pelt", "binseg", "markov")
VAR_VALUES = ("goldstein_sum", "event_count", "quad1", "quad2", "quad3", "quad4")
_DYAD = re.compile(r"^([A-Z]{3})-([A-Z]{3})$")
_ACTOR = re.compile(r"^[A-Z0-9]{3,}$")

# name -> (type, description); the single list the docs, the CLI and the notebooks share.
SPEC: dict[str, tuple[str, str]] = {
    "dyads": ("list of dyads", 'directed dyads "SRC-TGT" of three-letter country codes, e.g. ["AZE-ARM", "ARM-AZE"]; '
              "the first one is the focus of the count model, the before/after test and the ceasefires"),
    "freq": ("D | W | M", "aggregation of the dyad series: daily, weekly or monthly"),
    "start": ("YYYY-MM-DD or null", "first day of the series (null: the first dated event)"),
    "end": ("YYYY-MM-DD or null", "last day of the series (null: the last dated event)"),
    "maxlags": ("integer 1-52", "largest lag of the VAR and the Granger tests, in periods of freq"),
    "min_events": ("integer >= 1", "dyadic events a dyad needs before a changepoint or VAR is attempted"),
    "changepoint_method": ("pelt | binseg | markov", "turning-point detector"),
    "var_value": ("|".join(VAR_VALUES), "series the VAR is fitted on"),
    "seed": ("integer >= 0", "seed of every random draw (impulse-response bands, placebo windows, simulation)"),
    "k_days": ("integer 1-365", "length in days of the windows before and after a mediation event"),
    "placebo_draws": ("integer 1-100000", "placebo windows drawn for the before/after test"),
    "mediators": ("list of actor codes or null", 'count only these third parties as mediators, e.g. ["RUS", "TUR"] '
                  "(country, organisation or actor codes); null: every mediator the coder found"),
    "n_draws": ("integer 1-1000", "simulated draws of the simulation study"),
    "days": ("integer 60-10000", "days per simulated event set"),
}


class ParameterError(ValueError):
    """A notebook parameter has a value the analyses cannot use; the message says which and why."""


def _int(name: str, value, lo: int, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ParameterError(f"parameter {name}={value!r}: expected a whole number ({SPEC[name][0]})")
    try:
        v = int(value)
    except ValueError:
        raise ParameterError(f"parameter {name}={value!r}: expected a whole number ({SPEC[name][0]})") from None
    if v < lo or (hi is not None and v > hi):
        raise ParameterError(f"parameter {name}={v}: allowed {SPEC[name][0]}")
    return v


def _date(name: str, value) -> str | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "null")):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ParameterError(f"parameter {name}={value!r} is not a date: write it as YYYY-MM-DD (e.g. 2020-09-27), "
                             "or null for no bound") from None


def _list(name: str, value) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in ("", "none", "null"):
            return None
        if text.startswith("["):
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                raise ParameterError(f"parameter {name}={value!r}: not a list ({SPEC[name][0]})") from None
        else:
            value = [p for p in re.split(r"[,\s]+", text) if p]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ParameterError(f"parameter {name}={value!r}: expected {SPEC[name][0]}")
    return [v.strip() for v in value]


def known_countries() -> set[str]:
    """Country codes the coder can produce (the dictionaries' countries.yml)."""
    import yaml

    from ..paths import DICTIONARIES

    data = yaml.safe_load((DICTIONARIES / "countries.yml").read_text(encoding="utf-8")) or {}
    items = data.get("countries", data) if isinstance(data, dict) else data
    codes = set()
    if isinstance(items, dict):
        codes.update(k for k in items if isinstance(k, str))
        codes.update(v["code"] for v in items.values() if isinstance(v, dict) and isinstance(v.get("code"), str))
    elif isinstance(items, list):
        codes.update(v["code"] for v in items if isinstance(v, dict) and isinstance(v.get("code"), str))
    return {c for c in codes if re.fullmatch(r"[A-Z]{3}", c)}


def check(params: dict, countries: set[str] | None = None) -> dict:
    """Validate and normalise the parameters present in ``params`` (unknown names pass unchanged).

    Raises :class:`ParameterError` naming the bad value and the allowed ones."""
    out = dict(params)
    if "dyads" in out:
        dyads = _list("dyads", out["dyads"])
        if not dyads:
            raise ParameterError('parameter dyads is empty: give at least one directed dyad, e.g. ["AZE-ARM"]')
        countries = known_countries() if countries is None else countries
        for d in dyads:
            m = _DYAD.match(d)
            if not m:
                raise ParameterError(f"parameter dyads: {d!r} is not a directed dyad; write SRC-TGT with three-letter "
                                     'country codes in capitals, e.g. "AZE-ARM"')
            bad = [c for c in m.groups() if countries and c not in countries]
            if bad:
                import difflib

                near = sorted({n for c in bad for n in difflib.get_close_matches(c, sorted(countries), n=8)})
                raise ParameterError(f"parameter dyads: {d!r} names {', '.join(bad)}, which is not a country code of "
                                     f"the dictionaries (countries.yml has {len(countries)} ISO alpha-3 codes"
                                     + (f"; close: {', '.join(near)}" if near else "") + ")")
            if m.group(1) == m.group(2):
                raise ParameterError(f"parameter dyads: {d!r} has the same source and target")
        if len(set(dyads)) != len(dyads):
            raise ParameterError(f"parameter dyads={dyads}: a dyad is listed twice")
        out["dyads"] = dyads
    if "freq" in out:
        f = str(out["freq"]).strip().upper()
        if f not in FREQS:
            raise ParameterError(f"parameter freq={out['freq']!r}: allowed "
                                 + ", ".join(f"{k} ({v})" for k, v in FREQS.items()))
        out["freq"] = f
    for name in ("start", "end"):
        if name in out:
            out[name] = _date(name, out[name])
    if out.get("start") and out.get("end") and out["start"] > out["end"]:
        raise ParameterError(f"parameters start={out['start']} and end={out['end']}: start is after end")
    limits = {"maxlags": (1, 52), "min_events": (1, None), "seed": (0, None), "k_days": (1, 365),
              "placebo_draws": (1, 100000), "n_draws": (1, 1000), "days": (60, 10000)}
    for name, (lo, hi) in limits.items():
        if name in out:
            out[name] = _int(name, out[name], lo, hi)
    if "changepoint_method" in out and out["changepoint_method"] not in CHANGEPOINT_METHODS:
        raise ParameterError(f"parameter changepoint_method={out['changepoint_method']!r}: allowed "
                             + ", ".join(CHANGEPOINT_METHODS))
    if "var_value" in out and out["var_value"] not in VAR_VALUES:
        raise ParameterError(f"parameter var_value={out['var_value']!r}: allowed " + ", ".join(VAR_VALUES))
    if "mediators" in out:
        meds = _list("mediators", out["mediators"])
        for a in meds or []:
            if not _ACTOR.match(a):
                raise ParameterError(f"parameter mediators: {a!r} is not an actor code; write codes in capitals "
                                     'as the coder writes them, e.g. ["RUS", "TURGOV", "IGOUNO"]')
        out["mediators"] = meds
    return out


# ----------------------------------------------------------------------------- notebooks' parameter files


def notebook_defaults(path: Path) -> dict:
    """The parameters a notebook declares (its cell tagged ``parameters``) with their default values."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            ns: dict = {}
            exec(compile(src, str(path), "exec"), {}, ns)  # noqa: S102 - the project's own notebook
            return {k: v for k, v in ns.items() if not k.startswith("_")}
    return {}


def parse_assignment(text: str) -> tuple[str, object]:
    """``name=value`` from the command line; value read as YAML (``[a, b]``, ``null``, ``3``)."""
    import yaml

    if "=" not in text:
        raise ParameterError(f"--set {text!r}: write name=value")
    name, raw = text.split("=", 1)
    name = name.strip().lower()
    if name not in SPEC:
        raise ParameterError(f"unknown parameter {name!r}: allowed {', '.join(SPEC)}")
    if name in ("dyads", "mediators") and raw.strip() and not raw.strip().startswith("["):
        return name, raw
    try:
        return name, yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError:
        return name, raw


def load_file(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParameterError(f"parameters file {path} does not exist") from None
    except yaml.YAMLError as exc:
        raise ParameterError(f"parameters file {path} is not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterError(f"parameters file {path}: expected name: value lines, got {type(data).__name__}")
    unknown = sorted(k for k in data if k not in SPEC)
    if unknown:
        raise ParameterError(f"parameters file {path}: unknown parameter(s) {', '.join(map(str, unknown))}; "
                             f"allowed {', '.join(SPEC)}")
    return data


def write_notebook_parameters(notebooks: list[Path], out: Path, file: Path | None = None,
                              assignments: list[str] = ()) -> dict[str, dict]:
    """Write ``out/<notebook>.yml`` for each notebook: the researcher's values (file, then
    assignments) for the parameters that notebook declares, validated. Files are rewritten only
    when their content changes, so make reruns only the notebooks whose parameters changed."""
    import yaml

    chosen = dict(load_file(file)) if file else {}
    for a in assignments:
        name, value = parse_assignment(a)
        chosen[name] = value
    chosen = check(chosen)
    written = {}
    out.mkdir(parents=True, exist_ok=True)
    for nb in notebooks:
        declared = notebook_defaults(nb)
        mine = {k: v for k, v in chosen.items() if k in declared}
        text = yaml.safe_dump(mine, sort_keys=True, allow_unicode=True) if mine else "{}\n"
        target = out / f"{Path(nb).stem}.yml"
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        written[Path(nb).stem] = mine
    return written
