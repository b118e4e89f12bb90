import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ingestDocx } from '../../src/ingest/docx.js';
import { MAX_DEPTH, parseXml, textContent, XmlError } from '../../src/ingest/xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docxWith(documentXml: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', documentXml);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the XML reader (saxes)', () => {
  it('reads local names, attributes, entities and CDATA', () => {
    const root = parseXml(`<?xml version="1.0"?><w:document ${W}><w:p w:val="a&amp;b"><w:t>x &lt; y &#7871;</w:t><w:t><![CDATA[<z>]]></w:t></w:p></w:document>`);
    expect(root.name).toBe('document');
    const p = root.children[0] as { name: string; attrs: Record<string, string> };
    expect(p.name).toBe('p');
    expect(p.attrs.val).toBe('a&b');
    expect(textContent(root)).toBe('x < y ế<z>');
  });

  it('never expands an entity a DOCTYPE defines (billion laughs) nor fetches an external one', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]><d><t>&c;&x;ok</t></d>';
    const text = textContent(parseXml(bomb));
    expect(text.length).toBeLessThan(20);
    expect(text).toContain('ok');
    expect(text).not.toContain('root:');
  });

  it(`refuses elements nested deeper than ${MAX_DEPTH}`, () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(() => parseXml(deep)).toThrow(XmlError);
    expect(() => parseXml('<a>'.repeat(50) + 'x' + '</a>'.repeat(50))).not.toThrow();
  });

  it('throws XmlError when there is no root element', () => {
    expect(() => parseXml('không phải XML')).toThrow(XmlError);
  });
});

describe('hostile .docx packages', () => {
  it('reads a document whose DOCTYPE defines an entity bomb, without expanding it', async () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>Báo cáo &b;</w:t></w:r></w:p></w:body></w:document>`;
    const result = await ingestDocx('bomb.docx', await docxWith(doc));
    expect(result.ok && result.source.blocks.map((b) => b.text)).toEqual(['Báo cáo &b;']);
  });

  it('fails with CORRUPT_DOCX on nesting deep enough to overflow a recursive walk', async () => {
    const doc = `<w:document ${W}><w:body>${'<w:sdt>'.repeat(20_000)}</w:body></w:document>`;
    const result = await ingestDocx('deep.docx', await docxWith(doc));
    expect(result.ok ? 'ok' : result.error.code).toBe('CORRUPT_DOCX');
  });

  it('fails with CORRUPT_DOCX on an entry name that climbs out of the archive (path traversal)', async () => {
    const doc = `<w:document ${W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`;
    const result = await ingestDocx('evil.docx', await docxWith(doc, { '../../etc/evil.xml': '<x/>' }));
    expect(result.ok ? 'ok' : result.error.code).toBe('CORRUPT_DOCX');
  });
});
