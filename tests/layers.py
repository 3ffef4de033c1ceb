#!/usr/bin/env python3
"""The library's layers, one folder each under src/, in one-way order:

    base -> lang -> corpus -> legit -> check -> analysis

A file may include headers of its own layer and of the layers below it, never above.
cli/ and server/ sit on top and reach the library only through include/aigov/ (server/
headers are theirs). Fails naming each file:line that breaks the order, and any src/
file that sits outside a layer folder.

Usage: layers.py [REPO_ROOT]   (ctest runs it as `layers`)
"""
import os
import re
import sys

LAYERS = ["base", "lang", "corpus", "legit", "check", "analysis"]
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def includes(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                yield n, m.group(1)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    src = os.path.join(root, "src")
    bad = []
    for name in sorted(os.listdir(src)):
        full = os.path.join(src, name)
        if os.path.isfile(full):
            bad.append(f"src/{name}: a library file must sit in a layer folder ({', '.join(LAYERS)})")
        elif name not in LAYERS:
            bad.append(f"src/{name}/: not a layer (expected one of {', '.join(LAYERS)})")
    for layer in LAYERS:
        d = os.path.join(src, layer)
        if not os.path.isdir(d):
            bad.append(f"src/{layer}/: missing layer folder")
            continue
        rank = LAYERS.index(layer)
        for name in sorted(os.listdir(d)):
            if not name.endswith((".c", ".h")):
                continue
            rel = f"src/{layer}/{name}"
            for n, inc in includes(os.path.join(d, name)):
                if inc.startswith("aigov/"):
                    continue
                top = inc.split("/", 1)[0]
                if "/" not in inc or top not in LAYERS:
                    bad.append(f"{rel}:{n}: includes \"{inc}\": name a library header by its layer (\"LAYER/file.h\")")
                elif not os.path.isfile(os.path.join(src, inc)):
                    bad.append(f"{rel}:{n}: includes \"{inc}\", which does not exist")
                elif LAYERS.index(top) > rank:
                    bad.append(f"{rel}:{n}: layer '{layer}' includes \"{inc}\" of the higher layer '{top}'")
    for top in ("cli", "server"):
        d = os.path.join(root, top)
        for dirpath, _, files in os.walk(d):
            for name in sorted(files):
                if not name.endswith((".c", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                for n, inc in includes(path):
                    if inc.split("/", 1)[0] in LAYERS or os.path.isfile(os.path.join(src, inc)):
                        bad.append(f"{rel}:{n}: includes library internals \"{inc}\"; use include/aigov/ only")
    for b in bad:
        print(b)
    counted = sum(len([f for f in os.listdir(os.path.join(src, l)) if f.endswith((".c", ".h"))])
                  for l in LAYERS if os.path.isdir(os.path.join(src, l)))
    print(f"layers: {counted} files in {len(LAYERS)} layers, {len(bad)} violation(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
