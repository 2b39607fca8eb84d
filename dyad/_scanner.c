/* The text front end in C: tokenize, the scan of a text for lexicon entries, and the sentence split.
 *
 * Each function here is a transcription of Python code that stays in the package and runs whenever
 * this module is missing or not to be run (see dyad/_core.py):
 *   tokenize(Token, folded)                          dyad/matcher.py  _tokenize_py
 *   scan(Hit, single, index, text, folded, tokens)   dyad/matcher.py  Matcher._scan_py
 *   segment(Sentence, text, tokens, abbreviations)   dyad/text.py     _segment_py
 *   stopwords(weights, tokens, limit)                dyad/text.py     _stopwords_py
 *   clean(text)                                      dyad/text.py     _clean_py
 * and must give exactly what that code gives (tests/test_scanner.py compares the two on random and
 * on real text). When a change to one is needed, change both.
 *
 * The record types (Token, Hit, Sentence) are passed in by the caller, so that the objects made are
 * those of the module that calls (the compiled core or its sources). Token and Hit are NamedTuples
 * (tuple subclasses): they are allocated through their type and filled as tuples, which is what
 * tuple.__new__(Token, ...) does. scan and segment return None when the tokens are not what
 * tokenize makes (tuples of (int, int, str), in order): the caller then runs its Python code.
 *
 * scan does not run the Matcher's pyahocorasick automaton: it walks an index of the same keys that
 * index(automaton.items()) makes once per Matcher (see "the index of the automaton's keys" below).
 *
 * Character classes are those of Python's re module on str: [^\W_] is Py_UNICODE_ISALNUM, \s is
 * Py_UNICODE_ISSPACE; the str methods on one character (isupper, islower, isalpha, isdigit) are the
 * Py_UNICODE_IS* macros. Latin-1 characters are looked up in a table filled from those macros at
 * import.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE __attribute__((always_inline))
#else
#define ALWAYS_INLINE
#endif

/* ------------------------------------------------------------------ character classes */

enum { F_ALNUM = 1, F_SPACE = 2, F_LOWER = 4, F_UPPER = 8, F_ALPHA = 16, F_DIGIT = 32 };
static unsigned char latin1[256];

static void
fill_latin1(void)
{
    for (Py_UCS4 c = 0; c < 256; c++) {
        latin1[c] = (unsigned char)((Py_UNICODE_ISALNUM(c) ? F_ALNUM : 0) | (Py_UNICODE_ISSPACE(c) ? F_SPACE : 0)
                                    | (Py_UNICODE_ISLOWER(c) ? F_LOWER : 0) | (Py_UNICODE_ISUPPER(c) ? F_UPPER : 0)
                                    | (Py_UNICODE_ISALPHA(c) ? F_ALPHA : 0) | (Py_UNICODE_ISDIGIT(c) ? F_DIGIT : 0));
    }
}

static inline int u_alnum(Py_UCS4 c) { return c < 256 ? latin1[c] & F_ALNUM : Py_UNICODE_ISALNUM(c); }
static inline int u_space(Py_UCS4 c) { return c < 256 ? latin1[c] & F_SPACE : Py_UNICODE_ISSPACE(c); }
static inline int u_lower(Py_UCS4 c) { return c < 256 ? latin1[c] & F_LOWER : Py_UNICODE_ISLOWER(c); }
static inline int u_upper(Py_UCS4 c) { return c < 256 ? latin1[c] & F_UPPER : Py_UNICODE_ISUPPER(c); }
static inline int u_alpha(Py_UCS4 c) { return c < 256 ? latin1[c] & F_ALPHA : Py_UNICODE_ISALPHA(c); }
static inline int u_digit(Py_UCS4 c) { return c < 256 ? latin1[c] & F_DIGIT : Py_UNICODE_ISDIGIT(c); }

static inline int is_hyphen(Py_UCS4 c) { return c == 0x2d || c == 0x2010; }  /* [-‐] of TOKEN_RE */

static int
ready(PyObject *s, const char *what)
{
    if (!PyUnicode_Check(s)) {
        PyErr_Format(PyExc_TypeError, "%s must be str, not %.100s", what, Py_TYPE(s)->tp_name);
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0)
        return -1;
#endif
    return 0;
}

static int
tuple_type(PyObject *t, const char *what)
{
    if (!PyType_Check(t) || !PyType_IsSubtype((PyTypeObject *)t, &PyTuple_Type)) {
        PyErr_Format(PyExc_TypeError, "%s must be a tuple subclass", what);
        return -1;
    }
    return 0;
}

/* a new instance of a tuple subclass holding the n objects given, which must be ints and strs (references are
 * stolen, also on failure) */
static PyObject *
new_record(PyTypeObject *type, PyObject **items, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (items[i] == NULL) {
            for (Py_ssize_t j = 0; j < n; j++)
                Py_XDECREF(items[j]);
            return NULL;
        }
    }
    PyObject *r = type->tp_alloc(type, n);
    if (r == NULL) {
        for (Py_ssize_t j = 0; j < n; j++)
            Py_DECREF(items[j]);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(r, i, items[i]);
    /* Token and Hit hold only ints and strs, so they can be in no reference cycle: out of the cyclic
     * collector's lists, its passes (several per article) do not walk the hundreds of them each article
     * makes (CPython untracks such plain tuples itself, but not instances of tuple subclasses) */
    if (PyObject_GC_IsTracked(r))
        PyObject_GC_UnTrack(r);
    return r;
}

static int
append_new(PyObject *list, PyObject *item)
{
    if (item == NULL)
        return -1;
    int rc = PyList_Append(list, item);
    Py_DECREF(item);
    return rc;
}

/* ------------------------------------------------------------------ tokenize */

/* TOKEN_RE = [^\W_]+(?:[-‐][^\W_]+)*|\S, found after any run of \s (WS_TOKEN_RE.findall) */
static inline ALWAYS_INLINE int
tokenize_kind(int kind, const void *d, Py_ssize_t n, PyObject *folded, PyTypeObject *token, PyObject *out)
{
    Py_ssize_t i = 0, last_end = -1;
    PyObject *last_end_obj = NULL;  /* the previous token's end, which is often this token's start */
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        if (u_space(c)) {
            i++;
            continue;
        }
        Py_ssize_t start = i++;
        if (u_alnum(c)) {
            while (i < n && u_alnum(PyUnicode_READ(kind, d, i)))
                i++;
            while (i + 1 < n && is_hyphen(PyUnicode_READ(kind, d, i)) && u_alnum(PyUnicode_READ(kind, d, i + 1))) {
                i += 2;
                while (i < n && u_alnum(PyUnicode_READ(kind, d, i)))
                    i++;
            }
        }
        PyObject *items[3];
        if (start == last_end) {
            Py_INCREF(last_end_obj);
            items[0] = last_end_obj;
        }
        else
            items[0] = PyLong_FromSsize_t(start);
        items[1] = PyLong_FromSsize_t(i);
        items[2] = PyUnicode_Substring(folded, start, i);
        Py_XDECREF(last_end_obj);
        last_end_obj = items[1];
        Py_XINCREF(last_end_obj);
        last_end = i;
        if (append_new(out, new_record(token, items, 3)) < 0) {
            Py_XDECREF(last_end_obj);
            return -1;
        }
    }
    Py_XDECREF(last_end_obj);
    return 0;
}

static PyObject *
sc_tokenize(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "tokenize(Token, folded)");
        return NULL;
    }
    PyObject *token = args[0], *folded = args[1];
    if (tuple_type(token, "Token") < 0 || ready(folded, "folded") < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    const void *d = PyUnicode_DATA(folded);
    Py_ssize_t n = PyUnicode_GET_LENGTH(folded);
    int rc;
    switch (PyUnicode_KIND(folded)) {
    case PyUnicode_1BYTE_KIND:
        rc = tokenize_kind(PyUnicode_1BYTE_KIND, d, n, folded, (PyTypeObject *)token, out);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = tokenize_kind(PyUnicode_2BYTE_KIND, d, n, folded, (PyTypeObject *)token, out);
        break;
    default:
        rc = tokenize_kind(PyUnicode_4BYTE_KIND, d, n, folded, (PyTypeObject *)token, out);
        break;
    }
    if (rc < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* ------------------------------------------------------------------ the tokens, as tokenize makes them */

typedef struct {
    PyObject *seq;  /* owned: PySequence_Fast of the tokens */
    PyObject **items;
    Py_ssize_t n;
    Py_ssize_t *starts, *ends;
} Tokens;

static void
tokens_free(Tokens *tv)
{
    Py_CLEAR(tv->seq);
    PyMem_Free(tv->starts);
    tv->starts = tv->ends = NULL;
}

#define TOK_START(tv, i) PyTuple_GET_ITEM((tv)->items[i], 0)
#define TOK_END(tv, i) PyTuple_GET_ITEM((tv)->items[i], 1)
#define TOK_TEXT(tv, i) PyTuple_GET_ITEM((tv)->items[i], 2)

/* 1: read; 0: not tokens as tokenize makes them (no error set; the caller runs the Python code); -1: error */
static int
tokens_read(PyObject *tokens, Tokens *tv)
{
    tv->starts = tv->ends = NULL;
    tv->seq = PySequence_Fast(tokens, "tokens must be a sequence");
    if (tv->seq == NULL)
        return -1;
    tv->n = PySequence_Fast_GET_SIZE(tv->seq);
    tv->items = PySequence_Fast_ITEMS(tv->seq);
    if (tv->n == 0)
        return 1;
    tv->starts = PyMem_New(Py_ssize_t, 2 * tv->n);
    if (tv->starts == NULL) {
        PyErr_NoMemory();
        tokens_free(tv);
        return -1;
    }
    tv->ends = tv->starts + tv->n;
    for (Py_ssize_t i = 0; i < tv->n; i++) {
        PyObject *t = tv->items[i];
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 3 || !PyLong_Check(PyTuple_GET_ITEM(t, 0))
            || !PyLong_Check(PyTuple_GET_ITEM(t, 1)) || !PyUnicode_Check(PyTuple_GET_ITEM(t, 2))
            || ready(PyTuple_GET_ITEM(t, 2), "token text") < 0)
            goto not_tokens;
        Py_ssize_t s = PyLong_AsSsize_t(PyTuple_GET_ITEM(t, 0)), e = PyLong_AsSsize_t(PyTuple_GET_ITEM(t, 1));
        if ((s == -1 || e == -1) && PyErr_Occurred())
            goto not_tokens;
        /* in order and apart: then bisect on the starts and the position->token dicts of the Python code agree */
        if (s < 0 || (i > 0 && (s <= tv->starts[i - 1] || e <= tv->ends[i - 1])))
            goto not_tokens;
        tv->starts[i] = s;
        tv->ends[i] = e;
    }
    return 1;
not_tokens:
    PyErr_Clear();
    tokens_free(tv);
    return 0;
}

/* bisect.bisect_right(a, x) on a sorted C array */
static inline Py_ssize_t
bisect_right(const Py_ssize_t *a, Py_ssize_t n, Py_ssize_t x)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (x < a[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* the index of x in a strictly increasing array, or -1 (dict(zip(a, range(n))).get(x)) */
static inline Py_ssize_t
index_of(const Py_ssize_t *a, Py_ssize_t n, Py_ssize_t x)
{
    Py_ssize_t k = bisect_right(a, n, x) - 1;
    return k >= 0 && a[k] == x ? k : -1;
}

/* ------------------------------------------------------------------ scan */

enum { ACTOR = 0, ACRONYM = 1 };

/* matcher._case_ok(text, start, end, rule) for a rule other than 0 */
static int
case_ok(PyObject *text, Py_ssize_t start, Py_ssize_t end, long rule)
{
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (rule == ACRONYM) {  /* not any(c.islower() for c in text[start:end]) */
        if (end > n)
            end = n;
        for (Py_ssize_t i = start; i < end; i++)
            if (u_lower(PyUnicode_READ(kind, d, i)))
                return 0;
        return 1;
    }
    /* text[start:start + 1].isupper() or not text[start:start + 1].isalpha() */
    if (start >= n)
        return 1;
    Py_UCS4 c = PyUnicode_READ(kind, d, start);
    return u_upper(c) || !u_alpha(c);
}

/* Hit(cat, idx, t0, t1, start, end): cat, idx, start and end are borrowed (a new reference is taken) */
static int
append_hit(PyObject *hits, PyTypeObject *hit, PyObject *cat, PyObject *idx, Py_ssize_t t0, Py_ssize_t t1,
           PyObject *start, PyObject *end)
{
    Py_INCREF(cat);
    Py_INCREF(idx);
    Py_INCREF(start);
    Py_INCREF(end);
    PyObject *items[6] = {cat, idx, PyLong_FromSsize_t(t0), PyLong_FromSsize_t(t1), start, end};
    return append_new(hits, new_record(hit, items, 6));
}

/* a payload tuple of the expected size, or NULL (no error set) */
static inline PyObject *
payload(PyObject *p, Py_ssize_t size)
{
    return PyTuple_Check(p) && PyTuple_GET_SIZE(p) == size ? p : NULL;
}

static int
as_long(PyObject *o, long *v)
{
    if (!PyLong_Check(o))
        return 0;
    *v = PyLong_AsLong(o);
    if (*v == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    return 1;
}

/* the single-word hits, then the hyphenated heads; 1 done, 0 not handled, -1 error */
static int
scan_single(PyObject *hits, PyTypeObject *hit, PyObject *single, PyObject *text, Tokens *tv)
{
    for (Py_ssize_t ti = 0; ti < tv->n; ti++) {
        PyObject *payloads = PyDict_GetItemWithError(single, TOK_TEXT(tv, ti));
        if (payloads == NULL) {
            if (PyErr_Occurred())
                return -1;
            continue;
        }
        if (!PyList_Check(payloads))
            return 0;
        Py_INCREF(payloads);  /* a lookup below runs no Python code, but keep it alive all the same */
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(payloads); j++) {
            PyObject *p = payload(PyList_GET_ITEM(payloads, j), 3);
            long rule;
            if (p == NULL || !as_long(PyTuple_GET_ITEM(p, 2), &rule)) {
                Py_DECREF(payloads);
                return 0;
            }
            if (rule && !case_ok(text, tv->starts[ti], tv->ends[ti], rule))
                continue;
            if (append_hit(hits, hit, PyTuple_GET_ITEM(p, 0), PyTuple_GET_ITEM(p, 1), ti, ti + 1,
                           TOK_START(tv, ti), TOK_END(tv, ti)) < 0) {
                Py_DECREF(payloads);
                return -1;
            }
        }
        Py_DECREF(payloads);
    }
    /* "Pakistan-controlled", "US-led": the first part of a hyphenated word names an actor */
    for (Py_ssize_t ti = 0; ti < tv->n; ti++) {
        PyObject *w = TOK_TEXT(tv, ti);
        Py_ssize_t dash = PyUnicode_FindChar(w, '-', 0, PyUnicode_GET_LENGTH(w), 1);
        if (dash == -2)
            return -1;
        if (dash < 0)
            continue;
        int known = PyDict_Contains(single, w);
        if (known < 0)
            return -1;
        if (known)
            continue;
        PyObject *head = PyUnicode_Substring(w, 0, dash);
        if (head == NULL)
            return -1;
        PyObject *payloads = PyDict_GetItemWithError(single, head);
        Py_DECREF(head);
        if (payloads == NULL) {
            if (PyErr_Occurred())
                return -1;
            continue;
        }
        if (!PyList_Check(payloads))
            return 0;
        Py_INCREF(payloads);
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(payloads); j++) {
            PyObject *p = payload(PyList_GET_ITEM(payloads, j), 3);
            long cat, rule;
            if (p == NULL || !as_long(PyTuple_GET_ITEM(p, 0), &cat) || !as_long(PyTuple_GET_ITEM(p, 2), &rule)) {
                Py_DECREF(payloads);
                return 0;
            }
            if (cat != ACTOR || (rule && !case_ok(text, tv->starts[ti], tv->starts[ti] + dash, rule)))
                continue;
            if (append_hit(hits, hit, PyTuple_GET_ITEM(p, 0), PyTuple_GET_ITEM(p, 1), ti, ti + 1,
                           TOK_START(tv, ti), TOK_END(tv, ti)) < 0) {
                Py_DECREF(payloads);
                return -1;
            }
        }
        Py_DECREF(payloads);
    }
    return 1;
}

/* ------------------------------------------------------------------ the index of the automaton's keys */

/* index(items) makes, from the automaton's (key, (klen, payloads)) pairs, what scan walks in its place: a trie
 * of every key, walked from each token start (a key with no payload marked pre can give a hit only there),
 * and a trie of the keys that have a pre payload, walked from every other position. The two find every
 * occurrence of a key that Automaton.iter finds and that can give a hit. iter reports them by end, and at
 * one end longest first (it follows the failure chain, whose keys are ever shorter suffixes); sorted by
 * (end, -klen), the occurrences found here come in that order. */

#define INDEX_NAME "dyad._scanner.index"
#define ROOT_TABLE 0x250  /* the root's children below this code point are looked up in a table */

typedef struct {
    int32_t parent, child;  /* child -1: none (an empty slot) */
    Py_UCS4 ch;
    int32_t key;            /* the key that ends at child, or -1 */
} Edge;

typedef struct {
    Edge *edges;  /* (parent, ch) -> child, open addressing, at most half full */
    size_t mask;  /* the number of slots - 1 */
    int shift;    /* 64 - log2 of the number of slots */
    int32_t nodes;
    Edge root[ROOT_TABLE];  /* the root's edges by code point */
} Trie;

typedef struct {
    PyObject *cat, *idx;  /* owned */
    long rule;
    char pre, suf;
} Payload;

typedef struct {
    int handled;            /* 0: items of a shape this code does not take (scan says None) */
    Py_ssize_t nkeys, npays;
    Py_ssize_t *pay_first;  /* key k's payloads: pays[pay_first[k] .. pay_first[k + 1] - 1] */
    Payload *pays;
    Trie all, pre;
} Index;

static inline size_t
edge_slot(const Trie *t, int32_t node, Py_UCS4 c)
{
    return (size_t)((((uint64_t)node << 21) ^ c) * 0x9E3779B97F4A7C15ull >> t->shift);
}

/* the edge from node by c, or NULL */
static inline const Edge *
trie_edge(const Trie *t, int32_t node, Py_UCS4 c)
{
    for (size_t h = edge_slot(t, node, c);; h = (h + 1) & t->mask) {
        const Edge *e = &t->edges[h];
        if (e->child < 0)
            return NULL;
        if (e->parent == node && e->ch == c)
            return e;
    }
}

static inline const Edge *
trie_root_edge(const Trie *t, Py_UCS4 c)
{
    if (c < ROOT_TABLE)
        return t->root[c].child >= 0 ? &t->root[c] : NULL;
    return trie_edge(t, 0, c);
}

static void
trie_free(Trie *t)
{
    PyMem_Free(t->edges);
    t->edges = NULL;
}

/* the empty slot for (node, c), which is not in the table */
static inline Edge *
trie_free_slot(Trie *t, int32_t node, Py_UCS4 c)
{
    size_t h = edge_slot(t, node, c);
    while (t->edges[h].child >= 0)
        h = (h + 1) & t->mask;
    return &t->edges[h];
}

/* a table of 2^bits slots, holding the edges of the one it replaces (if any); 0 done, -1 error */
static int
trie_resize(Trie *t, int bits)
{
    Edge *old = t->edges;
    size_t old_n = old != NULL ? t->mask + 1 : 0;
    if ((t->edges = PyMem_New(Edge, (size_t)1 << bits)) == NULL) {
        t->edges = old;
        PyErr_NoMemory();
        return -1;
    }
    memset(t->edges, 0xff, sizeof(Edge) << bits);  /* child -1: all empty */
    t->mask = ((size_t)1 << bits) - 1;
    t->shift = 64 - bits;
    for (size_t i = 0; i < old_n; i++)
        if (old[i].child >= 0)
            *trie_free_slot(t, old[i].parent, old[i].ch) = old[i];
    PyMem_Free(old);
    return 0;
}

/* the trie of the keys k with take[k]; 0 done, -1 error */
static int
trie_build(Trie *t, PyObject **keys, const char *take, Py_ssize_t nkeys)
{
    int bits = 10;
    if (trie_resize(t, bits) < 0)
        return -1;
    int32_t nodes = 1;
    for (Py_ssize_t k = 0; k < nkeys; k++) {
        if (!take[k])
            continue;
        PyObject *s = keys[k];
        int kind = PyUnicode_KIND(s);
        const void *d = PyUnicode_DATA(s);
        int32_t node = 0;
        Edge *e = NULL;
        for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(s); i++) {
            Py_UCS4 c = PyUnicode_READ(kind, d, i);
            if ((size_t)nodes >= t->mask / 2 && trie_resize(t, ++bits) < 0)  /* at most half full */
                return -1;
            e = &t->edges[edge_slot(t, node, c)];
            while (e->child >= 0 && !(e->parent == node && e->ch == c))
                e = e < t->edges + t->mask ? e + 1 : t->edges;
            if (e->child < 0)
                *e = (Edge){node, nodes++, c, -1};
            node = e->child;
        }
        e->key = (int32_t)k;  /* (keys are not empty) */
    }
    t->nodes = nodes;
    for (Py_UCS4 c = 0; c < ROOT_TABLE; c++) {
        const Edge *e = trie_edge(t, 0, c);
        t->root[c] = e != NULL ? *e : (Edge){0, -1, c, -1};
    }
    return 0;
}

static void
index_free(Index *ix)
{
    for (Py_ssize_t i = 0; i < ix->npays; i++) {
        Py_XDECREF(ix->pays[i].cat);
        Py_XDECREF(ix->pays[i].idx);
    }
    PyMem_Free(ix->pays);
    PyMem_Free(ix->pay_first);
    trie_free(&ix->all);
    trie_free(&ix->pre);
    PyMem_Free(ix);
}

static void
index_capsule_free(PyObject *capsule)
{
    index_free(PyCapsule_GetPointer(capsule, INDEX_NAME));
}

/* reads the items into ix; 1 read, 0 not of the shape Matcher makes, -1 error */
static int
index_fill(Index *ix, PyObject *seq)
{
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject **keys = PyMem_New(PyObject *, n > 0 ? n : 1);
    char *take = PyMem_Malloc(n > 0 ? n : 1);
    int rc = -1;
    if (keys == NULL || take == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* (key, (klen, payloads)): klen is len(key), payloads a tuple of (cat, idx, pre, suf, rule) */
    Py_ssize_t npays = 0, nchars = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = items[k], *key, *value, *payloads, *klen;
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2 || !PyUnicode_Check(key = PyTuple_GET_ITEM(item, 0))
            || ready(key, "key") < 0 || PyUnicode_GET_LENGTH(key) == 0
            || (value = payload(PyTuple_GET_ITEM(item, 1), 2)) == NULL
            || !PyLong_Check(klen = PyTuple_GET_ITEM(value, 0))
            || PyLong_AsSsize_t(klen) != PyUnicode_GET_LENGTH(key)
            || !PyTuple_Check(payloads = PyTuple_GET_ITEM(value, 1))) {
            PyErr_Clear();
            rc = 0;
            goto done;
        }
        keys[k] = key;
        npays += PyTuple_GET_SIZE(payloads);
        nchars += PyUnicode_GET_LENGTH(key);
    }
    if (nchars >= INT32_MAX || n >= INT32_MAX) {
        rc = 0;
        goto done;
    }
    ix->pay_first = PyMem_New(Py_ssize_t, n + 1);
    ix->pays = PyMem_Calloc(npays > 0 ? npays : 1, sizeof(Payload));
    if (ix->pay_first == NULL || ix->pays == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *payloads = PyTuple_GET_ITEM(PyTuple_GET_ITEM(items[k], 1), 1);
        ix->pay_first[k] = ix->npays;
        take[k] = 0;
        for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(payloads); j++) {
            PyObject *p = payload(PyTuple_GET_ITEM(payloads, j), 5);
            Payload *q = &ix->pays[ix->npays];
            if (p == NULL || !as_long(PyTuple_GET_ITEM(p, 4), &q->rule)) {
                rc = 0;
                goto done;
            }
            int pre = PyObject_IsTrue(PyTuple_GET_ITEM(p, 2)), suf = PyObject_IsTrue(PyTuple_GET_ITEM(p, 3));
            if (pre < 0 || suf < 0)
                goto done;
            q->pre = (char)pre;
            q->suf = (char)suf;
            q->cat = Py_NewRef(PyTuple_GET_ITEM(p, 0));
            q->idx = Py_NewRef(PyTuple_GET_ITEM(p, 1));
            ix->npays++;
            take[k] |= (char)pre;
        }
    }
    ix->pay_first[n] = ix->npays;
    ix->nkeys = n;
    if (trie_build(&ix->pre, keys, take, n) < 0)
        goto done;
    memset(take, 1, n);
    if (trie_build(&ix->all, keys, take, n) < 0)
        goto done;
    rc = 1;
done:
    PyMem_Free(keys);
    PyMem_Free(take);
    return rc;
}

static PyObject *
sc_index(PyObject *self, PyObject *items)
{
    PyObject *seq = PySequence_Fast(items, "items must be iterable");
    if (seq == NULL)
        return NULL;
    Index *ix = PyMem_Calloc(1, sizeof(Index));
    if (ix == NULL) {
        Py_DECREF(seq);
        return PyErr_NoMemory();
    }
    int rc = index_fill(ix, seq);
    Py_DECREF(seq);
    if (rc < 0) {
        index_free(ix);
        return NULL;
    }
    if (rc == 0) {  /* scan says None with it: the Python code runs */
        index_free(ix);
        if ((ix = PyMem_Calloc(1, sizeof(Index))) == NULL)
            return PyErr_NoMemory();
    }
    ix->handled = rc;
    PyObject *capsule = PyCapsule_New(ix, INDEX_NAME, index_capsule_free);
    if (capsule == NULL)
        index_free(ix);
    return capsule;
}

/* ------------------------------------------------------------------ scan: the keys of the index */

typedef struct {
    Py_ssize_t end, klen, t0;  /* t0: the token that starts there, or -1 */
    int32_t key;
} Found;

typedef struct {
    Found *at;
    Py_ssize_t n, cap;
    Found local[64];
} FoundList;

static int
found_add(FoundList *f, Py_ssize_t end, Py_ssize_t klen, Py_ssize_t t0, int32_t key)
{
    if (f->n == f->cap) {
        Py_ssize_t cap = 2 * f->cap;
        Found *at = f->at == f->local ? PyMem_New(Found, cap) : PyMem_Resize(f->at, Found, cap);
        if (at == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        if (f->at == f->local)
            memcpy(at, f->local, sizeof(f->local));
        f->at = at;
        f->cap = cap;
    }
    f->at[f->n++] = (Found){end, klen, t0, key};
    return 0;
}

static inline int
found_order(const void *a, const void *b)
{
    const Found *x = a, *y = b;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x->klen > y->klen ? -1 : x->klen < y->klen;
}

/* every key of the trie that starts at s */
static inline ALWAYS_INLINE int
walk(const Trie *t, int kind, const void *d, Py_ssize_t len, Py_ssize_t s, Py_ssize_t t0, FoundList *f)
{
    if (s >= len)
        return 0;
    const Edge *e = trie_root_edge(t, PyUnicode_READ(kind, d, s));
    for (Py_ssize_t j = s + 1; e != NULL; j++) {
        if (e->key >= 0 && found_add(f, j, j - s, t0, e->key) < 0)
            return -1;
        if (j >= len)
            break;
        e = trie_edge(t, e->child, PyUnicode_READ(kind, d, j));
    }
    return 0;
}

static inline ALWAYS_INLINE int
find_kind(const Index *ix, int kind, const void *d, Py_ssize_t len, const Tokens *tv, FoundList *f)
{
    for (Py_ssize_t ti = 0; ti < tv->n; ti++)
        if (walk(&ix->all, kind, d, len, tv->starts[ti], ti, f) < 0)
            return -1;
    if (ix->pre.nodes == 1)
        return 0;
    Py_ssize_t p = 0;  /* every position before, between and after the token starts */
    for (Py_ssize_t ti = 0; ti <= tv->n; ti++) {
        Py_ssize_t stop = ti < tv->n && tv->starts[ti] < len ? tv->starts[ti] : len;
        for (; p < stop; p++)
            if (walk(&ix->pre, kind, d, len, p, -1, f) < 0)
                return -1;
        p = stop + 1;
    }
    return 0;
}

/* by end, then longest first: Automaton.iter's order (in place; they come nearly in order) */
static void
found_sort(FoundList *f)
{
    if (f->n > 64) {
        qsort(f->at, f->n, sizeof(Found), found_order);
        return;
    }
    for (Py_ssize_t i = 1; i < f->n; i++) {
        Found x = f->at[i];
        Py_ssize_t j = i;
        for (; j > 0 && found_order(&f->at[j - 1], &x) > 0; j--)
            f->at[j] = f->at[j - 1];
        f->at[j] = x;
    }
}

/* the index's hits, checked against the token boundaries as Matcher._scan_py checks the automaton's; 1 done,
 * -1 error */
static int
scan_auto(PyObject *hits, PyTypeObject *hit, const Index *ix, PyObject *text, PyObject *folded, Tokens *tv)
{
    FoundList f;
    f.at = f.local;
    f.n = 0;
    f.cap = 64;
    const void *d = PyUnicode_DATA(folded);
    Py_ssize_t len = PyUnicode_GET_LENGTH(folded);
    int rc;
    switch (PyUnicode_KIND(folded)) {
    case PyUnicode_1BYTE_KIND:
        rc = find_kind(ix, PyUnicode_1BYTE_KIND, d, len, tv, &f);
        break;
    case PyUnicode_2BYTE_KIND:
        rc = find_kind(ix, PyUnicode_2BYTE_KIND, d, len, tv, &f);
        break;
    default:
        rc = find_kind(ix, PyUnicode_4BYTE_KIND, d, len, tv, &f);
        break;
    }
    if (rc < 0)
        goto done;
    found_sort(&f);
    rc = 1;
    Py_ssize_t n = tv->n;
    const Py_ssize_t *starts = tv->starts, *ends = tv->ends;
    for (Py_ssize_t i = 0; i < f.n && rc == 1; i++) {
        Py_ssize_t end = f.at[i].end, start = end - f.at[i].klen;
        Py_ssize_t t0 = f.at[i].t0;  /* on a token boundary, or inside a word */
        Py_ssize_t t_end = index_of(ends, n, end);
        PyObject *start_obj = NULL, *end_obj = NULL;
        const Payload *q = ix->pays + ix->pay_first[f.at[i].key], *q_end = ix->pays + ix->pay_first[f.at[i].key + 1];
        for (; q < q_end; q++) {
            if (t0 < 0 && !q->pre)
                continue;
            if (t_end < 0 && !q->suf)
                continue;
            if (q->rule && !case_ok(text, start, end, q->rule))
                continue;
            Py_ssize_t a = t0 >= 0 ? t0 : bisect_right(starts, n, start) - 1;
            Py_ssize_t b, k = -1;
            if (t_end >= 0)
                b = t_end + 1;
            else {  /* a stem: extend to the end of its word */
                k = bisect_right(starts, n, end - 1) - 1;
                b = k + 1;
            }
            Py_ssize_t last = b - 1 < 0 ? b - 1 + n : b - 1;  /* ends[b - 1], as Python indexes */
            if (a < 0 || ends[last] < end)
                continue;
            PyObject *s_obj, *e_obj;
            if (q->pre) {
                if (start_obj == NULL && (start_obj = PyLong_FromSsize_t(start)) == NULL) {
                    rc = -1;
                    break;
                }
                s_obj = start_obj;
            }
            else
                s_obj = TOK_START(tv, a);
            if (t_end >= 0) {
                if (end_obj == NULL && (end_obj = PyLong_FromSsize_t(end)) == NULL) {
                    rc = -1;
                    break;
                }
                e_obj = end_obj;
            }
            else
                e_obj = TOK_END(tv, k < 0 ? k + n : k);
            if (append_hit(hits, hit, q->cat, q->idx, a, b, s_obj, e_obj) < 0) {
                rc = -1;
                break;
            }
        }
        Py_XDECREF(start_obj);
        Py_XDECREF(end_obj);
    }
done:
    if (f.at != f.local)
        PyMem_Free(f.at);
    return rc;
}

static PyObject *
sc_scan(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError, "scan(Hit, single, index_or_None, text, folded, tokens)");
        return NULL;
    }
    PyObject *hit = args[0], *single = args[1], *text = args[3], *folded = args[4];
    if (tuple_type(hit, "Hit") < 0 || ready(text, "text") < 0 || ready(folded, "folded") < 0)
        return NULL;
    const Index *ix = NULL;
    if (args[2] != Py_None) {
        if (!PyCapsule_IsValid(args[2], INDEX_NAME)) {
            PyErr_SetString(PyExc_TypeError, "scan: the index must be one index() made, or None");
            return NULL;
        }
        ix = PyCapsule_GetPointer(args[2], INDEX_NAME);
        if (!ix->handled)
            Py_RETURN_NONE;
    }
    if (!PyDict_CheckExact(single))
        Py_RETURN_NONE;
    Tokens tv;
    int rc = tokens_read(args[5], &tv);
    if (rc < 0)
        return NULL;
    if (rc == 0)
        Py_RETURN_NONE;
    PyObject *hits = PyList_New(0);
    if (hits == NULL) {
        tokens_free(&tv);
        return NULL;
    }
    if (tv.n > 0) {
        rc = scan_single(hits, (PyTypeObject *)hit, single, text, &tv);
        if (rc == 1 && ix != NULL)
            rc = scan_auto(hits, (PyTypeObject *)hit, ix, text, folded, &tv);
    }
    tokens_free(&tv);
    if (rc != 1) {
        Py_DECREF(hits);
        if (rc < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    return hits;
}

/* ------------------------------------------------------------------ segment */

static inline int one_char(PyObject *s, Py_UCS4 *c)
{
    if (PyUnicode_GET_LENGTH(s) != 1)
        return 0;
    *c = PyUnicode_READ_CHAR(s, 0);
    return 1;
}

static inline int is_ender(Py_UCS4 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }  /* ENDERS */

static inline int is_closer(Py_UCS4 c)  /* CLOSERS: »"”’') */
{
    return c == 0xbb || c == '"' || c == 0x201d || c == 0x2019 || c == '\'' || c == ')';
}

static inline int is_opener(Py_UCS4 c)  /* OPENERS: «"“‘'(-–— */
{
    return c == 0xab || c == '"' || c == 0x201c || c == 0x2018 || c == '\'' || c == '(' || c == '-' || c == 0x2013
           || c == 0x2014;
}

static inline int is_boundary_punct(Py_UCS4 c)  /* [.!?…»"”’')] of BOUNDARY_RE */
{
    return is_ender(c) || is_closer(c);
}

static inline int text_is_ender(PyObject *s)
{
    Py_UCS4 c;
    return one_char(s, &c) && is_ender(c);
}

typedef struct {
    PyObject *sentence, *text, *sents, *ranges;
    Tokens *tv;
    Py_ssize_t begin, para;
} Split;

static int
close_sentence(Split *sp, Py_ssize_t end_tok, Py_ssize_t next_para)
{
    if (end_tok > sp->begin) {
        Tokens *tv = sp->tv;
        PyObject *start = TOK_START(tv, sp->begin), *end = TOK_END(tv, end_tok - 1);
        PyObject *args[5];
        args[0] = PyLong_FromSsize_t(PyList_GET_SIZE(sp->sents));
        args[1] = start;
        args[2] = end;
        args[3] = PyUnicode_Substring(sp->text, tv->starts[sp->begin], tv->ends[end_tok - 1]);
        args[4] = PyLong_FromSsize_t(sp->para);
        PyObject *s = NULL;
        if (args[0] != NULL && args[3] != NULL && args[4] != NULL)
            s = PyObject_Vectorcall(sp->sentence, args, 5, NULL);
        Py_XDECREF(args[0]);
        Py_XDECREF(args[3]);
        Py_XDECREF(args[4]);
        if (append_new(sp->sents, s) < 0)
            return -1;
        if (append_new(sp->ranges, Py_BuildValue("(nn)", sp->begin, end_tok)) < 0)
            return -1;
    }
    sp->begin = end_tok;
    sp->para = next_para;
    return 0;
}

/* 1 close the sentence after token i, 0 not a sentence end, -1 error */
static int
ends_sentence(Split *sp, Py_ssize_t i, PyObject *abbreviations)
{
    Tokens *tv = sp->tv;
    PyObject *text = sp->text;
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Py_UCS4 c;
    PyObject *tok_text = TOK_TEXT(tv, i);
    if (!(text_is_ender(tok_text)
          || (one_char(tok_text, &c) && is_closer(c) && i > 0 && text_is_ender(TOK_TEXT(tv, i - 1)))))
        return 0;
    Py_ssize_t stop = tv->starts[i + 1] < len ? tv->starts[i + 1] : len;
    for (Py_ssize_t p = tv->ends[i]; p < stop; p++)
        if (PyUnicode_READ(kind, d, p) == '\n')
            return 0;  /* the line break closes it */
    if (tv->starts[i + 1] >= len)
        return 0;  /* text[nxt.start:nxt.start + 1] is empty */
    Py_UCS4 first = PyUnicode_READ(kind, d, tv->starts[i + 1]);
    if (!(u_upper(first) || u_digit(first) || is_opener(first)))
        return 0;
    if (one_char(tok_text, &c) && c == '.' && i > 0) {
        Py_ssize_t prev = i - 1;
        if (tv->ends[prev] == tv->starts[i]) {
            PyObject *w = TOK_TEXT(tv, prev);
            PyObject *abbr = PyUnicode_FromFormat("%U.", w);
            if (abbr == NULL)
                return -1;
            int known = PySequence_Contains(abbreviations, abbr);
            Py_DECREF(abbr);
            if (known < 0)
                return -1;
            if (known)
                return 0;
            Py_ssize_t wn = PyUnicode_GET_LENGTH(w);
            if (wn == 1 && u_alpha(PyUnicode_READ_CHAR(w, 0)))
                return 0;  /* initials: "J. Smith" */
            if (wn >= 1 && wn <= 2 && u_digit(PyUnicode_READ_CHAR(w, 0)) && (wn == 1 || u_digit(PyUnicode_READ_CHAR(w, 1))))
                return 0;  /* German ordinals: "am 12. Dezember" */
        }
    }
    return 1;
}

static PyObject *
sc_segment(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "segment(Sentence, text, tokens, abbreviations)");
        return NULL;
    }
    PyObject *text = args[1], *abbreviations = args[3];
    if (ready(text, "text") < 0)
        return NULL;
    Tokens tv;
    int rc = tokens_read(args[2], &tv);
    if (rc < 0)
        return NULL;
    if (rc == 0)
        Py_RETURN_NONE;
    Py_ssize_t n = tv.n;
    if (n == 0) {
        tokens_free(&tv);
        return Py_BuildValue("(()())");
    }
    Split sp = {args[0], text, PyList_New(0), PyList_New(0), &tv, 0, 0};
    PyObject *result = NULL;
    if (sp.sents == NULL || sp.ranges == NULL)
        goto done;
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    /* BOUNDARY_RE.finditer(text): (\n+)|[.!?…»"”’')](?=[ \t\u00a0]) */
    for (Py_ssize_t p = 0; p < len;) {
        Py_UCS4 c = PyUnicode_READ(kind, d, p);
        if (c == '\n') {  /* a line break: close the sentence before it */
            Py_ssize_t b = bisect_right(tv.starts, n, p) - 1;
            if (0 <= b && b < n - 1 && tv.starts[b + 1] > p && close_sentence(&sp, b + 1, sp.para + 1) < 0)
                goto done;
            while (p < len && PyUnicode_READ(kind, d, p) == '\n')
                p++;
            continue;
        }
        p++;
        if (!is_boundary_punct(c) || p >= len)
            continue;
        Py_UCS4 next = PyUnicode_READ(kind, d, p);
        if (next != ' ' && next != '\t' && next != 0xa0)
            continue;
        Py_ssize_t i = index_of(tv.ends, n, p);
        if (i < 0 || i >= n - 1 || i + 1 <= sp.begin)
            continue;
        int end = ends_sentence(&sp, i, abbreviations);
        if (end < 0 || (end && close_sentence(&sp, i + 1, sp.para) < 0))
            goto done;
    }
    if (close_sentence(&sp, n, sp.para) < 0)
        goto done;
    {
        PyObject *s = PyList_AsTuple(sp.sents), *r = PyList_AsTuple(sp.ranges);
        if (s != NULL && r != NULL)
            result = PyTuple_Pack(2, s, r);
        Py_XDECREF(s);
        Py_XDECREF(r);
    }
done:
    Py_XDECREF(sp.sents);
    Py_XDECREF(sp.ranges);
    tokens_free(&tv);
    return result;
}

/* ------------------------------------------------------------------ clean */

/* text.CONTROL_RE: [\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029] */
static inline int
is_control(Py_UCS4 c)
{
    return c <= 0x08 || c == 0x0b || c == 0x0c || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)
           || c == 0x2028 || c == 0x2029;
}

/* clean(text): text._clean_py in C. "\r\n" -> " \n", a lone "\r" -> "\n", control characters -> " ";
 * the same length, and the text itself when nothing is to change. */
static PyObject *
sc_clean(PyObject *self, PyObject *text)
{
    if (ready(text, "text") < 0)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *d = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), first = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        if (c == '\r' || is_control(c)) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return Py_NewRef(text);
    Py_UCS4 *buf = PyMem_New(Py_UCS4, n > 0 ? n : 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        if (i >= first) {
            if (c == '\r')
                c = (i + 1 < n && PyUnicode_READ(kind, d, i + 1) == '\n') ? ' ' : '\n';
            else if (is_control(c))
                c = ' ';
        }
        buf[i] = c;
    }
    PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, n);  /* (the narrowest kind that holds it) */
    PyMem_Free(buf);
    return out;
}

/* ------------------------------------------------------------------ stopword counts */

/* stopwords(weights, tokens, limit): text._stopwords_py in C. Of the first `limit` tokens, how many are
 * words (their first character is a letter) and how often each word that is a key of `weights` occurs, in
 * order of first occurrence: (dict word -> count, n_words); None when the tokens are not tokenize's. */
static PyObject *
sc_stopwords(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyDict_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "stopwords(weights: dict, tokens, limit)");
        return NULL;
    }
    PyObject *weights = args[0];
    Py_ssize_t limit = PyLong_AsSsize_t(args[2]);
    if (limit == -1 && PyErr_Occurred())
        return NULL;
    PyObject *seq = PySequence_Fast(args[1], "tokens must be a sequence");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    if (limit < 0)  /* tokens[:limit] with a negative limit: all but the last -limit */
        limit = n + limit > 0 ? n + limit : 0;
    if (n > limit)
        n = limit;
    PyObject *found = PyDict_New(), *result = NULL;
    Py_ssize_t n_words = 0;
    if (found == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = items[i];
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 3 || !PyUnicode_Check(PyTuple_GET_ITEM(t, 2))
            || ready(PyTuple_GET_ITEM(t, 2), "token text") < 0) {
            PyErr_Clear();
            Py_CLEAR(found);
            result = Py_NewRef(Py_None);
            goto done;
        }
        PyObject *w = PyTuple_GET_ITEM(t, 2);
        if (PyUnicode_GET_LENGTH(w) == 0 || !u_alpha(PyUnicode_READ_CHAR(w, 0)))
            continue;
        n_words++;
        int known = PyDict_Contains(weights, w);
        if (known < 0)
            goto done;
        if (!known)
            continue;
        PyObject *had = PyDict_GetItemWithError(found, w);  /* borrowed */
        if (had == NULL && PyErr_Occurred())
            goto done;
        Py_ssize_t k = had == NULL ? 0 : PyLong_AsSsize_t(had);
        if (k == -1 && PyErr_Occurred())
            goto done;
        PyObject *count = PyLong_FromSsize_t(k + 1);
        if (count == NULL || PyDict_SetItem(found, w, count) < 0) {
            Py_XDECREF(count);
            goto done;
        }
        Py_DECREF(count);
    }
    result = Py_BuildValue("(On)", found, n_words);
done:
    Py_XDECREF(found);
    Py_DECREF(seq);
    return result;
}

/* ------------------------------------------------------------------ module */

static PyMethodDef methods[] = {
    {"tokenize", (PyCFunction)(void (*)(void))sc_tokenize, METH_FASTCALL,
     "tokenize(Token, folded) -> list of Token: matcher.tokenize in C."},
    {"scan", (PyCFunction)(void (*)(void))sc_scan, METH_FASTCALL,
     "scan(Hit, single, index_or_None, text, folded, tokens) -> list of Hit, or None when the tokens are "
     "not tokenize's or the index did not take its items: Matcher.scan in C."},
    {"index", (PyCFunction)sc_index, METH_O,
     "index(automaton.items()) -> what scan walks in place of a Matcher's automaton (an opaque capsule)."},
    {"segment", (PyCFunction)(void (*)(void))sc_segment, METH_FASTCALL,
     "segment(Sentence, text, tokens, abbreviations) -> (sentences, token ranges), or None when the tokens "
     "are not tokenize's: text.segment in C."},
    {"clean", (PyCFunction)sc_clean, METH_O,
     "clean(text) -> text with line ends and control characters made spaces or newlines, the same length: "
     "text.clean in C."},
    {"stopwords", (PyCFunction)(void (*)(void))sc_stopwords, METH_FASTCALL,
     "stopwords(weights, tokens, limit) -> (dict word -> count, number of words), or None when the tokens are "
     "not tokenize's: the counting of text.language_scores in C."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "dyad._scanner",
    "The text front end in C (clean, tokenize, Matcher.scan, segment, stopword counts), identical to the Python code it stands for.",
    -1, methods,
};

PyMODINIT_FUNC
PyInit__scanner(void)
{
    fill_latin1();
    return PyModule_Create(&module);
}
