// pdfjs_text.mjs - what pdf.js (npm pdfjs-dist, getTextContent and
// getStructTree) reads from PDFs: one JSON line per file.
//
//   node tests/checks/pdfjs_text.mjs NODE_PREFIX FILE.pdf...
//
// NODE_PREFIX is the folder whose node_modules holds pdfjs-dist (make
// test-deps installs it under build/npm).  Per page: `text`, the text of
// getTextContent with a newline after each item pdf.js ends a line with
// (hasEOL), leaving out what is marked /Artifact; `artifacts`, the text of
// each /Artifact sequence in content order with `at` = "head" when it comes
// before any content of the page, else "tail", and `boxes`, where each of its
// text items is drawn: [x0, y0, x1, y1] in points from the page's top left
// corner (the crop box), as poppler and MuPDF give their characters' boxes
// (check_text.py takes the artifacts out of their text by these); `struct`,
// getStructTree() as a tree of {role, children, alt, mcid} (null when the
// page has none).
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';

const [prefix, ...files] = process.argv.slice(2);
const mod = path.join(prefix, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs');
const pdfjs = await import(pathToFileURL(mod).href);

function prune(node) {
  if (!node) return null;
  if (node.type === 'content') return { mcid: node.id };
  if (node.type === 'object') return { obj: node.id };
  const out = { role: node.role };
  if (node.alt) out.alt = node.alt;
  if (node.lang) out.lang = node.lang;
  out.children = (node.children || []).map(prune);
  return out;
}

for (const file of files) {
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await pdfjs.getDocument({ data, verbosity: 0, disableFontFace: true }).promise;
  const res = { file, pages: [] };
  try {
    res.markInfo = await doc.getMarkInfo();
  } catch (e) {
    res.markInfo = null;
  }
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [vx0, , , vy1] = page.view;
    const tc = await page.getTextContent({ includeMarkedContent: true });
    let text = '';
    const artifacts = [];
    let depth = 0, inArtifact = -1, cur = null, seenContent = false;
    for (const it of tc.items) {
      if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') {
        if (it.tag === 'Artifact' && inArtifact < 0) {
          inArtifact = depth;
          cur = { text: '', at: seenContent ? 'tail' : 'head', boxes: [] };
        }
        depth++;
        continue;
      }
      if (it.type === 'endMarkedContent') {
        depth--;
        if (inArtifact === depth) {
          artifacts.push(cur);
          inArtifact = -1;
          cur = null;
        }
        continue;
      }
      if (inArtifact >= 0) {
        cur.text += it.str + (it.hasEOL ? '\n' : '');
        if (it.str.trim()) {
          // horizontal text: the origin on the baseline, `width` along it, `height`
          // the font's size; a glyph reaches a quarter of it below the baseline
          const [, , , , e, f] = it.transform;
          cur.boxes.push([e - vx0, vy1 - f - it.height, e - vx0 + it.width, vy1 - f + 0.25 * it.height]);
        }
      } else {
        text += it.str + (it.hasEOL ? '\n' : '');
        if (it.str.trim()) seenContent = true;
      }
    }
    let struct = null;
    try {
      struct = prune(await page.getStructTree());
    } catch (e) {
      struct = { error: String(e) };
    }
    res.pages.push({ text, artifacts, struct });
    page.cleanup();
  }
  await doc.destroy();
  process.stdout.write(JSON.stringify(res) + '\n');
}
