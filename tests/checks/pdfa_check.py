#!/usr/bin/env python3
"""pdfa_check.py -- the clauses of PDF/A-2u (ISO 19005-2, level U) this project checks itself.

usage: pdfa_check.py FILE.pdf

No PDF/A validator is packaged for Debian; this checks, with qpdf's JSON and fontTools, the
clauses a file written by bulletin could break (README.md lists them, and those it does not
check).  Prints one line per failure and "pdfa: N checks, M failed"; exits 1 on a failure.

  6.1.2   header: %PDF-1.n (n <= 7) and a comment of four bytes >= 128 on the second line
  6.1.3   trailer /ID of two 16-byte strings; no /Encrypt; nothing after %%EOF but one EOL
  6.1.7   streams: /Length, no /F, /FFilter, /FDecodeParms; 6.1.7.2 no LZWDecode
  6.2.3   an /OutputIntents entry /GTS_PDFA1 with an ICC profile: header 'acsp', RGB, /N 3,
          version <= 4
  6.2.4.3 device colours: DeviceRGB only with that RGB output intent (no CMYK operators)
  6.2.9   no transparency: no /SMask, /CA or /ca below 1, /BM other than Normal, no
          transparency /Group
  6.2.11.2 every font embedded (FontFile2), 6.2.11.3 a CIDFontType2 has /CIDToGIDMap
  6.2.11.5 /W widths equal the program's advances (within 1/1000 em)
  6.2.11.7 (level U) a /ToUnicode map for every font, no code mapped to U+0000, U+FEFF or
          U+FFFE
  6.2.11.8 .notdef (glyph 0) never shown
  6.6.2   XMP metadata stream, unfiltered, with pdfaid:part 2 and pdfaid:conformance U; the
          pdfuaid schema declared (pdfaExtension); 6.6.3 the information dictionary's Title,
          Author, Subject, Keywords, Creator, Producer, CreationDate and ModDate equal their
          XMP counterparts
  6.5     no JavaScript, no /AA or /OpenAction actions
"""
import base64
import io
import json
import re
import subprocess
import sys

from fontTools.ttLib import TTFont

fails = []
checks = 0


def need(cond, what):
    global checks
    checks += 1
    if not cond:
        fails.append(what)


def main():
    path = sys.argv[1]
    raw = open(path, 'rb').read()
    m = re.match(rb'%PDF-1\.([0-7])\r?\n%([^\r\n]{4,})', raw)
    need(m and all(b >= 128 for b in m.group(2)[:4]), '6.1.2 header and binary comment')
    need(re.search(rb'%%EOF(\r\n|\r|\n)?$', raw), '6.1.3 nothing after %%EOF but an EOL')
    j = json.loads(subprocess.run(['qpdf', '--json=2', '--json-key=qpdf', '--json-stream-data=inline',
                                   '--decode-level=generalized', path], capture_output=True).stdout)
    objs = j['qpdf'][1]
    trailer = objs['trailer']['value']
    ids = trailer.get('/ID', [])
    need(len(ids) == 2 and all(len(bytes.fromhex(i[2:])) == 16 for i in ids if i.startswith('b:')),
         '6.1.3 /ID of two 16-byte strings: %s' % ids)
    need('/Encrypt' not in trailer, '6.1.3 no /Encrypt')

    def get(ref):
        return objs.get('obj:' + ref) if isinstance(ref, str) else None

    def val(o):
        if o is None:
            return None
        return o.get('value', o.get('stream', {}).get('dict'))

    def data(ref):
        return base64.b64decode(get(ref)['stream']['data'])

    def text(v):
        if isinstance(v, str) and v.startswith('u:'):
            return v[2:]
        if isinstance(v, str) and v.startswith('b:'):
            b = bytes.fromhex(v[2:])
            return b[2:].decode('utf-16-be') if b[:2] == b'\xfe\xff' else b.decode('latin-1')
        return v

    cat = val(get(trailer['/Root']))
    # streams
    for key, o in objs.items():
        if 'stream' in o:
            d = o['stream']['dict']
            for bad in ('/F', '/FFilter', '/FDecodeParms'):
                need(bad not in d, '6.1.7 %s has %s' % (key, bad))
            f = d.get('/Filter')
            need('LZW' not in json.dumps(f), '6.1.7.2 %s uses LZWDecode' % key)
    # output intent
    ois = cat.get('/OutputIntents', [])
    ois = [val(get(x)) if isinstance(x, str) else x for x in ois]
    gts = [x for x in ois if x and x.get('/S') == '/GTS_PDFA1']
    need(len(gts) == 1, '6.2.3 one GTS_PDFA1 output intent: %d' % len(gts))
    if gts:
        prof = gts[0].get('/DestOutputProfile')
        icc = data(prof) if prof else b''
        pd = val(get(prof)) or {}
        need(len(icc) > 128 and icc[36:40] == b'acsp' and icc[16:20] == b'RGB ' and pd.get('/N') == 3
             and icc[8] <= 4, '6.2.3 an RGB ICC profile (acsp, RGB, /N 3, version <= 4)')
    # content: colours, transparency, .notdef, no CMYK
    for key, o in objs.items():
        d = val(o)
        if not isinstance(d, dict):
            continue
        if d.get('/Type') == '/Page':
            g = d.get('/Group')
            need(not (g and (val(get(g)) if isinstance(g, str) else g).get('/S') == '/Transparency'),
                 '6.2.9 %s has a transparency group' % key)
            conts = d.get('/Contents')
            conts = conts if isinstance(conts, list) else [conts]
            for cref in conts:
                s = data(cref).decode('latin-1')
                need(not re.search(r'(^|\s)(k|K)\s', s), '6.2.4.3 %s uses CMYK' % key)
                for hx in re.findall(r'<([0-9A-Fa-f]+)>\s*Tj', s):
                    need(all(hx[i:i + 4] != '0000' for i in range(0, len(hx), 4)),
                         '6.2.11.8 %s shows .notdef' % key)
                    break
        need('/SMask' not in d or d.get('/SMask') == '/None', '6.2.9 %s has an /SMask' % key)
        for a in ('/CA', '/ca'):
            need(a not in d or float(d[a]) >= 1, '6.2.9 %s %s below 1' % (key, a))
        need(d.get('/BM', '/Normal') in ('/Normal', '/Compatible'), '6.2.9 %s /BM' % key)
        need('/JS' not in d and d.get('/S') != '/JavaScript', '6.5 %s has JavaScript' % key)
        # fonts
        if d.get('/Type') == '/Font' and d.get('/Subtype') == '/Type0':
            desc = val(get(d['/DescendantFonts'][0]))
            need(desc.get('/Subtype') == '/CIDFontType2' and '/CIDToGIDMap' in desc,
                 '6.2.11.3 %s a CIDFontType2 with /CIDToGIDMap' % key)
            fd = val(get(desc['/FontDescriptor']))
            need('/FontFile2' in fd, '6.2.11.2 %s embedded' % key)
            need('/ToUnicode' in d, '6.2.11.7 %s has /ToUnicode' % key)
            cmap = data(d['/ToUnicode']).decode('latin-1') if '/ToUnicode' in d else ''
            pairs = []
            for blk in re.findall(r'beginbfchar(.*?)endbfchar', cmap, re.S):
                pairs += re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk)
            need(pairs and all(u.upper() not in ('0000', 'FEFF', 'FFFE') for _, u in pairs),
                 '6.2.11.7 %s maps a code to U+0000, U+FEFF or U+FFFE' % key)
            if '/FontFile2' in fd and desc.get('/CIDToGIDMap') == '/Identity':
                font = TTFont(io.BytesIO(data(fd['/FontFile2'])))
                upem, order, hm = font['head'].unitsPerEm, font.getGlyphOrder(), font['hmtx'].metrics
                w, i, widths = desc.get('/W', []), 0, {}
                while i + 1 < len(w):
                    if isinstance(w[i + 1], list):
                        for k, v in enumerate(w[i + 1]):
                            widths[w[i] + k] = v
                        i += 2
                    else:
                        for k in range(w[i], w[i + 1] + 1):
                            widths[k] = w[i + 2]
                        i += 3
                bad = [(cid, widths.get(cid, desc.get('/DW', 1000)), hm[order[int(cid, 16)]][0] * 1000 / upem)
                       for cid in (c for c, _ in pairs)
                       if int(cid, 16) < len(order)
                       and abs(widths.get(int(cid, 16), desc.get('/DW', 1000))
                               - hm[order[int(cid, 16)]][0] * 1000 / upem) >= 1]
                need(not bad, '6.2.11.5 %s widths differ from the program: %s' % (key, bad[:3]))
    need('/AA' not in cat and '/OpenAction' not in cat, '6.5 no /AA or /OpenAction')
    # metadata
    mref = cat.get('/Metadata')
    md = val(get(mref)) if mref else None
    need(md is not None and '/Filter' not in md, '6.6.2 an unfiltered XMP metadata stream')
    x = data(mref).decode('utf-8') if mref else ''
    need('<pdfaid:part>2</pdfaid:part>' in x and '<pdfaid:conformance>U</pdfaid:conformance>' in x,
         '6.6.2 XMP pdfaid:part 2, conformance U')
    need('pdfuaid' not in x or 'http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>' in x,
         '6.6.2.3 the pdfuaid schema declared in pdfaExtension:schemas')
    info = val(get(trailer.get('/Info'))) or {}

    def xmp(tag):
        m = re.search(r'<%s>(?:<rdf:(?:Alt|Seq|Bag)><rdf:li[^>]*>)?(.*?)<' % tag, x, re.S)
        return m.group(1).replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"') \
            .replace('&apos;', "'").replace('&amp;', '&') if m else None

    def pdfdate(v):
        m = re.match(r'D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)', v or '')
        return '%s-%s-%sT%s:%s:%s' % m.groups() if m else None
    for ik, xk in (('/Title', 'dc:title'), ('/Author', 'dc:creator'), ('/Subject', 'dc:description'),
                   ('/Keywords', 'pdf:Keywords'), ('/Creator', 'xmp:CreatorTool'), ('/Producer', 'pdf:Producer')):
        if ik in info:
            need(text(info[ik]) == xmp(xk), '6.6.3 %s %r is not XMP %s %r' % (ik, text(info[ik]), xk, xmp(xk)))
    for ik, xk in (('/CreationDate', 'xmp:CreateDate'), ('/ModDate', 'xmp:ModifyDate')):
        if ik in info:
            need(pdfdate(text(info[ik])) == (xmp(xk) or '')[:19],
                 '6.6.3 %s is not XMP %s' % (ik, xk))
    for f in fails:
        print('FAIL pdfa: ' + f[:300])
    print('pdfa: %d checks, %d failed' % (checks, len(fails)))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
