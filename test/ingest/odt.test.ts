import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectFormat, ingestBytes } from '../../src/ingest/index.js';
import { ingestOdt } from '../../src/ingest/odt.js';
import type { Source } from '../../src/model/index.js';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
].join(' ');

/** A minimal .odt: mimetype first and stored, content.xml with the given automatic styles and body, styles.xml with the given styles. */
async function makeOdt(body: string, opts: { automatic?: string; styles?: string; mimetype?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', opts.mimetype ?? 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${opts.automatic ?? ''}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
  zip.file('styles.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles>${opts.styles ?? ''}</office:styles></office:document-styles>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function read(body: string, opts: Parameters<typeof makeOdt>[1] = {}): Promise<Source> {
  const result = await ingestOdt('t.odt', await makeOdt(body, opts));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.source;
}

const texts = (s: Source) => s.blocks.map((b) => b.text);

/** An outline style: I. / 1. / 1.1. (level 3 shows two levels). */
const OUTLINE = `<text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>
  <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/>
  <text:outline-level-style text:level="3" style:num-format="1" style:num-suffix="." text:display-levels="2"/>
</text:outline-style>`;

describe('odt headings and lists', () => {
  it('numbers text:h by the outline style: a higher level restarts the lower ones', async () => {
    const s = await read([
      '<text:h text:outline-level="1">KẾT QUẢ</text:h>',
      '<text:h text:outline-level="2">Hạ tầng</text:h>',
      '<text:h text:outline-level="3">Mạng</text:h>',
      '<text:h text:outline-level="3">Máy tính</text:h>',
      '<text:h text:outline-level="2">Nhân lực</text:h>',
      '<text:h text:outline-level="1">NHIỆM VỤ</text:h>',
      '<text:h text:outline-level="2">Tuyên truyền</text:h>',
      '<text:p>Văn bản.</text:p>',
    ].join(''), { styles: OUTLINE });
    expect(texts(s)).toEqual(['I. KẾT QUẢ', '1. Hạ tầng', '1.1. Mạng', '1.2. Máy tính', '2. Nhân lực', 'II. NHIỆM VỤ', '1. Tuyên truyền', 'Văn bản.']);
    expect(s.blocks.slice(0, 7).every((b) => b.emphasis)).toBe(true);
    expect(s.blocks[7].emphasis).toBeUndefined();
  });

  it('numbers a heading inside a list of the outline style by the outline', async () => {
    const s = await read([
      '<text:h text:outline-level="1">MỘT</text:h>',
      '<text:list text:style-name="Outline"><text:list-item><text:list><text:list-item><text:h text:outline-level="2">Con</text:h></text:list-item></text:list></text:list-item></text:list>',
      '<text:h text:outline-level="2">Con nữa</text:h>',
    ].join(''), { styles: OUTLINE });
    expect(texts(s)).toEqual(['I. MỘT', '1. Con', '2. Con nữa']);
  });

  const LISTS = `<text:list-style style:name="L1">
      <text:list-level-style-number text:level="1" loext:num-list-format="%1%." style:num-format="1" style:num-suffix="."/>
      <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
    </text:list-style>
    <text:list-style style:name="B1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>`;

  it('numbers list items by level, restarts by start-value, continues a list named by continue-list', async () => {
    const item = (t: string, attrs = '') => `<text:list-item${attrs}><text:p>${t}</text:p></text:list-item>`;
    const s = await read([
      `<text:list xml:id="list1" text:style-name="L1">${item('Một')}<text:list-item><text:p>Hai</text:p><text:list>${item('con a')}${item('con b')}</text:list></text:list-item></text:list>`,
      '<text:p>Đoạn xen giữa.</text:p>',
      `<text:list text:continue-list="list1" text:style-name="L1">${item('Ba')}</text:list>`,
      `<text:list text:style-name="L1">${item('Mới')}${item('Đặt lại', ' text:start-value="7"')}</text:list>`,
      `<text:list text:style-name="B1">${item('gạch đầu dòng')}</text:list>`,
    ].join(''), { automatic: LISTS });
    expect(texts(s)).toEqual(['1. Một', '2. Hai', 'a) con a', 'b) con b', 'Đoạn xen giữa.', '3. Ba', '1. Mới', '7. Đặt lại', '- gạch đầu dòng']);
  });

  it('prefers the number a producer wrote in text:number, and numbers only the first paragraph of an item', async () => {
    const s = await read(
      `<text:list text:style-name="L1"><text:list-item><text:p><text:number>5.</text:number>Năm</text:p><text:p>tiếp theo</text:p></text:list-item></text:list>`,
      { automatic: LISTS },
    );
    expect(texts(s)).toEqual(['5. Năm', 'tiếp theo']);
  });
});

describe('odt text, tables and notes', () => {
  it('reads spaces, tabs as table rows, line breaks, bold spans and superscript', async () => {
    const automatic = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
      + '<style:style style:name="T2" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>';
    const s = await read([
      '<text:p><text:span text:style-name="T1">Toàn bộ đậm</text:span></text:p>',
      '<text:p>Diện tích 25 m<text:span text:style-name="T2">2</text:span>,<text:s text:c="3"/>xong<text:line-break/>dòng sau</text:p>',
      '<text:p>Tên<text:tab/>Số</text:p>',
    ].join(''), { automatic });
    expect(texts(s)).toEqual(['Toàn bộ đậm', 'Diện tích 25 m², xong dòng sau', 'Tên\tSố']);
    expect(s.blocks[0].emphasis).toBe(true);
    expect(s.blocks[2]).toMatchObject({ kind: 'row', cells: ['Tên', 'Số'] });
  });

  it('turns table rows into row blocks, covered cells into empty cells', async () => {
    const cell = (t: string, attrs = '') => `<table:table-cell${attrs}><text:p>${t}</text:p></table:table-cell>`;
    const s = await read(`<table:table><table:table-header-rows><table:table-row>${cell('Chỉ tiêu', ' table:number-columns-spanned="2"')}<table:covered-table-cell/>${cell('Kết quả')}</table:table-row></table:table-header-rows>`
      + `<table:table-row>${cell('1')}${cell('Tin bài')}${cell('16')}</table:table-row></table:table>`);
    expect(s.blocks.map((b) => [b.kind, b.cells, b.table, b.row])).toEqual([
      ['row', ['Chỉ tiêu', '', 'Kết quả'], 0, 0],
      ['row', ['1', 'Tin bài', '16'], 0, 1],
    ]);
  });

  it('replaces a footnote by its superscript mark and puts the note after the body', async () => {
    const s = await read('<text:p>Đạt 100%<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Theo Kế hoạch 178.</text:p></text:note-body></text:note>.</text:p><text:p>Hết.</text:p>');
    expect(texts(s)).toEqual(['Đạt 100%¹.', 'Hết.', '¹ Theo Kế hoạch 178.']);
    expect(s.blocks[2].kind).toBe('footnote');
  });

  it('converts text in a .VnTime font from TCVN3', async () => {
    const automatic = '<style:style style:name="P1" style:family="paragraph"><style:text-properties style:font-name=".VnTime"/></style:style>';
    const s = await read('<text:p text:style-name="P1">B¸o c¸o kÕt qu¶</text:p>', { automatic });
    expect(texts(s)).toEqual(['Báo cáo kết quả']);
  });
});

describe('telling an .odt from its bytes', () => {
  it('reads an .odt whatever its name, and refuses an OpenDocument spreadsheet', async () => {
    const odt = await makeOdt('<text:p>Báo cáo</text:p>');
    expect(detectFormat(odt)).toBe('odt');
    const named = await ingestBytes('bao-cao.docx', odt);
    expect(named.ok && named.source.format).toBe('odt');
    const ods = await makeOdt('<text:p>x</text:p>', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    const result = await ingestBytes('bang.odt', ods);
    expect(!result.ok && result.error.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('fails with CORRUPT_ODT without content.xml and DECOMPRESSION_LIMIT when content.xml lies about its size', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    zip.file('styles.xml', '<x/>');
    const missing = await ingestOdt('x.odt', await zip.generateAsync({ type: 'uint8array' }));
    expect(!missing.ok && missing.error.code).toBe('CORRUPT_ODT');

    zip.file('content.xml', `<office:document-content ${NS}><office:body><office:text><text:p>${'x'.repeat(100_000)}</text:p></office:text></office:body></office:document-content>`);
    const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const central = bytes.lastIndexOf(Buffer.from('content.xml')) - 46;
    expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
    bytes.writeUInt32LE(1000, central + 24);
    const liar = await ingestOdt('liar.odt', bytes);
    expect(!liar.ok && liar.error.code).toBe('DECOMPRESSION_LIMIT');
  });
});
