"""_lib.py — finds and loads libaigov.so with ctypes and declares the C functions the package
calls (include/aigov/aigov.h). ctypes, not cffi: it is in the standard library (nothing to
install, nothing compiled at install or import), and a ctypes.CDLL function releases the GIL
for the length of each call, so that threads check profiles in parallel as the C library
allows (a corpus is immutable and shared).

Where the library is found, first match wins:
  1. AIGOV_LIB: the path of libaigov.so (or of the build or lib folder holding it);
  2. pkg-config (aigov.pc, PKG_CONFIG_PATH honoured): the folder the .pc file is in, one
     up (a relocated `make install PREFIX=...`), then its libdir;
  3. the build tree of a source checkout this package sits in (python/../build);
  4. the dynamic loader's search path (ld.so.cache, LD_LIBRARY_PATH)."""
import ctypes
import ctypes.util
import os
import subprocess

NAMES = ("libaigov.so.0", "libaigov.so")


def _in_dir(d):
    for n in NAMES:
        p = os.path.join(d, n)
        if os.path.exists(p):
            return p
    return None


def _pkg_config():
    out = []
    for var in ("pcfiledir", "libdir"):
        try:
            p = subprocess.run(["pkg-config", f"--variable={var}", "aigov"], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return out
        v = p.stdout.strip()
        if p.returncode == 0 and v:
            out.append(os.path.dirname(v) if var == "pcfiledir" else v)
    return out


def candidates():
    """The places looked at, in order (for the error message when none holds the library)."""
    c = []
    env = os.environ.get("AIGOV_LIB")
    if env:
        c.append(env)
    c += _pkg_config()
    here = os.path.dirname(os.path.abspath(__file__))
    c.append(os.path.join(os.path.dirname(os.path.dirname(here)), "build"))
    return c


def find():
    for c in candidates():
        p = c if os.path.isfile(c) else _in_dir(c)
        if p:
            return p
    return ctypes.util.find_library("aigov")


class Diag(ctypes.Structure):
    _fields_ = [("file", ctypes.c_char * 256), ("line", ctypes.c_int), ("col", ctypes.c_int), ("span", ctypes.c_int),
                ("json_path", ctypes.c_char * 256), ("source_line", ctypes.c_char * 256), ("message", ctypes.c_char * 512)]


class Diags(ctypes.Structure):
    _fields_ = [("items", ctypes.POINTER(Diag)), ("n", ctypes.c_int), ("cap", ctypes.c_int), ("dropped", ctypes.c_int)]


class CheckOpts(ctypes.Structure):
    _fields_ = [("role", ctypes.c_char_p), ("all", ctypes.c_bool)]


class Counts(ctypes.Structure):
    _fields_ = [(n, ctypes.c_int) for n in (
        "instruments", "applies", "applies_from", "unknown", "exempt", "revoked", "not_applicable", "binding_applies",
        "prohibited", "conflicts", "banned", "binding_applies_from", "binding_unknown")]


class AnalysisArgs(ctypes.Structure):
    """aigov_analysis_args: every field a string (or NULL), in the header's order."""
    _fields_ = [(n, ctypes.c_char_p) for n in ("date", "id", "topic", "layer", "jurisdiction", "limit",
                                               "from_", "to", "by", "companies", "id2")]


class AnalysisOpts(ctypes.Structure):
    """aigov_analysis_opts, field for field (include/aigov/aigov.h)."""
    _fields_ = [("date", ctypes.c_char_p), ("id", ctypes.c_char_p), ("topic", ctypes.c_char_p), ("layer", ctypes.c_char_p),
                ("jurisdiction", ctypes.c_char_p), ("limit", ctypes.c_int), ("from_", ctypes.c_int), ("to", ctypes.c_int),
                ("by", ctypes.c_char_p), ("companies", ctypes.c_bool), ("id2", ctypes.c_char_p)]


class LegitimacyOpts(ctypes.Structure):
    _fields_ = [("id", ctypes.c_char_p), ("date", ctypes.c_char_p), ("topic", ctypes.c_char_p),
                ("criteria_name", ctypes.c_char_p), ("criteria", ctypes.c_char_p), ("criteria_len", ctypes.c_size_t),
                ("revoke", ctypes.POINTER(ctypes.c_char_p)), ("nrevoke", ctypes.c_int)]


P = ctypes.c_void_p
S = ctypes.c_char_p
ST = ctypes.POINTER(ctypes.c_int)
D = ctypes.POINTER(Diags)
PP = ctypes.POINTER(ctypes.c_void_p)

# name: (restype, argtypes). Functions returning a malloc'd string return a void pointer,
# read with string_at and released with free().
PROTOS = {
    "aigov_strerror": (S, [ctypes.c_int]),
    "aigov_diags_init": (None, [D, ctypes.c_int]),
    "aigov_diags_free": (None, [D]),
    "aigov_diag_format": (P, [ctypes.POINTER(Diag)]),
    "aigov_corpus_load_dir": (ctypes.c_int, [S, PP, D]),
    "aigov_corpus_load_builtin": (ctypes.c_int, [PP, D]),
    "aigov_corpus_load_with_overlay": (ctypes.c_int, [S, S, S, ctypes.c_size_t, PP, D]),
    "aigov_corpus_free": (None, [P]),
    "aigov_corpus_render": (P, [P, S, S, S, D]),
    "aigov_corpus_export": (P, [P, S, D, ST]),
    "aigov_profile_parse": (ctypes.c_int, [P, S, S, ctypes.c_size_t, S, PP, D]),
    "aigov_profile_free": (None, [P]),
    "aigov_check": (ctypes.c_int, [P, P, ctypes.POINTER(CheckOpts), PP, D]),
    "aigov_result_free": (None, [P]),
    "aigov_result_counts_get": (None, [P, ctypes.POINTER(Counts)]),
    "aigov_result_undecided_binding": (ctypes.c_int, [P]),
    "aigov_result_render": (P, [P, S]),
    "aigov_analysis_run": (P, [P, S, ctypes.POINTER(AnalysisArgs), S, D, ST]),
    "aigov_whatif": (P, [P, P, S, ctypes.c_size_t, ctypes.POINTER(AnalysisOpts), S, D, ST]),
    "aigov_legitimacy": (P, [P, ctypes.POINTER(LegitimacyOpts), S, D, ST]),
    "aigov_date_valid": (ctypes.c_bool, [S]),
}

_lib = None
_libc = None


def lib():
    """The loaded library (loaded once, on first use)."""
    global _lib, _libc
    if _lib is None:
        path = find()
        if not path:
            raise OSError("libaigov.so not found: set AIGOV_LIB to its path, install aigov (make install; pkg-config finds "
                          "aigov.pc) or build it (make build). Looked in: " + ", ".join(candidates()))
        lb = ctypes.CDLL(path)
        for name, (res, args) in PROTOS.items():
            f = getattr(lb, name)
            f.restype = res
            f.argtypes = args
        _libc = ctypes.CDLL(None)
        _libc.free.argtypes = [ctypes.c_void_p]
        _libc.free.restype = None
        _lib = lb
    return _lib


def take_string(ptr):
    """The text of a malloc'd C string, which is freed; None for NULL."""
    if not ptr:
        return None
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        _libc.free(ptr)


def enc(s):
    return None if s is None else str(s).encode("utf-8")
