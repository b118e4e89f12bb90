import JSZip from 'jszip';
import { ingestBytes } from '../../src/ingest/index.js';
import { ingestDocx } from '../../src/ingest/docx.js';
import { extractFigures } from '../../src/extract/figures.js';
import type { Source } from '../../src/model/index.js';

/** The figures read from table cells, as [raw text, unit] pairs in reading order. */
export function cellsOf(source: Source) {
  const { figures } = extractFigures(source, source.blocks.map(() => 0));
  return figures.filter((f) => f.cell !== null).map((f) => [f.raw, f.unit]);
}

/** Ingest a txt report (pipe tables) and return its table cells' figures. */
export async function cells(text: string, name = 'table.txt') {
  const r = await ingestBytes(name, new TextEncoder().encode(text));
  if (!r.ok) throw new Error('not read');
  return cellsOf(r.source);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Build a minimal docx (paragraphs, then one table, then a closing paragraph), ingest it, return its table cells' figures. */
export async function docxCells(paragraphs: string[], rows: string[][], name = 'table.docx') {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const tc = (t: string) => `<w:tc>${p(t)}</w:tc>`;
  const table = `<w:tbl>${rows.map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs.map(p).join('')}${table}${p('Hết.')}<w:sectPr/></w:body></w:document>`);
  const r = await ingestDocx(name, await zip.generateAsync({ type: 'uint8array' }));
  if (!r.ok) throw new Error('not read');
  return cellsOf(r.source);
}
