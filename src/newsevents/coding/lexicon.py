"""Load and validate the YAML dictionaries (codebook, countries, people, organisations, agents).

The data lives in ``src/newsevents/coding/dictionaries/*.yml``; this module turns it into plain
frozen records for the event coder:

* :class:`CodeInfo` -- one per CAMEO code of ``codebook.yml``;
* :class:`ActorEntry` -- one per (phrase, language, actor) pair, from the country, people,
  organisation and agent files. Persons give one entry per (alias, role) with the role dates.

Every error is reported as ``file:line: message``. Line numbers come from a ``yaml.SafeLoader``
subclass that attaches the source line to every mapping, sequence and scalar it builds.
``check()`` returns the list of errors; ``load_dictionaries()`` raises :class:`DictionaryError`
listing them.

Loader quirks (deliberate):

* YAML timestamps are *not* converted: dates stay strings and are parsed with
  ``date.fromisoformat`` so a bad date is reported with its line instead of crashing PyYAML.
* Integers remember their raw text, so an unquoted ``cameo: 042`` (which YAML 1.1 reads as the octal
  integer 34) is reported instead of silently turning into another code.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "ActorEntry",
    "CodeInfo",
    "DictionaryError",
    "Dictionaries",
    "LANGS",
    "SECTORS",
    "check",
    "load_dictionaries",
]

LANGS = ("en", "ru", "bg", "uk", "tr")
KINDS = ("country", "adjective", "capital", "person", "org", "agent")
PLOVER_EVENTS = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "MOBILIZE SANCTION COERCE ASSAULT".split()
)
# CAMEO sector (agent) codes accepted after a country code in a role, e.g. RUSGOV, ARMMIL.
SECTORS = frozenset(
    "GOV MIL COP JUD LEG MED REB OPP CVL BUS SPY ELI PTY IGO NGO REF LAB EDU HLT REL UAF SEP INS "
    "CRM AGR DEV ENV HRI MNC RAD MOD".split()
)

CORE_FILES = ("codebook.yml", "countries.yml", "people.yml", "organisations.yml", "agents.yml")


class DictionaryError(ValueError):
    """Invalid dictionary data. ``errors`` holds the ``file:line: message`` strings."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        head = f"{len(self.errors)} dictionary error(s):\n"
        super().__init__(head + "\n".join(self.errors))


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None


@dataclass(frozen=True)
class ActorEntry:
    phrase: str
    lang: str
    kind: str
    actor: str | None
    country: str | None
    sector: str | None
    org: str | None
    name: str | None
    start: datetime.date | None
    end: datetime.date | None
    where: str


@dataclass
class Dictionaries:
    codebook: dict[str, CodeInfo]
    actors: list[ActorEntry]
    hash: str
    files: list[Path] = field(default_factory=list)


# --------------------------------------------------------------------------- YAML with line numbers


class LDict(dict):
    line: int = 0


class LList(list):
    line: int = 0


class LStr(str):
    line: int = 0


class LInt(int):
    line: int = 0
    raw: str = ""


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parser when available (~3x faster)


class _LineLoader(_BaseLoader):
    """SafeLoader that records the 1-based source line on every container and string."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LDict:
    loader.flatten_mapping(node)
    out = LDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark
            ) from None
        if key in out:
            loader.duplicate_keys.append((key_node.start_mark.line + 1, str(key)))
        out[key] = loader.construct_object(value_node, deep=True)
    return out


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LList:
    out = LList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    return out


def _construct_str(loader: _LineLoader, node: yaml.ScalarNode) -> LStr:
    out = LStr(loader.construct_scalar(node))
    out.line = node.start_mark.line + 1
    return out


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> LInt:
    value = yaml.SafeLoader.construct_yaml_int(loader, node)
    out = LInt(value)
    out.line = node.start_mark.line + 1
    out.raw = node.value
    return out


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:str", _construct_str)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_str)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _line(obj: Any, default: int = 0) -> int:
    return getattr(obj, "line", 0) or default


# A YAML alias repeats a node without copying it; walking the data visits it once per alias, so
# nested aliases ("billion laughs") make a small file expand to an astronomical size. Files whose
# aliases expand beyond this many nodes are refused before anything walks them.
MAX_YAML_NODES = 2_000_000


class _TooManyNodes(ValueError):
    pass


def _check_expansion(root: yaml.Node, name: str, limit: int = MAX_YAML_NODES) -> int:
    """Number of nodes of ``root`` once every alias is expanded (computed per distinct node, so in
    time linear in the file); raises _TooManyNodes with file:line past ``limit``."""
    size: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if key in size and not done:
            continue
        if isinstance(node, yaml.ScalarNode):
            size[key] = 1
            continue
        children = ([c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode)
                    else list(node.value))
        if not done:
            size[key] = 0  # in progress (a recursive alias counts as one node)
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in size)
            continue
        total = 1 + sum(size.get(id(c), 1) for c in children)
        size[key] = total
        if total > limit:
            raise _TooManyNodes(f"{name}:{node.start_mark.line + 1}: YAML aliases expand to more than {limit:,} "
                                "nodes (an alias bomb?): refused")
    return size[id(root)]


def safe_load_limited(text: str, name: str) -> Any:
    """``yaml.safe_load`` that refuses alias bombs (:class:`DictionaryError` with file:line)."""
    loader = _BaseLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            _check_expansion(node, name)
        except _TooManyNodes as exc:
            raise DictionaryError([str(exc)]) from None
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _parse_yaml(path: Path, errors: list[str]) -> Any:
    """Parse one file; on failure append 'file:line: message' and return None."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(f"{name}:1: cannot read file: {exc}")
        return None
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_expansion(node, name)
        data = loader.construct_document(node) if node is not None else None
    except _TooManyNodes as exc:
        errors.append(str(exc))
        return None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        errors.append(f"{name}:{line}: malformed YAML: {problem or exc}")
        return None
    except yaml.YAMLError as exc:
        errors.append(f"{name}:1: malformed YAML: {exc}")
        return None
    finally:
        loader.dispose()
    for line, key in loader.duplicate_keys:
        errors.append(f"{name}:{line}: duplicate key {key!r}")
    return data


# --------------------------------------------------------------------------- validation helpers


class _Ctx:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, file: str, line: int, msg: str) -> None:
        self.errors.append(f"{file}:{line}: {msg}")

    def warn(self, file: str, line: int, msg: str) -> None:
        self.warnings.append(f"{file}:{line}: warning: {msg}")


def _check_keys(ctx: _Ctx, file: str, obj: dict, allowed: Iterable[str], required: Iterable[str]) -> None:
    allowed = set(allowed)
    for key in obj:
        if key not in allowed:
            ctx.err(file, _line(key, _line(obj)), f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    for key in required:
        if key not in obj:
            ctx.err(file, _line(obj), f"missing key {key!r}")


def _phrases(ctx: _Ctx, file: str, value: Any, parent_line: int, what: str) -> list[tuple[str, LStr]]:
    """Validate a ``{lang: [phrase, ...]}`` mapping; return (lang, phrase) pairs."""
    out: list[tuple[str, LStr]] = []
    if value is None:
        return out
    if not isinstance(value, dict):
        ctx.err(file, _line(value, parent_line), f"{what} must be a mapping {{lang: [phrases]}}")
        return out
    for lang, items in value.items():
        lline = _line(lang, _line(value, parent_line))
        if lang not in LANGS:
            ctx.err(file, lline, f"unknown language {lang!r} in {what} (allowed: {', '.join(LANGS)})")
            continue
        if items is None:
            continue
        if isinstance(items, str):
            items = LList([items])
            items.line = lline
        if not isinstance(items, list):
            ctx.err(file, lline, f"{what}.{lang} must be a list of strings")
            continue
        seen: dict[str, int] = {}
        for item in items:
            if not isinstance(item, str) or not item.strip():
                ctx.err(file, _line(item, _line(items, lline)), f"{what}.{lang}: phrase must be a non-empty string, got {item!r}")
                continue
            key = item.strip().casefold()
            phrase = LStr(item.strip())
            phrase.line = _line(item, _line(items, lline))
            if key in seen:
                # spellings that differ in case are one phrase; the one that admits the most spellings of the text is
                # kept: find_units asks a capital of the text only where the dictionary writes one, and capitals
                # throughout where it writes an acronym ("ивицата Газа" admits "Ивицата Газа", "Хамас" admits "ХАМАС")
                k = seen[key]
                if _case_rank(phrase) < _case_rank(out[k][1]):
                    out[k] = (lang, phrase)
                continue
            seen[key] = len(out)
            out.append((lang, phrase))
    return out


def _case_rank(phrase: str) -> int:
    """How strict a spelling is about the case of the text: 0 lower-case first letter, 1 a capital first, 2 all
    capitals (an acronym)."""
    if phrase[:1].islower():
        return 0
    return 2 if len(phrase) > 1 and phrase.isupper() else 1


def _parse_date(ctx: _Ctx, file: str, value: Any, line: int, what: str) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    ctx.err(file, _line(value, line), f"bad date {value!r} for {what} (expected YYYY-MM-DD)")
    return None


# --------------------------------------------------------------------------- per-file readers


def _read_codebook(ctx: _Ctx, data: Any) -> dict[str, CodeInfo]:
    file = "codebook.yml"
    book: dict[str, CodeInfo] = {}
    if not isinstance(data, dict):
        ctx.err(file, _line(data, 1), "codebook must be a mapping {code: {name, goldstein, quad_class, plover}}")
        return book
    for code, entry in data.items():
        line = _line(code, _line(entry, 1))
        if not isinstance(code, str):
            raw = getattr(code, "raw", code)
            ctx.err(file, line, f"code {raw!r} must be a quoted string (YAML reads it as {code!r})")
            continue
        if not re.fullmatch(r"\d{2,4}", code):
            ctx.err(file, line, f"bad CAMEO code {code!r} (2-4 digits)")
            continue
        if not isinstance(entry, dict):
            ctx.err(file, line, f"entry for {code} must be a mapping")
            continue
        _check_keys(ctx, file, entry, ("name", "goldstein", "quad_class", "plover", "note"),
                    ("name", "goldstein", "quad_class"))
        name = entry.get("name")
        gold = entry.get("goldstein")
        quad = entry.get("quad_class")
        plover = entry.get("plover")
        ok = True
        if not isinstance(name, str) or not name.strip():
            ctx.err(file, line, f"{code}: name must be a non-empty string")
            ok = False
        if isinstance(gold, bool) or not isinstance(gold, (int, float)) or not -10.0 <= float(gold) <= 10.0:
            ctx.err(file, line, f"{code}: goldstein must be a number in [-10, 10], got {gold!r}")
            ok = False
        if quad not in (1, 2, 3, 4) or isinstance(quad, bool):
            ctx.err(file, line, f"{code}: quad_class must be 1, 2, 3 or 4, got {quad!r}")
            ok = False
        if plover is not None and plover not in PLOVER_EVENTS:
            ctx.err(file, line, f"{code}: unknown PLOVER event {plover!r}")
            ok = False
        if ok:
            book[str(code)] = CodeInfo(
                code=str(code), name=str(name), root=str(code)[:2], goldstein=float(gold),
                quad_class=int(quad), plover=str(plover) if plover is not None else None,
            )
    present = {str(k) for k in data if isinstance(k, str)}
    for code in book:
        if code[:2] not in present:
            ctx.err(file, _line(next(k for k in data if k == code), 1), f"{code}: root {code[:2]} missing from the codebook")
    return book


def _read_countries(ctx: _Ctx, data: Any, out: list[ActorEntry]) -> dict[str, str]:
    """Return {code: English name}."""
    file = "countries.yml"
    codes: dict[str, str] = {}
    if not isinstance(data, list):
        ctx.err(file, _line(data, 1), "countries.yml must be a list of country entries")
        return codes
    for entry in data:
        if not isinstance(entry, dict):
            ctx.err(file, _line(entry, 1), "country entry must be a mapping")
            continue
        line = _line(entry, 1)
        _check_keys(ctx, file, entry, ("code", "names", "adjectives", "capitals", "demonyms", "venues", "alpha2",
                                       "note"), ("code", "names"))
        code = entry.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            ctx.err(file, _line(code, line), f"country code must be 3 capital letters, got {code!r}")
            continue
        if code in codes:
            ctx.err(file, _line(code, line), f"country {code} defined twice")
            continue
        names = _phrases(ctx, file, entry.get("names"), line, "names")
        en = [p for lang, p in names if lang == "en"]
        label = str(en[0]) if en else code
        codes[code] = label
        groups = (
            ("names", "country", code, None),
            ("demonyms", "country", code, None),
            ("adjectives", "adjective", code, None),
            ("capitals", "capital", code + "GOV", "GOV"),
            ("venues", "venue", code, None),
        )
        for key, kind, actor, sector in groups:
            pairs = names if key == "names" else _phrases(ctx, file, entry.get(key), line, key)
            for lang, phrase in pairs:
                out.append(ActorEntry(phrase=str(phrase), lang=lang, kind=kind, actor=actor, country=code,
                                      sector=sector, org=None, name=label, start=None, end=None,
                                      where=f"{file}:{phrase.line}"))
    return codes


def _read_orgs(ctx: _Ctx, data: Any, out: list[ActorEntry], countries: dict | None = None) -> dict[str, str]:
    """Return {code: org short name}. A code that starts with a country (an armed group such as
    PSEREBHMS, a national institution such as RUSLEGFA) codes as that country and sector, with the
    organisation's name as its name: only international organisations fill the ``org`` field."""
    file = "organisations.yml"
    codes: dict[str, str] = {}
    if not isinstance(data, list):
        ctx.err(file, _line(data, 1), "organisations.yml must be a list of organisation entries")
        return codes
    for entry in data:
        if not isinstance(entry, dict):
            ctx.err(file, _line(entry, 1), "organisation entry must be a mapping")
            continue
        line = _line(entry, 1)
        _check_keys(ctx, file, entry, ("code", "org", "names", "seats", "note"), ("code", "org", "names"))
        code, org = entry.get("code"), entry.get("org")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3,12}", code):
            ctx.err(file, _line(code, line), f"organisation code must be 3-12 capital letters, got {code!r}")
            continue
        if not isinstance(org, str) or not org.strip():
            ctx.err(file, _line(org, line), f"{code}: org must be a non-empty string")
            continue
        if code in codes:
            ctx.err(file, _line(code, line), f"organisation {code} defined twice")
            continue
        codes[code] = str(org)
        names = _phrases(ctx, file, entry.get("names"), line, "names")
        en = [p for lang, p in names if lang == "en"]
        label = str(en[0]) if en else str(org)
        national = countries is not None and code[:3] in countries and len(code) >= 6 and code[3:6] in SECTORS
        for lang, phrase in names:
            out.append(ActorEntry(phrase=str(phrase), lang=lang, kind="org", actor=code,
                                  country=code[:3] if national else None, sector=code[3:6] if national else None,
                                  org=None if national else str(org), name=label, start=None, end=None,
                                  where=f"{file}:{phrase.line}"))
        # seats: the city that stands for the organisation as a capital stands for a government ("Brussels
        # demanded", "От Брюксел призоваха"); in place phrases it is a venue like any capital
        for lang, phrase in _phrases(ctx, file, entry.get("seats"), line, "seats") if "seats" in entry else ():
            out.append(ActorEntry(phrase=str(phrase), lang=lang, kind="capital", actor=code, country=None,
                                  sector=None, org=str(org), name=label, start=None, end=None,
                                  where=f"{file}:{phrase.line}"))
    return codes


def _split_actor(actor: str, countries: dict[str, str], orgs: dict[str, str]) -> tuple[str | None, str | None, str | None] | None:
    """Return (country, sector, org) for a role actor code, or None if unknown. A national institution of
    organisations.yml (CYPREBTRN, PSEREBHMS: a country's code and sector first) codes as that country and sector, as
    the organisation's own names do (``_read_organisations``)."""
    if actor in orgs:
        if len(actor) >= 6 and actor[:3] in countries and actor[3:6] in SECTORS:
            return actor[:3], actor[3:6], None
        return None, None, orgs[actor]
    if actor in countries:
        return actor, None, None
    if len(actor) == 6 and actor[:3] in countries and actor[3:] in SECTORS:
        return actor[:3], actor[3:], None
    return None


def _read_people(ctx: _Ctx, data: Any, out: list[ActorEntry], countries: dict[str, str], orgs: dict[str, str]) -> int:
    file = "people.yml"
    n = 0
    if not isinstance(data, list):
        ctx.err(file, _line(data, 1), "people.yml must be a list of person entries")
        return n
    seen_names: set[str] = set()
    for entry in data:
        if not isinstance(entry, dict):
            ctx.err(file, _line(entry, 1), "person entry must be a mapping")
            continue
        line = _line(entry, 1)
        _check_keys(ctx, file, entry, ("name", "aliases", "roles", "note"), ("name", "aliases"))
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            ctx.err(file, line, "person name must be a non-empty string")
            continue
        if name in seen_names:
            ctx.err(file, _line(name, line), f"person {name!r} defined twice")
        seen_names.add(name)
        n += 1
        aliases = _phrases(ctx, file, entry.get("aliases"), line, "aliases")
        roles_raw = entry.get("roles") or []
        roles: list[tuple[str, tuple, datetime.date | None, datetime.date | None]] = []
        if not isinstance(roles_raw, list):
            ctx.err(file, _line(roles_raw, line), f"{name}: roles must be a list")
            roles_raw = []
        for role in roles_raw:
            rline = _line(role, line)
            if not isinstance(role, dict):
                ctx.err(file, rline, f"{name}: role must be a mapping {{actor, start, end}}")
                continue
            _check_keys(ctx, file, role, ("actor", "start", "end", "note"), ("actor",))
            actor = role.get("actor")
            if not isinstance(actor, str):
                ctx.err(file, rline, f"{name}: role actor must be a string")
                continue
            parts = _split_actor(actor, countries, orgs)
            if parts is None:
                ctx.err(file, _line(actor, rline), f"{name}: unknown actor code {actor!r} "
                        "(want a country code, country+sector such as RUSGOV, or an organisation code)")
                continue
            start = _parse_date(ctx, file, role.get("start"), rline, f"{name} start")
            end = _parse_date(ctx, file, role.get("end"), rline, f"{name} end")
            if start and end and end < start:
                ctx.err(file, rline, f"{name}: role {actor} ends ({end}) before it starts ({start})")
                continue
            roles.append((actor, parts, start, end))
        for lang, phrase in aliases:
            where = f"{file}:{phrase.line}"
            if not roles:
                out.append(ActorEntry(phrase=str(phrase), lang=lang, kind="person", actor=None, country=None,
                                      sector=None, org=None, name=str(name), start=None, end=None, where=where))
            for actor, (country, sector, org), start, end in roles:
                out.append(ActorEntry(phrase=str(phrase), lang=lang, kind="person", actor=actor, country=country,
                                      sector=sector, org=org, name=str(name), start=start, end=end, where=where))
    return n


def _read_agents(ctx: _Ctx, data: Any, out: list[ActorEntry]) -> None:
    file = "agents.yml"
    if not isinstance(data, list):
        ctx.err(file, _line(data, 1), "agents.yml must be a list of {sector, phrases} entries")
        return
    for entry in data:
        if not isinstance(entry, dict):
            ctx.err(file, _line(entry, 1), "agent entry must be a mapping")
            continue
        line = _line(entry, 1)
        _check_keys(ctx, file, entry, ("sector", "phrases", "note"), ("sector", "phrases"))
        sector = entry.get("sector")
        if sector not in SECTORS:
            ctx.err(file, _line(sector, line), f"unknown sector {sector!r}")
            continue
        for lang, phrase in _phrases(ctx, file, entry.get("phrases"), line, "phrases"):
            out.append(ActorEntry(phrase=str(phrase), lang=lang, kind="agent", actor=None, country=None,
                                  sector=str(sector), org=None, name=None, start=None, end=None,
                                  where=f"{file}:{phrase.line}"))


def _read_standing_conflicts(ctx: _Ctx, data: Any, countries: dict) -> None:
    """conflicts.yml (read by coding.mediation.conflict_sides): a list of {sides: [two country codes],
    since: year, until: year (optional), about: text}."""
    file = "conflicts.yml"
    if not isinstance(data, list):
        ctx.err(file, _line(data, 1), "conflicts.yml must be a list of {sides, since, about} entries")
        return
    seen: dict = {}
    for entry in data:
        if not isinstance(entry, dict):
            ctx.err(file, _line(entry, 1), "conflict entry must be a mapping")
            continue
        line = _line(entry, 1)
        _check_keys(ctx, file, entry, ("sides", "since", "until", "about"), ("sides", "since", "about"))
        sides = entry.get("sides")
        if not isinstance(sides, list) or len(sides) != 2 or len({str(c) for c in sides}) != 2:
            ctx.err(file, line, "sides must be two different country codes")
            continue
        for c in sides:
            if countries and str(c) not in countries:
                ctx.err(file, _line(c, line), f"unknown country code {c!r} (not in countries.yml)")
        years = [entry.get(k) for k in ("since", "until") if k in entry]
        if any(not isinstance(y, int) or isinstance(y, bool) or not 1900 <= y <= 2100 for y in years):
            ctx.err(file, line, "since and until must be years (1900-2100)")
        elif len(years) == 2 and years[1] < years[0]:
            ctx.err(file, line, "until is before since")
        key = frozenset(str(c) for c in sides)
        if key in seen:
            ctx.err(file, line, f"the pair {sorted(key)} is listed twice (line {seen[key]})")
        seen[key] = line


def _check_conflicts(ctx: _Ctx, actors: list[ActorEntry]) -> None:
    """Same phrase (same language, case-insensitive) claimed by two different countries/orgs,
    or an agent noun mapped to two different sectors."""
    claims: dict[tuple[str, str], ActorEntry] = {}
    agents: dict[tuple[str, str], ActorEntry] = {}
    for a in actors:
        key = (a.lang, a.phrase.casefold())
        if a.kind in ("country", "adjective", "capital", "org"):
            prev = claims.get(key)
            if prev is None:
                claims[key] = a
            elif prev.actor != a.actor:
                file, line = a.where.rsplit(":", 1)
                ctx.err(file, int(line), f"{a.lang} phrase {a.phrase!r} claimed by {a.actor} and by "
                        f"{prev.actor} ({prev.where})")
        elif a.kind == "agent":
            prev = agents.get(key)
            if prev is None:
                agents[key] = a
            elif prev.sector != a.sector:
                file, line = a.where.rsplit(":", 1)
                ctx.err(file, int(line), f"{a.lang} agent phrase {a.phrase!r} mapped to {a.sector} and to "
                        f"{prev.sector} ({prev.where})")


# Schema of a verbs_<lang>.yml pattern (what coding.engine._build_patterns reads).
PATTERN_KEYS = {"id", "lemmas", "cameo", "frame", "requires", "requires_any", "excludes", "mediation", "passive",
                "phone_cameo", "allow_no_target"}
PATTERN_REQUIRED = ("id", "lemmas", "cameo")
# frame keys the role rules read (coding.engine, coding.roles_tr); extend with the engine
FRAME_KEYS = {"with", "symmetric", "prep", "dobj", "target", "person", "official", "owner_pair", "headline",
              "agent", "subject_is_target", "direct", "pair_object", "onset", "ending", "other_side",
              "topic_object", "named_parties", "own_agent", "per_source", "addressee_state", "speaker_judgement",
              "accepts_invitation", "middle"}
# grammatical cases a frame's ``target`` may name, per language (pymorphy tags for ru/uk;
# coding.roles_tr's suffix cases for tr); languages without case morphology have none
CASES = {
    "ru": frozenset("nomn gent datv accs ablt loct voct gen2 acc2 loc2".split()),
    "uk": frozenset("nomn gent datv accs ablt loct voct gen2 acc2 loc2".split()),
    "tr": frozenset("nom acc dat loc abl gen com bare front between".split()),
    "en": frozenset(),
    "bg": frozenset(),
}
# Findings that the bundled dictionaries still contain are reported as warnings for now (fatal
# with ``dictionaries check --strict``); everything else is an error, fatal at load time too.
WARN_ONLY: set[str] = set()  # every finding is an error now that the bundled files are clean


def _report(ctx: _Ctx, kind: str, file: str, line: int, msg: str) -> None:
    (ctx.warn if kind in WARN_ONLY else ctx.err)(file, line, msg)


def _did_you_mean(key: Any, allowed: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _file_lang(ctx: _Ctx, file: str, data: dict, stem: str) -> str | None:
    """The language of a <stem>_<lang>.yml file: its file name's, checked against its ``lang`` key (reported
    when missing or different); the key's value when the file name names none."""
    m = re.fullmatch(stem + r"_(\w+)\.yml", file)
    file_lang = m.group(1) if m else None
    lang = data.get("lang")
    if lang is None:
        ctx.err(file, _line(data, 1), "missing key 'lang'")
    elif file_lang and str(lang) != file_lang:
        ctx.err(file, _line(lang, _line(data)), f"lang {lang!r} does not match the file name ({file_lang})")
    return file_lang or (str(lang) if lang is not None else None)


def _check_patterns(ctx: _Ctx, file: str, data: Any) -> None:
    """Schema of a verbs_<lang>.yml file: top-level keys, pattern keys, types, ids, case names."""
    if not isinstance(data, dict):
        ctx.err(file, _line(data, 1), "must be a mapping with keys 'lang' and 'patterns'")
        return
    for key in data:
        if key not in ("lang", "patterns"):
            ctx.err(file, _line(key, _line(data)), f"unknown top-level key {key!r}{_did_you_mean(key, ['lang', 'patterns'])}")
    lang = _file_lang(ctx, file, data, "verbs")
    patterns = data.get("patterns")
    if not isinstance(patterns, list):
        ctx.err(file, _line(patterns, _line(data, 1)), "'patterns' must be a list of patterns")
        return
    seen: dict[str, int] = {}
    cases = CASES.get(lang or "")

    def phrases(value: Any, line: int, what: str, empty_ok: bool = True) -> None:
        if not isinstance(value, list):
            ctx.err(file, line, f"{what} must be a list of words or phrases, got {type(value).__name__}")
            return
        if not value and not empty_ok:
            ctx.err(file, line, f"{what} is empty")
        for v in value:
            vline = _line(v, line)
            if isinstance(v, bool):
                _report(ctx, "yaml_bool", file, vline, f"{what}: YAML reads an unquoted on/off/yes/no as the boolean "
                        f"{v}; quote the word")
            elif not isinstance(v, str) or not v.strip():
                ctx.err(file, vline, f"{what}: {v!r} is not a word or phrase")

    for p in patterns:
        pline = _line(p, _line(patterns))
        if not isinstance(p, dict):
            ctx.err(file, pline, f"a pattern must be a mapping, got {type(p).__name__}")
            continue
        where = f"pattern {p.get('id', '?')!r}: "
        for key in p:
            if key not in PATTERN_KEYS:
                ctx.err(file, _line(key, pline), f"{where}unknown key {key!r}{_did_you_mean(key, PATTERN_KEYS)} "
                        f"(allowed: {', '.join(sorted(PATTERN_KEYS))})")
        for key in PATTERN_REQUIRED:
            if key not in p:
                ctx.err(file, pline, f"{where}missing key {key!r}")
        pid = p.get("id")
        if pid is not None:
            if not isinstance(pid, str) or not pid.strip():
                ctx.err(file, _line(pid, pline), f"pattern id must be a non-empty string, got {pid!r}")
            elif pid in seen:
                _report(ctx, "duplicate_id", file, _line(pid, pline), f"duplicate pattern id {pid!r} "
                        f"(first at line {seen[pid]})")
            else:
                seen[pid] = _line(pid, pline)
        if "lemmas" in p:
            phrases(p["lemmas"], _line(p["lemmas"], pline), f"{where}lemmas", empty_ok=False)
        for key in ("requires", "requires_any", "excludes"):
            if key in p:
                phrases(p[key], _line(p[key], pline), f"{where}{key}")
                for w in p[key] if isinstance(p[key], list) else ():
                    if isinstance(w, str) and len(w.split()) > 1:
                        # the engine reads one lemma per entry (a sentence's words are matched one by one): a phrase
                        # would be read as its first word alone ("дать понять" as "дать", the trigger's own word)
                        ctx.err(file, _line(w, _line(p[key], pline)), f"{where}{key}: {w!r} is {len(w.split())} words; "
                                "an entry is one word (its lemma), a phrase would be read as its first word alone")
        for key in ("mediation", "passive", "allow_no_target"):
            if key in p and not isinstance(p[key], bool):
                ctx.err(file, _line(p[key], pline), f"{where}{key} must be true or false, got {p[key]!r}")
        frame = p.get("frame")
        if frame is None:
            continue
        if not isinstance(frame, dict):
            ctx.err(file, _line(frame, pline), f"{where}frame must be a mapping, got {type(frame).__name__}")
            continue
        for key, value in frame.items():
            kline = _line(key, _line(frame, pline))
            if key not in FRAME_KEYS:
                hint = (" (YAML reads an unquoted on/off/yes/no key as a boolean; quote it)"
                        if isinstance(key, bool) else _did_you_mean(key, FRAME_KEYS))
                _report(ctx, "frame_key", file, kline, f"{where}unknown frame key {key!r}{hint} "
                        f"(known: {', '.join(sorted(FRAME_KEYS))})")
            elif key == "prep":
                phrases(value, _line(value, kline), f"{where}frame.prep")
            elif key == "target":
                vals = value if isinstance(value, list) else [value]
                for v in vals:
                    if cases is not None and not cases:
                        ctx.err(file, _line(v, kline), f"{where}frame.target {v!r}: {lang} has no grammatical case "
                                "for a target (use prep)")
                        break
                    if cases is not None and v not in cases:
                        ctx.err(file, _line(v, kline), f"{where}frame.target: {v!r} is not a case of {lang} "
                                f"(cases: {', '.join(sorted(cases))})")
            elif not isinstance(value, bool):
                ctx.err(file, _line(value, kline), f"{where}frame.{key} must be true or false, got {value!r}")


# Schema of a grammar_<lang>.yml file (read by coding.grammar for coding.engine / coding.roles_tr):
# per-language word lists, the subject pronouns, and the ``pooled:`` lists the engine reads for all languages.
GRAMMAR_KEYS = {"negation_after", "locative_place_nouns", "mediation_postpositions", "title_clitics", "possessed_place_nouns", "clause_predicate_pos", "leader_compounds", "led_process_nouns", "locative_prepositions", "words_nouns", "referred_act_nouns", "referred_act_pointers", "words_author_prepositions", "detained_people", "inclusion_words", "group_objects", "plural_accusatives", "possessive_pronouns", "clause_boundaries", "negation", "modal", "with_prepositions", "prepositions", "place_prepositions",
                "purpose_prepositions", "purpose_preposition_topics", "infinitive_marks", "subject_pronouns",
                "passive_participle_endings",
                "role_subjects", "trigger_inserts", "trigger_fillers", "day_parts", "speech_audience", "force_consequences", "naming_complement", "naming_verbs", "non_trigger_phrases", "predicate_auxiliaries", "subordinators",
                "goal_nouns", "goal_nouns_after_determiner", "failed_to", "topic_prepositions",
                "hope_words", "denial_words", "arrangement_nouns", "preparation_nouns", "round_nouns", "joint_adjectives", "statement_nouns", "complementizers", "temporal_prepositions", "gerund_endings",
                # Turkish role rules (coding/roles_tr.py)
                "coordination", "gapped_partner_words", "period_insert_starts", "period_insert_units", "quotes", "time_words", "relational_heads", "blocking_verbs_after",
                "governing_verbs_after", "event_modifiers", "force_noun_modifiers", "aerial_force_modifiers",
                "force_noun_unreal_after", "casualty_verbs", "light_verbs", "condition_after", "claim_after", "purpose_after",
                "clause_auxiliaries", "impersonal_source_prepositions", "impersonal_verb_endings",
                "conflict_nouns", "retaliation_words", "passive_agent_prepositions",
                "postposed_source_prepositions", "passive_auxiliaries", "posting_prepositions",
                "predicate_coordinators", "army_group_links", "postpositions", "quoted_name_after", "among_them", "among_them_participles", "infinitive_endings",
                "noun_patient_prepositions", "symmetric_noun_party_prepositions", "verb_readings", "year_marks", "sentence_openers", "possessive_marks", "warned_against_prepositions", "role_subject_modifiers", "invitation_before_inviter", "invitation_after_inviter", "noun_agent_cases", "headline_comma_pairs",
                "participle_lemma_endings", "clause_coordinators",
                "topic_heads", "topic_head_prepositions",
                "prospective_adjectives", "noun_negation_reach", "purpose_skip", "object_possessor_prepositions", "characterising_verbs",
                "verb_homograph_agents", "agent_written_suffixes", "subject_verb_homographs", "contrast_coordinators", "clause_and",
                "home_target_media", "passive_inserts"}
GRAMMAR_POOLED_KEYS = {"relative_words", "backer_compounds", "clause_links", "it_pronouns", "object_pronouns", "determiners",
                       "group_determiners", "skip_before_actor", "phone_words", "counterpart_words",
                       "locative_subject_prepositions", "between", "event_happened_verbs", "cancelled_verbs",
                       "ing_prepositions", "apposition_as", "counterpart_name_words", "group_descriptors",
                       "document_nouns"}


def _check_grammar(ctx: _Ctx, file: str, data: Any) -> None:
    """Schema of a grammar_<lang>.yml file: known keys, lists of words (no YAML booleans), lang = file name."""
    if not isinstance(data, dict):
        ctx.err(file, _line(data, 1), "must be a mapping with the key 'lang' and word lists")
        return
    _file_lang(ctx, file, data, "grammar")

    def words(value: Any, line: int, what: str) -> None:
        if not isinstance(value, list):
            ctx.err(file, line, f"{what} must be a list of words, got {type(value).__name__}")
            return
        for v in value:
            vline = _line(v, line)
            if isinstance(v, bool):
                ctx.err(file, vline, f"{what}: YAML reads an unquoted on/off/yes/no as the boolean {v}; quote the word")
            elif not isinstance(v, str) or not v.strip():
                ctx.err(file, vline, f"{what}: {v!r} is not a word")
            elif v != v.lower():
                ctx.err(file, vline, f"{what}: {v!r} must be lower case (the engine compares lower-cased words)")

    def keys(mapping: dict, allowed: set, prefix: str) -> None:
        for key, value in mapping.items():
            kline = _line(key, _line(mapping, 1))
            if key not in allowed:
                ctx.err(file, kline, f"unknown key {prefix}{key!r}{_did_you_mean(key, allowed)} "
                        f"(allowed: {', '.join(sorted(allowed))})")
            elif key == "subject_pronouns":
                if not isinstance(value, dict):
                    ctx.err(file, kline, "subject_pronouns must be a mapping with 'singular' and 'plural'")
                    continue
                for k, v in value.items():
                    if k not in ("singular", "plural"):
                        ctx.err(file, _line(k, kline), f"unknown key subject_pronouns.{k} (allowed: plural, singular)")
                    else:
                        words(v, _line(v, kline), f"subject_pronouns.{k}")
            else:
                words(value, _line(value, kline), f"{prefix}{key}")

    pooled = data.get("pooled")
    keys({k: v for k, v in data.items() if k not in ("lang", "pooled")}, GRAMMAR_KEYS, "")
    if pooled is not None:
        if isinstance(pooled, dict):
            keys(pooled, GRAMMAR_POOLED_KEYS, "pooled.")
        else:
            ctx.err(file, _line(pooled, _line(data, 1)), "pooled must be a mapping of word lists")


def _check_verbs(ctx: _Ctx, file: str, data: Any, codebook: dict[str, CodeInfo]) -> None:
    """Walk a verbs_*.yml file; every ``cameo:`` value must be a codebook code."""

    def visit(obj: Any, line: int) -> None:
        if isinstance(obj, dict):
            for key, value in obj.items():
                vline = _line(value, _line(key, _line(obj, line)))
                if key == "cameo":
                    values = value if isinstance(value, list) else [value]
                    for v in values:
                        check_code(v, _line(v, vline))
                else:
                    visit(value, vline)
        elif isinstance(obj, list):
            for item in obj:
                visit(item, _line(item, _line(obj, line)))

    def check_code(v: Any, line: int) -> None:
        if isinstance(v, LInt) and not isinstance(v, bool):
            raw = v.raw
            if raw.startswith("0") or str(int(v)) != raw:
                ctx.err(file, line, f"unquoted cameo code {raw} is read by YAML as the integer {int(v)}; quote it")
                return
            v = str(int(v))
        if not isinstance(v, str):
            ctx.err(file, line, f"cameo code must be a quoted string, got {v!r}")
        elif v not in codebook:
            ctx.err(file, line, f"unknown CAMEO code {v!r} (not in codebook.yml)")

    visit(data, 1)


# --------------------------------------------------------------------------- public API


def _default_dir() -> Path:
    from newsevents import paths

    return Path(paths.DICTIONARIES)


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yml") if p.is_file())


def _hash_files(files: list[Path]) -> str:
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode("utf-8") + b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _parse_nonempty(ctx: _Ctx, path: Path):
    """The parsed YAML of ``path``; an empty file (parsed as nothing without any other error) is an error."""
    n_err = len(ctx.errors)
    data = _parse_yaml(path, ctx.errors)
    if data is None and len(ctx.errors) == n_err:
        ctx.err(path.name, 1, "file is empty")
    return data


def _build(directory: Path, warnings: list | None = None) -> tuple[Dictionaries, list[str]]:
    ctx = _Ctx()
    if not directory.is_dir():
        ctx.errors.append(f"{directory}:0: dictionary folder not found")
        return Dictionaries({}, [], "", []), ctx.errors
    files = _yaml_files(directory)
    present = {p.name for p in files}
    parsed: dict[str, Any] = {}
    for name in CORE_FILES:
        if name not in present:
            ctx.err(name, 0, "file missing")
            continue
        parsed[name] = _parse_nonempty(ctx, directory / name)
    actors: list[ActorEntry] = []
    codebook = _read_codebook(ctx, parsed["codebook.yml"]) if parsed.get("codebook.yml") is not None else {}
    countries = _read_countries(ctx, parsed["countries.yml"], actors) if parsed.get("countries.yml") is not None else {}
    orgs = _read_orgs(ctx, parsed["organisations.yml"], actors, countries) if parsed.get("organisations.yml") is not None else {}
    for code in set(countries) & set(orgs):
        ctx.err("organisations.yml", 0, f"code {code} is both a country and an organisation")
    if parsed.get("people.yml") is not None:
        _read_people(ctx, parsed["people.yml"], actors, countries, orgs)
    if parsed.get("agents.yml") is not None:
        _read_agents(ctx, parsed["agents.yml"], actors)
    _check_conflicts(ctx, actors)
    if "conflicts.yml" in present:
        data = _parse_nonempty(ctx, directory / "conflicts.yml")
        if data is not None:
            _read_standing_conflicts(ctx, data, countries)
    for p in files:
        if p.name.startswith("grammar_"):
            data = _parse_nonempty(ctx, p)
            if data is not None:
                _check_grammar(ctx, p.name, data)
        if p.name.startswith("verbs_"):
            data = _parse_nonempty(ctx, p)
            if data is not None:
                _check_patterns(ctx, p.name, data)
            if data is not None and codebook:
                _check_verbs(ctx, p.name, data, codebook)
    if warnings is not None:
        warnings.extend(ctx.warnings)
    return Dictionaries(codebook=codebook, actors=actors, hash=_hash_files(files), files=files), ctx.errors


_CACHE: dict[tuple[str, str], Dictionaries] = {}


def check(directory: Path | None = None, warnings: list | None = None) -> list[str]:
    """Validate the dictionaries; return every error as ``'file:line: message'`` ([] if valid).
    Findings that are not (yet) errors (see WARN_ONLY) are appended to ``warnings`` if given."""
    directory = Path(directory) if directory is not None else _default_dir()
    return _build(directory, warnings)[1]


def dictionary_hash(directory: Path | None = None) -> str:
    """The hash ``load_dictionaries(directory).hash`` would have, from the files alone (no parsing)."""
    directory = (Path(directory) if directory is not None else _default_dir()).resolve()
    return _hash_files(_yaml_files(directory) if directory.is_dir() else [])


def load_dictionaries(directory: Path | None = None) -> Dictionaries:
    """Load (cached per folder and content hash); raise :class:`DictionaryError` on invalid data."""
    directory = (Path(directory) if directory is not None else _default_dir()).resolve()
    files = _yaml_files(directory) if directory.is_dir() else []
    key = (str(directory), _hash_files(files))
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    result, errors = _build(directory)
    if errors:
        raise DictionaryError(errors)
    _CACHE[key] = result
    return result
