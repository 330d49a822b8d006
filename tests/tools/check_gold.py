#!/usr/bin/env python3
"""check_gold.py - sanity checks for gold figure files (tests/golden/figures).

Usage:
    check_gold.py GOLD.figures.tsv TEXT.txt
    check_gold.py --all

A gold file is UTF-8, tab-separated, with the header
    section value unit qualifier kind yoy_of context
and one row per figure.  For each row it checks: 7 fields, section is an
integer, kind is a known kind, the context occurs in the text (both NFKC
normalised, all whitespace removed: hard line wraps may split a clause), and
the digits of the value occur in the context (thousands separators and
spaces ignored).  yoy_of, when set, must be the value of an earlier row.

--all checks every tests/golden/figures/*.figures.tsv whose text NAME.txt
exists in tests/corpus/, input/ or tests/fixtures/ (relative to the
repository root, found from this file's path), one line per file and a
total.  Exit status 1 on any problem.  Standard library only.
"""
import os
import re
import sys
import unicodedata

HEADER = ['section', 'value', 'unit', 'qualifier', 'kind', 'yoy_of', 'context']
KINDS = {'count', 'amount', 'quantity', 'percent', 'points', 'ratio', 'rank',
         'duration', 'date', 'year', 'range', 'multiple'}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEXT_DIRS = ['tests/corpus', 'input', 'tests/fixtures']


def squash(s):
    """NFKC, then drop every whitespace character."""
    s = unicodedata.normalize('NFKC', s)
    return ''.join(ch for ch in s if not ch.isspace())


def value_digits(v):
    """The value without spaces and thousands separators (1,234 -> 1234)."""
    v = unicodedata.normalize('NFKC', v)
    v = ''.join(ch for ch in v if not ch.isspace())
    return re.sub(r'(?<=\d),(?=\d{3})', '', v)


def context_digits(c):
    c = squash(c)
    return re.sub(r'(?<=\d),(?=\d{3})', '', c)


def check(gold_path, text_path):
    """Return (rows, problems) for one gold file."""
    problems = []
    try:
        with open(text_path, encoding='utf-8-sig') as fh:
            text = squash(fh.read())
    except (OSError, UnicodeDecodeError) as e:
        return 0, ['cannot read text %s: %s' % (text_path, e)]
    try:
        with open(gold_path, encoding='utf-8') as fh:
            raw = fh.read()
    except (OSError, UnicodeDecodeError) as e:
        return 0, ['cannot read gold: %s' % e]
    if raw.startswith('\ufeff'):
        problems.append('line 1: byte-order mark')
        raw = raw[1:]
    lines = raw.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    else:
        problems.append('no final newline')
    if not lines:
        return 0, problems + ['empty file (the header line is required)']
    if lines[0].rstrip('\r').split('\t') != HEADER:
        problems.append('line 1: header is not %s' % '\\t'.join(HEADER))
    rows = 0
    values = []
    for n, line in enumerate(lines[1:], start=2):
        if line.endswith('\r'):
            problems.append('line %d: CR line ending' % n)
            line = line[:-1]
        if line.strip() == '':
            problems.append('line %d: blank line' % n)
            continue
        rows += 1
        f = line.split('\t')
        if len(f) != 7:
            problems.append('line %d: %d fields, expected 7' % (n, len(f)))
            continue
        section, value, unit, qual, kind, yoy, ctx = f
        if not re.fullmatch(r'\d+', section):
            problems.append('line %d: section %r is not an integer' % (n, section))
        if kind not in KINDS:
            problems.append('line %d: unknown kind %r' % (n, kind))
        if value.strip() == '':
            problems.append('line %d: empty value' % n)
        elif not re.search(r'\d', value):
            problems.append('line %d: value %r has no Arabic digit' % (n, value))
        if any(v != v.strip() for v in f):
            problems.append('line %d: a field has leading or trailing spaces' % n)
        sctx = squash(ctx)
        if not sctx:
            problems.append('line %d: empty context' % n)
        elif sctx not in text:
            problems.append('line %d: context not found in text: %s' % (n, ctx))
        vd = value_digits(value)
        if vd and vd not in context_digits(ctx):
            problems.append('line %d: value %r not in its context' % (n, value))
        if yoy and yoy not in values:
            problems.append('line %d: yoy_of %r is not the value of an earlier row' % (n, yoy))
        values.append(value)
    return rows, problems


def find_text(name):
    for d in TEXT_DIRS:
        p = os.path.join(ROOT, d, name + '.txt')
        if os.path.isfile(p):
            return p
    return None


def main(argv):
    if len(argv) == 2 and argv[1] == '--all':
        gdir = os.path.join(ROOT, 'tests', 'golden', 'figures')
        try:
            names = sorted(x for x in os.listdir(gdir) if x.endswith('.figures.tsv'))
        except OSError as e:
            print('check_gold: %s' % e, file=sys.stderr)
            return 1
        pairs = []
        for x in names:
            t = find_text(x[:-len('.figures.tsv')])
            if t:
                pairs.append((os.path.join(gdir, x), t))
            else:
                print('skip %s: no text in %s' % (x, ', '.join(TEXT_DIRS)))
    elif len(argv) == 3:
        pairs = [(argv[1], argv[2])]
    else:
        print(__doc__.strip().split('\n\n')[1], file=sys.stderr)
        return 2
    bad_files = total_rows = total_problems = 0
    for gold, text in pairs:
        rows, problems = check(gold, text)
        total_rows += rows
        total_problems += len(problems)
        status = 'ok' if not problems else 'FAIL (%d problems)' % len(problems)
        print('%-60s %4d rows  %s' % (os.path.basename(gold), rows, status))
        for p in problems:
            print('    ' + p)
        if problems:
            bad_files += 1
    print('total: %d files, %d rows, %d files with problems, %d problems'
          % (len(pairs), total_rows, bad_files, total_problems))
    return 1 if bad_files else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
