"""Article identity and near-duplicate detection (see docs/formats/dedup.md).

* :func:`article_key` — sha256 of the normalised text (plus the normalised URL when known):
  the same article read twice gets the same key, so re-ingesting adds nothing.
* :class:`DupIndex` — MinHash over word 3-shingles with an LSH (banding) index; two
  articles whose estimated Jaccard similarity is >= ``THRESHOLD`` are near-duplicates, and
  near-duplicate groups are the connected components of that relation. The group id is the
  smallest article key in the component, so the grouping depends only on the *set* of
  articles, never on the order they were read in (needed for crash-resume determinism).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import urllib.parse
import zlib

import numpy as np

NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.5  # estimated Jaccard similarity for "near-duplicate"
SEED = 1  # fixed: signatures must be identical across runs
BANDS, ROWS = 42, 3  # LSH banding over the first 126 values: a pair at J = 0.5 is missed with p = 0.004
_PRIME = (1 << 31) - 1  # Mersenne prime for the affine permutations

_WORD = re.compile(r"\w+", re.UNICODE)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)
_rng = np.random.RandomState(SEED)
_A = _rng.randint(1, _PRIME, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, _PRIME, size=NUM_PERM).astype(np.uint64)


def normalise_text(text: str) -> str:
    """NFKC, folded apostrophes/quotes/dashes, collapsed whitespace, trimmed."""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"[\u2018\u2019\u02bc`\u00b4]", "'", t)
    t = re.sub(r"[\u201c\u201d\u00ab\u00bb\u201e]", '"', t)
    t = re.sub(r"[\u2013\u2014]", "-", t)
    return " ".join(t.split())


def normalise_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING.match(k)]
    host = parts.netloc.lower()
    path = parts.path or "/"
    return urllib.parse.urlunsplit((parts.scheme.lower(), host, path, urllib.parse.urlencode(query), ""))


def article_key(text: str, url: str | None = None, normalised: bool = False) -> str:
    """Content key of an article: sha256(normalised URL + NUL + normalised text), hex, 32 chars."""
    h = hashlib.sha256()
    u = normalise_url(url)
    if u:
        h.update(u.encode("utf-8"))
    h.update(b"\x00")
    h.update((text if normalised else normalise_text(text)).encode("utf-8"))
    return h.hexdigest()[:32]


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    words = [w.lower() for w in _WORD.findall(normalise_text(text))]
    if len(words) < k:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


_M1, _M2 = np.uint64(2654435761), np.uint64(2246822519)  # odd 32-bit multipliers


def _shingle_hashes(text: str, k: int = SHINGLE, normalised: bool = False) -> np.ndarray:
    """32-bit hashes of the word k-shingles: CRC-32 of each lower-cased word, combined as
    (h1·m1 + h2·m2 + h3) mod 2^32 (vectorised; the same on every machine)."""
    words = _WORD.findall((text if normalised else normalise_text(text)).lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    if len(h) < k:
        h = np.concatenate([h, np.zeros(k - len(h), dtype=np.uint64)])
    with np.errstate(over="ignore"):
        sh = (h[: len(h) - 2] * _M1 + h[1: len(h) - 1] * _M2 + h[2:]) & np.uint64(0xFFFFFFFF)
    return np.unique(sh)


def signature(text: str, normalised: bool = False) -> np.ndarray:
    """MinHash signature: NUM_PERM uint32 minima of affine permutations (a·h + b) mod (2^31 − 1)
    of the 32-bit hashes of the text's word shingles (``normalised``: text already passed through
    :func:`normalise_text`)."""
    sh = _shingle_hashes(text, normalised=normalised)
    if not len(sh):
        return np.full(NUM_PERM, _PRIME, dtype=np.uint32)
    h = (sh % np.uint64(_PRIME))[:, None]
    return ((h * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)).min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class DupIndex:
    """LSH (banding) index over signatures plus union-find over near-duplicate pairs.

    The candidate relation (sharing a band) and the verification (estimated Jaccard >= threshold)
    are both symmetric, so the components found do not depend on insertion order."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._bands: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]
        self._sig: dict[str, np.ndarray] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, list[str]] = {}

    def __len__(self) -> int:
        return len(self._sig)

    def __contains__(self, key: str) -> bool:
        return key in self._sig

    def find(self, key: str) -> str:
        p = self._parent
        root = key
        while p[root] != root:
            root = p[root]
        while p[key] != root:
            p[key], key = root, p[key]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self._parent[hi] = lo  # the smallest key is the root: order-independent ids
            self._members[lo].extend(self._members.pop(hi))

    def candidates(self, sig: np.ndarray) -> set[str]:
        out: set[str] = set()
        for i, band in enumerate(self._bands):
            hit = band.get(sig[i * ROWS:(i + 1) * ROWS].tobytes())
            if hit:
                out.update(hit)
        return out

    def add(self, key: str, sig: np.ndarray) -> tuple[list[str], set[str]]:
        """Add an article; return (keys it is a near-duplicate of, their group ids before the merge)."""
        if key in self._sig:
            return [], set()
        sig = np.asarray(sig, dtype=np.uint32)
        empty = bool(sig[0] == _PRIME and (sig == _PRIME).all())
        cands = set() if empty else self.candidates(sig)
        if not empty:
            for i, band in enumerate(self._bands):
                band.setdefault(sig[i * ROWS:(i + 1) * ROWS].tobytes(), []).append(key)
        self._sig[key] = sig
        self._parent[key] = key
        self._members[key] = [key]
        dups = sorted(c for c in cands if similarity(sig, self._sig[c]) >= self.threshold)
        roots = {self.find(c) for c in dups}
        for c in dups:
            self._union(key, c)
        return dups, roots

    def members(self, root: str) -> list[str]:
        return sorted(self._members.get(self.find(root), ()))

    def groups(self) -> dict[str, str]:
        """article key -> group id (smallest key of its near-duplicate component)."""
        return {k: self.find(k) for k in self._sig}


_BAND_MUL = np.array([1 << 42, 1 << 21, 1], dtype=np.uint64)


def band_hashes(sig: np.ndarray) -> np.ndarray | None:
    """The LSH band keys of a signature: BANDS int64 values (ROWS 31-bit values packed in 63 bits);
    None for an empty text (no shingles: never a near-duplicate)."""
    sig = np.asarray(sig, dtype=np.uint64)
    if bool((sig == _PRIME).all()):
        return None
    m = sig[: BANDS * ROWS].reshape(BANDS, ROWS)
    return ((m * _BAND_MUL[None, :]).sum(axis=1) & np.uint64((1 << 63) - 1)).astype(np.int64)


def sig_to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u4").tobytes()


def sig_from_bytes(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<u4").astype(np.uint32)
