"""Input readers: every format, and every kind of bad input, on real files."""

from __future__ import annotations

import gzip
import http.server
import io
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dyad.ingest import InputError, iter_articles, normalise_date

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
ROOT = Path(__file__).resolve().parents[2]


def read(inputs, **kw):
    errors: list[InputError] = []
    arts = list(iter_articles([str(i) for i in inputs], errors.append, **kw))
    return arts, errors


# --------------------------------------------------------------------------------------------


def test_directory_walk_txt_html_and_bad_files():
    arts, errors = read([DATA / "dir"])
    by_id = {a.id: a for a in arts}
    # README.md is not an input; picture/latin1/empty/menu_only are errors
    assert set(by_id) == {"brief", "breve_it", "page", "page_nodate"}
    brief = by_id["brief"]
    assert brief.published is None and brief.title == ""
    assert brief.text.startswith("The government of Ruritania recalled")
    assert "\n\nOfficials in both capitals" in brief.text
    page = by_id["page"]
    assert page.published == "2025-04-09"  # from article:published_time
    assert page.title == "Außenminister reist nach Warschau"  # og:title
    assert page.lang == "de"
    assert "Warschau gereist" in page.text and "Startseite" not in page.text and "©" not in page.text
    # a date written only in the text is not machine-readable: no published date
    assert by_id["page_nodate"].published is None
    assert by_id["page_nodate"].lang == "es"
    reasons = {Path(e.input).name: e.reason for e in errors}
    assert set(reasons) == {"picture.txt", "latin1.txt", "empty.txt", "menu_only.html"}
    assert "binary" in reasons["picture.txt"]
    assert "encoding" in reasons["latin1.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "no article" in reasons["menu_only.html"]
    for e in errors:
        assert e.time.endswith("+00:00") and e.time[:4].isdigit()


def test_jsonl_good_and_bad_lines():
    arts, errors = read([DATA / "articles.jsonl"])
    assert [a.id for a in arts] == ["j-1", "j-2", "8", "articles-9"]
    j1 = arts[0]
    assert (j1.title, j1.url, j1.published, j1.lang) == (
        "Intelligence pact", "https://www.example-news.test/asia/1", "2025-02-11", "en")
    assert j1.source == "example-news.test"
    assert arts[2].published is None  # "not a date"
    lines = sorted(int(e.input.rsplit(":", 1)[1]) for e in errors)
    assert lines == [3, 4, 5, 7]  # line 6 is blank: skipped silently
    assert all(e.input.startswith(str(DATA / "articles.jsonl") + ":") for e in errors)


def test_size_limit():
    arts, errors = read([DATA / "dir" / "brief.txt"], max_bytes=50)
    assert arts == [] and "too large" in errors[0].reason
    arts, errors = read([DATA / "articles.jsonl"], max_bytes=70)
    assert [a.id for a in arts] == ["j-2"]  # the others are over 70 bytes
    assert sum("too large" in e.reason for e in errors) == 3


def test_missing_input_and_stdin():
    arts, errors = read(["/nonexistent/path.txt"])
    assert arts == [] and errors[0].reason == "no such file or directory"
    code = ("import sys, json; sys.path.insert(0, %r)\n"
            "from dyad.ingest import iter_articles\n"
            "errs = []\n"
            "arts = list(iter_articles(['-'], errs.append))\n"
            "print(json.dumps([[a.id, a.text] for a in arts]))\n") % str(ROOT)
    out = subprocess.run([sys.executable, "-c", code], input="Plain text from a pipe.\n".encode(),
                         capture_output=True, check=True).stdout
    assert b'[["stdin", "Plain text from a pipe."]]' in out
    jl = (DATA / "articles.jsonl").read_bytes()
    out = subprocess.run([sys.executable, "-c", code], input=jl, capture_output=True, check=True).stdout
    assert b'"j-1"' in out and b'"j-2"' in out


def test_atom_file_and_broken_feed():
    arts, errors = read([DATA / "atom.xml"])
    assert len(arts) == 1
    a = arts[0]
    assert a.id == "urn:dyad:test:atom:1" and a.published == "2025-06-02" and a.title == "Rencontre à Rome"
    assert a.text.startswith("Le président du Conseil italien") and "\n\nLes deux dirigeants" in a.text
    assert len(errors) == 1 and errors[0].input.endswith("atom.xml#2")
    arts, errors = read([DATA / "broken_feed.xml"])
    assert arts == [] and "feed" in errors[0].reason


def test_normalise_date():
    assert normalise_date("2025-03-04T10:00:00Z") == "2025-03-04"
    assert normalise_date("2025/3/4") == "2025-03-04"
    assert normalise_date("20250304") == "2025-03-04"
    assert normalise_date("Tue, 04 Mar 2025 10:00:00 GMT") == "2025-03-04"
    assert normalise_date("2025-02-30") is None
    assert normalise_date("yesterday") is None
    assert normalise_date(None) is None


# -- WARC ----------------------------------------------------------------------------------


def _page(i: int) -> bytes:
    return (f"<html lang='en'><head><title>Story {i}</title>"
            f"<meta property='article:published_time' content='2025-0{i + 1}-15T06:00:00Z'></head>"
            f"<body><article><p>Story {i}: the navy of Ruritania held a joint exercise with the coast guard "
            f"of Freedonia in the northern strait, officials in both countries said.</p>"
            f"<p>It was the {i + 1}th such drill this year.</p></article></body></html>").encode()


def write_warc(path: Path, gz: bool, n: int = 3) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "dyad tests"}))
        for i in range(n):
            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://wire.test/story/{i}", "response",
                                                payload=io.BytesIO(_page(i)), http_headers=hh))
        # a non-HTML response is skipped silently
        hh = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://wire.test/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG...."), http_headers=hh))


@pytest.mark.parametrize("gz", [False, True])
def test_warc_whole(tmp_path, gz):
    p = tmp_path / ("a.warc.gz" if gz else "a.warc")
    write_warc(p, gz)
    arts, errors = read([p])
    assert errors == []
    assert [a.id for a in arts] == [f"https://wire.test/story/{i}" for i in range(3)]
    assert [a.published for a in arts] == ["2025-01-15", "2025-02-15", "2025-03-15"]
    assert arts[0].source == "wire.test" and arts[0].title == "Story 0"
    assert arts[1].text.startswith("Story 1: the navy of Ruritania")


@pytest.mark.parametrize("gz", [False, True])
def test_warc_truncated_last_record(tmp_path, gz):
    full = tmp_path / "full.warc"
    write_warc(full, gz, n=3)
    data = full.read_bytes()
    # cut the file inside the third story's record: the first two survive, the third is an error
    marker = b"wire.test/story/2"
    if gz:
        # find the gzip member that holds story 2 and cut it in half
        starts = [i for i in range(len(data)) if data[i:i + 3] == b"\x1f\x8b\x08"]
        members = [data[s:e] for s, e in zip(starts, starts[1:] + [len(data)])]
        k = next(j for j, m in enumerate(members) if marker in gzip.decompress(m))
        cut = starts[k] + len(members[k]) // 2
    else:
        k = data.index(marker)
        cut = k + 300
    p = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    p.write_bytes(data[:cut])
    arts, errors = read([p])
    assert [a.id for a in arts] == ["https://wire.test/story/0", "https://wire.test/story/1"]
    assert len(errors) == 1 and errors[0].input.startswith(str(p) + "@")
    assert "truncated" in errors[0].reason or "broken" in errors[0].reason


@pytest.mark.parametrize("gz", [False, True])
def test_warc_broken_record_in_the_middle(tmp_path, gz):
    full = tmp_path / "full.warc"
    write_warc(full, gz, n=3)
    data = full.read_bytes()
    if gz:
        starts = [i for i in range(len(data)) if data[i:i + 3] == b"\x1f\x8b\x08"]
        members = [data[s:e] for s, e in zip(starts, starts[1:] + [len(data)])]
        k = next(j for j, m in enumerate(members) if b"wire.test/story/1" in gzip.decompress(m))
        bad = starts[k] + 20
        broken = data[:bad] + data[bad + 40:]
    else:
        k = data.index(b"Story 1: the navy")
        broken = data[:k] + data[k + 150:]  # the record now swallows the head of the next one
    p = tmp_path / ("mid.warc.gz" if gz else "mid.warc")
    p.write_bytes(broken)
    arts, errors = read([p])
    assert [a.id for a in arts] == ["https://wire.test/story/0", "https://wire.test/story/2"]
    assert len(errors) == 1 and "broken" in errors[0].reason


# -- a real feed on a loopback HTTP server -----------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *a):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/feed.rss":
            body = (DATA / "feed_template.rss").read_text().replace("{base}", self.base).encode()
            self._send(200, "application/rss+xml", body)
        elif self.path == "/news/border.html":
            self._send(200, "text/html; charset=utf-8", (DATA / "border.html").read_bytes())
        elif self.path.startswith("/slow/"):
            time.sleep(1.5)
            self._send(200, "text/html", b"<html><body><p>too late</p></body></html>")
        elif self.path == "/slow-feed.rss":
            time.sleep(1.5)
            self._send(200, "application/rss+xml", b"<rss version='2.0'><channel></channel></rss>")
        elif self.path == "/error-feed.rss":
            self._send(500, "text/plain", b"internal error")
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, code, ctype, body):
        try:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.base = f"http://127.0.0.1:{srv.server_address[1]}"
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield _Handler.base
    srv.shutdown()
    srv.server_close()


def test_feed_over_http(server):
    arts, errors = read([f"{server}/feed.rss"], timeout=0.5)
    assert [a.id for a in arts] == ["wire-001", "wire-002"]
    border, envoy = arts
    # the linked page was fetched and extracted (not the summary)
    assert border.text.startswith("Ruritania and Freedonia agreed on Tuesday")
    assert border.published == "2025-03-04" and border.url.endswith("/news/border.html")
    assert border.title == "Ruritania and Freedonia agree to reopen border"
    # page 404: the entry's summary is used instead
    assert envoy.text == "Freedonia expelled the Ruritanian envoy on Wednesday, accusing him of spying on the navy."
    assert envoy.published == "2025-03-05"
    # slow page, no summary: timeout reported, the rest went on
    assert len(errors) == 1 and errors[0].input.endswith("#3") and "timed out" in errors[0].reason


def test_feed_errors_over_http(server):
    arts, errors = read([f"{server}/error-feed.rss", f"{server}/news/border.html"], timeout=2)
    assert len(errors) == 1 and "HTTP 500" in errors[0].reason
    assert len(arts) == 1 and arts[0].url.endswith("/news/border.html") and arts[0].published == "2025-03-04"


def test_feed_timeout_and_refused_connection(server):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    arts, errors = read([f"{server}/slow-feed.rss", f"http://127.0.0.1:{port}/feed.xml",
                         f"{server}/news/border.html"], timeout=0.5)
    assert [e.reason.split(":")[0] for e in errors] == ["timed out after 0.5s", "cannot fetch"]
    assert len(arts) == 1  # the rest went on


def test_html_in_a_declared_legacy_charset(tmp_path):
    page = ("<html lang='fr'><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
            "<meta name='date' content='2025-05-06'><title>Été</title></head><body><article>"
            "<p>Le ministre français des Affaires étrangères a reçu à Paris son homologue algérien pour des "
            "entretiens sur la coopération économique et la sécurité au Sahel.</p></article></body></html>")
    p = tmp_path / "latin.html"
    p.write_bytes(page.encode("latin-1"))
    arts, errors = read([p])
    assert errors == []
    assert arts[0].text.startswith("Le ministre français des Affaires étrangères a reçu")
    assert (arts[0].published, arts[0].lang, arts[0].title) == ("2025-05-06", "fr", "Été")
