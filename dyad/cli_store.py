"""Store commands for the ``dyad`` CLI: ingest, recode, events, dyad, partners, network, spikes,
stats, export. Thin: parse → library call (dyad.store / dyad.analytics / dyad.export) → render."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import Any, Callable, Sequence

import click

DB_HELP = "DuckDB store file (default: $DYAD_DB or dyad.duckdb)."


def _db_default() -> str:
    return os.environ.get("DYAD_DB", "dyad.duckdb")


def _db_option(f: Callable) -> Callable:
    return click.option("--db", default=_db_default, show_default="dyad.duckdb", help=DB_HELP)(f)


def _fmt_option(f: Callable) -> Callable:
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                        show_default=True, help="Output format.")(f)


def _mentions_option(f: Callable) -> Callable:
    return click.option("--mentions", is_flag=True, help="Count mentions (every report) instead of events.")(f)


def _range_options(f: Callable) -> Callable:
    f = click.option("--until", default=None, help="Last date (YYYY-MM-DD), inclusive.")(f)
    return click.option("--since", default=None, help="First date (YYYY-MM-DD), inclusive.")(f)


def _plot_option(f: Callable) -> Callable:
    return click.option("--plot", "plot", default=None, metavar="FILE.png|FILE.html",
                        help="Also draw a chart to this file.")(f)


def _open(db: str, read_only: bool = True):
    from dyad.store import Store

    try:
        return Store(db, read_only=read_only)
    except FileNotFoundError as e:
        raise click.ClickException(str(e)) from None
    except Exception as e:  # duckdb.IOException: locked by a running ingest, etc.
        raise click.ClickException(f"cannot open {db}: {e}") from None


def _cell(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, float):
        return round(v, 3)
    return v


def render(rows: Sequence[dict[str, Any]], fmt: str, title: str = "", columns: Sequence[str] | None = None,
           caption: str | None = None) -> None:
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        click.echo(json.dumps([{c: _cell(r.get(c)) for c in cols} for r in rows], ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else _cell(r.get(c)) for c in cols])
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title or None, caption=caption, show_lines=False)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if r.get(c) is None else str(_cell(r.get(c))) for c in cols])
    Console().print(t)
    if not rows:
        click.echo("(nothing found)")


def _bad(e: Exception) -> click.ClickException:
    return click.ClickException(str(e))


# -------------------------------------------------------------------------------------------------


def _progress_ui(total_label: str):
    """A rich progress display with articles / events / errors; returns (context, callback)."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    prog = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(bar_width=None),
                    TextColumn("{task.fields[info]}"), TimeElapsedColumn(), transient=False,
                    disable=not sys.stderr.isatty(), console=None)
    task = prog.add_task(total_label, total=None, info="")

    def cb(s) -> None:  # noqa: ANN001
        rate = s.read / s.seconds if s.seconds else 0.0
        prog.update(task, info=f"articles {s.read} (new {s.new}, already stored {s.skipped}) · "
                               f"mentions {s.mentions} · errors {s.errors}" + (f" · {rate:.1f}/s" if rate else ""))

    return prog, cb


def _summary(s, db: str, what: str = "ingest") -> None:  # noqa: ANN001
    from rich.console import Console

    con = Console(stderr=True)
    rate = s.read / s.seconds if s.seconds else 0.0
    con.print(f"[bold]{what}[/bold] {db}: read {s.read} articles in {s.seconds:.1f}s ({rate:.1f}/s) — "
              f"{s.new} new, {s.skipped} already stored, {s.near_duplicates} near-duplicates; "
              f"{s.mentions} mentions; store now holds {s.articles_total} articles and {s.events_total} events; "
              f"[{'red' if s.errors else 'green'}]{s.errors} errors[/]")
    for e in s.error_list[:20]:
        con.print(f"  [red]✗[/red] {e.input}: {e.reason}")
    if len(s.error_list) > 20:
        con.print(f"  … and {len(s.error_list) - 20} more (see the errors table)")


def register(cli: click.Group) -> None:  # noqa: C901 - one block of command definitions
    """Add the store commands to the ``dyad`` click group."""

    @cli.command("ingest")
    @click.argument("inputs", nargs=-1, required=True)
    @_db_option
    @click.option("--batch", "batch_size", default=200, show_default=True, help="Articles per write transaction.")
    @click.option("--max-mb", default=5.0, show_default=True, help="Largest article text accepted (MB).")
    @click.option("--timeout", default=15.0, show_default=True, help="Seconds per HTTP request (feeds).")
    @click.option("--published", default=None, metavar="YYYY-MM-DD",
                  help="Publication date for articles whose input gives none (e.g. .txt files).")
    @click.option("--lexicon", multiple=True, help="Extra lexicon folder(s).")
    @click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON on stdout.")
    def ingest_cmd(inputs: tuple[str, ...], db: str, batch_size: int, max_mb: float, timeout: float,
                   published: str | None, lexicon: tuple[str, ...], as_json: bool) -> None:
        """Read, code and store articles (files, directories, feeds, WARC, '-' for stdin).

        Re-ingesting the same inputs adds nothing; a killed run can simply be started again.
        """
        if published:
            from dyad.ingest import normalise_date

            if normalise_date(published) != published:
                raise click.BadParameter("use YYYY-MM-DD", param_hint="--published")
        coder = _coder(lexicon)
        st = _open(db, read_only=False)
        prog, cb = _progress_ui("ingest")
        try:
            with prog:
                s = st.ingest(list(inputs), coder, batch_size=batch_size, max_bytes=int(max_mb * 1024 * 1024),
                              timeout=timeout, progress=cb, published=published)
        finally:
            st.close()
        _summary(s, db)
        if as_json:
            click.echo(json.dumps(s.as_dict(), ensure_ascii=False, default=str))

    @cli.command("recode")
    @_db_option
    @click.option("--force", is_flag=True, help="Re-code every article, even with the current lexicon version.")
    @click.option("--lexicon", multiple=True, help="Extra lexicon folder(s).")
    def recode_cmd(db: str, force: bool, lexicon: tuple[str, ...]) -> None:
        """Re-code stored articles coded with another lexicon version (replaces their events)."""
        coder = _coder(lexicon)
        st = _open(db, read_only=False)
        prog, cb = _progress_ui("recode")
        try:
            with prog:
                s = st.recode(coder, force=force, progress=cb)
        finally:
            st.close()
        _summary(s, db, "recode")

    @cli.command("events")
    @_db_option
    @click.option("--actor", help="Actor code on either side (e.g. PRK).")
    @click.option("--dyad", "dyad_", metavar="A:B", help="Both directions between two actors (e.g. PRK:RUS).")
    @click.option("--type", "type_", help="PLOVER type(s), comma-separated.")
    @_range_options
    @click.option("--lang", help="Language of the reports (it, en, fr, de, es).")
    @click.option("--text", help="Text in the evidence sentence, title or article.")
    @click.option("--limit", default=100, show_default=True)
    @_mentions_option
    @_fmt_option
    def events_cmd(db, actor, dyad_, type_, since, until, lang, text, limit, mentions, fmt) -> None:  # noqa: ANN001
        """Search events."""
        from dyad.analytics import search

        with _open(db) as st:
            try:
                rows = search(st, actor=actor, dyad=dyad_, type=type_, since=since, until=until, lang=lang,
                              text=text, mentions=mentions, limit=limit)
            except ValueError as e:
                raise _bad(e) from None
        cols = ["date", "type", "mode", "source_actor", "source_sector", "target_actor", "target_sector",
                "goldstein", "n_mentions", "langs", "location_name", "evidence_sentence", "key"]
        render(rows, fmt, "events" if not mentions else "mentions", cols)

    @cli.command("dyad")
    @click.argument("a")
    @click.argument("b")
    @_db_option
    @click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
    @_range_options
    @_mentions_option
    @_fmt_option
    @_plot_option
    def dyad_cmd(a, b, db, by, since, until, mentions, fmt, plot) -> None:  # noqa: ANN001
        """Time series between two actors, both directions: QuadClass and PLOVER type counts, mean
        Goldstein, cooperation–conflict index."""
        from dyad.analytics import dyad_series

        with _open(db) as st:
            try:
                rows = dyad_series(st, a, b, by=by, since=since, until=until, mentions=mentions)
            except ValueError as e:
                raise _bad(e) from None
        a, b = a.upper(), b.upper()
        shown = [{k: v for k, v in r.items() if k != "start"} for r in rows]
        if fmt == "table":
            short = {"period": "period", "direction": "dir", "events": "n", "verbal_coop": "vcoop",
                     "material_coop": "mcoop", "verbal_conflict": "vconf", "material_conflict": "mconf",
                     "mean_goldstein": "goldst", "cc_index": "cci"}
            table = []
            for r in shown:
                t = {v: r[k] for k, v in short.items()}
                t["types"] = " ".join(f"{k}:{v}" for k, v in r.items() if k.isupper() and v)
                table.append(t)
            render(table, fmt, f"{a} – {b} by {by} ({'mentions' if mentions else 'events'})",
                   list(short.values()) + ["types"],
                   caption="vcoop/mcoop/vconf/mconf: verbal/material cooperation/conflict (QuadClass 1–4); "
                           "goldst: mean Goldstein; cci: (coop − conf) / (coop + conf)")
        else:
            render(shown, fmt)
        if plot:
            from dyad.analytics.plots import plot_dyad

            plot_dyad(rows, a, b, plot, "mentions" if mentions else "events")
            click.echo(f"chart written to {plot}", err=True)

    @cli.command("partners")
    @click.argument("actor")
    @_db_option
    @_range_options
    @click.option("--limit", default=20, show_default=True)
    @_mentions_option
    @_fmt_option
    @_plot_option
    def partners_cmd(actor, db, since, until, limit, mentions, fmt, plot) -> None:  # noqa: ANN001
        """The actors ACTOR deals with, ranked, split into cooperation and conflict."""
        from dyad.analytics import partners

        with _open(db) as st:
            try:
                rows = partners(st, actor, since=since, until=until, mentions=mentions, limit=limit)
            except ValueError as e:
                raise _bad(e) from None
        if fmt == "table":
            short = {"partner": "partner", "events": "n", "outgoing": "out", "incoming": "in",
                     "cooperation": "coop", "conflict": "conf", "net_goldstein": "net_g", "mean_goldstein": "mean_g",
                     "cc_index": "cci"}
            render([{v: r[k] for k, v in short.items()} for r in rows], fmt,
                   f"partners of {actor.upper()} ({'mentions' if mentions else 'events'})", list(short.values()),
                   caption="out/in: direction; coop/conf: QuadClass 1–2 / 3–4; net_g: summed Goldstein; "
                           "cci: (coop − conf) / (coop + conf)")
        else:
            render(rows, fmt, f"partners of {actor.upper()}")
        if plot:
            from dyad.analytics.plots import plot_partners

            plot_partners(rows, actor.upper(), plot, "mentions" if mentions else "events")
            click.echo(f"chart written to {plot}", err=True)

    @cli.command("network")
    @_db_option
    @_range_options
    @click.option("--min-events", default=1, show_default=True, help="Drop pairs with fewer events.")
    @click.option("--export", "export_path", default=None, metavar="FILE.graphml|FILE.json",
                  help="Write the graph (GraphML or node-link JSON).")
    @_mentions_option
    @_fmt_option
    @_plot_option
    def network_cmd(db, since, until, min_events, export_path, mentions, fmt, plot) -> None:  # noqa: ANN001
        """The actor graph: edges weighted by events, coloured by net Goldstein."""
        from dyad.analytics import network, network_edges, write_graph

        with _open(db) as st:
            try:
                edges = network_edges(st, since=since, until=until, min_events=min_events, mentions=mentions)
                g = network(st, since=since, until=until, min_events=min_events, mentions=mentions) \
                    if (plot or export_path) else None
            except ValueError as e:
                raise _bad(e) from None
        render(edges, fmt, "actor network (undirected pairs)")
        if export_path and g is not None:
            write_graph(g, export_path)
            click.echo(f"graph written to {export_path}", err=True)
        if plot and g is not None:
            from dyad.analytics.plots import plot_network

            plot_network(g, plot)
            click.echo(f"chart written to {plot}", err=True)

    @cli.command("spikes")
    @_db_option
    @click.option("--window", default="28d", show_default=True, help="Recent window (e.g. 7d, 4w, 3m).")
    @click.option("--until", default=None, help="End of the recent window (default: last event date).")
    @click.option("--baseline", default=6, show_default=True, help="Number of earlier windows in the baseline.")
    @click.option("--min-events", default=3, show_default=True)
    @click.option("--limit", default=20, show_default=True)
    @_mentions_option
    @_fmt_option
    def spikes_cmd(db, window, until, baseline, min_events, limit, mentions, fmt) -> None:  # noqa: ANN001
        """Dyads whose recent volume or tone departs from their own baseline, ranked."""
        from dyad.analytics import spikes

        with _open(db) as st:
            try:
                rows = spikes(st, window=window, until=until, baseline=baseline, min_events=min_events,
                              mentions=mentions, limit=limit)
            except ValueError as e:
                raise _bad(e) from None
        if fmt == "table":
            short = {"dyad": "dyad", "recent": "recent", "baseline_mean": "base_mean", "baseline_sd": "base_sd",
                     "volume_z": "vol_z", "recent_goldstein": "recent_g", "baseline_goldstein": "base_g",
                     "tone_shift": "tone", "score": "score"}
            span = f"{rows[0]['window_start']} – {rows[0]['window_end']}" if rows else window
            render([{v: r[k] for k, v in short.items()} for r in rows], fmt, f"spikes: {span} vs {baseline} earlier windows",
                   list(short.values()),
                   caption="vol_z: (recent − base_mean) / max(sd, √mean, 1); tone: recent − baseline mean Goldstein; "
                           "score: |vol_z| + |tone| / 2")
        else:
            render(rows, fmt, f"spikes (window {window})")

    @cli.command("stats")
    @_db_option
    @_fmt_option
    def stats_cmd(db, fmt) -> None:  # noqa: ANN001
        """What the store holds."""
        from dyad.analytics import flat_stats, stats

        with _open(db) as st:
            d = stats(st)
        if fmt == "json":
            click.echo(json.dumps(d, ensure_ascii=False, indent=1, default=str))
        else:
            render(flat_stats(d), fmt, f"store {db}")

    @cli.command("export")
    @click.argument("out")
    @_db_option
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "plover"]),
                  required=True)
    @click.option("--where", default=None, help="SQL condition on the exported columns, e.g. \"date >= '2025-01-01'\".")
    @click.option("--mentions", is_flag=True, help="Export mentions instead of events (jsonl, csv, parquet).")
    def export_cmd(out, db, fmt, where, mentions) -> None:  # noqa: ANN001
        """Export events: JSONL, CSV, Parquet (partitioned by month), GDELT 2.0 TSV, PLOVER JSON."""
        from dyad.export import export

        with _open(db) as st:
            try:
                n = export(st, fmt, out, where=where, mentions=mentions)
            except ValueError as e:
                raise _bad(e) from None
            except Exception as e:  # SQL errors in --where
                if type(e).__module__.startswith("duckdb") or "duckdb" in type(e).__module__:
                    raise click.ClickException(f"bad --where: {e}") from None
                raise
        click.echo(f"{n} {'mentions' if mentions else 'events'} written to {out}", err=True)


def _coder(lexicon: tuple[str, ...]):
    from pathlib import Path

    from dyad.coder import Coder

    if lexicon:
        from dyad.config import Settings

        return Coder(Settings.from_env(lexicon_paths=tuple(Path(p) for p in lexicon)))
    return Coder()
