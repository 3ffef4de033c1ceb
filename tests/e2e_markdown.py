#!/usr/bin/env python3
"""e2e_markdown.py — every Markdown output of aigov is valid Markdown: rendered with
python3-markdown (Debian package python3-markdown, with its `tables` extension), each has a
heading, its lists and tables become <ul>/<ol>/<table>, its tags balance, and no `**`,
`__` or backtick is left over in the rendered text (an unclosed bold or code span).

Usage: python3 tests/e2e_markdown.py PATH_TO_AIGOV
"""
import html.parser
import os
import re
import sys

try:
    import markdown  # python3-markdown, installed by scripts/deps.sh test
except ImportError:
    # Debian's package is for Debian's python3; another python3 first in PATH (pyenv, a
    # virtualenv) may not see it.
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise

from e2elib import finish, ok, run

COMMANDS = [
    (["check", "examples/cv-screener-us-to-eu.json", "--format", "md"], ["ul"]),
    (["check", "examples/frontier-open-3e25.json", "examples/emotion-recognition-work.json", "--format", "md"], ["ul"]),
    (["check", "examples/incomplete-hr-tool.json", "--format", "md"], ["ul"]),
    (["corpus", "list", "--format", "md"], ["table"]),
    (["corpus", "list", "actors", "--format", "md"], ["table"]),
    (["corpus", "list", "regions", "--format", "md"], ["table"]),
    (["corpus", "show", "eu-ai-act", "--format", "md"], ["ul"]),
    (["corpus", "show", "eu-ai-act/art5-emotion-recognition-work-education", "--format", "md"], ["ul"]),
    (["corpus", "stats", "--format", "md"], ["ul"]),
    (["gaps", "--format", "md"], []),
    (["conflicts", "--format", "md"], []),
    (["divergence", "oecd-ai-principles", "--format", "md"], []),
    (["whatif", "examples/overlays/advanced-ai-governance-organization.yaml", "--format", "md"], []),
]


class Balance(html.parser.HTMLParser):
    VOID = {"br", "hr", "img", "input", "meta", "link"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1] == "code"):
            self.text.append(data)


def main():
    aigov = sys.argv[1]
    for args, must in COMMANDS:
        rc, out, err = run(aigov, *args, timeout=120)
        name = "aigov " + " ".join(args)
        ok(rc in (0, 1) and out.strip(), f"{name}: exit {rc}: {err.strip()[:300]}")
        if not out.strip():
            continue
        page = markdown.markdown(out, extensions=["tables"])
        b = Balance()
        b.feed(page)
        b.close()
        ok(not b.errors and not b.stack, f"{name}: tags balance: {b.errors[:3]} open {b.stack[:3]}")
        ok(re.search(r"<h[1-3]>", page) is not None, f"{name}: has a heading")
        for tag in must:
            ok(f"<{tag}>" in page, f"{name}: renders a <{tag}>")
        text = "".join(b.text)
        for stray in ("**", "__", "`"):
            where = text.find(stray)
            ok(where < 0, f"{name}: stray {stray!r} in the rendered text: ...{text[max(0, where - 60):where + 40]!r}")
        # Every line that opens bold closes it.
        for n, line in enumerate(out.splitlines(), 1):
            if line.count("**") % 2:
                ok(False, f"{name}: line {n} has an unclosed **: {line[:120]!r}")
                break
    return finish()


if __name__ == "__main__":
    sys.exit(main())
