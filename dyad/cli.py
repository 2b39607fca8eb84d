"""The ``dyad`` command line: a thin layer over the library (parse → library call → render)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any, Iterable

import click

from . import __version__
from .config import Settings
from .errors import DyadError
from .records import Event, event_to_dict


def _settings(lexicon: tuple[str, ...], include_all: bool = False) -> Settings:
    return Settings.from_env(lexicon_paths=tuple(Path(p) for p in lexicon), include_all=include_all)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyad")
def cli() -> None:
    """Dyad: political event data from multilingual news (PLOVER, CAMEO, Goldstein)."""


# ---------------------------------------------------------------------------- code

CSV_FIELDS = ["article_id", "event_id", "lang", "type", "mode", "cameo", "goldstein", "quad_class",
              "source_actor", "source_sector", "source_text", "target_actor", "target_sector", "target_text",
              "date", "date_precision", "location", "attribution", "negated", "uncertain", "confidence",
              "trigger", "evidence"]


def _flat(e: Event) -> dict[str, Any]:
    return {
        "article_id": e.article_id, "event_id": e.event_id, "lang": e.lang, "type": e.type, "mode": e.mode,
        "cameo": e.cameo, "goldstein": e.goldstein, "quad_class": e.quad_class,
        "source_actor": e.source.code, "source_sector": e.source.sector, "source_text": e.source.text,
        "target_actor": e.target.code, "target_sector": e.target.sector, "target_text": e.target.text,
        "date": e.date or "", "date_precision": e.date_precision,
        "location": f"{e.location.name}, {e.location.country}" if e.location else "",
        "attribution": e.attribution.text if e.attribution else "", "negated": e.negated,
        "uncertain": e.uncertain, "confidence": e.confidence, "trigger": e.evidence.trigger,
        "evidence": e.evidence.sentence,
    }


class _Writer:
    def __init__(self, fmt: str, out: io.TextIOBase):
        self.fmt, self.out = fmt, out
        self.rows: list[Event] = []
        self.csv: csv.DictWriter | None = None

    def write(self, events: Iterable[Event]) -> None:
        for e in events:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(event_to_dict(e), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                if self.csv is None:
                    self.csv = csv.DictWriter(self.out, fieldnames=CSV_FIELDS)
                    self.csv.writeheader()
                self.csv.writerow(_flat(e))
            else:
                self.rows.append(e)

    def close(self) -> None:
        if self.fmt == "json":
            json.dump([event_to_dict(e) for e in self.rows], self.out, ensure_ascii=False, indent=1)
            self.out.write("\n")
        elif self.fmt == "table":
            from rich.console import Console
            from rich.table import Table

            t = Table(show_lines=False)
            for col in ("event", "type", "mode", "source", "target", "date", "where", "according to", "trigger"):
                t.add_column(col, overflow="fold")
            for e in self.rows:
                flags = "".join(["?" if e.uncertain else "", "¬" if e.negated else "", "~" if e.hypothetical else ""])
                t.add_row(e.event_id, e.type + flags, e.mode,
                          f"{e.source.code} {e.source.sector}".strip() + f"\n{e.source.text}",
                          f"{e.target.code} {e.target.sector}".strip() + f"\n{e.target.text}",
                          f"{e.date or ''}\n{e.date_precision}",
                          f"{e.location.name}, {e.location.country}" if e.location else "",
                          e.attribution.text if e.attribution else "", e.evidence.trigger)
            Console(file=self.out, width=160).print(t)
            if not self.rows:
                self.out.write("no events\n")


@cli.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that do not carry one.")
@click.option("--lang", help="Language code (it, en, fr, de, es); default: detect per article.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "table"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--all", "include_all", is_flag=True, help="Also show negated and hypothetical events, flagged.")
@click.option("--lexicon", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Extra lexicon folder (same layout as dyad/data/lang); repeatable.")
def code_cmd(inputs: tuple[str, ...], published: str | None, lang: str | None, fmt: str, output: str | None,
             include_all: bool, lexicon: tuple[str, ...]) -> None:
    """Code articles into events. INPUTS: .txt, .html, .jsonl, feeds, WARC, directories, or - for stdin."""
    from dataclasses import replace

    from .coder import Coder
    from .ingest import iter_articles

    failures: list[str] = []

    def on_error(err: Any) -> None:
        failures.append(err.input)
        click.echo(f"dyad: {err.input}: {err.reason}", err=True)

    coder = Coder(_settings(lexicon, include_all))
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    writer = _Writer(fmt, out)  # type: ignore[arg-type]
    try:
        for art in iter_articles(inputs, on_error):
            if published and not art.published:
                art = replace(art, published=published)
            if lang:
                art = replace(art, lang=lang)
            try:
                doc = coder.code_article(art)
            except DyadError as e:
                on_error(type("E", (), {"input": art.id, "reason": str(e)})())
                continue
            for w in doc.extras.get("warnings", ()):
                click.echo(f"dyad: {art.id}: {w}", err=True)
            writer.write(doc.events)
        writer.close()
    finally:
        if output:
            out.close()
    if failures:
        raise SystemExit(1)


# ---------------------------------------------------------------------------- eval


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--by", type=click.Choice(["lang", "type"]), help="Break the figures down.")
@click.option("--type-only", is_flag=True, help="Match on the event type alone (sets without actor codes).")
@click.option("--lang", "only_lang", help="Only the gold articles in this language.")
@click.option("--show-errors", is_flag=True, help="Print missed and spurious events per article.")
@click.option("--predictions", type=click.Path(dir_okay=False), help="Also write the predictions (JSONL) here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--lexicon", multiple=True, type=click.Path(exists=True, file_okay=False))
def eval_cmd(gold: str, by: str | None, type_only: bool, only_lang: str | None, show_errors: bool,
             predictions: str | None, as_json: bool, lexicon: tuple[str, ...]) -> None:
    """Code the gold articles and print precision, recall and F1 against their events."""
    from .evaluate import format_report
    from .evaluate import run_eval

    rep, preds = run_eval(gold, _settings(lexicon), by=by, type_only=type_only, only_lang=only_lang)
    if predictions:
        with open(predictions, "w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    if as_json:
        click.echo(json.dumps(rep.as_dict()))
    else:
        click.echo(format_report(rep))
    if show_errors:
        for err in rep.errors:
            click.echo(f"\n{err['id']} ({err['lang']})")
            for k in err["missed"]:
                click.echo(f"  missed   {' '.join(k)}")
            for k in err["spurious"]:
                click.echo(f"  spurious {' '.join(k)}")


# ---------------------------------------------------------------------------- languages / lexicon


@cli.command("languages")
@click.option("--lexicon", multiple=True, type=click.Path(exists=True, file_okay=False))
def languages_cmd(lexicon: tuple[str, ...]) -> None:
    """List the languages Dyad codes, with their lexicon sizes and versions."""
    from rich.console import Console
    from rich.table import Table

    from .lexicon import language_summaries

    t = Table()
    for col in ("lang", "name", "version", "actors", "agents", "triggers", "cues", "dates", "quantities",
                "examples"):
        t.add_column(col)
    for s in language_summaries(_settings(lexicon).lexicon_paths):
        t.add_row(*(str(s[c]) for c in ("lang", "name", "version", "actors", "agents", "triggers", "cues", "dates",
                                         "quantities", "examples")))
    Console().print(t)


@cli.group("lexicon")
def lexicon_group() -> None:
    """Check and inspect the lexicon files."""


@lexicon_group.command("check")
@click.argument("langs", nargs=-1)
@click.option("--lexicon", multiple=True, type=click.Path(exists=True, file_okay=False))
def lexicon_check(langs: tuple[str, ...], lexicon: tuple[str, ...]) -> None:
    """Validate lexicon files (codes exist, dates parse, no conflicting duplicates)."""
    from .lexicon import available_languages, load_language, validate_language

    paths = _settings(lexicon).lexicon_paths
    bad = 0
    for code in langs or available_languages(paths):
        problems = validate_language(load_language(code, paths))
        bad += len(problems)
        click.echo(f"{code}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            click.echo(f"  {p}")
    if bad:
        raise SystemExit(1)


def _register_plugins() -> None:
    try:
        from .cli_store import register
    except ImportError as e:  # the store extra is not installed
        missing = str(e)

        @cli.command("ingest", context_settings={"ignore_unknown_options": True})
        @click.argument("args", nargs=-1)
        def _stub(args: tuple[str, ...]) -> None:
            raise click.ClickException(f"the store needs the 'store' extra: pip install 'dyad-events[store]' "
                                       f"({missing})")
        return
    register(cli)


_register_plugins()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except DyadError as e:
        click.echo(f"dyad: {e}", err=True)
        raise SystemExit(2) from e


if __name__ == "__main__":
    main()
