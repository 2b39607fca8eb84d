"""Readers for every input format Dyad accepts.

Formats: ``.txt``, ``.html``/``.htm``, ``.jsonl``, RSS/Atom feeds (``.xml``, ``.rss``, ``.atom``
or an http(s) URL), WARC / WARC.gz archives, directories of these (recursive) and ``-`` (stdin).
See docs/commands/ingest.md for the rules (ids, dates, errors).
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import gzip
import io
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator

from dyad.records import Article

DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # 5 MB of UTF-8 text per article
DEFAULT_TIMEOUT = 15.0  # seconds per HTTP request
USER_AGENT = "dyad/0.1 (+https://github.com/; news event coder)"

TEXT_EXT = {".txt"}
HTML_EXT = {".html", ".htm"}
JSONL_EXT = {".jsonl"}
FEED_EXT = {".xml", ".rss", ".atom"}
WARC_EXT = {".warc", ".warc.gz", ".arc.gz"}


@dataclass(frozen=True)
class InputError:
    """One input (or one line / record / entry of it) that could not be read."""

    input: str
    reason: str
    time: str  # ISO 8601 UTC timestamp


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class _Skip(Exception):
    """Raised inside a reader to report one bad item; the reader goes on with the next."""


# ---------------------------------------------------------------------------------------------
# helpers


def normalise_date(value: object) -> str | None:
    """Return an ISO ``YYYY-MM-DD`` date for many common spellings, or None."""
    if value is None:
        return None
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "tm_year"):  # time.struct_time (feedparser)
        try:
            return _dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()  # type: ignore[attr-defined]
        except ValueError:
            return None
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s) or re.match(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)", s)
    if m:
        try:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    try:
        d = email.utils.parsedate_to_datetime(s)
        return d.date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.strip()


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    # many control characters other than whitespace: binary
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return len(head) > 0 and ctrl / len(head) > 0.05


def _decode(data: bytes, fallback: str | None = None) -> str:
    """Decode bytes as UTF-8 (BOM aware) or a declared charset; raise _Skip otherwise."""
    if _looks_binary(data):
        raise _Skip("binary file (not text)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _Skip(f"wrong encoding: not valid UTF-16 ({e.reason} at byte {e.start})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if fallback:
            try:
                return data.decode(fallback)
            except (UnicodeDecodeError, LookupError):
                pass
        raise _Skip(f"wrong encoding: not valid UTF-8 ({e.reason} at byte {e.start})") from None


class _HeadParser(HTMLParser):
    """Collect the machine-readable metadata of an HTML page (meta tags, JSON-LD, title, lang)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.lang: str | None = None
        self.title = ""
        self.charset: str | None = None
        self.jsonld: list[str] = []
        self._in_title = False
        self._in_ld = False
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            if a.get("charset"):
                self.charset = a["charset"].strip()
            key = a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or ""
            if key and "content" in a:
                self.meta.setdefault(key.strip().lower(), a["content"].strip())
                if key.lower() == "content-type":
                    m = re.search(r"charset=([\w-]+)", a["content"], re.I)
                    if m:
                        self.charset = m.group(1)
        elif tag == "title" and not self.title:
            self._in_title, self._buf = True, []
        elif tag == "script" and "ld+json" in a.get("type", ""):
            self._in_ld, self._buf = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self.title = " ".join("".join(self._buf).split())
            self._in_title = False
        elif tag == "script" and self._in_ld:
            self.jsonld.append("".join(self._buf))
            self._in_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_title or self._in_ld:
            self._buf.append(data)


_DATE_META = (
    "article:published_time", "og:published_time", "article.published", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
    "pubdate", "publishdate", "publish-date", "publish_date", "sailthru.date", "parsely-pub-date",
    "original-publish-date", "article:published", "citation_publication_date",
)


def _jsonld_date(blobs: list[str]) -> str | None:
    def walk(x: object) -> str | None:
        if isinstance(x, dict):
            if "datePublished" in x:
                d = normalise_date(x["datePublished"])
                if d:
                    return d
            for v in x.values():
                r = walk(v)
                if r:
                    return r
        elif isinstance(x, list):
            for v in x:
                r = walk(v)
                if r:
                    return r
        return None

    for b in blobs:
        try:
            r = walk(json.loads(b))
        except ValueError:
            continue
        if r:
            return r
    return None


def html_metadata(html: str) -> _HeadParser:
    p = _HeadParser()
    try:
        p.feed(html)
        p.close()
    except Exception:  # malformed markup: keep what was collected
        pass
    return p


def _meta_date(p: _HeadParser) -> str | None:
    for k in _DATE_META:
        if k in p.meta:
            d = normalise_date(p.meta[k])
            if d:
                return d
    return _jsonld_date(p.jsonld)


def _html_lang(p: _HeadParser) -> str | None:
    if p.lang:
        code = p.lang.strip().lower()[:2]
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return None


_TRAFI_CONFIG = None


def _trafilatura_config():  # pragma: no cover - trivial
    global _TRAFI_CONFIG
    if _TRAFI_CONFIG is None:
        from trafilatura.settings import use_config

        cfg = use_config()
        # short news items (agency flashes) are articles too
        cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "40")
        cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "20")
        cfg.set("DEFAULT", "MIN_EXTRACTED_COMM_SIZE", "1")
        cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        _TRAFI_CONFIG = cfg
    return _TRAFI_CONFIG


def extract_html(html: str, url: str | None = None) -> tuple[str, str, str | None, str | None]:
    """Return (text, title, published, lang) of an HTML page; text "" when no article is found.

    ``published`` comes only from machine-readable metadata (meta tags, JSON-LD), never from
    dates guessed in the text or the URL.
    """
    import trafilatura

    meta = html_metadata(html)
    text = trafilatura.extract(html, url=url, config=_trafilatura_config(), include_comments=False,
                               include_tables=False, favor_recall=True, deduplicate=False,
                               with_metadata=False) or ""
    title = meta.meta.get("og:title") or meta.title
    return _clean_text(text), title, _meta_date(meta), _html_lang(meta)


class _TextParser(HTMLParser):
    """Tags to plain text (for feed summaries, where trafilatura finds no 'article')."""

    BLOCK = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):  # noqa: ANN001
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    p = _TextParser()
    p.feed(fragment)
    p.close()
    paras = [" ".join(x.split()) for x in "".join(p.parts).split("\n\n")]
    return "\n\n".join(x for x in paras if x)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    h = urllib.parse.urlsplit(url).hostname
    if not h:
        return None
    return h[4:] if h.startswith("www.") else h


def _fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """GET a URL; returns (body, content-type). Raises _Skip on any failure."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:  # noqa: S310 - user-given URL
            body = r.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise _Skip(f"response larger than {max_bytes} bytes")
            return body, r.headers.get("Content-Type", "") or ""
    except _Skip:
        raise
    except urllib.error.HTTPError as e:
        raise _Skip(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise _Skip(f"timed out after {timeout:g}s") from None
        raise _Skip(f"cannot fetch: {reason}") from None
    except TimeoutError:
        raise _Skip(f"timed out after {timeout:g}s") from None
    except (OSError, ValueError) as e:
        raise _Skip(f"cannot fetch: {e}") from None


# ---------------------------------------------------------------------------------------------
# the reader


class _Reader:
    def __init__(self, on_error: Callable[[InputError], None], max_bytes: int, timeout: float,
                 fetch_links: bool) -> None:
        self.on_error = on_error
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.fetch_links = fetch_links

    def error(self, where: str, reason: str) -> None:
        self.on_error(InputError(input=where, reason=reason, time=_now()))

    def check(self, art: Article, where: str) -> Article | None:
        if not art.text.strip():
            self.error(where, "empty article (no text)")
            return None
        size = len(art.text.encode("utf-8"))
        if size > self.max_bytes:
            self.error(where, f"article too large: {size} bytes of text (limit {self.max_bytes})")
            return None
        return art

    # -- dispatch --------------------------------------------------------------------------
    def run(self, inputs: Iterable[str]) -> Iterator[Article]:
        for inp in inputs:
            inp = str(inp)
            try:
                if inp == "-":
                    yield from self.read_stdin()
                elif re.match(r"^https?://", inp, re.I):
                    yield from self.read_url(inp)
                else:
                    p = Path(inp)
                    if p.is_dir():
                        yield from self.read_dir(p)
                    elif p.exists():
                        yield from self.read_file(p, explicit=True)
                    else:
                        self.error(inp, "no such file or directory")
            except _Skip as e:
                self.error(inp, str(e))

    def read_dir(self, root: Path) -> Iterator[Article]:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                p = Path(dirpath) / name
                if _kind_by_name(p) is None:
                    continue  # READMEs, images, ...: not inputs
                try:
                    yield from self.read_file(p, explicit=False)
                except _Skip as e:
                    self.error(str(p), str(e))

    def read_file(self, p: Path, explicit: bool) -> Iterator[Article]:
        kind = _kind_by_name(p)
        if kind == "warc":
            yield from self.read_warc(p)
            return
        if kind == "jsonl":
            with open(p, "rb") as f:
                yield from self.read_jsonl(f, str(p), p.stem)
            return
        size = p.stat().st_size
        limit = self.max_bytes if kind == "txt" else self.max_bytes * 4
        if size > limit:
            raise _Skip(f"file too large: {size} bytes (limit {limit})")
        data = p.read_bytes()
        if kind is None:
            kind = _sniff(data)
        if kind == "warc":
            yield from self.read_warc(p)
        elif kind == "jsonl":
            yield from self.read_jsonl(io.BytesIO(data), str(p), p.stem)
        elif kind == "feed":
            yield from self.read_feed(data, str(p))
        elif kind == "html":
            art = self.html_article(data, id=p.stem, url=None, source=str(p))
            if self.check(art, str(p)):
                yield art
        else:
            text = _clean_text(_decode(data))
            art = Article(id=p.stem, text=text, source=str(p))
            if self.check(art, str(p)):
                yield art

    def read_stdin(self) -> Iterator[Article]:
        data = sys.stdin.buffer.read()
        kind = _sniff(data)
        if kind == "jsonl":
            yield from self.read_jsonl(io.BytesIO(data), "-", "stdin")
        elif kind == "feed":
            yield from self.read_feed(data, "-")
        elif kind == "html":
            art = self.html_article(data, id="stdin", url=None, source="-")
            if self.check(art, "-"):
                yield art
        elif kind == "warc":
            raise _Skip("WARC on stdin is not supported: pass the file path")
        else:
            art = Article(id="stdin", text=_clean_text(_decode(data)), source="-")
            if self.check(art, "-"):
                yield art

    # -- formats -----------------------------------------------------------------------------
    def html_article(self, data: bytes | str, id: str, url: str | None, source: str | None) -> Article:
        if isinstance(data, bytes):
            head = html_metadata(data[:4096].decode("ascii", "ignore"))
            html = _decode(data, fallback=head.charset)
        else:
            html = data
        text, title, published, lang = extract_html(html, url)
        if not text:
            raise _Skip("HTML page with no article text")
        return Article(id=id, text=text, title=title, url=url, published=published, lang=lang,
                       source=source)

    def read_jsonl(self, f: io.BufferedIOBase, where: str, stem: str) -> Iterator[Article]:
        for lineno, raw in enumerate(f, 1):
            loc = f"{where}:{lineno}"
            if not raw.strip():
                continue
            try:
                if len(raw) > self.max_bytes * 2:
                    raise _Skip(f"line too large: {len(raw)} bytes")
                try:
                    line = raw.decode("utf-8-sig")
                except UnicodeDecodeError as e:
                    raise _Skip(f"wrong encoding: not valid UTF-8 ({e.reason} at byte {e.start})") from None
                try:
                    d = json.loads(line)
                except ValueError as e:
                    raise _Skip(f"invalid JSON: {e}") from None
                if not isinstance(d, dict):
                    raise _Skip("line is not a JSON object")
                text = d.get("text")
                if not isinstance(text, str):
                    raise _Skip("missing or non-string 'text'")
                aid = d.get("id")
                if aid is None or (isinstance(aid, str) and not aid.strip()):
                    aid = f"{stem}-{lineno}"
                url = d.get("url") if isinstance(d.get("url"), str) and d.get("url") else None
                lang = d.get("lang")
                lang = lang.strip().lower() if isinstance(lang, str) and lang.strip() else None
                src = d.get("source") if isinstance(d.get("source"), str) and d.get("source") else None
                art = Article(id=str(aid), text=_clean_text(text), title=str(d.get("title") or ""), url=url,
                              published=normalise_date(d.get("published")), lang=lang,
                              source=src or _host(url) or where)
            except _Skip as e:
                self.error(loc, str(e))
                continue
            if self.check(art, loc):
                yield art

    def read_url(self, url: str) -> Iterator[Article]:
        body, ctype = _fetch(url, self.timeout, self.max_bytes * 4)
        kind = "feed" if re.search(r"(rss|atom|xml)", ctype, re.I) else _sniff(body)
        if kind == "feed":
            yield from self.read_feed(body, url)
        elif kind == "html":
            art = self.html_article(body, id=url, url=url, source=_host(url))
            if self.check(art, url):
                yield art
        elif kind == "jsonl":
            yield from self.read_jsonl(io.BytesIO(body), url, _host(url) or "url")
        else:
            raise _Skip(f"unsupported content at URL (Content-Type {ctype or 'unknown'})")

    def read_feed(self, data: bytes, where: str) -> Iterator[Article]:
        import feedparser

        parsed = feedparser.parse(data)
        if not parsed.entries:
            if parsed.get("bozo"):
                raise _Skip(f"not a valid RSS/Atom feed: {parsed.get('bozo_exception')}")
            if not parsed.get("version"):
                raise _Skip("not an RSS/Atom feed")
            return  # a valid, empty feed
        feed_title = (parsed.feed.get("title") or "").strip() if parsed.get("feed") else ""
        feed_source = feed_title or _host(where) or where
        for i, entry in enumerate(parsed.entries):
            loc = f"{where}#{i + 1}"
            link = entry.get("link") or None
            published = normalise_date(entry.get("published_parsed") or entry.get("updated_parsed")
                                       or entry.get("published") or entry.get("updated"))
            title = (entry.get("title") or "").strip()
            aid = entry.get("id") or link or loc
            art: Article | None = None
            fetch_problem = ""
            if link and self.fetch_links and re.match(r"^https?://", link, re.I):
                try:
                    body, _ = _fetch(link, self.timeout, self.max_bytes * 4)
                    page = self.html_article(body, id=aid, url=link, source=_host(link) or feed_source)
                    art = Article(id=aid, text=page.text, title=title or page.title, url=link,
                                  published=published or page.published, lang=page.lang,
                                  source=_host(link) or feed_source)
                except _Skip as e:
                    fetch_problem = f"{link}: {e}"
            if art is None:
                content = ""
                if entry.get("content"):
                    content = "\n\n".join(c.get("value", "") for c in entry.content)
                content = content or entry.get("summary") or entry.get("description") or ""
                text = html_to_text(content) if content else ""
                if not text:
                    reason = "feed entry has no text"
                    if fetch_problem:
                        reason += f" and its page could not be read ({fetch_problem})"
                    self.error(loc, reason)
                    continue
                lang = (entry.get("language") or parsed.feed.get("language") or "").strip().lower()[:2] or None
                art = Article(id=aid, text=text, title=title, url=link, published=published,
                              lang=lang, source=_host(link) or feed_source)
            if self.check(art, loc):
                yield art

    def read_warc(self, p: Path) -> Iterator[Article]:
        from warcio.archiveiterator import ArchiveIterator

        where = str(p)
        size = p.stat().st_size
        gz = _is_gzip(p)
        with open(p, "rb") as f:
            base = 0
            while base < size:
                f.seek(base)
                it = ArchiveIterator(f, no_record_parse=False, arc2warc=True, check_digests="raise")
                next_off = base  # where the record after the last good one starts (about)
                try:
                    for rec in it:
                        rec_off = next_off
                        if rec.format.startswith("warc") and rec.rec_headers.get_header("Content-Length") is None:
                            raise _Truncated(rec_off, "broken WARC record: no Content-Length header")
                        http = rec.http_headers
                        wctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
                        if rec.rec_type == "response" and http is None and "application/http" in wctype:
                            raise _Truncated(rec_off, "broken WARC record: unreadable HTTP headers")
                        ctype = (http.get_header("Content-Type") if http else "") or ""
                        wanted = rec.rec_type == "response" and "html" in ctype.lower()
                        body = rec.content_stream().read(self.max_bytes * 4 + 1) if wanted else b""
                        if wanted and len(body) <= self.max_bytes * 4:
                            # a record whose block is shorter than its Content-Length was cut off
                            if (getattr(rec.raw_stream, "limit", 0) or 0) > 0:
                                raise _Truncated(rec_off, "truncated WARC record (ends before its Content-Length)")
                        rec_off = it.get_record_offset()
                        next_off = rec_off + it.get_record_length()
                        if not wanted:
                            continue
                        loc = f"{where}@{rec_off}"
                        if len(body) > self.max_bytes * 4:
                            self.error(loc, "record too large")
                            continue
                        status = http.get_statuscode() if http else "200"
                        if status and not str(status).startswith("2"):
                            continue
                        url = rec.rec_headers.get_header("WARC-Target-URI")
                        m = re.search(r"charset=([\w-]+)", ctype, re.I)
                        try:
                            hm = html_metadata(body[:4096].decode("ascii", "ignore"))
                            html = _decode(body, fallback=(m.group(1) if m else None) or hm.charset)
                            art = self.html_article(html, id=url or loc, url=url, source=_host(url) or where)
                        except _Skip as e:
                            self.error(loc, str(e))
                            continue
                        if self.check(art, loc):
                            yield art
                    if size - next_off > 4:  # bytes left that form no record: a cut-off record
                        raise _Truncated(next_off, "truncated WARC record (unreadable data at end of file)")
                    return
                except _Truncated as t:
                    start = _resync(f, t.offset, gz)
                    start = t.offset if start is None else start
                    self.error(f"{where}@{start}", t.reason)
                    nxt = _resync(f, start + 1, gz)
                except Exception as e:  # warcio / zlib errors on broken records
                    start = _resync(f, next_off, gz)
                    start = next_off if start is None else start
                    self.error(f"{where}@{start}", f"broken WARC record: {type(e).__name__}: {_short(str(e))}")
                    nxt = _resync(f, start + 1, gz)
                if nxt is None or nxt <= base:
                    return
                base = nxt


class _Truncated(Exception):
    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset, self.reason = offset, reason


def _short(s: str, n: int = 160) -> str:
    s = s.encode("ascii", "backslashreplace").decode("ascii")
    return s if len(s) <= n else s[:n] + "..."


def _is_gzip(p: Path) -> bool:
    with open(p, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _resync(f, start: int, gz: bool) -> int | None:  # noqa: ANN001
    """Find the start of the next WARC record (or gzip member) at or after ``start``."""
    magic = b"\x1f\x8b\x08" if gz else b"WARC/1."
    f.seek(start)
    pos = start
    tail = b""
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            return None
        buf = tail + chunk
        i = buf.find(magic)
        if i >= 0:
            return pos - len(tail) + i
        tail = buf[-(len(magic) - 1):]
        pos += len(chunk)


def _kind_by_name(p: Path) -> str | None:
    name = p.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    suf = p.suffix.lower()
    if suf in TEXT_EXT:
        return "txt"
    if suf in HTML_EXT:
        return "html"
    if suf in JSONL_EXT:
        return "jsonl"
    if suf in FEED_EXT:
        return "feed"
    return None


def _sniff(data: bytes) -> str:
    head = data[:2048]
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = gzip.decompress(data[:65536]) if len(data) < 65536 else gzip.GzipFile(fileobj=io.BytesIO(data)).read(16)
        except Exception:
            inner = b""
        if inner.startswith(b"WARC/"):
            return "warc"
        return "binary"
    if head.startswith(b"WARC/"):
        return "warc"
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if s.startswith(b"{"):
        return "jsonl"
    if s.startswith(b"<?xml") or s.startswith(b"<rss") or s.startswith(b"<feed") or s.startswith(b"<rdf"):
        if b"<html" in s:
            return "html"
        return "feed"
    if s.startswith(b"<!doctype html") or s.startswith(b"<html") or b"<html" in s[:512]:
        return "html"
    return "txt"


def iter_articles(inputs: Iterable[str], on_error: Callable[[InputError], None], *,
                  max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
                  fetch_links: bool = True) -> Iterator[Article]:
    """Read articles from paths, directories (recursive), ``-`` (stdin) and http(s) URLs.

    Every problem is passed to ``on_error`` as an :class:`InputError`; reading goes on with the
    next line, record, entry or input. ``max_bytes`` bounds an article's UTF-8 text; ``timeout``
    bounds each HTTP request; ``fetch_links=False`` uses feed summaries without fetching pages.
    """
    yield from _Reader(on_error, max_bytes, timeout, fetch_links).run(inputs)
