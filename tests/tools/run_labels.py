#!/usr/bin/python3
"""Label accuracy against the gold labels in tests/golden/labels/.

Each tests/golden/labels/NAME.tsv holds, for tests/corpus/NAME.txt, one
line per figure: line, column, value, unit and the gold label (labels
equally right separated by |; an empty label for a figure that names no
indicator).  The figure is found in `bulletin figures` output by line and
column (and its value must agree); a label is right when it equals one of
the gold labels after trimming spaces.

usage: run_labels.py [-q] [-v] [--check|--update] [BIN]
  -q       print the total only
  -v       print every wrong label: where, value, program label, gold
  --check  fail when a text has fewer right labels than expected.tsv says
           (the per-text floor recorded when labels.c last improved)
  --update write expected.tsv from this run (after a change made labels
           right; read the -v list first)
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, 'tests', 'golden', 'labels')


def figures(binary, text):
    out = subprocess.run([binary, 'figures', text], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=True).stdout.decode('utf-8')
    rows = out.rstrip('\n').split('\n')
    head = rows[0].split('\t')
    col = {name: i for i, name in enumerate(head)}
    got = {}
    for r in rows[1:]:
        p = r.split('\t')
        got[(p[col['line']], p[col['column']])] = (p[col['value']], p[col['label']].strip())
    return got


def gold(path):
    items = []
    with open(path, encoding='utf-8') as f:
        for ln in f:
            ln = ln.rstrip('\n')
            if not ln or ln.startswith('#'):
                continue
            p = ln.split('\t')
            while len(p) < 5:
                p.append('')
            items.append((p[0], p[1], p[2], p[3], [g.strip() for g in p[4].split('|')]))
    return items


def main(argv):
    verbose = '-v' in argv
    quiet = '-q' in argv
    check = '--check' in argv
    update = '--update' in argv
    counts = []
    args = [a for a in argv if not a.startswith('-')]
    binary = args[0] if args else os.path.join(ROOT, 'build', 'bulletin')
    expected = {}
    exp_path = os.path.join(GOLD, 'expected.tsv')
    if os.path.exists(exp_path):
        with open(exp_path, encoding='utf-8') as f:
            for ln in f:
                if ln.strip() and not ln.startswith('#'):
                    name, n = ln.split()
                    expected[name] = int(n)
    total = right = 0
    failed = []
    for name in sorted(os.listdir(GOLD)):
        if not name.endswith('.tsv') or name == 'expected.tsv':
            continue
        base = name[:-4]
        text = os.path.join(ROOT, 'tests', 'corpus', base + '.txt')
        got = figures(binary, text)
        n = ok = 0
        for line, column, value, unit, labels in gold(os.path.join(GOLD, name)):
            n += 1
            g = got.get((line, column))
            if g is None or g[0] != value:
                if verbose:
                    print('  %s:%s:%s %s%s: figure missing' % (base, line, column, value, unit))
                continue
            if g[1] in labels:
                ok += 1
            elif verbose:
                print('  %s:%s:%s %s%s: %r, gold %s' % (base, line, column, value, unit, g[1],
                                                     '|'.join(labels)))
        counts.append((base, ok))
        total += n
        right += ok
        if not quiet:
            print('%-50s %3d/%3d %.3f' % (base, ok, n, ok / n if n else 1.0))
        if check and ok < expected.get(base, 0):
            failed.append('%s: %d right, expected at least %d' % (base, ok, expected[base]))
    print('labels: %d/%d right, accuracy %.3f' % (right, total, right / total if total else 1.0))
    if update:
        with open(exp_path, 'w', encoding='utf-8') as f:
            f.write('# text\tlabels right: the floor of make labels (run_labels.py --update)\n')
            for base, ok in counts:
                f.write('%s\t%d\n' % (base, ok))
    for f in failed:
        print('labels: ' + f, file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
