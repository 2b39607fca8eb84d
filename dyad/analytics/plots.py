"""Charts for the analyses (matplotlib, Agg backend). ``FILE.png`` writes a PNG; ``FILE.html``
writes a self-contained HTML page with the chart as inline SVG and the data as a table."""

from __future__ import annotations

import html
import io
from typing import Any, Sequence

# diverging colours: conflict red, cooperation green
COOP = "#2e7d32"
CONF = "#c62828"


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def save(fig, path: str, title: str = "", rows: Sequence[dict[str, Any]] = ()) -> None:  # noqa: ANN001
    plt = _plt()
    if path.lower().endswith(".html"):
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight")
        svg = buf.getvalue()
        svg = svg[svg.find("<svg"):]
        table = ""
        if rows:
            cols = list(rows[0])
            head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
            body = "".join("<tr>" + "".join(f"<td>{html.escape('' if r.get(c) is None else str(r.get(c)))}</td>"
                                            for c in cols) + "</tr>" for r in rows)
            table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + html.escape(title) + "</title>"
                "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:12px}"
                "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style></head><body>"
                f"<h1>{html.escape(title)}</h1>{svg}{table}</body></html>")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
    elif path.lower().endswith(".png"):
        fig.savefig(path, dpi=120, bbox_inches="tight")
    else:
        plt.close(fig)
        raise ValueError("--plot must end in .png or .html")
    plt.close(fig)


def plot_dyad(rows: Sequence[dict[str, Any]], a: str, b: str, path: str, unit: str = "events") -> None:
    plt = _plt()
    ab, ba = f"{a}>{b}", f"{b}>{a}"
    periods = [r["period"] for r in rows if r["direction"] == "both"]
    get = lambda d, k: [r[k] for r in rows if r["direction"] == d]  # noqa: E731
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 6.5), sharex=True,
                                   gridspec_kw={"height_ratios": [3, 2]})
    x = range(len(periods))
    dense = len(periods) > 40  # long series: lines only
    mk = (lambda m: None) if dense else (lambda m: m)  # noqa: E731
    ax1.plot(x, get(ab, "events"), marker=mk("o"), label=f"{a} → {b}", color="#1565c0")
    ax1.plot(x, get(ba, "events"), marker=mk("s"), label=f"{b} → {a}", color="#ef6c00")
    both = [r for r in rows if r["direction"] == "both"]
    ax1.plot(x, [r["material_conflict"] + r["verbal_conflict"] for r in both], ls="--", marker=mk("v"), color=CONF,
             label="conflict (both ways)")
    ax1.plot(x, [r["material_coop"] + r["verbal_coop"] for r in both], ls="--", marker=mk("^"), color=COOP,
             label="cooperation (both ways)")
    ax1.set_ylabel(unit)
    ax1.legend(loc="upper left", fontsize=8)
    ax1.set_title(f"{a} – {b}: {unit} per period")
    ax1.grid(alpha=0.3)
    cci = [r["cc_index"] for r in both]
    gs = [r["mean_goldstein"] for r in both]
    ax2.axhline(0, color="#999", lw=0.8)
    ax2.plot(x, [float("nan") if v is None else v for v in cci], marker="o", color="#6a1b9a",
             label="cooperation–conflict index (−1…1)")
    ax2.set_ylim(-1.1, 1.1)
    ax2.set_ylabel("index")
    ax3 = ax2.twinx()
    ax3.plot(x, [float("nan") if v is None else v for v in gs], marker=".", ls=":", color="#455a64",
             label="mean Goldstein")
    ax3.set_ylim(-10.5, 10.5)
    ax3.set_ylabel("Goldstein")
    h1, l1 = ax2.get_legend_handles_labels()
    h2, l2 = ax3.get_legend_handles_labels()
    ax2.legend(h1 + h2, l1 + l2, loc="lower left", fontsize=8)
    ax2.grid(alpha=0.3)
    step = max(1, len(periods) // 16)
    ax2.set_xticks(list(x)[::step])
    ax2.set_xticklabels(periods[::step], rotation=45, ha="right", fontsize=8)
    save(fig, path, f"{a} – {b}", rows)


def plot_partners(rows: Sequence[dict[str, Any]], actor: str, path: str, unit: str = "events") -> None:
    plt = _plt()
    rows = list(rows)[::-1]
    names = [r["partner"] for r in rows]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.35 * len(rows) + 1)))
    y = range(len(rows))
    ax.barh(y, [r["cooperation"] for r in rows], color=COOP, label="cooperation")
    ax.barh(y, [-r["conflict"] for r in rows], color=CONF, label="conflict")
    ax.axvline(0, color="#333", lw=0.8)
    ax.set_yticks(list(y))
    ax.set_yticklabels(names)
    ax.set_xlabel(f"{unit} (conflict ← | → cooperation)")
    ax.set_title(f"Partners of {actor}")
    ax.legend(fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    save(fig, path, f"Partners of {actor}", list(rows)[::-1])


def plot_network(g, path: str, title: str = "Actor network") -> None:  # noqa: ANN001
    import networkx as nx
    from matplotlib import cm, colors

    plt = _plt()
    fig, ax = plt.subplots(figsize=(10, 8))
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no events", ha="center")
        save(fig, path, title)
        return
    pos = nx.spring_layout(g, seed=7, k=6.0 / max(1, g.number_of_nodes()) ** 0.5, iterations=300)
    net = [d["net_goldstein"] for _, _, d in g.edges(data=True)]
    lim = max([abs(v) for v in net] + [1.0])
    norm = colors.TwoSlopeNorm(vmin=-lim, vcenter=0.0, vmax=lim)
    cmap = cm.get_cmap("RdYlGn") if hasattr(cm, "get_cmap") else plt.get_cmap("RdYlGn")
    maxw = max([d["events"] for _, _, d in g.edges(data=True)] + [1])
    widths = [0.8 + 6 * d["events"] / maxw for _, _, d in g.edges(data=True)]
    nx.draw_networkx_edges(g, pos, ax=ax, edge_color="#607d8b", width=[w + 2.0 for w in widths], alpha=0.6)
    nx.draw_networkx_edges(g, pos, ax=ax, edge_color=[cmap(norm(v)) for v in net],
                           width=[0.8 + 6 * d["events"] / maxw for _, _, d in g.edges(data=True)])
    sizes = [150 + 900 * g.nodes[n]["events"] / max(1, max(g.nodes[m]["events"] for m in g)) for n in g]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color="#eceff1", edgecolors="#455a64")
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=9)
    sm = cm.ScalarMappable(norm=norm, cmap=cmap)
    fig.colorbar(sm, ax=ax, shrink=0.6, label="net Goldstein (sum over events)")
    ax.set_title(title + " — edge width: events, colour: net Goldstein")
    ax.axis("off")
    rows = [{"a": a, "b": b, **d} for a, b, d in g.edges(data=True)]
    save(fig, path, title, rows)
