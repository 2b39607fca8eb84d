/* The text front end in C (tokenize, the scan of a text for lexicon entries, the sentence split) and a few of
 * the rules' inner loops.
 *
 * Each function here is a transcription of Python code that stays in the package and runs whenever
 * this module is missing or not to be run (see dyad/_core.py):
 *   tokenize(Token, folded)                          dyad/matcher.py  _tokenize_py
 *   scan(Hit, single, index, text, folded, tokens)   dyad/matcher.py  Matcher._scan_py
 *   segment(Sentence, text, tokens, abbreviations)   dyad/text.py     _segment_py
 *   stopwords(weights, tokens, limit)                dyad/text.py     _stopwords_py
 *   clean(text)                                      dyad/text.py     _clean_py
 *   fold(s)                                          dyad/lexicon.py  _fold_py
 *   cue_hits(CueHit, hits, kinds, tokens, sent_end)  dyad/mentions.py _cue_hits_py
 *   sentence_marks(tokens, t0, t1, cue_starts,       dyad/roles.py    _sentence_marks_py
 *                  boundary, quotes, break_kinds)
 *   cue_index(cues, kind_sets)                       dyad/mentions.py _cue_index_py
 *   build_units(Unit, hits, actors, agents, places,  dyad/mentions.py _build_units_py
 *               on, locative_ends)
 *   trigger_candidates(hits, tokens, named, specs,   dyad/triggers.py _candidates_py
 *                      triggers, s0, s1, max_gap[, index])
 *   trigger_select(cands, specs, TriggerMatch,       dyad/triggers.py _select_py
 *                  with_mode)
 * and must give exactly what that code gives (tests/test_scanner.py compares the two on random and
 * on real text). When a change to one is needed, change both.
 *
 * The record types (Token, Hit, Sentence) are passed in by the caller, so that the objects made are
 * those of the module that calls (the compiled core or its sources). Token and Hit are NamedTuples
 * (tuple subclasses): they are allocated through their type and filled as tuples, which is what
 * tuple.__new__(Token, ...) does. scan and segment return None when the tokens are not what
 * tokenize makes (tuples of (int, int, str), in order): the caller then runs its Python code.
 * Sentence, Unit and TriggerMatch are called with their fields in order, so a function that makes one will do:
 * the coder passes records.new_sentence, analysis.new_unit and analysis.new_match, compiled functions, which
 * take their arguments without the tuple that a call of a class makes and parses.
 *
 * scan does not run the Matcher's pyahocorasick automaton: it walks an index of the same keys that
 * index(automaton.items()) makes once per Matcher (see "the index of the automaton's keys" below).
 * trigger_candidates may likewise read the specs from trigger_index(specs), made once per language (C arrays
 * of what it checks first), instead of from the spec tuples.
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

static inline int
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

/* The records this module makes (Token, Hit, CueHit: NamedTuples of ints and strs, hundreds of each an article)
 * are freed by record_dealloc, installed as their type's tp_dealloc at the first record made: what the generic
 * dealloc of a class (subtype_dealloc, then tuple's) does for them, less its checks for what a NamedTuple has not
 * (a __dict__, weak references, __del__, slots), and a record of its own making (untracked, of the type itself)
 * kept for the next one of its size instead of its memory being freed: about 250 instructions less per record
 * made and freed. Kept records are linked through their first item. */
#define FREE_SIZES 8     /* records of 1 .. 7 items */
#define FREE_KEEP 4096   /* records kept of each size */
static PyObject *free_records[FREE_SIZES];
static int n_free[FREE_SIZES];

static void
record_dealloc(PyObject *op)
{
    PyTypeObject *type = Py_TYPE(op);
    Py_ssize_t n = Py_SIZE(op);
    if (type->tp_dealloc == record_dealloc && !PyObject_GC_IsTracked(op) && n > 0 && n < FREE_SIZES
        && n_free[n] < FREE_KEEP) {
        /* one that new_record made (a record made in Python is tracked): only ints and strs in it */
        PyObject **items = ((PyTupleObject *)op)->ob_item;
        for (Py_ssize_t i = 0; i < n; i++)
            Py_XDECREF(items[i]);
        items[0] = free_records[n];
        free_records[n] = op;
        n_free[n]++;
    }
    else
        /* (also a subclass's instance, which subtype_dealloc has cleared and passes on to its base's dealloc) */
        PyTuple_Type.tp_dealloc(op);
    Py_DECREF(type);  /* (an instance of a heap type holds a reference to it) */
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
    PyObject *r;
    if (type->tp_dealloc == record_dealloc && n > 0 && n < FREE_SIZES && free_records[n] != NULL) {
        /* (a type given record_dealloc below passed the checks below: a NamedTuple) */
        r = free_records[n];
        free_records[n] = ((PyTupleObject *)r)->ob_item[0];
        n_free[n]--;
        PyObject_InitVar((PyVarObject *)r, type, n);  /* (the type, a reference to it, the size, refcount 1) */
    }
    else if (type->tp_dealloc == record_dealloc
             || (type->tp_basicsize == PyTuple_Type.tp_basicsize && type->tp_itemsize == PyTuple_Type.tp_itemsize
                 && type->tp_dictoffset == 0 && type->tp_weaklistoffset == 0 && type->tp_alloc == PyType_GenericAlloc)) {
        /* a NamedTuple (no fields beyond the tuple's): allocated as tuple.__new__ would, but not zeroed nor
         * put on the collector's lists, as its items are set right below and are only ints and strs */
        if (type->tp_dealloc != record_dealloc && type->tp_base == &PyTuple_Type
            && (type->tp_flags & Py_TPFLAGS_HEAPTYPE) && type->tp_finalize == NULL && type->tp_del == NULL
            && type->tp_free == PyObject_GC_Del)
            type->tp_dealloc = record_dealloc;  /* (a class made by `class X(NamedTuple)`: subtype_dealloc's) */
        r = (PyObject *)PyObject_GC_NewVar(PyTupleObject, type, n);
    }
    else {
        r = type->tp_alloc(type, n);
        /* Token and Hit hold only ints and strs, so they can be in no reference cycle: out of the cyclic
         * collector's lists, its passes (several per article) do not walk the hundreds of them each article
         * makes (CPython untracks such plain tuples itself, but not instances of tuple subclasses) */
        if (r != NULL && PyObject_GC_IsTracked(r))
            PyObject_GC_UnTrack(r);
    }
    if (r == NULL) {
        for (Py_ssize_t j = 0; j < n; j++)
            Py_DECREF(items[j]);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(r, i, items[i]);
    return r;
}

/* The int objects of the offsets 0 .. OFFSETS - 1, made once: every article has offsets up to a few
 * thousand, which CPython makes anew each time (it keeps only -5 .. 256), and each token holds two. */
#define OFFSETS 32768
static PyObject *offsets[OFFSETS];

/* a new reference to the int n, or NULL with an error set */
static inline PyObject *
offset(Py_ssize_t n)
{
    if (n < 0 || n >= OFFSETS)
        return PyLong_FromSsize_t(n);
    if (offsets[n] == NULL && (offsets[n] = PyLong_FromSsize_t(n)) == NULL)
        return NULL;
    return Py_NewRef(offsets[n]);
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

/* The texts of recent tokens, by a hash of their characters: most of an article's words were seen before (in it or
 * in an earlier one), and the str already made is shared instead of a new one made (and freed with the token);
 * its hash, which the lookups in the lexicon's dicts need, is then computed already too. A slot holds the last
 * text of its hash. */
#define TEXT_CACHE 8192  /* slots (a power of two) */
#define TEXT_CACHE_LEN 24  /* tokens longer than this are made anew */
static PyObject *text_cache[TEXT_CACHE];

/* a new reference to folded[start:end], or NULL with an error set */
static inline ALWAYS_INLINE PyObject *
token_text(int kind, const void *d, Py_ssize_t start, Py_ssize_t end, PyObject *folded)
{
    Py_ssize_t n = end - start;
    if (n > TEXT_CACHE_LEN)
        return PyUnicode_Substring(folded, start, end);
    size_t h = 2166136261u;
    Py_UCS4 max = 0;
    for (Py_ssize_t j = start; j < end; j++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, j);
        max |= c;
        h = (h ^ c) * 16777619u;
    }
    /* (the kind a str of these characters has: its smallest) */
    int own = max < 256 ? PyUnicode_1BYTE_KIND : max < 65536 ? PyUnicode_2BYTE_KIND : PyUnicode_4BYTE_KIND;
    PyObject **slot = &text_cache[(h ^ (h >> 13)) & (TEXT_CACHE - 1)];
    PyObject *s = *slot;
    if (s != NULL && PyUnicode_GET_LENGTH(s) == n && PyUnicode_KIND(s) == own) {
        const void *sd = PyUnicode_DATA(s);
        int same = 1;
        if (own == kind)
            same = memcmp(sd, (const char *)d + start * kind, n * kind) == 0;
        else
            for (Py_ssize_t j = 0; same && j < n; j++)
                same = PyUnicode_READ(own, sd, j) == PyUnicode_READ(kind, d, start + j);
        if (same)
            return Py_NewRef(s);
    }
    PyObject *t = PyUnicode_Substring(folded, start, end);
    if (t == NULL)
        return NULL;
    if (PyUnicode_CheckExact(t)) {
        *slot = Py_NewRef(t);
        Py_XDECREF(s);
    }
    return t;
}

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
            items[0] = offset(start);
        items[1] = offset(i);
        items[2] = token_text(kind, d, start, i, folded);
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
    Py_ssize_t *starts, *ends;  /* owned, unless they are last_read's */
} Tokens;

/* The offsets of the last list of tokens read. segment and scan read the same list of an article, one after the
   other: the second finds its offsets here instead of checking and converting every token again. It holds a
   reference to the list and to each of its tokens, so that while they are held no other object can take their
   addresses: the same list holding the same (immutable) tuples is the same tokens. */
static struct {
    PyObject *list;     /* owned, or NULL */
    PyObject **items;   /* a copy of the list's item pointers, each owned */
    Py_ssize_t n;
    Py_ssize_t *starts; /* 2 * n: the starts, then the ends */
    int users;          /* the Tokens reading its offsets now: while any does, it is not replaced */
} last_read;

static void
tokens_free(Tokens *tv)
{
    Py_CLEAR(tv->seq);
    if (tv->starts != NULL && tv->starts == last_read.starts)
        last_read.users--;
    else
        PyMem_Free(tv->starts);
    tv->starts = tv->ends = NULL;
}

/* 1 when tokens is the list last read, holding the same tokens (then tv takes its offsets) */
static int
last_read_take(PyObject *tokens, Tokens *tv)
{
    if (tokens != last_read.list || PyList_GET_SIZE(tokens) != last_read.n
        || memcmp(PySequence_Fast_ITEMS(tokens), last_read.items, last_read.n * sizeof(PyObject *)) != 0)
        return 0;
    Py_INCREF(tokens);
    tv->seq = tokens;
    tv->n = last_read.n;
    tv->items = PySequence_Fast_ITEMS(tokens);
    tv->starts = last_read.starts;
    tv->ends = last_read.starts + last_read.n;
    last_read.users++;
    return 1;
}

/* keeps tv's offsets (just read from the list tokens) as last_read's, which then owns them; not kept (the next
   read checks the tokens again) while another Tokens reads last_read's, or without memory */
static void
last_read_keep(PyObject *tokens, Tokens *tv)
{
    if (last_read.users > 0)
        return;
    PyObject **items = PyMem_New(PyObject *, tv->n);
    if (items == NULL)
        return;
    memcpy(items, tv->items, tv->n * sizeof(PyObject *));
    for (Py_ssize_t i = 0; i < tv->n; i++)
        Py_INCREF(items[i]);
    Py_INCREF(tokens);
    /* (the new ones in place before the old references are dropped: a deallocation may run code that reads
       tokens) */
    PyObject *old_list = last_read.list, **old_items = last_read.items;
    Py_ssize_t old_n = last_read.n;
    PyMem_Free(last_read.starts);
    last_read.list = tokens;
    last_read.items = items;
    last_read.n = tv->n;
    last_read.starts = tv->starts;
    last_read.users = 1;
    for (Py_ssize_t i = 0; i < old_n; i++)
        Py_DECREF(old_items[i]);
    Py_XDECREF(old_list);
    PyMem_Free(old_items);
}

#define TOK_START(tv, i) PyTuple_GET_ITEM((tv)->items[i], 0)
#define TOK_END(tv, i) PyTuple_GET_ITEM((tv)->items[i], 1)
#define TOK_TEXT(tv, i) PyTuple_GET_ITEM((tv)->items[i], 2)

/* PyLong_AsSsize_t(o) of an int o: a value of one digit read in place (CPython 3.11's layout) */
static inline Py_ssize_t
long_value(PyObject *o)
{
#if PY_VERSION_HEX >= 0x030B0000 && PY_VERSION_HEX < 0x030C0000
    Py_ssize_t size = Py_SIZE(o);
    if (size == 0)
        return 0;
    if (size == 1)
        return (Py_ssize_t)((PyLongObject *)o)->ob_digit[0];
#endif
    return PyLong_AsSsize_t(o);
}

/* 1: read; 0: not tokens as tokenize makes them (no error set; the caller runs the Python code); -1: error */
static int
tokens_read(PyObject *tokens, Tokens *tv)
{
    tv->starts = tv->ends = NULL;
    if (PyList_CheckExact(tokens) && last_read_take(tokens, tv))
        return 1;
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
        Py_ssize_t s = long_value(PyTuple_GET_ITEM(t, 0)), e = long_value(PyTuple_GET_ITEM(t, 1));
        if ((s == -1 || e == -1) && PyErr_Occurred())
            goto not_tokens;
        /* in order and apart: then bisect on the starts and the position->token dicts of the Python code agree */
        if (s < 0 || (i > 0 && (s <= tv->starts[i - 1] || e <= tv->ends[i - 1])))
            goto not_tokens;
        tv->starts[i] = s;
        tv->ends[i] = e;
    }
    if (PyList_CheckExact(tokens))
        last_read_keep(tokens, tv);
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

enum { ACTOR = 0, AGENT = 1, TRIGGER = 2, TAIL = 7 };  /* matcher.ACTOR, matcher.AGENT, matcher.TRIGGER, matcher.TAIL */
enum { ACRONYM = 1 };  /* matcher.ACRONYM */

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
    PyObject *items[6] = {cat, idx, offset(t0), offset(t1), start, end};
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

/* PyUnicode_FindChar(w, '-', 0, len(w), 1): memchr on the one-byte strings of nearly every token (a call of the
 * general search cost several times more, at every token of every scan) */
static inline Py_ssize_t
find_dash(PyObject *w)
{
    if (PyUnicode_KIND(w) == PyUnicode_1BYTE_KIND) {
        const char *data = (const char *)PyUnicode_DATA(w);
        const char *at = memchr(data, '-', PyUnicode_GET_LENGTH(w));
        return at == NULL ? -1 : at - data;
    }
    return PyUnicode_FindChar(w, '-', 0, PyUnicode_GET_LENGTH(w), 1);
}

/* the hyphenated words whose first part names an actor and whose last part is no agent noun of `single`:
 * (token, start of the last part) pairs, for scan_tails */
typedef struct {
    Py_ssize_t n, cap;
    Py_ssize_t *at;  /* 2 * n items; local, or allocated */
    Py_ssize_t local[32];
} Heads;

static int
heads_push(Heads *hd, Py_ssize_t ti, Py_ssize_t tail_at)
{
    if (hd->n == hd->cap) {
        Py_ssize_t cap = 2 * hd->cap;
        Py_ssize_t *at = PyMem_New(Py_ssize_t, 2 * cap);
        if (at == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memcpy(at, hd->at, 2 * hd->n * sizeof(Py_ssize_t));
        if (hd->at != hd->local)
            PyMem_Free(hd->at);
        hd->at = at;
        hd->cap = cap;
    }
    hd->at[2 * hd->n] = ti;
    hd->at[2 * hd->n + 1] = tail_at;
    hd->n++;
    return 1;
}

/* the TAIL hits of a hyphenated word whose first part names an actor: its last part's agent-noun payloads in
 * `single`; 1 one or more, 0 none, -1 error */
static int
scan_tail(PyObject *hits, PyTypeObject *hit, PyObject *single, PyObject *text, Tokens *tv, Py_ssize_t ti,
          PyObject *w, Py_ssize_t *tail_at)
{
    Py_ssize_t wl = PyUnicode_GET_LENGTH(w);
    Py_ssize_t cut = PyUnicode_FindChar(w, '-', 0, wl, -1);  /* (one there: the head was cut at the first) */
    if (cut == -2)
        return -1;
    cut += 1;
    *tail_at = tv->starts[ti] + cut;
    PyObject *tail = PyUnicode_Substring(w, cut, wl);
    if (tail == NULL)
        return -1;
    PyObject *payloads = PyDict_GetItemWithError(single, tail);
    Py_DECREF(tail);
    if (payloads == NULL)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyList_Check(payloads))
        return 0;
    int found = 0, rc = 0;
    PyObject *tail_cat = offset(TAIL), *at_obj = offset(*tail_at);
    if (tail_cat == NULL || at_obj == NULL) {
        Py_XDECREF(tail_cat);
        Py_XDECREF(at_obj);
        return -1;
    }
    Py_INCREF(payloads);
    for (Py_ssize_t j = 0; j < PyList_GET_SIZE(payloads); j++) {
        PyObject *p = payload(PyList_GET_ITEM(payloads, j), 3);
        long cat, rule;
        if (p == NULL || !as_long(PyTuple_GET_ITEM(p, 0), &cat) || !as_long(PyTuple_GET_ITEM(p, 2), &rule))
            continue;  /* (scan_single met every payload of single's words already: a malformed one is no agent) */
        if (cat != AGENT || (rule && !case_ok(text, *tail_at, tv->ends[ti], rule)))
            continue;
        if (append_hit(hits, hit, tail_cat, PyTuple_GET_ITEM(p, 1), ti, ti + 1, at_obj, TOK_END(tv, ti)) < 0) {
            rc = -1;
            break;
        }
        found = 1;
    }
    Py_DECREF(payloads);
    Py_DECREF(tail_cat);
    Py_DECREF(at_obj);
    return rc < 0 ? -1 : found;
}

/* the single-word hits, then the hyphenated heads and their tails; the named words with no tail yet go to `hd`;
 * 1 done, 0 not handled, -1 error */
static int
scan_single(PyObject *hits, PyTypeObject *hit, PyObject *single, PyObject *text, Tokens *tv, Heads *hd)
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
    /* "Pakistan-controlled", "US-led": the first part of a hyphenated word names an actor; when its last part is
     * an agent noun ("US-Außenminister", "Hamas-Kämpfer"), that noun is the word's TAIL */
    for (Py_ssize_t ti = 0; ti < tv->n; ti++) {
        PyObject *w = TOK_TEXT(tv, ti);
        Py_ssize_t dash = find_dash(w);
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
        int named = 0;
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
            named = 1;
        }
        Py_DECREF(payloads);
        if (named) {
            Py_ssize_t tail_at;
            int tailed = scan_tail(hits, hit, single, text, tv, ti, w, &tail_at);
            if (tailed < 0 || (tailed == 0 && heads_push(hd, ti, tail_at) < 0))
                return -1;
        }
    }
    return 1;
}

/* the tails that only a key of the automaton ends ("*minister": "US-Finanzminister"): for each named word of `hd`
 * with none from `single`, the agent hits on it that start in its last part, in hit order; 1 done, -1 error */
static int
scan_tails(PyObject *hits, PyTypeObject *hit, const Heads *hd)
{
    Py_ssize_t n = PyList_GET_SIZE(hits);
    PyObject *tail_cat = offset(TAIL);
    if (tail_cat == NULL)
        return -1;
    for (Py_ssize_t k = 0; k < hd->n; k++) {
        Py_ssize_t ti = hd->at[2 * k], tail_at = hd->at[2 * k + 1];
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *h = PyList_GET_ITEM(hits, i);  /* (made by this scan: ints) */
            if (PyLong_AsSsize_t(PyTuple_GET_ITEM(h, 0)) != AGENT || PyLong_AsSsize_t(PyTuple_GET_ITEM(h, 2)) != ti
                || PyLong_AsSsize_t(PyTuple_GET_ITEM(h, 3)) != ti + 1
                || PyLong_AsSsize_t(PyTuple_GET_ITEM(h, 4)) < tail_at)
                continue;
            if (append_hit(hits, hit, tail_cat, PyTuple_GET_ITEM(h, 1), ti, ti + 1, PyTuple_GET_ITEM(h, 4),
                           PyTuple_GET_ITEM(h, 5)) < 0) {
                Py_DECREF(tail_cat);
                return -1;
            }
        }
    }
    Py_DECREF(tail_cat);
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
    int32_t first;  /* its children: kids[first .. the next node's first) */
    int32_t key;    /* the key that ends here, or -1 */
} Node;

typedef struct {
    Py_UCS4 ch;
    int32_t child;
} Kid;

/* Built as a hash table of edges, then laid out for the walk: the nodes numbered in depth-first order, each
 * with its children's (character, node) pairs in one array, in node order. A walk along a key reads nodes
 * and children that lie next to each other in memory: the walks from every token start of an article
 * otherwise each wait for memory at nearly every step (the edges of a hash table lie anywhere). */
typedef struct {
    Edge *edges;  /* while building: (parent, ch) -> child, open addressing, at most half full */
    size_t mask;  /* the number of slots - 1 */
    int shift;    /* 64 - log2 of the number of slots */
    int32_t nodes;
    Node *node;   /* nodes + 1 (the last one only gives where the children end) */
    Kid *kids;    /* nodes - 1 */
    int32_t root[ROOT_TABLE];  /* the root's child by code point, or -1 */
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

/* the child of node by c, or -1 (the children are in the order of their characters) */
static inline int32_t
trie_child(const Trie *t, int32_t node, Py_UCS4 c)
{
    const Kid *k = t->kids + t->node[node].first, *end = t->kids + t->node[node + 1].first;
    if (end - k > 8) {  /* (the root and a few nodes near it have many) */
        while (end - k > 1) {
            const Kid *mid = k + (end - k) / 2;
            if (mid->ch <= c)
                k = mid;
            else
                end = mid;
        }
        return k < end && k->ch == c ? k->child : -1;
    }
    for (; k < end && k->ch <= c; k++)
        if (k->ch == c)
            return k->child;
    return -1;
}

static inline int32_t
trie_root_child(const Trie *t, Py_UCS4 c)
{
    return c < ROOT_TABLE ? t->root[c] : trie_child(t, 0, c);
}

static void
trie_free(Trie *t)
{
    PyMem_Free(t->edges);
    PyMem_Free(t->node);
    PyMem_Free(t->kids);
    t->edges = NULL;
    t->node = NULL;
    t->kids = NULL;
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

static int
edge_order(const void *a, const void *b)
{
    const Edge *x = a, *y = b;
    if (x->parent != y->parent)
        return x->parent < y->parent ? -1 : 1;
    return x->ch < y->ch ? -1 : x->ch > y->ch;
}

/* the hash table of edges laid out as nodes in depth-first order and their children (see Trie); the table is
 * freed; 0 done, -1 error */
static int
trie_lay_out(Trie *t)
{
    int32_t n = t->nodes, n_edges = n - 1;
    Edge *e = PyMem_New(Edge, n_edges > 0 ? n_edges : 1);
    int32_t *first = PyMem_New(int32_t, n + 1), *fresh = PyMem_New(int32_t, n), *stack = PyMem_New(int32_t, n),
            *key = PyMem_New(int32_t, n);
    t->node = PyMem_New(Node, n + 1);
    t->kids = PyMem_New(Kid, n_edges > 0 ? n_edges : 1);
    int rc = -1;
    if (e == NULL || first == NULL || fresh == NULL || stack == NULL || key == NULL || t->node == NULL
        || t->kids == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    int32_t m = 0;
    for (size_t i = 0; i <= t->mask; i++)
        if (t->edges[i].child >= 0)
            e[m++] = t->edges[i];
    qsort(e, (size_t)m, sizeof(Edge), edge_order);  /* by parent, then character */
    for (int32_t i = 0; i <= n; i++)
        first[i] = 0;
    for (int32_t i = 0; i < m; i++)
        first[e[i].parent + 1]++;
    for (int32_t i = 0; i < n; i++)
        first[i + 1] += first[i];
    key[0] = -1;
    for (int32_t i = 0; i < m; i++)
        key[e[i].child] = e[i].key;
    /* depth first from the root, children in the order of their characters: the new numbers */
    int32_t top = 0, next = 0;
    stack[top++] = 0;
    while (top > 0) {
        int32_t old = stack[--top];
        fresh[old] = next++;
        for (int32_t i = first[old + 1] - 1; i >= first[old]; i--)
            stack[top++] = e[i].child;
    }
    /* the nodes in their new order, each with its children */
    int32_t k = 0;
    top = 0;
    stack[top++] = 0;
    while (top > 0) {
        int32_t old = stack[--top], at = fresh[old];
        t->node[at].first = k;
        t->node[at].key = key[old];
        for (int32_t i = first[old]; i < first[old + 1]; i++)
            t->kids[k++] = (Kid){e[i].ch, fresh[e[i].child]};
        for (int32_t i = first[old + 1] - 1; i >= first[old]; i--)
            stack[top++] = e[i].child;
    }
    t->node[n].first = k;
    t->node[n].key = -1;
    for (Py_UCS4 c = 0; c < ROOT_TABLE; c++)
        t->root[c] = -1;
    for (int32_t i = t->node[0].first; i < t->node[1].first; i++)
        if (t->kids[i].ch < ROOT_TABLE)
            t->root[t->kids[i].ch] = t->kids[i].child;
    rc = 0;
done:
    PyMem_Free(e);
    PyMem_Free(first);
    PyMem_Free(fresh);
    PyMem_Free(stack);
    PyMem_Free(key);
    PyMem_Free(t->edges);
    t->edges = NULL;
    return rc;
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
    return trie_lay_out(t);
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
    int32_t node = trie_root_child(t, PyUnicode_READ(kind, d, s));
    for (Py_ssize_t j = s + 1; node >= 0; j++) {
        int32_t key = t->node[node].key;
        if (key >= 0 && found_add(f, j, j - s, t0, key) < 0)
            return -1;
        if (j >= len)
            break;
        node = trie_child(t, node, PyUnicode_READ(kind, d, j));
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
                if (start_obj == NULL && (start_obj = offset(start)) == NULL) {
                    rc = -1;
                    break;
                }
                s_obj = start_obj;
            }
            else
                s_obj = TOK_START(tv, a);
            if (t_end >= 0) {
                if (end_obj == NULL && (end_obj = offset(end)) == NULL) {
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
        Heads hd;
        hd.n = 0;
        hd.cap = 16;
        hd.at = hd.local;
        rc = scan_single(hits, (PyTypeObject *)hit, single, text, &tv, &hd);
        if (rc == 1 && ix != NULL)
            rc = scan_auto(hits, (PyTypeObject *)hit, ix, text, folded, &tv);
        if (rc == 1 && hd.n > 0)
            rc = scan_tails(hits, (PyTypeObject *)hit, &hd);
        if (hd.at != hd.local)
            PyMem_Free(hd.at);
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

static inline int is_opener(Py_UCS4 c)  /* OPENERS: «"“‘'(-–—„‚ */
{
    return c == 0xab || c == '"' || c == 0x201c || c == 0x2018 || c == '\'' || c == '(' || c == '-' || c == 0x2013
           || c == 0x2014 || c == 0x201e || c == 0x201a;
}

/* the ASCII characters that segment reads (a line break, BOUNDARY_RE's punctuation), all below 64, as bits */
#define SEGMENT_ASCII ((1ull << '\n') | (1ull << '.') | (1ull << '!') | (1ull << '?') | (1ull << '"') | (1ull << '\'') \
                       | (1ull << ')'))

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
        args[0] = offset(PyList_GET_SIZE(sp->sents));
        args[1] = start;
        args[2] = end;
        args[3] = PyUnicode_Substring(sp->text, tv->starts[sp->begin], tv->ends[end_tok - 1]);
        args[4] = offset(sp->para);
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
            PyObject *dot = PyUnicode_FromOrdinal('.');  /* (a shared one-character str) */
            PyObject *abbr = dot == NULL ? NULL : PyUnicode_Concat(w, dot);  /* (not PyUnicode_FromFormat: 3 times slower) */
            Py_XDECREF(dot);
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
        if (c < 64 ? !((SEGMENT_ASCII >> c) & 1) : c < 128)  /* (most characters: one test) */
            continue;
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

/* ------------------------------------------------------------------ fold */

/* lexicon.APOSTROPHE_CHARS: ’ ʼ ` ´ ‘ */
static inline int is_apostrophe(Py_UCS4 c) { return c == 0x2019 || c == 0x2bc || c == '`' || c == 0xb4 || c == 0x2018; }

/* fold(s): lexicon._fold_py in C, or None where the two might differ: s.lower() with the apostrophes made
 * "'". A character whose full lower case is not one character ("İ"), or that str.lower() lowers by its
 * context (capital sigma), goes to the Python code. */
/* one character folded; 0x110000 where only the Python code can tell */
static inline Py_UCS4
fold_char(Py_UCS4 c)
{
    if (c < 256) {  /* Latin-1 lowers one to one, within Latin-1 */
        if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
            return c + 32;
        return c == '`' || c == 0xb4 ? '\'' : c;
    }
    if (c >= 0x2000 && c <= 0x206f)  /* general punctuation: no case */
        return c == 0x2019 || c == 0x2018 ? '\'' : c;
#if PY_VERSION_HEX < 0x030D0000
    Py_UCS4 low[3];
    if (c == 0x3a3 || _PyUnicode_ToLowerFull(c, low) != 1)
        return 0x110000;
    return is_apostrophe(low[0]) ? '\'' : low[0];
#else
    return 0x110000;
#endif
}

#define FOLD_INTO(T, LIMIT)                                                   \
    do {                                                                      \
        const T *in = (const T *)d;                                           \
        T *o = (T *)buf;                                                      \
        for (Py_ssize_t i = 0; i < n; i++) {                                  \
            Py_UCS4 c = fold_char(in[i]);                                     \
            if (c > (LIMIT)) { /* (wider than the kind: the Python code) */   \
                PyMem_Free(buf);                                              \
                Py_RETURN_NONE;                                               \
            }                                                                 \
            if (c > maxc)                                                     \
                maxc = c;                                                     \
            o[i] = (T)c;                                                      \
        }                                                                     \
    } while (0)

/* fold(s): lexicon._fold_py in C, or None where the two might differ: s.lower() with the apostrophes made
 * "'". A character whose full lower case is not one character ("İ"), or that str.lower() lowers by its
 * context (capital sigma), or would not fit the string's kind, goes to the Python code. */
static PyObject *
sc_fold(PyObject *self, PyObject *s)
{
    if (ready(s, "text") < 0)
        return NULL;
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    void *buf = PyMem_Malloc(n > 0 ? n * kind : 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_UCS4 maxc = 0;
    if (kind == PyUnicode_1BYTE_KIND)
        FOLD_INTO(Py_UCS1, 0xff);
    else if (kind == PyUnicode_2BYTE_KIND)
        FOLD_INTO(Py_UCS2, 0xffff);
    else
        FOLD_INTO(Py_UCS4, 0x10ffff);
    PyObject *out;
    if (maxc < PyUnicode_MAX_CHAR_VALUE(s) / 2)  /* may fit a narrower kind: converted */
        out = PyUnicode_FromKindAndData(kind, buf, n);
    else if ((out = PyUnicode_New(n, maxc)) != NULL)
        memcpy(PyUnicode_DATA(out), buf, n * kind);
    PyMem_Free(buf);
    return out;
}

/* ------------------------------------------------------------------ trigger candidates */

/* a and b, two str, are equal (str == str: the same length, kind and code points, as canonical strs are) */
static inline int
str_eq(PyObject *a, PyObject *b)
{
    if (a == b)
        return 1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    int kind = PyUnicode_KIND(a);
    return n == PyUnicode_GET_LENGTH(b) && kind == PyUnicode_KIND(b)
           && memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), n * kind) == 0;
}

/* The words of a sentence, as the set {t.text for t in tokens[s0:s1]}: an open-addressing table of token
 * indices by the hash of their text. */
typedef struct {
    PyObject *tokens;  /* borrowed */
    Py_ssize_t s0, s1, mask;
    Py_ssize_t *slots;  /* token index, or -1 */
    Py_hash_t *hashes;  /* of slots' texts */
} Words;

static int
words_build(Words *w)
{
    Py_ssize_t n = w->s1 - w->s0, cap = 8;
    while (cap < 2 * n)
        cap *= 2;
    w->mask = cap - 1;
    w->slots = PyMem_New(Py_ssize_t, cap);
    w->hashes = PyMem_New(Py_hash_t, cap);
    if (w->slots == NULL || w->hashes == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < cap; k++)
        w->slots[k] = -1;
    for (Py_ssize_t i = w->s0; i < w->s1; i++) {
        PyObject *t = PyTuple_GET_ITEM(PyList_GET_ITEM(w->tokens, i), 2);
        Py_hash_t h = PyObject_Hash(t);
        if (h == -1)
            return -1;
        Py_ssize_t k = (size_t)h & w->mask;
        while (w->slots[k] >= 0) {
            if (w->hashes[k] == h && str_eq(PyTuple_GET_ITEM(PyList_GET_ITEM(w->tokens, w->slots[k]), 2), t))
                break;  /* (the word is in already) */
            k = (k + 1) & w->mask;
        }
        w->slots[k] = i;
        w->hashes[k] = h;
    }
    return 0;
}

/* is the word of hash h one of the words? 1, 0 */
static inline int
words_has_hash(Words *w, Py_hash_t h, PyObject *word)
{
    for (Py_ssize_t k = (size_t)h & w->mask; w->slots[k] >= 0; k = (k + 1) & w->mask)
        if (w->hashes[k] == h && str_eq(PyTuple_GET_ITEM(PyList_GET_ITEM(w->tokens, w->slots[k]), 2), word))
            return 1;
    return 0;
}

/* is the str `word` one of the words? 1, 0, -1 error */
static int
words_has(Words *w, PyObject *word)
{
    Py_hash_t h = PyObject_Hash(word);
    return h == -1 ? -1 : words_has_hash(w, h, word);
}

/* triggers.token_matches: p = (gap, exact: frozenset, starts, ends, infixes: tuples of str); 1, 0, -1 error */
static int
token_matches(PyObject *p, PyObject *token)
{
    int r = PySet_Contains(PyTuple_GET_ITEM(p, 1), token);
    if (r != 0)
        return r;
    PyObject *starts = PyTuple_GET_ITEM(p, 2), *ends = PyTuple_GET_ITEM(p, 3), *infixes = PyTuple_GET_ITEM(p, 4);
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(starts); k++)
        if ((r = (int)PyUnicode_Tailmatch(token, PyTuple_GET_ITEM(starts, k), 0, PY_SSIZE_T_MAX, -1)) != 0)
            return r;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(ends); k++)
        if ((r = (int)PyUnicode_Tailmatch(token, PyTuple_GET_ITEM(ends, k), 0, PY_SSIZE_T_MAX, 1)) != 0)
            return r;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(infixes); k++)
        if ((r = PyUnicode_Contains(token, PyTuple_GET_ITEM(infixes, k))) != 0)
            return r;
    return 0;
}

/* a pattern token of the expected shape: (bool, frozenset, tuple, tuple, tuple) */
static int
spec_token_ok(PyObject *p)
{
    return PyTuple_Check(p) && PyTuple_GET_SIZE(p) == 5 && PyBool_Check(PyTuple_GET_ITEM(p, 0))
           && PyFrozenSet_Check(PyTuple_GET_ITEM(p, 1)) && PyTuple_Check(PyTuple_GET_ITEM(p, 2))
           && PyTuple_Check(PyTuple_GET_ITEM(p, 3)) && PyTuple_Check(PyTuple_GET_ITEM(p, 4));
}

/* triggers.match_pattern: the matched token indices into `out` (sorted), their number, or 0 for no match;
 * -1 error, -2 a pattern this code does not take (the Python code then runs) */
static Py_ssize_t
match_pattern(Py_ssize_t anchor, PyObject *pats, PyObject *tokens, Py_ssize_t start, Py_ssize_t end,
              Py_ssize_t s0, Py_ssize_t s1, Py_ssize_t max_gap, Py_ssize_t *out)
{
    Py_ssize_t n_pats = PyTuple_GET_SIZE(pats), n = 0;
    for (Py_ssize_t t = start; t < end; t++)
        out[n++] = t;
    Py_ssize_t pos = end, i = anchor + 1;
    while (i < n_pats) {
        Py_ssize_t gap = 0;
        if (PyTuple_GET_ITEM(PyTuple_GET_ITEM(pats, i), 0) == Py_True) {
            gap = max_gap;
            if (++i >= n_pats)
                return -2;
        }
        PyObject *p = PyTuple_GET_ITEM(pats, i);
        Py_ssize_t stop = pos + gap + 1 < s1 ? pos + gap + 1 : s1, j;
        for (j = pos; j < stop; j++) {
            int r = token_matches(p, PyTuple_GET_ITEM(PyList_GET_ITEM(tokens, j), 2));
            if (r < 0)
                return -1;
            if (r) {
                out[n++] = j;
                pos = j + 1;
                break;
            }
        }
        if (j >= stop)
            return 0;
        i++;
    }
    pos = start - 1;
    i = anchor - 1;
    while (i >= 0) {
        Py_ssize_t gap = 0;
        if (PyTuple_GET_ITEM(PyTuple_GET_ITEM(pats, i), 0) == Py_True) {
            gap = max_gap;
            if (--i < 0)
                return -2;
        }
        PyObject *p = PyTuple_GET_ITEM(pats, i);
        Py_ssize_t stop = pos - gap > s0 ? pos - gap : s0, j;  /* down to stop, inclusive */
        for (j = pos; j >= stop; j--) {
            int r = token_matches(p, PyTuple_GET_ITEM(PyList_GET_ITEM(tokens, j), 2));
            if (r < 0)
                return -1;
            if (r) {
                out[n++] = j;
                pos = j - 1;
                break;
            }
        }
        if (j < stop)
            return 0;
        i--;
    }
    for (Py_ssize_t a = 1; a < n; a++)  /* (a few indices: insertion sort) */
        for (Py_ssize_t b = a; b > 0 && out[b - 1] > out[b]; b--) {
            Py_ssize_t x = out[b];
            out[b] = out[b - 1];
            out[b - 1] = x;
        }
    return n;
}

/* (weight, -t0, -idx, entry, tuple of the indices), appended to cands; -1 error */
static int
append_candidate(PyObject *cands, PyObject *weight, Py_ssize_t t0, Py_ssize_t idx, PyObject *entry,
                 const Py_ssize_t *m, Py_ssize_t n)
{
    PyObject *mt = PyTuple_New(n);
    if (mt == NULL)
        return -1;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *o = offset(m[k]);
        if (o == NULL) {
            Py_DECREF(mt);
            return -1;
        }
        PyTuple_SET_ITEM(mt, k, o);
    }
    PyObject *neg_t0 = PyLong_FromSsize_t(-t0), *neg_idx = PyLong_FromSsize_t(-idx);
    PyObject *c = NULL;
    if (neg_t0 != NULL && neg_idx != NULL)
        c = PyTuple_Pack(5, weight, neg_t0, neg_idx, entry, mt);
    Py_XDECREF(neg_t0);
    Py_XDECREF(neg_idx);
    Py_DECREF(mt);
    return append_new(cands, c);
}

static inline Py_ssize_t
item_index(PyObject *t, Py_ssize_t i)
{
    PyObject *o = PyTuple_GET_ITEM(t, i);
    return PyLong_Check(o) ? PyLong_AsSsize_t(o) : -1;
}

/* trigger_index(specs): what trigger_candidates reads of a language's trigger specs, in C arrays, made once per
 * language. Most trigger hits of a sentence are of many-word patterns whose required words the sentence lacks
 * (74 hits, 56 of them so, in an article of the dev set): read from the spec tuples, each such check waited for
 * memory at every tuple and word it touched, spread over the lexicon's heap; here it reads the words' hashes
 * from one array and touches a word only when its hash is in the sentence. */

#define TRIGGER_INDEX_NAME "dyad._scanner.trigger_index"

typedef struct {
    PyObject *weight, *pats;  /* borrowed from the specs the index holds */
    Py_ssize_t n_pats, anchor;
    int ok;                   /* 0: a spec of a shape this code does not take (the candidates are then None) */
    Py_ssize_t req;           /* its required groups: group[req .. the next spec's req) */
} TSpec;

typedef struct {
    Py_hash_t hash;
    PyObject *word;  /* borrowed */
} TWord;

typedef struct {
    PyObject *specs;         /* owned: keeps what the arrays borrow alive */
    Py_ssize_t n;
    TSpec *spec;             /* n + 1 */
    Py_ssize_t *group;       /* the groups' words: word[group[g] .. group[g + 1]) */
    TWord *word;
} TIndex;

static void
tindex_free(TIndex *ix)
{
    Py_XDECREF(ix->specs);
    PyMem_Free(ix->spec);
    PyMem_Free(ix->group);
    PyMem_Free(ix->word);
    PyMem_Free(ix);
}

static void
tindex_capsule_free(PyObject *capsule)
{
    tindex_free(PyCapsule_GetPointer(capsule, TRIGGER_INDEX_NAME));
}

static PyObject *
sc_trigger_index(PyObject *self, PyObject *specs)
{
    if (!PyList_Check(specs)) {
        PyErr_SetString(PyExc_TypeError, "trigger_index(specs: list)");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(specs), n_groups = 0, n_words = 0;
    for (Py_ssize_t i = 0; i < n; i++) {  /* (sizes first) */
        PyObject *spec = PyList_GET_ITEM(specs, i), *required;
        if (!PyTuple_Check(spec) || PyTuple_GET_SIZE(spec) != 6 || !PyTuple_Check(required = PyTuple_GET_ITEM(spec, 2)))
            continue;
        n_groups += PyTuple_GET_SIZE(required);
        for (Py_ssize_t g = 0; g < PyTuple_GET_SIZE(required); g++)
            if (PyTuple_Check(PyTuple_GET_ITEM(required, g)))
                n_words += PyTuple_GET_SIZE(PyTuple_GET_ITEM(required, g));
    }
    TIndex *ix = PyMem_Calloc(1, sizeof(TIndex));
    if (ix == NULL)
        return PyErr_NoMemory();
    ix->specs = Py_NewRef(specs);
    ix->n = n;
    ix->spec = PyMem_Calloc(n + 1, sizeof(TSpec));
    ix->group = PyMem_Calloc(n_groups + 1, sizeof(Py_ssize_t));
    ix->word = PyMem_Calloc(n_words > 0 ? n_words : 1, sizeof(TWord));
    if (ix->spec == NULL || ix->group == NULL || ix->word == NULL) {
        tindex_free(ix);
        return PyErr_NoMemory();
    }
    Py_ssize_t g_at = 0, w_at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        TSpec *t = &ix->spec[i];
        t->req = g_at;
        PyObject *spec = PyList_GET_ITEM(specs, i), *pats, *required;
        if (!PyTuple_Check(spec) || PyTuple_GET_SIZE(spec) != 6 || !PyTuple_Check(pats = PyTuple_GET_ITEM(spec, 1))
            || !PyTuple_Check(required = PyTuple_GET_ITEM(spec, 2)))
            continue;
        t->weight = PyTuple_GET_ITEM(spec, 0);
        t->pats = pats;
        t->n_pats = PyTuple_GET_SIZE(pats);
        t->anchor = item_index(spec, 3);
        if (t->anchor < 0 || t->anchor >= t->n_pats) {
            if (PyErr_Occurred())
                PyErr_Clear();
            continue;
        }
        int ok = 1;
        for (Py_ssize_t k = 0; ok && t->n_pats > 1 && k < t->n_pats; k++)
            ok = spec_token_ok(PyTuple_GET_ITEM(pats, k));
        for (Py_ssize_t g = 0; ok && g < PyTuple_GET_SIZE(required); g++) {
            PyObject *alts = PyTuple_GET_ITEM(required, g);
            if (!PyTuple_Check(alts)) {
                ok = 0;
                break;
            }
            ix->group[g_at++] = w_at;
            for (Py_ssize_t j = 0; ok && j < PyTuple_GET_SIZE(alts); j++) {
                PyObject *w = PyTuple_GET_ITEM(alts, j);
                Py_hash_t h;
                if (!PyUnicode_Check(w) || (h = PyObject_Hash(w)) == -1) {
                    PyErr_Clear();
                    ok = 0;
                    break;
                }
                ix->word[w_at++] = (TWord){h, w};
            }
        }
        if (!ok)
            g_at = t->req;  /* (its groups are not read) */
        t->ok = ok;
    }
    ix->spec[n].req = g_at;
    ix->group[g_at] = w_at;
    PyObject *capsule = PyCapsule_New(ix, TRIGGER_INDEX_NAME, tindex_capsule_free);
    if (capsule == NULL)
        tindex_free(ix);
    return capsule;
}

/* one trigger hit (spec idx on tokens [t0, t1)) as the loop of trigger_candidates takes it, read from the
 * index: 1 done (a candidate appended or none), 0 unhandled, -1 error */
static int
indexed_candidate(const TIndex *tix, Py_ssize_t idx, PyObject *cands, PyObject *entry, PyObject *tokens, Words *words,
                  int *have_words, Py_ssize_t **m, Py_ssize_t *m_cap, Py_ssize_t t0, Py_ssize_t t1, Py_ssize_t s0,
                  Py_ssize_t s1, Py_ssize_t max_gap)
{
    const TSpec *t = &tix->spec[idx];
    if (!t->ok)
        return 0;
    if (*m_cap < (t1 - t0) + t->n_pats) {
        PyMem_Free(*m);
        *m_cap = (t1 - t0) + t->n_pats;
        if ((*m = PyMem_New(Py_ssize_t, *m_cap)) == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    }
    if (t->n_pats == 1) {  /* most patterns are one word: nothing more to match */
        for (Py_ssize_t k = t0; k < t1; k++)
            (*m)[k - t0] = k;
        return append_candidate(cands, t->weight, t0, idx, entry, *m, t1 - t0) < 0 ? -1 : 1;
    }
    if (t1 > s1 || t0 < s0)
        return 0;
    const Py_ssize_t g_end = tix->spec[idx + 1].req;
    if (!*have_words && g_end > t->req) {
        if (words_build(words) < 0)
            return -1;
        *have_words = 1;
    }
    for (Py_ssize_t g = t->req; g < g_end; g++) {  /* a word the pattern needs verbatim missing: no need to look */
        int any = 0;
        for (Py_ssize_t j = tix->group[g]; !any && j < tix->group[g + 1]; j++)
            any = words_has_hash(words, tix->word[j].hash, tix->word[j].word);
        if (!any)
            return 1;
    }
    Py_ssize_t n = match_pattern(t->anchor, t->pats, tokens, t0, t1, s0, s1, max_gap, *m);
    if (n == -1)
        return -1;
    if (n == -2)
        return 0;
    if (n > 0 && append_candidate(cands, t->weight, (*m)[0], idx, entry, *m, n) < 0)
        return -1;
    return 1;
}

/* trigger_candidates(hits, tokens, named, specs, triggers, s0, s1, max_gap[, index]): triggers._candidates_py in C, or
 * None when a record is not of the shape this code knows. With
 * index (trigger_index(specs)), the specs are read from it. */
static PyObject *
sc_trigger_candidates(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if ((nargs != 8 && nargs != 9) || !PyList_Check(args[0]) || !PyList_Check(args[1]) || !PyAnySet_Check(args[2])
        || !PyList_Check(args[3]) || !PyList_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "trigger_candidates(hits: list, tokens: list, named: set, specs: list, triggers: list, s0, s1, max_gap"
                        "[, index])");
        return NULL;
    }
    PyObject *hits = args[0], *tokens = args[1], *named = args[2], *specs = args[3], *triggers = args[4];
    const TIndex *tix = NULL;  /* trigger_index(specs), when given (of these very specs) */
    if (nargs == 9 && args[8] != Py_None) {
        if (!PyCapsule_IsValid(args[8], TRIGGER_INDEX_NAME)) {
            PyErr_SetString(PyExc_TypeError, "trigger_candidates: the index must be one trigger_index() made, or None");
            return NULL;
        }
        tix = PyCapsule_GetPointer(args[8], TRIGGER_INDEX_NAME);
        if (tix->specs != specs || tix->n != PyList_GET_SIZE(specs))
            tix = NULL;
    }
    Py_ssize_t s0 = PyLong_AsSsize_t(args[5]), s1 = PyLong_AsSsize_t(args[6]), max_gap = PyLong_AsSsize_t(args[7]);
    if ((s0 == -1 || s1 == -1 || max_gap == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t n_tokens = PyList_GET_SIZE(tokens);
    if (s0 < 0 || s1 > n_tokens || s0 > s1 || max_gap < 0)
        Py_RETURN_NONE;
    for (Py_ssize_t i = s0; i < s1; i++) {
        PyObject *t = PyList_GET_ITEM(tokens, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 3 || !PyUnicode_Check(PyTuple_GET_ITEM(t, 2)))
            Py_RETURN_NONE;
    }
    PyObject *cands = PyList_New(0), *result = NULL;
    Words words = {tokens, s0, s1, 0, NULL, NULL};
    int have_words = 0;
    Py_ssize_t *m = NULL, m_cap = 0;
    if (cands == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(hits); k++) {
        PyObject *h = PyList_GET_ITEM(hits, k);
        if (!PyTuple_Check(h) || PyTuple_GET_SIZE(h) != 6)
            goto unhandled;
        Py_ssize_t cat = item_index(h, 0), idx = item_index(h, 1), t0 = item_index(h, 2), t1 = item_index(h, 3);
        if (cat < 0 || idx < 0 || t0 < 0 || t1 < t0) {
            if (PyErr_Occurred())
                PyErr_Clear();
            goto unhandled;
        }
        if (cat != TRIGGER)
            continue;
        int r = PySet_Contains(named, PyTuple_GET_ITEM(h, 2));
        if (r < 0)
            goto done;
        if (r)
            continue;
        if (idx >= PyList_GET_SIZE(specs) || idx >= PyList_GET_SIZE(triggers))
            goto unhandled;
        if (tix != NULL) {
            int r2 = indexed_candidate(tix, idx, cands, PyList_GET_ITEM(triggers, idx), tokens, &words, &have_words,
                                       &m, &m_cap, t0, t1, s0, s1, max_gap);
            if (r2 < 0)
                goto done;
            if (r2 == 0)
                goto unhandled;
            continue;
        }
        PyObject *spec = PyList_GET_ITEM(specs, idx), *entry = PyList_GET_ITEM(triggers, idx);
        if (!PyTuple_Check(spec) || PyTuple_GET_SIZE(spec) != 6 || !PyTuple_Check(PyTuple_GET_ITEM(spec, 1))
            || !PyTuple_Check(PyTuple_GET_ITEM(spec, 2)))
            goto unhandled;
        PyObject *weight = PyTuple_GET_ITEM(spec, 0), *pats = PyTuple_GET_ITEM(spec, 1), *required = PyTuple_GET_ITEM(spec, 2);
        Py_ssize_t anchor = item_index(spec, 3), n_pats = PyTuple_GET_SIZE(pats);
        if (anchor < 0 || anchor >= n_pats) {
            if (PyErr_Occurred())
                PyErr_Clear();
            goto unhandled;
        }
        if (m_cap < (t1 - t0) + n_pats) {
            PyMem_Free(m);
            m_cap = (t1 - t0) + n_pats;
            if ((m = PyMem_New(Py_ssize_t, m_cap)) == NULL) {
                PyErr_NoMemory();
                goto done;
            }
        }
        if (n_pats == 1) {  /* most patterns are one word: nothing more to match */
            for (Py_ssize_t t = t0; t < t1; t++)
                m[t - t0] = t;
            if (append_candidate(cands, weight, t0, idx, entry, m, t1 - t0) < 0)
                goto done;
            continue;
        }
        for (Py_ssize_t i = 0; i < n_pats; i++)
            if (!spec_token_ok(PyTuple_GET_ITEM(pats, i)))
                goto unhandled;
        if (t1 > s1 || t0 < s0)
            goto unhandled;
        if (!have_words && PyTuple_GET_SIZE(required) > 0) {
            if (words_build(&words) < 0)
                goto done;
            have_words = 1;
        }
        int all = 1;  /* a word the pattern needs verbatim is missing from the sentence: no need to look */
        for (Py_ssize_t i = 0; all && i < PyTuple_GET_SIZE(required); i++) {
            PyObject *alts = PyTuple_GET_ITEM(required, i);
            if (!PyTuple_Check(alts))
                goto unhandled;
            int any = 0;
            for (Py_ssize_t j = 0; !any && j < PyTuple_GET_SIZE(alts); j++) {
                PyObject *w = PyTuple_GET_ITEM(alts, j);
                if (!PyUnicode_Check(w))
                    goto unhandled;
                if ((any = words_has(&words, w)) < 0)
                    goto done;
            }
            all = any;
        }
        if (!all)
            continue;
        Py_ssize_t n = match_pattern(anchor, pats, tokens, t0, t1, s0, s1, max_gap, m);
        if (n == -1)
            goto done;
        if (n == -2)
            goto unhandled;
        if (n > 0 && append_candidate(cands, weight, m[0], idx, entry, m, n) < 0)
            goto done;
    }
    result = Py_NewRef(cands);
    goto done;
unhandled:
    result = Py_NewRef(Py_None);
done:
    Py_DECREF(cands);
    PyMem_Free(m);
    PyMem_Free(words.slots);
    PyMem_Free(words.hashes);
    return result;
}

/* items[0..n) sorted by keys[0..n) (moved with them), ties kept in order: an insertion sort, for the few
 * records of a sentence, which mostly come in order already */
static void
sort_by_keys(PyObject **items, Py_ssize_t *keys, Py_ssize_t n)
{
    for (Py_ssize_t i = 1; i < n; i++) {
        Py_ssize_t k = keys[i], j = i;
        PyObject *x = items[i];
        for (; j > 0 && keys[j - 1] > k; j--) {
            keys[j] = keys[j - 1];
            items[j] = items[j - 1];
        }
        keys[j] = k;
        items[j] = x;
    }
}

/* a candidate (weight, -t0, -idx, entry, m) of the expected shape, its three keys read; 0 if not */
static int
candidate_keys(PyObject *c, Py_ssize_t *key)
{
    if (!PyTuple_Check(c) || PyTuple_GET_SIZE(c) != 5 || !PyTuple_Check(PyTuple_GET_ITEM(c, 4))
        || PyTuple_GET_SIZE(PyTuple_GET_ITEM(c, 4)) == 0)
        return 0;
    for (int k = 0; k < 3; k++) {
        PyObject *o = PyTuple_GET_ITEM(c, k);
        if (!PyLong_CheckExact(o))
            return 0;
        int overflow;
        key[k] = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (overflow || (key[k] == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            return 0;
        }
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(PyTuple_GET_ITEM(c, 4)); k++) {
        PyObject *t = PyTuple_GET_ITEM(PyTuple_GET_ITEM(c, 4), k);
        if (!PyLong_CheckExact(t) || PyLong_AsSsize_t(t) < 0) {
            PyErr_Clear();
            return 0;
        }
    }
    return 1;
}

/* the spec of trigger idx (weight, pats, required, anchor, type, mode), its type and mode read; 0 if not */
static int
spec_type_mode(PyObject *specs, Py_ssize_t idx, PyObject **type, PyObject **mode)
{
    if (idx < 0 || idx >= PyList_GET_SIZE(specs))
        return 0;
    PyObject *spec = PyList_GET_ITEM(specs, idx);
    if (!PyTuple_Check(spec) || PyTuple_GET_SIZE(spec) != 6 || !PyUnicode_CheckExact(PyTuple_GET_ITEM(spec, 4))
        || !PyUnicode_CheckExact(PyTuple_GET_ITEM(spec, 5)))
        return 0;
    *type = PyTuple_GET_ITEM(spec, 4);
    *mode = PyTuple_GET_ITEM(spec, 5);
    return 1;
}

static int
shares_token(PyObject *m, PyObject *om)
{
    for (Py_ssize_t a = 0; a < PyTuple_GET_SIZE(m); a++)
        for (Py_ssize_t b = 0; b < PyTuple_GET_SIZE(om); b++)
            if (PyLong_AsSsize_t(PyTuple_GET_ITEM(m, a)) == PyLong_AsSsize_t(PyTuple_GET_ITEM(om, b)))
                return 1;
    return 0;
}

/* trigger_select(cands, specs, TriggerMatch, with_mode): triggers._select_py in C (the candidates sorted by
 * (weight, -t0, -idx) from the highest, ties in their order; each whose tokens no earlier winner took wins;
 * a winner of type "-" gives nothing, one without a mode takes that of the first overlapping candidate of its
 * type with one (with_mode(idx, mode)); the matches made in order of first token, ties in win order), or
 * None when a record is not of the shape this code knows. */
static PyObject *
sc_trigger_select(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyList_Check(args[0]) || !PyList_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "trigger_select(cands: list, specs: list, TriggerMatch, with_mode)");
        return NULL;
    }
    PyObject *cands = args[0], *specs = args[1], *match_type = args[2], *with_mode = args[3];
    Py_ssize_t n = PyList_GET_SIZE(cands), max_t = 0;
    if (n == 0)
        return PyList_New(0);
    Py_ssize_t *keys = PyMem_New(Py_ssize_t, 3 * n), *order = PyMem_New(Py_ssize_t, n), *firsts = PyMem_New(Py_ssize_t, n);
    unsigned char *used = NULL;
    PyObject *out = NULL, *result = NULL;
    if (keys == NULL || order == NULL || firsts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyList_GET_ITEM(cands, i), *type, *mode;
        if (!candidate_keys(c, keys + 3 * i) || !spec_type_mode(specs, -keys[3 * i + 2], &type, &mode))
            goto unhandled;
        PyObject *m = PyTuple_GET_ITEM(c, 4);
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(m); k++) {
            Py_ssize_t t = PyLong_AsSsize_t(PyTuple_GET_ITEM(m, k));
            if (t > max_t)
                max_t = t;
        }
        /* insertion into the order, from the highest key; an equal key stays after the earlier one */
        Py_ssize_t j = i;
        for (; j > 0; j--) {
            const Py_ssize_t *a = keys + 3 * order[j - 1], *b = keys + 3 * i;
            if (a[0] > b[0] || (a[0] == b[0] && (a[1] > b[1] || (a[1] == b[1] && a[2] >= b[2]))))
                break;
            order[j] = order[j - 1];
        }
        order[j] = i;
    }
    if ((used = PyMem_Calloc(max_t + 1, 1)) == NULL || (out = PyList_New(0)) == NULL) {
        if (used == NULL)
            PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyList_GET_ITEM(cands, order[i]), *m = PyTuple_GET_ITEM(c, 4);
        Py_ssize_t size = PyTuple_GET_SIZE(m), k;
        for (k = 0; k < size && !used[PyLong_AsSsize_t(PyTuple_GET_ITEM(m, k))]; k++)
            ;
        if (k < size)
            continue;
        for (k = 0; k < size; k++)
            used[PyLong_AsSsize_t(PyTuple_GET_ITEM(m, k))] = 1;
        Py_ssize_t idx = -keys[3 * order[i] + 2];
        PyObject *type, *mode, *entry = PyTuple_GET_ITEM(c, 3), *made = NULL;
        spec_type_mode(specs, idx, &type, &mode);
        if (PyUnicode_GET_LENGTH(type) == 1 && PyUnicode_READ_CHAR(type, 0) == '-')
            continue;
        if (PyUnicode_GET_LENGTH(mode) == 0) {  /* a mode from an overlapping candidate of the type */
            for (Py_ssize_t j = 0; j < n; j++) {
                PyObject *other = PyList_GET_ITEM(cands, order[j]), *otype, *omode;
                spec_type_mode(specs, -keys[3 * order[j] + 2], &otype, &omode);
                if (str_eq(otype, type) && PyUnicode_GET_LENGTH(omode) > 0 && shares_token(m, PyTuple_GET_ITEM(other, 4))) {
                    PyObject *idx_obj = PyLong_FromSsize_t(idx);
                    if (idx_obj == NULL)
                        goto done;
                    PyObject *margs[2] = {idx_obj, omode};
                    made = PyObject_Vectorcall(with_mode, margs, 2, NULL);
                    Py_DECREF(idx_obj);
                    if (made == NULL)
                        goto done;
                    entry = made;
                    break;
                }
            }
        }
        PyObject *t1 = offset(PyLong_AsSsize_t(PyTuple_GET_ITEM(m, size - 1)) + 1);
        if (t1 == NULL) {
            Py_XDECREF(made);
            goto done;
        }
        PyObject *targs[4] = {entry, PyTuple_GET_ITEM(m, 0), t1, m};
        PyObject *tm = PyObject_Vectorcall(match_type, targs, 4, NULL);
        Py_DECREF(t1);
        Py_XDECREF(made);
        if (append_new(out, tm) < 0)
            goto done;
        firsts[PyList_GET_SIZE(out) - 1] = PyLong_AsSsize_t(PyTuple_GET_ITEM(m, 0));
    }
    sort_by_keys(((PyListObject *)out)->ob_item, firsts, PyList_GET_SIZE(out));  /* in order of first token */
    result = Py_NewRef(out);
    goto done;
unhandled:
    result = Py_NewRef(Py_None);
done:
    Py_XDECREF(out);
    PyMem_Free(keys);
    PyMem_Free(order);
    PyMem_Free(firsts);
    PyMem_Free(used);
    return result;
}

/* ------------------------------------------------------------------ sentence marks */

/* sentence_marks(tokens, t0, t1, cue_starts, boundary, quotes, break_kinds): roles._sentence_marks_py in C.
 * The one-character tokens of [t0, t1) in `boundary`, split into those in `quotes` and the rest, and the
 * sorted starts of the cues with a kind in `break_kinds`: (quotes, punct, breaks); None when a token is not
 * tokenize's or an index entry not (int, frozenset). */
static PyObject *
sc_sentence_marks(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 7 || !PyList_Check(args[0]) || !PyDict_Check(args[3]) || !PyAnySet_Check(args[4])
        || !PyAnySet_Check(args[5]) || !PyTuple_Check(args[6])) {
        PyErr_SetString(PyExc_TypeError,
                        "sentence_marks(tokens: list, t0, t1, cue_starts: dict, boundary: set, quotes: set, break_kinds: tuple)");
        return NULL;
    }
    PyObject *tokens = args[0], *cue_starts = args[3], *boundary = args[4], *quote_set = args[5], *kinds = args[6];
    Py_ssize_t t0 = PyLong_AsSsize_t(args[1]), t1 = PyLong_AsSsize_t(args[2]);
    if ((t0 == -1 || t1 == -1) && PyErr_Occurred())
        return NULL;
    if (t0 < 0 || t1 > PyList_GET_SIZE(tokens))
        Py_RETURN_NONE;
    PyObject *quotes = PyList_New(0), *punct = PyList_New(0), *breaks = PyList_New(0), *result = NULL;
    if (quotes == NULL || punct == NULL || breaks == NULL)
        goto done;
    for (Py_ssize_t i = t0; i < t1; i++) {
        PyObject *t = PyList_GET_ITEM(tokens, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 3 || !PyUnicode_Check(PyTuple_GET_ITEM(t, 2))) {
            result = Py_NewRef(Py_None);
            goto done;
        }
        PyObject *text = PyTuple_GET_ITEM(t, 2);
        if (PyUnicode_GET_LENGTH(text) != 1)
            continue;
        int r = PySet_Contains(boundary, text);
        if (r > 0)
            r = PySet_Contains(quote_set, text);
        else if (r == 0)
            continue;
        if (r < 0)
            goto done;
        if (append_new(r ? quotes : punct, offset(i)) < 0)
            goto done;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(cue_starts, &pos, &key, &value)) {
        if (!PyLong_CheckExact(key) || !PyFrozenSet_CheckExact(value)) {
            result = Py_NewRef(Py_None);
            goto done;
        }
        int r = 0;
        for (Py_ssize_t k = 0; !r && k < PyTuple_GET_SIZE(kinds); k++)
            if ((r = PySet_Contains(value, PyTuple_GET_ITEM(kinds, k))) < 0)
                goto done;
        if (r && PyList_Append(breaks, key) < 0)
            goto done;
    }
    if (PyList_Sort(breaks) < 0)
        goto done;
    result = PyTuple_Pack(3, quotes, punct, breaks);
done:
    Py_XDECREF(quotes);
    Py_XDECREF(punct);
    Py_XDECREF(breaks);
    return result;
}

/* ------------------------------------------------------------------ cues */

/* cue_hits(CueHit, hits, kinds, tokens, sent_end): mentions._cue_hits_py in C. For each hit (cat, idx, t0, t1,
 * ...): CueHit(kinds[idx], t0, t1, or t1 + 1 when token t1 is a lone apostrophe before sent_end), sorted by
 * t0, ties in hit order; None when a record is not of the shape this code knows. */
static PyObject *
sc_cue_hits(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5 || !PyType_Check(args[0]) || !PyType_IsSubtype((PyTypeObject *)args[0], &PyTuple_Type)
        || !PyList_Check(args[1]) || !PyTuple_Check(args[2]) || !PyList_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "cue_hits(CueHit, hits: list, kinds: tuple, tokens: list, sent_end)");
        return NULL;
    }
    PyTypeObject *cue = (PyTypeObject *)args[0];
    PyObject *hits = args[1], *kinds = args[2], *tokens = args[3];
    Py_ssize_t sent_end = PyLong_AsSsize_t(args[4]);
    if (sent_end == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(hits), n_tokens = PyList_GET_SIZE(tokens);
    PyObject *out = PyList_New(n);
    Py_ssize_t *keys = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    if (out == NULL || keys == NULL) {
        Py_XDECREF(out);
        PyMem_Free(keys);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *h = PyList_GET_ITEM(hits, i);
        if (!PyTuple_Check(h) || PyTuple_GET_SIZE(h) != 6)
            goto unhandled;
        Py_ssize_t idx = item_index(h, 1), t0 = item_index(h, 2), t1 = item_index(h, 3);
        if (idx < 0 || t0 < 0 || t1 < 0 || idx >= PyTuple_GET_SIZE(kinds)) {
            PyErr_Clear();
            goto unhandled;
        }
        PyObject *end;
        if (t1 < sent_end) {
            if (t1 >= n_tokens)
                goto unhandled;
            PyObject *tok = PyList_GET_ITEM(tokens, t1);
            if (!PyTuple_Check(tok) || PyTuple_GET_SIZE(tok) != 3 || !PyUnicode_Check(PyTuple_GET_ITEM(tok, 2)))
                goto unhandled;
            Py_UCS4 c;
            end = one_char(PyTuple_GET_ITEM(tok, 2), &c) && c == '\'' ? offset(t1 + 1) : Py_NewRef(PyTuple_GET_ITEM(h, 3));
        }
        else
            end = Py_NewRef(PyTuple_GET_ITEM(h, 3));
        PyObject *items[3] = {Py_NewRef(PyTuple_GET_ITEM(kinds, idx)), Py_NewRef(PyTuple_GET_ITEM(h, 2)), end};
        PyObject *c = new_record(cue, items, 3);
        if (c == NULL) {
            Py_DECREF(out);
            PyMem_Free(keys);
            return NULL;
        }
        PyList_SET_ITEM(out, i, c);
        keys[i] = t0;
    }
    sort_by_keys(((PyListObject *)out)->ob_item, keys, n);  /* by t0 */
    PyMem_Free(keys);
    return out;
unhandled:
    Py_DECREF(out);  /* (a list of NULLs and records: list_dealloc takes both) */
    PyMem_Free(keys);
    Py_RETURN_NONE;
}

/* a | b of two frozensets of cue kinds, from a small cache: the same few unions come back in every article
 * (the cache holds the operands, so a pointer seen again is the same set) */
static struct {
    PyObject *a, *b, *union_;
} unions[64];

static PyObject *
kinds_union(PyObject *a, PyObject *b)
{
    size_t k = (((uintptr_t)a >> 4) ^ ((uintptr_t)b >> 5)) & 63;
    if (unions[k].a == a && unions[k].b == b)
        return Py_NewRef(unions[k].union_);
    PyObject *u = PyNumber_Or(a, b);
    if (u == NULL || !PyFrozenSet_CheckExact(u))
        return u;
    Py_XDECREF(unions[k].a);
    Py_XDECREF(unions[k].b);
    Py_XDECREF(unions[k].union_);
    unions[k].a = Py_NewRef(a);
    unions[k].b = Py_NewRef(b);
    unions[k].union_ = Py_NewRef(u);
    return u;
}

/* cue_index(cues, kind_sets): mentions._cue_index_py in C; None when a cue is not a (str, int, int) tuple */
static PyObject *
sc_cue_index(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyList_Check(args[0]) || !PyDict_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "cue_index(cues: list, kind_sets: dict)");
        return NULL;
    }
    PyObject *cues = args[0], *kind_sets = args[1];
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(cues); i++) {
        PyObject *c = PyList_GET_ITEM(cues, i);
        if (!PyTuple_Check(c) || PyTuple_GET_SIZE(c) != 3 || !PyUnicode_CheckExact(PyTuple_GET_ITEM(c, 0))
            || !PyLong_CheckExact(PyTuple_GET_ITEM(c, 1)) || !PyLong_CheckExact(PyTuple_GET_ITEM(c, 2)))
            Py_RETURN_NONE;
    }
#if PY_VERSION_HEX < 0x030D0000
    /* (sized for the cues at once: no growing as they are added) */
    PyObject *starts = _PyDict_NewPresized(PyList_GET_SIZE(cues)), *ends = _PyDict_NewPresized(PyList_GET_SIZE(cues));
#else
    PyObject *starts = PyDict_New(), *ends = PyDict_New();
#endif
    if (starts == NULL || ends == NULL)
        goto error;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(cues); i++) {
        PyObject *c = PyList_GET_ITEM(cues, i), *kind = PyTuple_GET_ITEM(c, 0);
        PyObject *one = PyDict_GetItemWithError(kind_sets, kind);  /* borrowed */
        if (one == NULL) {
            if (PyErr_Occurred())
                goto error;
            PyObject *pair = PyTuple_Pack(1, kind);
            one = pair == NULL ? NULL : PyFrozenSet_New(pair);
            Py_XDECREF(pair);
            if (one == NULL || PyDict_SetItem(kind_sets, kind, one) < 0) {
                Py_XDECREF(one);
                goto error;
            }
            Py_DECREF(one);  /* (kind_sets holds it) */
        }
        Py_INCREF(one);  /* kept across the calls below, which may run Python code (a key's __eq__: not for ints) */
        for (int side = 1; side <= 2; side++) {
            PyObject *index = side == 1 ? starts : ends, *t = PyTuple_GET_ITEM(c, side);
            /* (one lookup that also inserts: most tokens hold one cue of a side; the same kinds twice stay one) */
            PyObject *at = PyDict_SetDefault(index, t, one), *v;  /* borrowed */
            if (at == NULL) {
                Py_DECREF(one);
                goto error;
            }
            if (at == one)
                continue;
            v = kinds_union(at, one);
            if (v == NULL || PyDict_SetItem(index, t, v) < 0) {
                Py_XDECREF(v);
                Py_DECREF(one);
                goto error;
            }
            Py_DECREF(v);
        }
        Py_DECREF(one);
    }
    PyObject *r = PyTuple_Pack(2, starts, ends);
    Py_DECREF(starts);
    Py_DECREF(ends);
    return r;
error:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    return NULL;
}

/* ------------------------------------------------------------------ actor units */

enum { PLACE = 6 };  /* matcher.PLACE */

/* the strs the units hold that are not read from the specs, and those the dates are compared with: made at import */
static PyObject *s_empty, *s_city, *s_agent, *s_person, *s_unknown, *s_9999;

/* a hit of a mention or a place, as build_units keeps it */
typedef struct {
    Py_ssize_t s0, s1, seq;  /* its tokens [s0, s1); its index in hits, plus len(hits) for a place */
    Py_ssize_t cat, idx;
    PyObject *hit;           /* borrowed */
} UnitHit;

/* the order of the spans: (s0 - s1, s0, s1), the longest first, then the earliest; hits in order within one */
static int
unit_hit_order(const void *a, const void *b)
{
    const UnitHit *x = a, *y = b;
    Py_ssize_t lx = x->s0 - x->s1, ly = y->s0 - y->s1;
    if (lx != ly)
        return lx < ly ? -1 : 1;
    if (x->s0 != y->s0)
        return x->s0 < y->s0 ? -1 : 1;
    if (x->s1 != y->s1)
        return x->s1 < y->s1 ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

typedef struct {
    Py_ssize_t t0, seq;
    PyObject *unit;  /* owned */
} Made;

static int
made_order(const void *a, const void *b)
{
    const Made *x = a, *y = b;
    if (x->t0 != y->t0)
        return x->t0 < y->t0 ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* a tuple of n exact strs */
static inline int
str_tuple(PyObject *t, Py_ssize_t n)
{
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != n)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (!PyUnicode_CheckExact(PyTuple_GET_ITEM(t, i)))
            return 0;
    return 1;
}

/* item i of a list of tuples of n exact strs, borrowed; NULL when i is out of range or the item of another shape */
static inline PyObject *
spec_at(PyObject *list, Py_ssize_t i, Py_ssize_t n)
{
    if (i < 0 || i >= PyList_GET_SIZE(list))
        return NULL;
    PyObject *t = PyList_GET_ITEM(list, i);
    return str_tuple(t, n) ? t : NULL;
}

/* a < b, a == b, a > b of two strs as Python compares them (code point by code point): -1, 0, 1; b followed by
 * the ASCII `suffix`, without making the joined str */
static int
str_cmp(PyObject *a, PyObject *b, const char *suffix)
{
    Py_ssize_t na = PyUnicode_GET_LENGTH(a), nb = PyUnicode_GET_LENGTH(b), ns = (Py_ssize_t)strlen(suffix);
    int ka = PyUnicode_KIND(a), kb = PyUnicode_KIND(b);
    const void *da = PyUnicode_DATA(a), *db = PyUnicode_DATA(b);
    for (Py_ssize_t i = 0; i < na && i < nb + ns; i++) {
        Py_UCS4 x = PyUnicode_READ(ka, da, i), y = i < nb ? PyUnicode_READ(kb, db, i) : (Py_UCS4)(unsigned char)suffix[i - nb];
        if (x != y)
            return x < y ? -1 : 1;
    }
    return na < nb + ns ? -1 : na > nb + ns;
}

/* mentions._valid_dates: is the row of (valid_from, valid_to) valid on `on` (a str, or NULL for None)? */
static int
valid_on(PyObject *valid_from, PyObject *valid_to, PyObject *on)
{
    if (on == NULL || PyUnicode_GET_LENGTH(on) == 0)
        return PyUnicode_GET_LENGTH(valid_to) == 0;
    if (PyUnicode_GET_LENGTH(valid_from) > 0 && str_cmp(on, valid_from, "") < 0)
        return 0;
    if (PyUnicode_GET_LENGTH(valid_to) > 0
        && str_cmp(on, valid_to, PyUnicode_GET_LENGTH(valid_to) <= 7 ? "-99" : "") > 0)  /* (a month: all of it) */
        return 0;
    return 1;
}

/* mentions.pick_entry on the actor specs e[0 .. n) (tuples of 8 strs, n >= 1): the entry (borrowed) and its sector */
static PyObject *
pick_entry(PyObject *const *e, Py_ssize_t n, PyObject *on, PyObject **sector)
{
#define VALID_FROM(x) PyTuple_GET_ITEM(x, 6)
#define VALID_TO(x) PyTuple_GET_ITEM(x, 7)
    PyObject *first = e[0];
    if (n == 1 && PyUnicode_GET_LENGTH(VALID_FROM(first)) == 0 && PyUnicode_GET_LENGTH(VALID_TO(first)) == 0) {
        *sector = PyTuple_GET_ITEM(first, 1);
        return first;
    }
    PyObject *best = NULL;  /* the latest-starting valid row, the first of equals (as max() keeps) */
    for (Py_ssize_t i = 0; i < n; i++)
        if (valid_on(VALID_FROM(e[i]), VALID_TO(e[i]), on)
            && (best == NULL || str_cmp(VALID_FROM(e[i]), VALID_FROM(best), "") > 0))
            best = e[i];
    if (best != NULL) {
        *sector = PyTuple_GET_ITEM(best, 1);
        return best;
    }
    PyObject *latest = first;  /* the greatest (valid_to or "9999", valid_from), the first of equals */
    for (Py_ssize_t i = 1; i < n; i++) {
        PyObject *to = VALID_TO(e[i]), *latest_to = VALID_TO(latest);
        int c = str_cmp(PyUnicode_GET_LENGTH(to) ? to : s_9999, PyUnicode_GET_LENGTH(latest_to) ? latest_to : s_9999, "");
        if (c > 0 || (c == 0 && str_cmp(VALID_FROM(e[i]), VALID_FROM(latest), "") > 0))
            latest = e[i];
    }
    *sector = str_eq(PyTuple_GET_ITEM(latest, 2), s_person) ? s_empty : PyTuple_GET_ITEM(latest, 1);
    return latest;
#undef VALID_FROM
#undef VALID_TO
}

static inline int
is_one_of(PyObject *s, const char *const *names)
{
    for (; *names != NULL; names++)
        if (PyUnicode_CompareWithASCIIString(s, *names) == 0)
            return 1;
    return 0;
}

static const char *const NON_STATE[] = {"REB", "OPP", NULL};                  /* mentions.NON_STATE */
static const char *const STATE_SECTORS[] = {"GOV", "MIL", "POL", "SPY", NULL};  /* mentions.STATE_SECTORS */

/* mentions._with_tail: the sector and role (borrowed, replaced in place) of an actor of kind `kind` whose word
 * ends in the agent noun of spec `a` (sector, origin, role) */
static void
with_tail(PyObject *kind, PyObject **sector, PyObject **role, PyObject *a)
{
    PyObject *a_sector = PyTuple_GET_ITEM(a, 0);
    if (str_eq(kind, s_person)) {
        if (PyUnicode_GET_LENGTH(*sector) == 0)
            *sector = a_sector;
    }
    else if (PyUnicode_GET_LENGTH(a_sector) > 0 && !(is_one_of(*sector, NON_STATE) && is_one_of(a_sector, STATE_SECTORS)))
        *sector = a_sector;
    if (PyUnicode_GET_LENGTH(*role) == 0)
        *role = PyTuple_GET_ITEM(a, 2);
}

#define UNIT_STACK 64

/* build_units(Unit, hits, actors, agents, places, on, locative_ends): mentions._build_units_py in C, or None when a
 * record is not of the shape this code knows. The mentions (actor and agent hits) not inside a longer place and
 * the places not right after a locative are grouped by span, the spans taken longest first, then earliest, each
 * unless a token of it is taken already; a span's first hit says what unit it makes. */
static PyObject *
sc_build_units(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 7 || !PyCallable_Check(args[0]) || !PyList_Check(args[1]) || !PyList_Check(args[2])
        || !PyList_Check(args[3]) || !PyList_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "build_units(Unit, hits: list, actors: list, agents: list, places: list, on, locative_ends)");
        return NULL;
    }
    PyObject *unit = args[0], *hits = args[1], *actors = args[2], *agents = args[3], *places = args[4];
    PyObject *on = args[5] == Py_None ? NULL : args[5], *ends_set = args[6];
    if ((on != NULL && !PyUnicode_CheckExact(on)) || !PyAnySet_Check(ends_set))
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(hits), n_ends = PySet_GET_SIZE(ends_set);
    UnitHit hit_stack[UNIT_STACK], *uh = hit_stack;
    Py_ssize_t span_stack[2 * UNIT_STACK], *spans = span_stack, end_stack[UNIT_STACK], *ends = end_stack;
    PyObject *pick_stack[UNIT_STACK], **picked = pick_stack;
    Made made_stack[UNIT_STACK], *made = made_stack;
    unsigned char taken_stack[1024], *taken = taken_stack;
    Py_ssize_t n_uh = 0, n_spans = 0, n_made = 0, lo = PY_SSIZE_T_MAX, hi = 0;
    PyObject *result = NULL;
    if (n > UNIT_STACK) {
        uh = PyMem_New(UnitHit, n);
        spans = PyMem_New(Py_ssize_t, 2 * n);
        picked = PyMem_New(PyObject *, n);
        made = PyMem_New(Made, n);
        if (uh == NULL || spans == NULL || picked == NULL || made == NULL) {
            PyErr_NoMemory();
            goto done;
        }
    }
    if (n_ends > UNIT_STACK && (ends = PyMem_New(Py_ssize_t, n_ends)) == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (n_ends > 0) {  /* the locative ends: ints */
        PyObject *it = PyObject_GetIter(ends_set), *t;
        Py_ssize_t k = 0;
        if (it == NULL)
            goto done;
        while ((t = PyIter_Next(it)) != NULL) {
            Py_ssize_t v = PyLong_CheckExact(t) && k < n_ends ? PyLong_AsSsize_t(t) : -1;
            int odd = !PyLong_CheckExact(t) || k >= n_ends || (v == -1 && PyErr_Occurred());
            Py_DECREF(t);
            if (odd) {
                Py_DECREF(it);
                PyErr_Clear();
                goto unhandled;
            }
            ends[k++] = v;
        }
        Py_DECREF(it);
        if (PyErr_Occurred())
            goto done;
        n_ends = k;
    }
    /* the hits: mentions in order, then places; the spans of the places of several tokens */
    Py_ssize_t n_place_hits = 0, n_tails = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *h = PyList_GET_ITEM(hits, i);
        if (!PyTuple_Check(h) || PyTuple_GET_SIZE(h) != 6)
            goto unhandled;
        for (Py_ssize_t k = 0; k < 6; k++)
            if (!PyLong_CheckExact(PyTuple_GET_ITEM(h, k)))
                goto unhandled;
        Py_ssize_t cat = PyLong_AsSsize_t(PyTuple_GET_ITEM(h, 0));
        if (cat == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            goto unhandled;
        }
        if (cat == PLACE)
            n_place_hits++;
        else if (cat == TAIL)
            n_tails++;
        else if (cat == ACTOR || cat == AGENT) {
            Py_ssize_t idx = item_index(h, 1), t0 = item_index(h, 2), t1 = item_index(h, 3);
            if (idx < 0 || t0 < 0 || t1 < 0) {
                PyErr_Clear();
                goto unhandled;
            }
            uh[n_uh++] = (UnitHit){t0, t1, i, cat, idx, h};
        }
    }
    for (Py_ssize_t i = 0; n_place_hits > 0 && i < n; i++) {
        PyObject *h = PyList_GET_ITEM(hits, i);
        if (item_index(h, 0) != PLACE)
            continue;
        Py_ssize_t idx = item_index(h, 1), t0 = item_index(h, 2), t1 = item_index(h, 3);
        if (idx < 0 || t0 < 0 || t1 < 0) {
            PyErr_Clear();
            goto unhandled;
        }
        uh[n_uh++] = (UnitHit){t0, t1, n + i, PLACE, idx, h};
        if (t1 - t0 > 1) {
            spans[2 * n_spans] = t0;
            spans[2 * n_spans + 1] = t1;
            n_spans++;
        }
    }
    /* keep the mentions not inside a longer place ("South China Sea": a place, not China) and the places not
     * right after a locative */
    Py_ssize_t kept = 0;
    for (Py_ssize_t i = 0; i < n_uh; i++) {
        UnitHit *u = &uh[i];
        int keep = 1;
        if (u->cat != PLACE) {
            for (Py_ssize_t k = 0; keep && k < n_spans; k++) {
                Py_ssize_t p0 = spans[2 * k], p1 = spans[2 * k + 1];
                if (p0 <= u->s0 && u->s1 <= p1 && p1 - p0 > u->s1 - u->s0)
                    keep = 0;
            }
        }
        else {
            for (Py_ssize_t k = 0; keep && k < n_ends; k++)
                if (u->s0 - 3 <= ends[k] && ends[k] <= u->s0)
                    keep = 0;
        }
        if (keep) {
            uh[kept++] = *u;
            if (u->s0 < lo)
                lo = u->s0;
            if (u->s1 > hi)
                hi = u->s1;
        }
    }
    if (kept > 16)
        qsort(uh, kept, sizeof(UnitHit), unit_hit_order);
    else  /* (a few hits: an insertion sort, without qsort's calls) */
        for (Py_ssize_t i = 1; i < kept; i++)
            for (Py_ssize_t k = i; k > 0 && unit_hit_order(&uh[k - 1], &uh[k]) > 0; k--) {
                UnitHit x = uh[k];
                uh[k] = uh[k - 1];
                uh[k - 1] = x;
            }
    if (hi - lo > (Py_ssize_t)sizeof(taken_stack)) {
        if ((taken = PyMem_Calloc(hi - lo, 1)) == NULL) {
            PyErr_NoMemory();
            goto done;
        }
    }
    else if (hi > lo)
        memset(taken_stack, 0, hi - lo);
    /* a span's hits are together, mentions first (a place whose span a mention has, or an earlier place, is not
     * in by_span) */
    for (Py_ssize_t i = 0, j; i < kept; i = j) {
        UnitHit *g = &uh[i];
        for (j = i + 1; j < kept && uh[j].s0 == g->s0 && uh[j].s1 == g->s1; j++)
            ;
        int open = 1;  /* (any_in) */
        for (Py_ssize_t t = g->s0; open && t < g->s1; t++)
            open = !taken[t - lo];
        if (!open)
            continue;
        for (Py_ssize_t t = g->s0; t < g->s1; t++)
            taken[t - lo] = 1;
        PyObject *h0 = g->hit, *u_args[10];
        Py_ssize_t n_args = 10;
        u_args[0] = PyTuple_GET_ITEM(h0, 2);
        u_args[1] = PyTuple_GET_ITEM(h0, 3);
        u_args[2] = PyTuple_GET_ITEM(h0, 4);
        u_args[3] = PyTuple_GET_ITEM(h0, 5);
        if (g->cat == PLACE) {
            PyObject *p = spec_at(places, g->idx, 3);  /* (country, name, origin) */
            if (p == NULL)
                goto unhandled;
            PyObject *country = PyTuple_GET_ITEM(p, 0);
            if (PyUnicode_GET_LENGTH(country) == 0 || str_eq(country, s_unknown))
                continue;  /* a sea or disputed island names no side */
            u_args[4] = country;
            u_args[5] = s_empty;
            u_args[6] = s_city;
            u_args[7] = PyTuple_GET_ITEM(p, 1);
            u_args[8] = PyTuple_GET_ITEM(p, 2);
            n_args = 9;
        }
        else {
            Py_ssize_t n_picked = 0;
            for (Py_ssize_t k = i; k < j && uh[k].cat != PLACE; k++) {
                if (uh[k].cat != ACTOR)
                    continue;
                if ((picked[n_picked++] = spec_at(actors, uh[k].idx, 8)) == NULL)
                    goto unhandled;
            }
            if (n_picked > 0) {  /* (code, sector, kind, entity, origin, role, valid_from, valid_to) */
                PyObject *sector, *e = pick_entry(picked, n_picked, on, &sector);
                u_args[4] = PyTuple_GET_ITEM(e, 0);
                u_args[5] = sector;
                u_args[6] = PyTuple_GET_ITEM(e, 2);
                u_args[7] = PyTuple_GET_ITEM(e, 3);
                u_args[8] = PyTuple_GET_ITEM(e, 4);
                u_args[9] = PyTuple_GET_ITEM(e, 5);
                for (Py_ssize_t k = 0; n_tails > 0 && k < n; k++) {  /* "US-Außenminister": the noun that ends it */
                    PyObject *t = PyList_GET_ITEM(hits, k);
                    if (item_index(t, 0) != TAIL || item_index(t, 2) != g->s0 || item_index(t, 3) != g->s1)
                        continue;
                    PyObject *a = spec_at(agents, item_index(t, 1), 3);  /* (sector, origin, role) */
                    if (a == NULL)
                        goto unhandled;
                    with_tail(u_args[6], &u_args[5], &u_args[9], a);
                    break;
                }
            }
            else {
                PyObject *a = spec_at(agents, g->idx, 3);  /* (sector, origin, role) */
                if (a == NULL)
                    goto unhandled;
                u_args[4] = Py_None;
                u_args[5] = PyTuple_GET_ITEM(a, 0);
                u_args[6] = s_agent;
                u_args[7] = s_empty;
                u_args[8] = PyTuple_GET_ITEM(a, 1);
                u_args[9] = PyTuple_GET_ITEM(a, 2);
            }
        }
        PyObject *u = PyObject_Vectorcall(unit, u_args, n_args, NULL);
        if (u == NULL)
            goto done;
        made[n_made] = (Made){g->s0, n_made, u};
        n_made++;
    }
    if (n_made > 16)  /* units.sort(key=t0): stable (made in order: seq breaks ties) */
        qsort(made, n_made, sizeof(Made), made_order);
    else
        for (Py_ssize_t i = 1; i < n_made; i++)
            for (Py_ssize_t k = i; k > 0 && made[k - 1].t0 > made[k].t0; k--) {
                Made x = made[k];
                made[k] = made[k - 1];
                made[k - 1] = x;
            }
    if ((result = PyList_New(n_made)) == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < n_made; k++)
        PyList_SET_ITEM(result, k, made[k].unit);
    n_made = 0;  /* (the list holds them) */
    goto done;
unhandled:
    result = Py_NewRef(Py_None);
done:
    for (Py_ssize_t k = 0; k < n_made; k++)
        Py_DECREF(made[k].unit);
    if (uh != hit_stack) {
        PyMem_Free(uh);
        PyMem_Free(spans);
        PyMem_Free(picked);
        PyMem_Free(made);
    }
    if (ends != end_stack)
        PyMem_Free(ends);
    if (taken != taken_stack)
        PyMem_Free(taken);
    return result;
}

/* ------------------------------------------------------------------ stopword counts */

/* stopwords(weights, tokens, limit): text._stopwords_py in C. Of the first `limit` tokens, how many are
 * words (their first character is a letter), and each language's score: the weights of the stopwords
 * among them, summed as the Python code sums them (each distinct word in order of first occurrence, its
 * count times each of its weights): (dict language -> score, n_words); None when the tokens are not
 * tokenize's or the weights not (language, float) pairs. */
typedef struct {
    PyObject *word, *weights;  /* borrowed: a token's text and its value in `weights` */
    Py_hash_t hash;
    Py_ssize_t count;
} Stopword;

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
    /* the distinct stopwords in order of first occurrence, and an open-addressing table of their indices */
    Py_ssize_t cap = 16, n_found = 0, n_words = 0;
    while (cap < 2 * n)
        cap *= 2;
    Stopword *found = PyMem_New(Stopword, n > 0 ? n : 1);
    Py_ssize_t *slots = PyMem_New(Py_ssize_t, cap);
    PyObject *score = NULL, *result = NULL;
    if (found == NULL || slots == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < cap; k++)
        slots[k] = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = items[i];
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 3 || !PyUnicode_Check(PyTuple_GET_ITEM(t, 2))
            || ready(PyTuple_GET_ITEM(t, 2), "token text") < 0) {
            PyErr_Clear();
            goto unhandled;
        }
        PyObject *w = PyTuple_GET_ITEM(t, 2);
        if (PyUnicode_GET_LENGTH(w) == 0 || !u_alpha(PyUnicode_READ_CHAR(w, 0)))
            continue;
        n_words++;
        PyObject *v = PyDict_GetItemWithError(weights, w);  /* borrowed; w's hash is now cached */
        if (v == NULL) {
            if (PyErr_Occurred())
                goto done;
            continue;
        }
        Py_hash_t h = PyObject_Hash(w);
        if (h == -1)
            goto done;
        Py_ssize_t k = (size_t)h & (cap - 1);
        while (slots[k] >= 0 && !(found[slots[k]].hash == h && str_eq(found[slots[k]].word, w)))
            k = (k + 1) & (cap - 1);
        if (slots[k] >= 0)
            found[slots[k]].count++;
        else {
            found[n_found] = (Stopword){w, v, h, 1};
            slots[k] = n_found++;
        }
    }
    if ((score = PyDict_New()) == NULL)
        goto done;
    for (Py_ssize_t j = 0; j < n_found; j++) {
        PyObject *v = found[j].weights;
        if (!PyTuple_Check(v))
            goto unhandled;
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(v); k++) {
            PyObject *pair = PyTuple_GET_ITEM(v, k);
            if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 || !PyFloat_CheckExact(PyTuple_GET_ITEM(pair, 1)))
                goto unhandled;
            PyObject *code = PyTuple_GET_ITEM(pair, 0), *had = PyDict_GetItemWithError(score, code);
            if (had == NULL && PyErr_Occurred())
                goto done;
            if (had != NULL && !PyFloat_CheckExact(had))
                goto unhandled;
            /* score[code] = score.get(code, 0.0) + n * wt */
            double sum = (had == NULL ? 0.0 : PyFloat_AS_DOUBLE(had))
                         + (double)found[j].count * PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(pair, 1));
            PyObject *f = PyFloat_FromDouble(sum);
            if (f == NULL || PyDict_SetItem(score, code, f) < 0) {
                Py_XDECREF(f);
                goto done;
            }
            Py_DECREF(f);
        }
    }
    result = Py_BuildValue("(On)", score, n_words);
    goto done;
unhandled:
    result = Py_NewRef(Py_None);
done:
    Py_XDECREF(score);
    PyMem_Free(found);
    PyMem_Free(slots);
    Py_DECREF(seq);
    return result;
}

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
     "stopwords(weights, tokens, limit) -> (dict language -> score, number of words), or None when the tokens "
     "are not tokenize's: text._stopwords_py in C."},
    {"trigger_index", (PyCFunction)sc_trigger_index, METH_O,
     "trigger_index(specs): what trigger_candidates reads of the specs, in C arrays."},
    {"trigger_candidates", (PyCFunction)(void (*)(void))sc_trigger_candidates, METH_FASTCALL,
     "trigger_candidates(hits, tokens, named, specs, triggers, s0, s1, max_gap) -> the candidates of "
     "triggers._candidates_py, or None when a record is not of the shape it knows."},
    {"trigger_select", (PyCFunction)(void (*)(void))sc_trigger_select, METH_FASTCALL,
     "trigger_select(cands, specs, TriggerMatch, with_mode) -> triggers._select_py's list, or None."},
    {"sentence_marks", (PyCFunction)(void (*)(void))sc_sentence_marks, METH_FASTCALL,
     "sentence_marks(tokens, t0, t1, cue_starts, boundary, quotes, break_kinds) -> roles._sentence_marks_py's "
     "(quotes, punct, breaks), or None."},
    {"cue_hits", (PyCFunction)(void (*)(void))sc_cue_hits, METH_FASTCALL,
     "cue_hits(CueHit, hits, kinds, tokens, sent_end) -> mentions._cue_hits_py's list, or None."},
    {"cue_index", (PyCFunction)(void (*)(void))sc_cue_index, METH_FASTCALL,
     "cue_index(cues, kind_sets) -> mentions._cue_index_py's (starts, ends), or None."},
    {"build_units", (PyCFunction)(void (*)(void))sc_build_units, METH_FASTCALL,
     "build_units(Unit, hits, actors, agents, places, on, locative_ends) -> mentions._build_units_py's list of "
     "Unit, or None when a record is not of the shape it knows."},
    {"fold", (PyCFunction)sc_fold, METH_O,
     "fold(s) -> s lower-cased with its apostrophes made \"'\", or None where lexicon._fold_py must decide."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "dyad._scanner",
    "The text front end in C (clean, fold, tokenize, Matcher.scan, segment, stopword counts), identical to the Python code it stands for.",
    -1, methods,
};

PyMODINIT_FUNC
PyInit__scanner(void)
{
    fill_latin1();
    if ((s_empty = PyUnicode_FromString("")) == NULL || (s_city = PyUnicode_InternFromString("city")) == NULL
        || (s_agent = PyUnicode_InternFromString("agent")) == NULL
        || (s_person = PyUnicode_InternFromString("person")) == NULL
        || (s_unknown = PyUnicode_InternFromString("---")) == NULL  /* records.UNKNOWN */
        || (s_9999 = PyUnicode_InternFromString("9999")) == NULL)
        return NULL;
    return PyModule_Create(&module);
}
