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


def _print_summary(summary: dict, command: str) -> None:
    """The summary line, then one line per quarantine reason with an example (stdout); notes on stderr."""
    print(_summary_line(summary))
    reasons = summary.get("quarantine_reasons") or {}
    examples = summary.get("quarantine_examples") or {}
    for reason in sorted(reasons):
        example = examples.get(reason, "")
        if len(example) > 400:
            example = example[:397] + "..."
        print(f"  {reason} ({reasons[reason]}): e.g. {example}" if example else f"  {reason} ({reasons[reason]})")
    if summary.get("note"):
        print(f"newsevents {command}: note: {summary['note']}", file=sys.stderr)


def _nothing_read(summary: dict, corpus: str, command: str) -> bool:
    """Say so (stderr) and return True when no article at all came out of the corpus."""
    if summary.get("kept"):
        return False
    if not summary.get("read"):
        from .corpus.loaders import _SUPPORTED

        print(f"newsevents {command}: error: no input found in {corpus} ({_SUPPORTED})", file=sys.stderr)
    else:
        print(f"newsevents {command}: error: no article could be read from {corpus}: all {summary['read']} "
              "inputs were quarantined (reasons above; details in quarantine.parquet)", file=sys.stderr)
    return True


COLUMN_OPTIONS = (("text", "--text-column", "the text of the article"),
                  ("published", "--date-column", "the publication date"),
                  ("title", "--title-column", "the title"),
                  ("id", "--id-column", "the article id"),
                  ("lang", "--lang-column", "the language code"))


def _columns(args: argparse.Namespace) -> dict:
    return {field: getattr(args, field + "_column") for field, _, _ in COLUMN_OPTIONS
            if getattr(args, field + "_column", None)}


def _add_column_options(s: argparse.ArgumentParser) -> None:
    from .corpus.loaders import COLUMN_ENV, COLUMN_NAMES

    g = s.add_argument_group("table inputs (.csv, .tsv, .jsonl)",
                             "columns are recognised by name when not given (case-insensitive)")
    for field, option, what in COLUMN_OPTIONS:
        env = COLUMN_ENV[field]
        g.add_argument(option, dest=field + "_column", default=os.environ.get(env) or None, metavar="NAME",
                       help=f"column holding {what} (default: ${env}, else one of "
                            f"{', '.join(COLUMN_NAMES[field][:5])}, ...)")


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return value


def _strict_exit(args: argparse.Namespace, summary: dict, cmd: str) -> int:
    """1 with the reason on stderr when --strict and inputs were quarantined, else 0."""
    n = summary.get("quarantined", 0)
    if not (args.strict and n):
        return 0
    print(f"newsevents {cmd}: error: --strict: {n} input(s) quarantined (see quarantine.parquet in the output "
          "folder for each one's reason)", file=sys.stderr)
    return 1


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .corpus import ingest_to_dir

    summary = ingest_to_dir(Path(args.corpus), Path(args.out), follow_symlinks=args.follow_symlinks,
                            columns=_columns(args))
    _print_summary(summary, "ingest")
    if _nothing_read(summary, args.corpus, "ingest"):
        return 1
    return _strict_exit(args, summary, "ingest")


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
        columns=_columns(args),
    )
    _print_summary(summary, "code")
    if _nothing_read(summary, args.corpus, "code"):
        return 1
    failed = summary.get("coding_errors", 0)
    attempted = summary.get("kept", 0) + failed
    if failed and attempted and failed / attempted > args.max_coding_errors:
        print(f"newsevents code: error: the coder failed on {failed} of {attempted} articles "
              f"({failed / attempted:.0%} > --max-coding-errors {args.max_coding_errors:.0%}); see the "
              "coding_error rows of quarantine.parquet", file=sys.stderr)
        return 1
    return _strict_exit(args, summary, "code")


def _cmd_dictionaries(args: argparse.Namespace) -> int:
    from .coding.dictionaries import check

    warnings: list[str] = []
    errors = check(Path(args.dir) if args.dir else None, warnings=warnings)
    for err in errors + warnings:
        print(err, file=sys.stderr)
    if errors or (args.strict and warnings):
        print(f"{len(errors)} error(s), {len(warnings)} warning(s)", file=sys.stderr)
        return 1
    print(f"dictionaries OK ({len(warnings)} warning(s))" if warnings else "dictionaries OK")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.set is None and (args.events is None or args.gold is None):
        print("evaluate: give --set DIR (a folder with corpus/ and gold.jsonl), or --events and --gold",
              file=sys.stderr)
        return 2
    events = Path(args.events) if args.events else None
    if events is not None and not (events.is_file() or (events / "mentions.parquet").is_file()):
        print(f"evaluate: --events {events}: no mentions table there (give mentions.parquet or the output folder "
              "of `newsevents code`, which holds it)", file=sys.stderr)
        return 2
    if args.gold is not None and not Path(args.gold).is_file():
        print(f"evaluate: --gold {args.gold}: no such file", file=sys.stderr)
        return 2
    if args.set is None and not str(args.gold).endswith(".jsonl"):
        from .coding.evaluate import evaluate_paths  # the project's older YAML gold format

        result = evaluate_paths(Path(args.events), Path(args.gold), out=Path(args.out) if args.out else None)
        print(result["text"])
        return 0
    import pandas as pd

    from .coding.matching import evaluate_events, load_gold
    from .coding.realset import evaluate_set

    if args.set is not None and not (Path(args.set) / "gold.jsonl").is_file():
        inner = sorted(str(p.parent) for p in Path(args.set).glob("*/gold.jsonl"))
        hint = f" (the sets inside it: {', '.join(inner)})" if inner else ""
        print(f"evaluate: {args.set} is not an evaluation set: expected a folder with corpus/*.txt, "
              f"corpus/index.jsonl and gold.jsonl{hint}", file=sys.stderr)
        return 2
    if args.set is not None:
        mentions = None
        if args.events:
            p = Path(args.events)
            mentions = pd.read_parquet(p / "mentions.parquet" if p.is_dir() else p)
        res = evaluate_set(Path(args.set), split=args.split, mentions=mentions)
    else:
        p = Path(args.events)
        mentions = pd.read_parquet(p / "mentions.parquet" if p.is_dir() else p)
        gold = load_gold(Path(args.gold))
        lang_of = dict(zip(mentions["article_id"].astype(str), mentions["lang"])) if len(mentions) else {}
        if p.is_dir() and (p / "articles.parquet").is_file():  # a run's folder: every article's language,
            arts = pd.read_parquet(p / "articles.parquet", columns=["article_id", "lang"])  # coded or not
            lang_of = {**dict(zip(arts["article_id"].astype(str), arts["lang"])), **lang_of}
        res = evaluate_events(mentions, gold, sorted({g.doc_id for g in gold}), lang_of)
    print(res.text())
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        res.table.to_csv(out / "scores.csv", index=False, float_format="%.4f")
        res.why.to_csv(out / "miss_causes.csv", index=False)
    if args.min_f1 is not None and res.f1 < args.min_f1:
        print(f"core lenient F1 {res.f1:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
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


def _cmd_date_eval(args: argparse.Namespace) -> int:
    from .corpus.date_eval import evaluate, format_result

    res = evaluate(Path(args.set), split=args.split, events=not args.no_events)
    print(format_result(res))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)  # `make date-eval` on a fresh clone has no reports/
        Path(args.json).write_text(json.dumps(res, indent=1, sort_keys=True), encoding="utf-8")
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
    s.add_argument("corpus", help="a folder of .txt/.md/.html/.docx/.pdf files (and .csv/.tsv/.jsonl tables), "
                   "or one .csv/.tsv/.jsonl file")
    s.add_argument("--out", required=True, help="output folder")
    s.add_argument("--follow-symlinks", action="store_true", help="follow symlinks that leave the corpus folder")
    s.add_argument("--strict", action="store_true", help="exit non-zero if any input was quarantined")
    _add_column_options(s)
    s.set_defaults(func=_cmd_ingest)

    s = sub.add_parser("code", help="ingest and code a corpus: articles, mentions and events tables")
    s.add_argument("corpus", help="as for ingest")
    s.add_argument("--out", required=True, help="output folder (one run at a time: it holds a lock file while in use)")
    s.add_argument("--workers", type=_positive_int, default=1, help="local worker processes (Dask); 1 = in-process")
    s.add_argument("--scheduler", default=None, help="address of a Dask distributed scheduler, e.g. tcp://host:8786")
    s.add_argument("--chunk-size", type=_positive_int, default=500,
                   help="inputs per chunk: one task reads and codes them, and a rerun skips chunks already coded")
    s.add_argument("--follow-symlinks", action="store_true")
    s.add_argument("--strict", action="store_true", help="exit non-zero if any input was quarantined")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--source-only-events", action="store_true",
                   help="also code events without a target (protests, force posture, ...; off by default)")
    s.add_argument("--max-coding-errors", type=_share,
                   default=_share(os.environ.get("NEWSEVENTS_MAX_CODING_ERRORS") or "0.2"), metavar="SHARE",
                   help="exit non-zero when the coder fails on more than this share of the articles "
                        "(default: $NEWSEVENTS_MAX_CODING_ERRORS, else 0.2)")
    _add_column_options(s)
    s.set_defaults(func=_cmd_code)

    s = sub.add_parser("dictionaries", help="validate the YAML dictionaries")
    s.add_argument("action", choices=["check"])
    s.add_argument("--dir", default=None, help="dictionary folder (default: the bundled one)")
    s.add_argument("--strict", action="store_true", help="warnings are errors too")
    s.set_defaults(func=_cmd_dictionaries)

    s = sub.add_parser("evaluate", help="precision/recall/F1 of coded events against gold events, matched by "
                       "the annotation rules (docs/CODEBOOK.md)")
    s.add_argument("--set", default=None, help="an evaluation set: a folder with corpus/*.txt, corpus/index.jsonl "
                   "and gold.jsonl; its texts are coded in a temporary folder, then scored")
    s.add_argument("--events", default=None, help="mentions.parquet or the folder holding it (scored instead of "
                   "coding the set)")
    s.add_argument("--gold", default=None, help="gold events: JSON lines by the annotation rules (.jsonl), or the "
                   "project's older YAML format")
    s.add_argument("--split", default=None, help="with --set: only the texts of this split (e.g. dev, check)")
    s.add_argument("--min-f1", type=float, default=None, help="exit 1 when the core lenient F1 is below this")
    s.add_argument("--out", default=None, help="folder for the score tables (CSV)")
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

    s = sub.add_parser("date-eval", help="measure article and event dates on an annotated set (read at run time)")
    s.add_argument("set", help="folder with corpus/index.jsonl, corpus/<doc_id>.txt and gold.jsonl")
    s.add_argument("--split", default=None, help="only the texts of this split of index.jsonl (e.g. dev)")
    s.add_argument("--no-events", action="store_true", help="article dates only (no coding)")
    s.add_argument("--json", default=None, help="also write the figures to this JSON file")
    s.set_defaults(func=_cmd_date_eval)

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
    from .coding.lexicon import DictionaryError
    from .io import OutputBusy, OutputError, describe_os_error

    try:
        return int(args.func(args) or 0)
    except DictionaryError as exc:
        print(f"newsevents {args.command}: error: the dictionaries do not load "
              f"({len(exc.errors)} error(s); `newsevents dictionaries check` lists them):", file=sys.stderr)
        for line in exc.errors[:20]:
            print(f"  {line}", file=sys.stderr)
        if len(exc.errors) > 20:
            print(f"  ... and {len(exc.errors) - 20} more", file=sys.stderr)
        return 2
    except (OutputBusy, OutputError) as exc:
        print(f"newsevents {args.command}: error: {exc.args[-1] if exc.args else exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, NotADirectoryError) as exc:
        print(f"newsevents {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # read-only or full output folder, permission denied, ...
        print(f"newsevents {args.command}: error: {describe_os_error(exc, getattr(args, 'out', None))}",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
