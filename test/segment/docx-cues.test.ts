/**
 * What a .docx says about its headings beyond their text: Word's outline levels (heading styles,
 * `w:outlineLvl`) and bold runs reach the section tree through the Block.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { ingestDocx } from '../../src/ingest/docx.js';
import type { Source } from '../../src/model/index.js';
import { segmentSections } from '../../src/segment/index.js';
import { outline } from './source-from-lines.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const STYLES = [1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`).join('');

/** A minimal .docx with the built-in heading styles. */
async function docx(body: string): Promise<Source> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`);
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${STYLES}</w:styles>`);
  const result = await ingestDocx('cues.docx', await zip.generateAsync({ type: 'uint8array' }));
  if (!result.ok) throw new Error(result.error.message);
  return result.source;
}

/** A paragraph with an optional heading style, own outline level or bold run. */
function p(text: string, opts: { style?: string; level?: number; bold?: boolean } = {}): string {
  const style = opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '';
  const level = opts.level !== undefined ? `<w:outlineLvl w:val="${opts.level}"/>` : '';
  const rPr = opts.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p><w:pPr>${style}${level}</w:pPr><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

describe('docx heading cues', () => {
  test('heading styles give each paragraph its outline level, and body text none', async () => {
    const source = await docx(p('I. KẾT QUẢ', { style: 'Heading1' }) + p('1. Hạ tầng', { style: 'Heading2' }) + p('Nội dung.') + p('2. Ứng dụng', { level: 1 }) + p('Thường', { level: 9 }));
    expect(source.blocks.map((b) => b.outlineLevel)).toEqual([0, 1, undefined, 1, undefined]);
  });

  test('a style first seen at the outline level of an open section is its sibling, not its child', async () => {
    const body = [
      p('I. KẾT QUẢ', { style: 'Heading1' }), p('a) Hạ tầng', { style: 'Heading2' }), p('b) Ứng dụng', { style: 'Heading2' }),
      p('1. Đánh giá chung', { style: 'Heading2' }), p('Nội dung.'), p('II. KIẾN NGHỊ', { style: 'Heading1' }),
    ].join('');
    expect(outline(segmentSections(await docx(body)).sections)).toBe('I(a b 1) II');
  });

  test('one heading style put on every level says nothing about levels: the numbering decides', async () => {
    const body = [
      p('I. KẾT QUẢ', { style: 'Heading1' }), p('1. Hạ tầng', { style: 'Heading1' }), p('a) Máy tính', { style: 'Heading1' }),
      p('2. Ứng dụng', { style: 'Heading1' }), p('II. KIẾN NGHỊ', { style: 'Heading1' }),
    ].join('');
    expect(outline(segmentSections(await docx(body)).sections)).toBe('I(1(a) 2) II');
  });

  test('a style whose headings sit at different outline levels makes the levels untrusted', async () => {
    const body = [
      p('I. KẾT QUẢ', { style: 'Heading1' }), p('1. Hạ tầng', { style: 'Heading2' }), p('a) Máy tính', { style: 'Heading3' }),
      p('2. Ứng dụng', { style: 'Heading1' }), p('b) Phần mềm', { style: 'Heading3' }),
    ].join('');
    expect(outline(segmentSections(await docx(body)).sections)).toBe('I(1(a) 2(b))');
  });

  test('without outline levels the same text nests the new style under the open one', async () => {
    const body = [p('I. KẾT QUẢ'), p('a) Hạ tầng'), p('b) Ứng dụng'), p('1. Đánh giá chung'), p('Nội dung.'), p('II. KIẾN NGHỊ')].join('');
    expect(outline(segmentSections(await docx(body)).sections)).toBe('I(a b(1)) II');
  });

  test('bold numbered lines ending in ";" stay headings; plain ones are a list in running text', async () => {
    const items = (bold: boolean) => [p('a) Hạ tầng số;', { bold }), p('b) Ứng dụng số;', { bold })].join('');
    expect(outline(segmentSections(await docx(p('1. Kết quả') + items(true))).sections)).toBe('1(a b)');
    expect(outline(segmentSections(await docx(p('1. Kết quả') + items(false))).sections)).toBe('1');
  });
});
