"""Exports of the event store: JSONL, CSV, Parquet (partitioned by month), GDELT 2.0-style TSV
and PLOVER JSON. Column lists and conventions: docs/formats/exports.md.

Events (clusters) are exported by default; ``mentions=True`` exports every coded mention
(jsonl, csv, parquet only). ``where`` is an SQL condition on the exported table's columns.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from typing import Any

import pyarrow as pa

from dyad.store import Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

# GDELT 2.0 event table columns Dyad fills, in GDELT's order (a documented subset; no header line)
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
]
GDELT_INT = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
             "NumSources", "NumArticles", "ActionGeo_Type", "DATEADDED"}
GDELT_FLOAT = {"FractionDate", "GoldsteinScale", "AvgTone", "ActionGeo_Lat", "ActionGeo_Long"}


def _table_sql(mentions: bool, where: str | None) -> str:
    cond = f"WHERE ({where})" if where else ""
    if mentions:
        return f"SELECT * FROM mentions {cond} ORDER BY mention_key"
    return (f"SELECT e.*, n.source_name, n.target_name FROM (SELECT * FROM events {cond}) e "
            "LEFT JOIN (SELECT event_key, min(source_name) FILTER (WHERE source_name <> '') AS source_name, "
            "min(target_name) FILTER (WHERE target_name <> '') AS target_name FROM mentions "
            "WHERE event_key IS NOT NULL GROUP BY event_key) n USING (event_key) ORDER BY e.date, e.event_key")


def fetch(store: Store, *, where: str | None = None, mentions: bool = False) -> pa.Table:
    """The rows to export, as an Arrow table (events sorted by date then key; mentions by key)."""
    return store.con.sql(_table_sql(mentions, where)).to_arrow_table()


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.hex()
    return v


def export(store: Store, fmt: str, out: str, *, where: str | None = None, mentions: bool = False) -> int:
    """Write the export; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if mentions and fmt in ("gdelt", "plover"):
        raise ValueError(f"--format {fmt} exports events; use jsonl, csv or parquet for mentions")
    tbl = fetch(store, where=where, mentions=mentions)
    if mentions:
        tbl = tbl.drop_columns([c for c in ("minhash",) if c in tbl.column_names])
    if fmt == "jsonl":
        return write_jsonl(tbl, out)
    if fmt == "csv":
        return write_csv(tbl, out)
    if fmt == "parquet":
        return write_parquet(tbl, out)
    if fmt == "gdelt":
        return write_gdelt(tbl, out)
    return write_plover(tbl, out)


# -- jsonl / csv / parquet ---------------------------------------------------------------------


def write_jsonl(tbl: pa.Table, out: str) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for row in tbl.to_pylist():
            f.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_csv(tbl: pa.Table, out: str) -> int:
    """CSV with a header. Text is always quoted, so an empty string is ``""`` and NULL an empty field
    (pandas: ``keep_default_na=False, na_values=[""]``; R: ``na = ""``)."""
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(_q(c) for c in tbl.column_names) + "\n")
        for row in tbl.to_pylist():
            f.write(",".join(_csv_cell(v) for v in row.values()) + "\n")
    return tbl.num_rows


def _q(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.hex()
    return _q(str(v))


def read_csv(path: str, schema: pa.Schema) -> pa.Table:
    """Read a Dyad CSV export back with its schema (used by the round-trip tests)."""
    import pyarrow.csv as pcsv

    opts = pcsv.ConvertOptions(column_types={f.name: f.type for f in schema}, strings_can_be_null=True,
                               quoted_strings_can_be_null=False, true_values=["true"], false_values=["false"])
    t = pcsv.read_csv(path, convert_options=opts, read_options=pcsv.ReadOptions(block_size=1 << 24))
    return t.select(schema.names).cast(schema)


def write_parquet(tbl: pa.Table, out: str) -> int:
    """A Hive-partitioned Parquet dataset: OUT/month=YYYY-MM/part-0.parquet (month of the event date;
    ``month=unknown`` when the event has no date)."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    dcol = tbl.column("date") if "date" in tbl.column_names else tbl.column("published")
    month = pc.if_else(pc.is_null(dcol), pa.scalar("unknown"), pc.strftime(dcol, format="%Y-%m"))
    t = tbl.append_column("month", month)
    if os.path.isdir(out):
        shutil.rmtree(out)
    ds.write_dataset(t, out, format="parquet",
                     partitioning=ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive"),
                     existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet")
    return tbl.num_rows


def read_parquet(out: str) -> pa.Table:
    import pyarrow.dataset as ds

    d = ds.dataset(out, format="parquet",
                   partitioning=ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive"))
    return d.to_table()


# -- GDELT ----------------------------------------------------------------------------------------


def _gdelt_id(event_key: str) -> int:
    return int(event_key[:15], 16)  # 60 bits: fits a signed 64-bit integer (BigQuery INTEGER)


def _actor_code(code: str | None, sector: str | None) -> str:
    code = code or ""
    if code == "---":
        return ""
    return code + (sector or "")


def gdelt_rows(tbl: pa.Table) -> list[dict[str, Any]]:
    rows = []
    for e in tbl.to_pylist():
        d: dt.date | None = e["date"]
        cameo = e.get("cameo") or ""
        first = e.get("first_seen") or d
        rows.append({
            "GLOBALEVENTID": _gdelt_id(e["event_key"]),
            "SQLDATE": int(d.strftime("%Y%m%d")) if d else None,
            "MonthYear": int(d.strftime("%Y%m")) if d else None,
            "Year": d.year if d else None,
            "FractionDate": round(d.year + (d.timetuple().tm_yday / 365.0), 4) if d else None,
            "Actor1Code": _actor_code(e["source_actor"], e["source_sector"]),
            "Actor1Name": (e.get("source_name") or "").upper(),
            "Actor1CountryCode": "" if e["source_actor"] == "---" else e["source_actor"],
            "Actor1Type1Code": e["source_sector"] or "",
            "Actor2Code": _actor_code(e["target_actor"], e["target_sector"]),
            "Actor2Name": (e.get("target_name") or "").upper(),
            "Actor2CountryCode": "" if e["target_actor"] == "---" else e["target_actor"],
            "Actor2Type1Code": e["target_sector"] or "",
            "IsRootEvent": 1,
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": int(e["quad_class"] or 0),
            "GoldsteinScale": float(e["goldstein"] or 0.0),
            "NumMentions": int(e["n_mentions"]),
            "NumSources": int(e["n_sources"]),
            "NumArticles": int(e["n_articles"]),
            "AvgTone": None,
            "ActionGeo_Type": (4 if e.get("location_name") else 0),
            "ActionGeo_FullName": e.get("location_name") or "",
            "ActionGeo_CountryCode": e.get("location_country") or "",
            "ActionGeo_Lat": e.get("location_lat"),
            "ActionGeo_Long": e.get("location_lon"),
            "DATEADDED": int(first.strftime("%Y%m%d") + "000000") if first else None,
            "SOURCEURL": e.get("url") or "",
        })
    return rows


def _tsv_cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    return str(v).replace("\t", " ").replace("\n", " ")


def write_gdelt(tbl: pa.Table, out: str) -> int:
    rows = gdelt_rows(tbl)
    with open(out, "w", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write("\t".join(_tsv_cell(r[c]) for c in GDELT_COLUMNS) + "\n")
    return len(rows)


def read_gdelt(path: str) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            r: dict[str, Any] = {}
            for c, v in zip(GDELT_COLUMNS, cells):
                if v == "":
                    r[c] = None if (c in GDELT_INT or c in GDELT_FLOAT) else ""
                elif c in GDELT_INT:
                    r[c] = int(v)
                elif c in GDELT_FLOAT:
                    r[c] = float(v)
                else:
                    r[c] = v
            out.append(r)
    return out


# -- PLOVER ---------------------------------------------------------------------------------------


def plover_records(tbl: pa.Table) -> list[dict[str, Any]]:
    """Events in the PLOVER JSON shape (field names of the PLOVER gold-standard records:
    id, date, event, mode, context, source/target lists of {actorText, code, sector}, eventLoc,
    text, language, publication), plus Dyad's counts under ``dyad``."""
    recs = []
    for e in tbl.to_pylist():
        r: dict[str, Any] = {
            "id": e["event_key"],
            "date": e["date"].isoformat() if e["date"] else None,
            "event": e["type"],
            "mode": e["mode"] or "",
            "context": "",
            "source": [{"actorText": e.get("source_name") or "", "code": e["source_actor"],
                        "sector": e["source_sector"] or ""}],
            "target": [{"actorText": e.get("target_name") or "", "code": e["target_actor"],
                        "sector": e["target_sector"] or ""}],
            "text": e.get("evidence_sentence") or "",
            "language": (e.get("langs") or "").split(",")[0],
            "publication": e.get("url") or "",
            "dyad": {"cameo": e["cameo"], "goldstein": e["goldstein"], "quad_class": e["quad_class"],
                     "date_precision": e["date_precision"], "n_mentions": e["n_mentions"],
                     "n_articles": e["n_articles"], "n_sources": e["n_sources"],
                     "first_seen": e["first_seen"].isoformat() if e["first_seen"] else None,
                     "last_seen": e["last_seen"].isoformat() if e["last_seen"] else None,
                     "langs": e["langs"]},
        }
        if e.get("location_name"):
            r["eventLoc"] = {"name": e["location_name"], "country code": e.get("location_country") or "",
                             "lat": e.get("location_lat"), "lon": e.get("location_lon")}
        recs.append(r)
    return recs


def write_plover(tbl: pa.Table, out: str) -> int:
    """A JSON array of PLOVER records; JSON Lines (one record a line) when OUT ends in .jsonl."""
    recs = plover_records(tbl)
    with open(out, "w", encoding="utf-8") as f:
        if out.endswith(".jsonl"):
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            json.dump(recs, f, ensure_ascii=False, indent=1)
    return len(recs)


def read_plover(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonl"):
            return [json.loads(line) for line in f if line.strip()]
        return json.load(f)


__all__ = ["export", "fetch", "FORMATS", "GDELT_COLUMNS", "read_csv", "read_gdelt", "read_parquet", "read_plover",
           "gdelt_rows", "plover_records"]
