import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/model/index.js';
import { ingestDocx } from '../../src/ingest/docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface Parts {
  body: string;
  numbering?: string;
  styles?: string;
  footnotes?: string;
}

/** A minimal .docx: document.xml plus the optional parts, referenced from document.xml.rels. */
async function makeDocx(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  const rels = [
    parts.numbering && '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    parts.styles && '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    parts.footnotes && '<Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
  ].filter(Boolean);
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`);
  if (parts.numbering) zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.footnotes) zip.file('word/footnotes.xml', `<?xml version="1.0"?><w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A paragraph, optionally numbered (numId, ilvl) or styled. */
function p(text: string, opts: { num?: [number, number]; style?: string; bold?: boolean } = {}): string {
  const numPr = opts.num ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>` : '';
  const style = opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '';
  const rPr = opts.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** An abstractNum whose levels are [numFmt, lvlText, start?, lvlRestart?]. */
function abstractNum(id: number, levels: Array<[string, string, number?, number?]>): string {
  const lvls = levels.map(([fmt, text, start = 1, restart], i) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/>${restart === undefined ? '' : `<w:lvlRestart w:val="${restart}"/>`}<w:lvlText w:val="${text}"/></w:lvl>`);
  return `<w:abstractNum w:abstractNumId="${id}">${lvls.join('')}</w:abstractNum>`;
}

function num(numId: number, abstractId: number, startOverride?: number): string {
  const override = startOverride === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${startOverride}"/></w:lvlOverride>`;
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
}

async function read(parts: Parts): Promise<Source> {
  const result = await ingestDocx('t.docx', await makeDocx(parts));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.source;
}

const texts = (source: Source) => source.blocks.map((b) => b.text);

describe('Word automatic numbering', () => {
  it('puts decimal, letter, roman and bullet labels in front of list paragraphs', async () => {
    const numbering = [
      abstractNum(1, [['upperRoman', '%1.']]),
      abstractNum(2, [['decimal', '%1.']]),
      abstractNum(3, [['lowerLetter', '%1)']]),
      abstractNum(4, [['bullet', '•']]),
      abstractNum(5, [['lowerRoman', '(%1)', 4]]),
      abstractNum(6, [['upperLetter', '%1.', 26]]),
      num(1, 1), num(2, 2), num(3, 3), num(4, 4), num(5, 5), num(6, 6),
    ].join('');
    const body = [
      p('KẾT QUẢ', { num: [1, 0] }), p('Tuyên truyền', { num: [2, 0] }), p('Hội nghị', { num: [3, 0] }),
      p('Hội thảo', { num: [3, 0] }), p('Tin bài', { num: [4, 0] }), p('Mục bốn', { num: [5, 0] }),
      p('Cuối', { num: [6, 0] }), p('Tiếp', { num: [6, 0] }), p('NHIỆM VỤ', { num: [1, 0] }),
    ].join('');
    expect(texts(await read({ body, numbering }))).toEqual([
      'I. KẾT QUẢ', '1. Tuyên truyền', 'a) Hội nghị', 'b) Hội thảo', '- Tin bài', '(iv) Mục bốn', 'Z. Cuối', 'AA. Tiếp', 'II. NHIỆM VỤ',
    ]);
  });

  it('builds multi-level labels and restarts a level when a higher one advances', async () => {
    const numbering = abstractNum(1, [['decimal', '%1.'], ['decimal', '%1.%2.'], ['lowerLetter', '%3)']]) + num(1, 1);
    const body = [
      p('Một', { num: [1, 0] }), p('Một một', { num: [1, 1] }), p('Con', { num: [1, 2] }), p('Con hai', { num: [1, 2] }),
      p('Một hai', { num: [1, 1] }), p('Con mới', { num: [1, 2] }), p('Hai', { num: [1, 0] }), p('Hai một', { num: [1, 1] }),
    ].join('');
    expect(texts(await read({ body, numbering }))).toEqual([
      '1. Một', '1.1. Một một', 'a) Con', 'b) Con hai', '1.2. Một hai', 'a) Con mới', '2. Hai', '2.1. Hai một',
    ]);
  });

  it('keeps counting a level whose lvlRestart is 0', async () => {
    const numbering = abstractNum(1, [['upperRoman', '%1.'], ['decimal', '%2.', 1, 0]]) + num(1, 1);
    const body = [p('A', { num: [1, 0] }), p('x', { num: [1, 1] }), p('B', { num: [1, 0] }), p('y', { num: [1, 1] })].join('');
    expect(texts(await read({ body, numbering }))).toEqual(['I. A', '1. x', 'II. B', '2. y']);
  });

  it('continues one counter across numIds that share an abstract list, unless a startOverride restarts it', async () => {
    const numbering = abstractNum(7, [['decimal', '%1.']]) + num(1, 7) + num(2, 7) + num(3, 7, 1) + num(4, 7, 5);
    const body = [
      p('a', { num: [1, 0] }), p('b', { num: [1, 0] }), p('c', { num: [2, 0] }), p('d', { num: [3, 0] }),
      p('e', { num: [3, 0] }), p('f', { num: [4, 0] }), p('g', { num: [1, 0] }),
    ].join('');
    expect(texts(await read({ body, numbering }))).toEqual(['1. a', '2. b', '3. c', '1. d', '2. e', '5. f', '6. g']);
  });

  it('takes numbering from the paragraph style, through basedOn, and numId 0 switches it off', async () => {
    const numbering = abstractNum(1, [['upperRoman', '%1.'], ['decimal', '%2.']]) + num(3, 1);
    const styles = [
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My heading"/><w:basedOn w:val="Heading1"/></w:style>',
    ].join('');
    const off = '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Không số</w:t></w:r></w:p>';
    const body = [p('MỞ ĐẦU', { style: 'Heading1' }), p('Căn cứ', { style: 'Heading2' }), p('KẾT QUẢ', { style: 'MyHeading' }), off, p('Thường')].join('');
    const source = await read({ body, numbering, styles });
    expect(texts(source)).toEqual(['I. MỞ ĐẦU', '1. Căn cứ', 'II. KẾT QUẢ', 'Không số', 'Thường']);
    expect(source.blocks.map((b) => b.emphasis ?? false)).toEqual([true, true, true, true, false]);
  });

  it('warns instead of failing when a paragraph points at a list that does not exist', async () => {
    const source = await read({ body: p('Mồ côi', { num: [9, 0] }) });
    expect(texts(source)).toEqual(['Mồ côi']);
    expect(source.warnings.map((w) => w.message).join()).toContain('9');
  });
});

describe('docx paragraphs, tables and notes', () => {
  it('marks a paragraph whose text is all bold as emphasis', async () => {
    const mixed = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Đậm </w:t></w:r><w:r><w:t>thường</w:t></w:r></w:p>';
    const source = await read({ body: p('BÁO CÁO', { bold: true }) + mixed });
    expect(source.blocks.map((b) => b.emphasis ?? false)).toEqual([true, false]);
  });

  it('turns each table row into a row block with merged and empty cells kept as empty strings', async () => {
    const cell = (text: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const twoParas = '<w:tc><w:p><w:r><w:t>Máy</w:t></w:r></w:p><w:p><w:r><w:t>tính</w:t></w:r></w:p></w:tc>';
    const table = `<w:tbl>
      <w:tr>${cell('STT', '<w:vMerge w:val="restart"/>')}${cell('Số lượng', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell('', '<w:vMerge/>')}${cell('Tổng')}${cell('')}</w:tr>
      <w:tr>${cell('1')}${twoParas}${cell('37')}</w:tr>
    </w:tbl>`;
    const source = await read({ body: p('Trước') + table + p('Sau') + `<w:tbl><w:tr>${cell('x')}</w:tr></w:tbl>` });
    const rows = source.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => b.cells)).toEqual([['STT', 'Số lượng', ''], ['', 'Tổng', ''], ['1', 'Máy tính', '37'], ['x']]);
    expect(rows.map((b) => [b.table, b.row])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0]]);
    // line counts body paragraphs and table rows in document order
    expect(source.blocks.map((b) => b.span.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(source.blocks.every((b) => b.span.page === null)).toBe(true);
  });

  it('replaces footnote references by superscript numbers and appends the notes at the end', async () => {
    const ref = (id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const body = `<w:p><w:r><w:t>trên địa bàn huyện</w:t></w:r>${ref(5)}<w:r><w:t>. Có 100%</w:t></w:r>${ref(2)}</w:p>${p('Tiếp theo')}`;
    const note = (id: number, text: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:footnote>`;
    const footnotes = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${note(2, 'Gồm 04 đơn vị.')}${note(5, 'Kế hoạch số 14/KH-UBND.')}`;
    const source = await read({ body, footnotes });
    expect(texts(source)).toEqual(['trên địa bàn huyện¹. Có 100%²', 'Tiếp theo', '¹ Kế hoạch số 14/KH-UBND.', '² Gồm 04 đơn vị.']);
    expect(source.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'footnote', 'footnote']);
  });

  it('turns digits typed in superscript into superscript characters, never ASCII digits glued to a word', async () => {
    const body = '<w:p><w:r><w:t>Diện tích 35 m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t> mỗi hộ</w:t></w:r></w:p>';
    expect(texts(await read({ body }))).toEqual(['Diện tích 35 m² mỗi hộ']);
  });

  it('keeps inserted text and drops deleted text, field instructions and hidden runs', async () => {
    const body = `<w:p><w:ins><w:r><w:t>Đạt </w:t></w:r></w:ins><w:del><w:r><w:delText>sai </w:delText></w:r></w:del>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
      <w:r><w:t>95%</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>
      <w:hyperlink><w:r><w:t> tại http://x.vn</w:t></w:r></w:hyperlink></w:p>`;
    expect(texts(await read({ body }))).toEqual(['Đạt 95% tại http://x.vn']);
  });
});

describe('runs typed in legacy Vietnamese fonts', () => {
  const run = (font: string, text: string) => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

  it('converts a .VnTime run from TCVN3 and leaves Unicode runs alone', async () => {
    const s = await read({ body: `<w:p>${run('.VnTime', 'b¸o c¸o chuyÓn ®æi sè ')}${run('Times New Roman', 'tháng 5')}</w:p>` });
    expect(texts(s)).toEqual(['báo cáo chuyển đổi số tháng 5']);
  });

  it('reads the capitals font .VnTimeH as capital letters', async () => {
    const s = await read({ body: `<w:p>${run('.VnTimeH', 'b¸o c¸o')}</w:p>` });
    expect(texts(s)).toEqual(['BÁO CÁO']);
  });

  it('converts a VNI-Times run from VNI', async () => {
    const s = await read({ body: `<w:p>${run('VNI-Times', 'baùo caùo')}</w:p>` });
    expect(texts(s)).toEqual(['báo cáo']);
  });

  it('takes the font from the paragraph style when the run names none', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Old"><w:name w:val="Old"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>';
    const s = await read({ styles, body: '<w:p><w:pPr><w:pStyle w:val="Old"/></w:pPr><w:r><w:t>Sè liÖu</w:t></w:r></w:p>' });
    expect(texts(s)).toEqual(['Số liệu']);
  });
});

describe('legacy text in runs whose font is Unicode (found by content)', () => {
  const run = (font: string | null, text: string) =>
    `<w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

  it('converts TCVN3 look-alikes typed in Times New Roman or in no named font', async () => {
    const s = await read({ body: [
      para(run('Times New Roman', 'B¸o c¸o kÕt qu¶ chuyÓn ®æi sè 6 th¸ng ®Çu n¨m')),
      para(run(null, 'Sè: 15/BC-UBND')),
      para(run('Arial', 'Ph\u00adêng B¾c S¬n')),
    ].join('') });
    expect(texts(s)).toEqual(['Báo cáo kết quả chuyển đổi số 6 tháng đầu năm', 'Số: 15/BC-UBND', 'Phường Bắc Sơn']);
    expect(s.warnings.map((w) => w.message).join(' ')).toMatch(/TCVN3/);
  });

  it('converts VNI look-alikes typed in Times New Roman', async () => {
    const s = await read({ body: para(run('Times New Roman', 'Baùo caùo keát quaû thöïc hieän nhieäm vuï')) });
    expect(texts(s)).toEqual(['Báo cáo kết quả thực hiện nhiệm vụ']);
  });

  it('in a Unicode document, converts only runs with tell-tale marks ("Cà Mau" is not "Cổ Mau")', async () => {
    const s = await read({ body: [
      para(run('Times New Roman', 'Ủy ban nhân dân huyện')),
      para(run('Times New Roman', 'Xã Cà Mau: '), run('Times New Roman', 'b¸o c¸o kÕt qu¶ chuyÓn ®æi sè')),
    ].join('') });
    expect(texts(s)).toEqual(['Ủy ban nhân dân huyện', 'Xã Cà Mau: báo cáo kết quả chuyển đổi số']);
  });

  it('never converts ordinary Vietnamese, even words without a Unicode-only letter, nor symbols', async () => {
    const unicode = [
      'Cà Mau có nhà máy, Phú Yên có Tây Ninh',
      'Bà con nông dân ở xã Tân Phú',
      'Nhiệt độ trung bình 25°C; ½ số hộ; © UBND',
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%',
      'Chào mừng',
      'Hà Nội, ngày 15 tháng 5 năm 2024',
      'Ông Nguyễn Văn Á, bà Lê Thị Ê',
      'café, résumé, Hồ Chí Minh',
    ];
    const s = await read({ body: unicode.map((t) => para(run('Times New Roman', t))).join('') });
    expect(texts(s)).toEqual(unicode);
    expect(s.warnings).toEqual([]);
  });

  it('leaves a document of short Unicode paragraphs without Unicode-only letters alone', async () => {
    const unicode = ['Cà Mau', 'Phú Yên 25°C', 'Tây Ninh ½', 'Bà con', 'Có 3 xã', 'nông dân', 'chi bộ Tân Phú', 'café « Tân Phú »'];
    const s = await read({ body: unicode.map((t) => para(run('Times New Roman', t))).join('') });
    expect(texts(s)).toEqual(unicode);
  });
});

describe('unreadable docx files', () => {
  it('reports bytes that are not a zip as CORRUPT_DOCX', async () => {
    const result = await ingestDocx('x.docx', new TextEncoder().encode('PK\u0003\u0004 không phải zip'));
    expect(result.ok ? null : result.error.code).toBe('CORRUPT_DOCX');
  });

  it('reports a zip without word/document.xml as CORRUPT_DOCX', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    const result = await ingestDocx('x.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(result.ok ? null : result.error.code).toBe('CORRUPT_DOCX');
    expect(result.ok ? '' : result.error.message).toMatch(/Word/);
  });

  it('refuses a zip whose declared uncompressed size is over the cap before inflating anything', async () => {
    const bytes = Buffer.from(await makeDocx({ body: p('x') }));
    // Patch every central-directory entry to declare 150 MB uncompressed.
    for (let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) {
      bytes.writeUInt32LE(150 * 1024 * 1024, i + 24);
    }
    const result = await ingestDocx('bomb.docx', bytes);
    expect(result.ok ? null : result.error.code).toBe('DECOMPRESSION_LIMIT');
  });

  it('refuses an entry that inflates past the size it declared', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document ${W}><w:body>${p('x'.repeat(100_000))}</w:body></w:document>`);
    const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    // The central-directory record of word/document.xml starts 46 bytes before its name.
    const central = bytes.lastIndexOf(Buffer.from('word/document.xml')) - 46;
    expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
    bytes.writeUInt32LE(1000, central + 24);
    const result = await ingestDocx('liar.docx', bytes);
    expect(result.ok ? null : result.error.code).toBe('DECOMPRESSION_LIMIT');
  });

  it('never throws on a document.xml that is not well-formed', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>còn đọc được</w:t></w:p></w:bod');
    const result = await ingestDocx('broken.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(result.ok ? texts(result.source) : result.error.code).toEqual(['còn đọc được']);
  });
});

describe('generated fixtures', () => {
  const SEEDS = ['000_d822b3314a80c054', '001_311a9839200255dd', '002_1b00c6e55fb426e7', '003_de71c115c989c0f9', '004_9d8bea49ef95c194'];
  const HEADING = /^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;
  /** The typed text as a reader sees it: no markdown, math or autolink brackets. */
  const plain = (s: string) =>
    s.normalize('NFC').replace(/\*\*/g, '').replace(/\$([^$]*)\$/g, (_m, m: string) => m.replace(/\\%/g, '%'))
      .replace(/<(https?:[^>]+)>/g, '$1').replace(/\s+/g, ' ').trim();
  /**
   * Where pandoc's own numbering differs from the typed text: in 000, "5. Kết quả
   * chuyển đổi số." and "1. Đánh giá…" are consecutive list items, so pandoc
   * makes them one list and Word numbers the second 6.
   */
  async function headings(file: string): Promise<string[]> {
    const result = await ingestDocx(file, await readFile(file));
    if (!result.ok) throw new Error(result.error.message);
    return result.source.blocks.filter((b) => b.kind === 'paragraph').map((b) => plain(b.text)).filter((t) => HEADING.test(t));
  }

  for (const seed of SEEDS) {
    it(`gives the typed headings of ${seed} from the pandoc docx, Word numbering rebuilt`, async () => {
      const typed = (await readFile(`fixtures/seeds/${seed}.txt`, 'utf8')).split('\n').map(plain).filter((t) => HEADING.test(t));
      // render-markdown.mjs starts a new list where the typed numbering restarts or jumps, so Word's numbers equal the typed ones.
      expect(await headings(`fixtures/seeds/${seed}.pd.docx`)).toEqual(typed);
    });

    it(`gives the typed headings of ${seed} from the LibreOffice docx`, async () => {
      const typed = (await readFile(`fixtures/seeds/${seed}.txt`, 'utf8')).split('\n').map(plain).filter((t) => HEADING.test(t));
      const fromLo = await headings(`fixtures/seeds/${seed}.lo.docx`);
      expect(fromLo.map((t) => t.replace(/\*/g, ''))).toEqual(typed.map((t) => t.replace(/\*/g, '')));
    });
  }
});
