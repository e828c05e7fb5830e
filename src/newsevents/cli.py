"""Command-line interface: every pipeline stage is one sub-command calling a library function."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _summary_line(summary: dict) -> str:
    reasons = summary.get("quarantine_reasons") or {}
    why = ", ".join(f"{k}={v}" for k, v in sorted(reasons.items()))
    parts = [f"{summary.get('read', 0)} read", f"{summary.get('kept', summary.get('coded', 0))} kept"]
    parts.append(f"{summary.get('quarantined', 0)} quarantined" + (f" ({why})" if why else ""))
    for key in ("mentions", "events"):
        if key in summary:
            parts.append(f"{summary[key]} {key}")
    return "; ".join(parts)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .corpus import ingest_to_dir

    summary = ingest_to_dir(Path(args.corpus), Path(args.out), follow_symlinks=args.follow_symlinks)
    print(_summary_line(summary))
    return 1 if (args.strict and summary.get("quarantined")) else 0


def _cmd_code(args: argparse.Namespace) -> int:
    if args.source_only_events:  # read by coding.engine at import, here and in worker processes
        os.environ["NEWSEVENTS_SOURCE_ONLY"] = "1"
    from .pipeline import code_corpus

    summary = code_corpus(
        Path(args.corpus),
        Path(args.out),
        workers=args.workers,
        scheduler=args.scheduler,
        chunk_size=args.chunk_size,
        follow_symlinks=args.follow_symlinks,
        progress=None if not args.quiet else False,
    )
    print(_summary_line(summary))
    return 1 if (args.strict and summary.get("quarantined")) else 0


def _cmd_dictionaries(args: argparse.Namespace) -> int:
    from .coding.dictionaries import check

    errors = check(Path(args.dir) if args.dir else None)
    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("dictionaries OK")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .coding.evaluate import evaluate_paths

    result = evaluate_paths(Path(args.events), Path(args.gold), out=Path(args.out) if args.out else None)
    print(result["text"])
    return 0


def _cmd_devset(args: argparse.Namespace) -> int:
    from .coding.devset import evaluate_devset

    result = evaluate_devset(Path(args.path), out=Path(args.out) if args.out else None)
    print(result["text"])
    return 0


def _cmd_sentences(args: argparse.Namespace) -> int:
    from .coding.sentgold import score_file

    for path in args.files:
        m = score_file(Path(path), split=args.split)
        o = m["overall"]
        print(f"{path} [{m['lang']}, {m['n_items']} items{', ' + args.split if args.split else ''}]: "
              f"P={o['precision']:.3f} R={o['recall']:.3f} F1={o['f1']:.3f} "
              f"(tp={o['tp']}, pred={o['n_pred']}, gold={o['n_gold']})")
        if args.verbose:
            for line in m.get("unmatched_gold", []):
                print("  missed  ", line)
            for line in m.get("unmatched_pred", []):
                print("  spurious", line)
    return 0


def _cmd_synth(args: argparse.Namespace) -> int:
    from .synth import generate

    summary = generate(n_articles=args.articles, seed=args.seed, out=Path(args.out))
    print(json.dumps(summary, sort_keys=True))
    return 0


def _cmd_simulate(args: argparse.Namespace) -> int:
    from . import schema
    from .analysis.simulate import simulate_events
    from .io import write_table

    events, articles, truth = simulate_events(seed=args.seed, days=args.days)
    out = Path(args.out)
    write_table(events, out / "events.parquet", schema.EVENTS)
    write_table(articles, out / "articles.parquet", schema.ARTICLES)
    from .analysis.demo import truth_record
    from .io import write_text
    from .report.artifacts import dumps

    write_text(out / "truth.json", dumps(truth_record(truth)))  # planted values, for the report's demonstration
    print(f"{len(events)} simulated events, {len(articles)} articles -> {out}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import build_report

    pdf = build_report(Path(args.reports), processed=Path(args.processed) if args.processed else None,
                       corpus_name=args.corpus_name)
    print(pdf)
    return 0


def _cmd_parameters(args: argparse.Namespace) -> int:
    from .analysis.params import ParameterError, write_notebook_parameters

    try:
        written = write_notebook_parameters([Path(n) for n in args.notebooks], Path(args.out),
                                            file=Path(args.file) if args.file else None, assignments=args.set or [])
    except ParameterError as exc:
        print(f"newsevents parameters: error: {exc}", file=sys.stderr)
        return 2
    changed = {k: v for k, v in written.items() if v}
    if changed and not args.quiet:
        print("notebook parameters: " + "; ".join(f"{k} {json.dumps(v, sort_keys=True)}" for k, v in changed.items()))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from .report.manifest import verify

    return verify(Path(args.manifest), Path(args.rerun))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsevents", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="read a corpus into articles.parquet and quarantine.parquet")
    s.add_argument("corpus", help="a folder of .txt/.md/.html files, or one .jsonl/.csv file")
    s.add_argument("--out", required=True, help="output folder")
    s.add_argument("--follow-symlinks", action="store_true", help="follow symlinks that leave the corpus folder")
    s.add_argument("--strict", action="store_true", help="exit non-zero if any input was quarantined")
    s.set_defaults(func=_cmd_ingest)

    s = sub.add_parser("code", help="ingest and code a corpus: articles, mentions and events tables")
    s.add_argument("corpus")
    s.add_argument("--out", required=True)
    s.add_argument("--workers", type=_positive_int, default=1, help="local worker processes (Dask); 1 = in-process")
    s.add_argument("--scheduler", default=None, help="address of a Dask distributed scheduler, e.g. tcp://host:8786")
    s.add_argument("--chunk-size", type=_positive_int, default=500,
                   help="inputs per chunk: one task reads and codes them, and a rerun skips chunks already coded")
    s.add_argument("--follow-symlinks", action="store_true")
    s.add_argument("--strict", action="store_true", help="exit non-zero if any input was quarantined")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--source-only-events", action="store_true",
                   help="also code events without a target (protests, force posture, ...; off by default)")
    s.set_defaults(func=_cmd_code)

    s = sub.add_parser("dictionaries", help="validate the YAML dictionaries")
    s.add_argument("action", choices=["check"])
    s.add_argument("--dir", default=None, help="dictionary folder (default: the bundled one)")
    s.set_defaults(func=_cmd_dictionaries)

    s = sub.add_parser("evaluate", help="precision/recall/F1 of coded events against gold events")
    s.add_argument("--events", required=True, help="mentions.parquet or the folder holding it")
    s.add_argument("--gold", required=True, help="gold events file (YAML/CSV)")
    s.add_argument("--out", default=None, help="folder for metrics JSON/CSV")
    s.set_defaults(func=_cmd_evaluate)

    s = sub.add_parser("devset", help="measure the English coder on a PLOVER gold-standard JSON file")
    s.add_argument("path")
    s.add_argument("--out", default=None)
    s.set_defaults(func=_cmd_devset)

    s = sub.add_parser("sentences", help="score the coder on sentence-level gold files (data/gold/sentences_*.yml)")
    s.add_argument("files", nargs="+")
    s.add_argument("--split", choices=["dev", "heldout"], default=None, help="score one split only")
    s.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious events")
    s.set_defaults(func=_cmd_sentences)

    s = sub.add_parser("synth", help="write a synthetic multilingual corpus with its ground truth")
    s.add_argument("--articles", type=int, required=True)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--out", required=True)
    s.set_defaults(func=_cmd_synth)

    s = sub.add_parser("simulate-events", help="write a simulated event table with planted structure")
    s.add_argument("--out", required=True)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--days", type=int, default=730)
    s.set_defaults(func=_cmd_simulate)

    s = sub.add_parser("report", help="build report.pdf and MANIFEST.json from the notebooks' outputs")
    s.add_argument("--reports", default="reports/seeds", help="the corpus' reports folder (reports/<corpus-name>)")
    s.add_argument("--processed", default=None, help="the corpus' coded tables (data/processed/<corpus-name>), "
                   "for the input hashes of the provenance appendix")
    s.add_argument("--corpus-name", default=None, help="name of the corpus, printed in the report")
    s.set_defaults(func=_cmd_report)

    s = sub.add_parser("parameters", help="validate analysis parameters and write one papermill parameters file "
                       "per notebook (docs/PARAMETERS.md)")
    s.add_argument("notebooks", nargs="+", help="the notebooks (.ipynb) that will run")
    s.add_argument("--out", required=True, help="folder for <notebook>.yml")
    s.add_argument("--file", default=None, help="a YAML file of name: value lines")
    s.add_argument("--set", action="append", metavar="NAME=VALUE", help="one parameter (after --file; repeatable)")
    s.add_argument("--quiet", action="store_true")
    s.set_defaults(func=_cmd_parameters)

    s = sub.add_parser("verify", help="compare a rerun's outputs against reports/MANIFEST.json")
    s.add_argument("--manifest", default="reports/MANIFEST.json")
    s.add_argument("--rerun", required=True, help="reports folder of the rerun")
    s.set_defaults(func=_cmd_verify)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (FileNotFoundError, NotADirectoryError, PermissionError) as exc:
        print(f"newsevents {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
