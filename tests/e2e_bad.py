#!/usr/bin/env python3
"""e2e_bad.py — runs every bad-input case against the real aigov binary.

Usage (CTest runs it from the repository root):  python3 tests/e2e_bad.py PATH_TO_AIGOV

Four kinds of cases, all data:
  tests/bad/corpus/NAME/    a complete small corpus with one defect, run as
                            `aigov validate --corpus tests/bad/corpus/NAME`;
                            `expected` holds the stderr lines that do not start with
                            whitespace (each `file:line:col: error: ...` line, then any
                            "N more errors not shown" and the "N errors" count), exactly;
                            `exit` holds the exit code; an optional `caret` holds the two
                            display lines (source line and caret line) under the first
                            error; an optional `xfail` says why the case is known to fail.
  tests/bad/profiles/NAME.expected
                            `exit: N` then the stderr lines that do not start with
                            whitespace, exactly, for `aigov check tests/bad/profiles/NAME.json`
                            against the built-in corpus (NAME.json may be missing or a
                            directory: that is the case).
  tests/bad/overlays/NAME.expected
                            the same, for `aigov map --overlay tests/bad/overlays/NAME.yaml`
                            (a what-if overlay, docs/overlay.md) on the built-in corpus.
  tests/bad/cli/cases.txt   bad command lines: args, exit code, first stderr line.

Every case runs as a real process (an argument list, no shell) with a 20 s timeout, so a
hang is a failure. A failing command must leave stdout empty. For every error line with a
line and column, the caret line under it must start at that column. The last line printed
is exactly "N passed, N failed"; the exit status is non-zero when anything failed.
"""
import difflib
import os
import re
import shlex
import subprocess
import sys

TIMEOUT = 20
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR_LINE = re.compile(r'^(.+?):(\d+):(\d+): error: ')
SRC_LINE = re.compile(r'^ *(\d+) \| (.*)$')
CARET_PREFIX = '      | '

passed = 0
failed = 0
notes = []


def run(aigov, args):
    """Runs aigov with args; returns (exit code, stdout, stderr) or raises TimeoutExpired."""
    env = dict(os.environ, LC_ALL='C', LANG='C')
    p = subprocess.run([aigov] + args, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    return (p.returncode, p.stdout.decode('utf-8', 'replace'),
            p.stderr.decode('utf-8', 'replace'))


def message_lines(stderr):
    """The stderr lines that are not the source/caret display (which are indented)."""
    return [l for l in stderr.splitlines() if l and not l[0].isspace()]


def diff(want, got, what):
    return ''.join(difflib.unified_diff([l + '\n' for l in want], [l + '\n' for l in got],
                                        'expected ' + what, 'actual ' + what))


def caret_problems(stderr):
    """Checks every error line's display: its line number and the caret's column."""
    problems = []
    lines = stderr.splitlines()
    for i, l in enumerate(lines):
        m = ERR_LINE.match(l)
        if not m or i + 2 >= len(lines):
            continue
        s = SRC_LINE.match(lines[i + 1])
        if not s:
            continue  # no display (e.g. the line is too long to show)
        line, col = int(m.group(2)), int(m.group(3))
        caret = lines[i + 2]
        if int(s.group(1)) != line:
            problems.append('display shows line %s under an error at line %d' % (s.group(1), line))
        if not caret.startswith(CARET_PREFIX) or '^' not in caret:
            problems.append('no caret line after: ' + l)
            continue
        pad = caret[len(CARET_PREFIX):caret.index('^')]
        if pad.strip(' \t') or len(pad) != col - 1:
            problems.append('caret at column %d, error says column %d: %s' % (len(pad) + 1, col, l))
    return problems


def report(name, problems, xfail=None):
    global passed, failed
    if xfail is not None:
        if problems:
            notes.append('XFAIL %s (known bug: %s)' % (name, xfail.strip().splitlines()[0]))
            passed += 1
        else:
            print('FAIL %s: passes but is marked xfail; delete its xfail file' % name)
            failed += 1
        return
    if problems:
        failed += 1
        print('FAIL %s' % name)
        for p in problems:
            print('  ' + p.replace('\n', '\n  ').rstrip())
    else:
        passed += 1


def check_run(aigov, name, args, want_exit, want_lines, first_only=False, caret=None, xfail=None):
    try:
        code, out, err = run(aigov, args)
    except subprocess.TimeoutExpired:
        report(name, ['timed out after %d s (a hang)' % TIMEOUT], xfail)
        return
    problems = []
    if code != want_exit:
        problems.append('exit code %d, expected %d; stderr:\n%s' % (code, want_exit, err))
    if want_exit != 0 and out:
        problems.append('stdout is not empty on failure:\n' + out[:2000])
    got = message_lines(err)
    if first_only:
        got_first = err.splitlines()[:len(want_lines)]
        if got_first != want_lines:
            problems.append(diff(want_lines, got_first, 'first stderr line'))
    elif got != want_lines:
        problems.append(diff(want_lines, got, 'stderr'))
    problems += caret_problems(err)
    if caret is not None:
        lines = err.splitlines()
        got_caret = lines[1:3] if len(lines) >= 3 else lines[1:]
        if got_caret != caret:
            problems.append(diff(caret, got_caret, 'caret display'))
    report(name, problems, xfail)


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def corpus_cases(aigov):
    base = os.path.join('tests', 'bad', 'corpus')
    # The base every case is made from must itself be valid.
    check_run(aigov, 'corpus/fixtures-mini-is-valid', ['validate', '--corpus', 'tests/fixtures/mini'], 0, [])
    for name in sorted(os.listdir(os.path.join(ROOT, base))):
        d = os.path.join(base, name)
        if not os.path.isdir(os.path.join(ROOT, d)):
            continue
        want = read(os.path.join(ROOT, d, 'expected')).splitlines()
        want_exit = int(read(os.path.join(ROOT, d, 'exit')).strip())
        caret_path = os.path.join(ROOT, d, 'caret')
        caret = read(caret_path).splitlines() if os.path.exists(caret_path) else None
        xfail_path = os.path.join(ROOT, d, 'xfail')
        xfail = read(xfail_path) if os.path.exists(xfail_path) else None
        check_run(aigov, 'corpus/' + name, ['validate', '--corpus', d], want_exit, want,
                  caret=caret, xfail=xfail)


def expected_cases(aigov, kind, args):
    """tests/bad/KIND/NAME.expected ("exit: N", then the stderr lines) for each NAME;
    args(path of NAME's input) is the command line that must produce them."""
    base = os.path.join('tests', 'bad', kind)
    ext = {'profiles': '.json', 'overlays': '.yaml'}[kind]
    for f in sorted(os.listdir(os.path.join(ROOT, base))):
        if not f.endswith('.expected'):
            continue
        name = f[:-len('.expected')]
        lines = read(os.path.join(ROOT, base, f)).splitlines()
        if not lines or not lines[0].startswith('exit: '):
            report(kind + '/' + name, ['%s must start with "exit: N"' % f])
            continue
        check_run(aigov, kind + '/' + name, args(os.path.join(base, name + ext)),
                  int(lines[0][len('exit: '):]), lines[1:])


def profile_cases(aigov):
    expected_cases(aigov, 'profiles', lambda path: ['check', path])


def overlay_cases(aigov):
    expected_cases(aigov, 'overlays', lambda path: ['map', '--overlay', path])


def cli_cases(aigov):
    text = read(os.path.join(ROOT, 'tests', 'bad', 'cli', 'cases.txt'))
    blocks = re.split(r'\n\s*\n', text)
    n = 0
    for block in blocks:
        fields = {}
        for l in block.splitlines():
            if not l.strip() or l.startswith('#'):
                continue
            key, _, value = l.partition(':')
            fields[key.strip()] = value[1:] if value.startswith(' ') else value
        if not fields:
            continue
        n += 1
        name = 'cli/' + fields.get('name', 'case %d' % n)
        if not {'args', 'exit', 'stderr'} <= fields.keys():
            report(name, ['a case needs args, exit and stderr: ' + repr(fields)])
            continue
        check_run(aigov, name, shlex.split(fields['args']), int(fields['exit']),
                  [fields['stderr']], first_only=True)


def main():
    if len(sys.argv) != 2:
        print('usage: python3 tests/e2e_bad.py PATH_TO_AIGOV', file=sys.stderr)
        return 2
    aigov = os.path.abspath(sys.argv[1])
    corpus_cases(aigov)
    profile_cases(aigov)
    overlay_cases(aigov)
    cli_cases(aigov)
    for n in notes:
        print(n)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
