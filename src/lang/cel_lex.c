/* cel_lex.c — the condition language's lexer: bytes -> tokens (numbers, strings,
 * identifiers, punctuation, operators), plus the UTF-8 validator the compiler runs first.
 *
 * Owns: CEL's lexical grammar as far as this subset goes (a leading '-' belongs to a
 * number literal; quoted strings with CEL's simple escapes only) and the messages for
 * characters that are not part of the language ("did you mean '=='?").
 * Must not: know about names, types or precedence (cel_parse.c does), print, or keep
 * state outside the ag_cel_lexer it is handed. */
#include "lang/cel.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

size_t ag_utf8_invalid_at(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        unsigned cp, min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (len - i <= need) return i;
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        /* Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not text. */
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
        i += need + 1;
    }
    return len;
}

static bool lex_fail(ag_cel_error *err, size_t off, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool lex_fail(ag_cel_error *err, size_t off, size_t len, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err->offset = off;
    err->len = len ? len : 1;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return false;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_ident_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }

/* Length in bytes of the (valid) UTF-8 sequence starting with byte c. */
static size_t utf8_seq_len(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void describe_char(const char *s, size_t avail, char *buf, size_t cap) {
    unsigned char c = (unsigned char)s[0];
    if (c >= 0x20 && c < 0x7F) snprintf(buf, cap, "'%c'", c);
    else if (c < 0x80) snprintf(buf, cap, "control character U+%04X", c);
    else {
        size_t n = utf8_seq_len(c);
        if (n > avail) n = avail;
        snprintf(buf, cap, "'%.*s'", (int)n, s);
    }
}

/* Scans a number literal at lx->pos (which starts with '-', '.' or a digit). Grammar:
 * '-'? (DIGIT+ ('.' DIGIT+)? | '.' DIGIT+) ([eE] [+-]? DIGIT+)? */
static bool lex_number(ag_cel_lexer *lx, ag_cel_token *tok, ag_cel_error *err) {
    const char *s = lx->src;
    size_t start = lx->pos, i = start;
    if (s[i] == '-') {
        i++;
        if (!(is_digit(s[i]) || (s[i] == '.' && is_digit(s[i + 1]))))
            return lex_fail(err, start, 1,
                            "unexpected '-': there is no arithmetic; '-' may only start a "
                            "negative number such as -3");
    }
    while (is_digit(s[i])) i++;
    if (s[i] == '.' && is_digit(s[i + 1])) {
        i++;
        while (is_digit(s[i])) i++;
    }
    if (s[i] == 'e' || s[i] == 'E') {
        size_t j = i + 1;
        if (s[j] == '+' || s[j] == '-') j++;
        if (!is_digit(s[j]))
            return lex_fail(err, start, j - start, "invalid number literal '%.*s': exponent has no digits",
                            (int)(j - start), s + start);
        while (is_digit(s[j])) j++;
        i = j;
    }
    if (is_ident_char((unsigned char)s[i])) {
        size_t j = i;
        while (is_ident_char((unsigned char)s[j])) j++;
        return lex_fail(err, start, j - start,
                        "invalid number literal '%.*s' (only decimal numbers such as 12, 1.5 or "
                        "1e25; no hexadecimal and no 'u' suffix)",
                        (int)(j - start), s + start);
    }
    /* strtod wants a NUL-terminated copy; literals are short, so the stack usually does. */
    char small[64], *buf = small;
    size_t n = i - start;
    if (n >= sizeof small) {
        buf = ag_arena_strndup(lx->arena, s + start, n);
        if (!buf) return lex_fail(err, start, n, "out of memory");
    } else {
        memcpy(small, s + start, n);
        small[n] = '\0';
    }
    double v = strtod(buf, NULL);
    if (isinf(v))
        return lex_fail(err, start, n, "number literal '%.*s' is out of range", (int)n, s + start);
    tok->kind = AG_TK_NUM;
    tok->num = v;
    lx->pos = i;
    return true;
}

static bool lex_string(ag_cel_lexer *lx, ag_cel_token *tok, ag_cel_error *err) {
    const char *s = lx->src;
    size_t start = lx->pos;
    char q = s[start];
    if (start + 2 < lx->len && s[start + 1] == q && s[start + 2] == q)
        return lex_fail(err, start, 3, "triple-quoted strings are not supported");
    /* Decoded text is never longer than the source span, so the rest of the source bounds it. */
    char *out = ag_arena_alloc(lx->arena, 1, lx->len - start + 1, 1);
    if (!out) return lex_fail(err, start, 1, "out of memory");
    size_t i = start + 1, n = 0;
    for (;;) {
        if (i >= lx->len)
            return lex_fail(err, start, i - start, "unterminated string (missing closing %c)", q);
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q) { i++; break; }
        if (c < 0x20 || c == 0x7F)
            return lex_fail(err, i, 1,
                            "raw control character U+%04X in a string (write an escape such as \\n "
                            "or \\t)", c);
        if (c != '\\') { out[n++] = (char)c; i++; continue; }
        char e = s[i + 1], d;
        switch (e) {
        case 'a': d = '\a'; break;
        case 'b': d = '\b'; break;
        case 'f': d = '\f'; break;
        case 'n': d = '\n'; break;
        case 'r': d = '\r'; break;
        case 't': d = '\t'; break;
        case 'v': d = '\v'; break;
        case '\\': case '\'': case '"': case '`': case '?': d = e; break;
        default: {
            char what[32];
            if (i + 1 >= lx->len) snprintf(what, sizeof what, "at end of input");
            else describe_char(s + i + 1, lx->len - i - 1, what, sizeof what);
            return lex_fail(err, i, i + 1 < lx->len ? 2 : 1,
                            "unsupported escape: backslash followed by %s (supported: \\a \\b \\f \\n "
                            "\\r \\t \\v \\\\ \\' \\\" \\` \\?)", what);
        }
        }
        out[n++] = d;
        i += 2;
    }
    out[n] = '\0';
    tok->kind = AG_TK_STR;
    tok->str = out;
    tok->str_len = (uint32_t)n;
    lx->pos = i;
    return true;
}

bool ag_cel_lex_next(ag_cel_lexer *lx, ag_cel_token *tok, ag_cel_error *err) {
    const char *s = lx->src;
    for (;;) {
        while (lx->pos < lx->len && (s[lx->pos] == ' ' || s[lx->pos] == '\t' || s[lx->pos] == '\n' ||
                                     s[lx->pos] == '\r' || s[lx->pos] == '\f'))
            lx->pos++;
        /* CEL's line comments, so a long condition can be annotated in place. */
        if (lx->pos + 1 < lx->len && s[lx->pos] == '/' && s[lx->pos + 1] == '/') {
            while (lx->pos < lx->len && s[lx->pos] != '\n') lx->pos++;
            continue;
        }
        break;
    }
    size_t start = lx->pos;
    memset(tok, 0, sizeof *tok);
    tok->offset = (uint32_t)start;
    if (start >= lx->len) {
        tok->kind = AG_TK_EOF;
        return true;
    }
    unsigned char c = (unsigned char)s[start];
    unsigned char c1 = start + 1 < lx->len ? (unsigned char)s[start + 1] : 0;
    bool ok = true;
    if (is_digit(c) || c == '-' || (c == '.' && is_digit(c1))) {
        ok = lex_number(lx, tok, err);
    } else if (c == '\'' || c == '"') {
        ok = lex_string(lx, tok, err);
    } else if (is_ident_start(c)) {
        size_t i = start;
        while (i < lx->len && is_ident_char((unsigned char)s[i])) i++;
        if (i - start == 1 && (s[i] == '\'' || s[i] == '"') &&
            (c == 'r' || c == 'R' || c == 'b' || c == 'B'))
            return lex_fail(err, start, 2, "raw and byte strings (%c'...') are not supported", c);
        lx->pos = i;
        if (i - start == 2 && s[start] == 'i' && s[start + 1] == 'n') {
            tok->kind = AG_TK_IN;
        } else {
            tok->kind = AG_TK_IDENT;
            tok->str = s + start;
            tok->str_len = (uint32_t)(i - start);
        }
    } else {
        uint8_t kind = AG_TK_EOF;
        size_t n = 1;
        switch (c) {
        case '.': kind = AG_TK_DOT; break;
        case ',': kind = AG_TK_COMMA; break;
        case '(': kind = AG_TK_LPAREN; break;
        case ')': kind = AG_TK_RPAREN; break;
        case '[': kind = AG_TK_LBRACKET; break;
        case ']': kind = AG_TK_RBRACKET; break;
        case '&':
            if (c1 != '&') return lex_fail(err, start, 1, "unexpected '&'; did you mean '&&'?");
            kind = AG_TK_AND; n = 2;
            break;
        case '|':
            if (c1 != '|') return lex_fail(err, start, 1, "unexpected '|'; did you mean '||'?");
            kind = AG_TK_OR; n = 2;
            break;
        case '=':
            if (c1 != '=') return lex_fail(err, start, 1, "unexpected '='; did you mean '=='?");
            kind = AG_TK_EQ; n = 2;
            break;
        case '!':
            if (c1 == '=') { kind = AG_TK_NE; n = 2; }
            else kind = AG_TK_NOT;
            break;
        case '<':
            if (c1 == '=') { kind = AG_TK_LE; n = 2; }
            else kind = AG_TK_LT;
            break;
        case '>':
            if (c1 == '=') { kind = AG_TK_GE; n = 2; }
            else kind = AG_TK_GT;
            break;
        case '?': case ':':
            return lex_fail(err, start, 1,
                            "unexpected '%c': the conditional operator ?: is not supported "
                            "(combine conditions with && and ||)", c);
        case '+': case '*': case '/': case '%':
            return lex_fail(err, start, 1, "unexpected '%c': there is no arithmetic in conditions", c);
        case '{': case '}':
            return lex_fail(err, start, 1, "unexpected '%c': maps and messages are not supported", c);
        default: {
            char what[48];
            describe_char(s + start, lx->len - start, what, sizeof what);
            return lex_fail(err, start, c < 0x80 ? 1 : utf8_seq_len(c), "unexpected character %s", what);
        }
        }
        tok->kind = kind;
        lx->pos = start + n;
    }
    if (!ok) return false;
    tok->len = (uint32_t)(lx->pos - start);
    return true;
}

void ag_cel_tok_describe(const ag_cel_lexer *lx, const ag_cel_token *tok, char *buf, size_t cap) {
    const char *span = lx->src + tok->offset;
    int n = tok->len > 40 ? 40 : (int)tok->len;
    const char *more = tok->len > 40 ? "..." : "";
    switch (tok->kind) {
    case AG_TK_EOF: snprintf(buf, cap, "end of expression"); break;
    case AG_TK_NUM: snprintf(buf, cap, "number %.*s%s", n, span, more); break;
    case AG_TK_STR: snprintf(buf, cap, "string %.*s%s", n, span, more); break;
    case AG_TK_IDENT: snprintf(buf, cap, "identifier '%.*s%s'", n, span, more); break;
    default: snprintf(buf, cap, "'%.*s'", n, span); break;
    }
}
