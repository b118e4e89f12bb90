/**
 * The hidden classes (V8 maps) of a document's blocks, source, range cursors and claims' figures by block outlive the document: every document
 * made after full collections has the map of the example held by src/text/shapes.ts. Run in a child with the V8 test
 * intrinsics (`%HaveSameMap`) on the built code (dist/, as bin/baocao.js), since vitest's own process has neither.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { heldShapes, keepShape } from '../../src/text/shapes.js';

const DIST = pathToFileURL(resolve(__dirname, '../../dist/src')).href;

const PROBE = `
const { ingestBytes } = await import('${DIST}/ingest/index.js');
const { extractFigures } = await import('${DIST}/extract/figures.js');
const { RangeCursor } = await import('${DIST}/extract/not-figures.js');
const { BlockFigures } = await import('${DIST}/extract/claims-parts.js');
await import('${DIST}/rules/run.js');
const { heldShapes } = await import('${DIST}/text/shapes.js');
const read = async (t) => (await ingestBytes('a.txt', new TextEncoder().encode(t), { maxBytes: 1 << 20 })).source;
// Documents read and dropped, with full collections after each: what only they held is gone.
for (let k = 0; k < 3; k++) {
  const s = await read('Xã có ' + (k + 2) + ' thôn, ' + (k + 7) + ' hộ nghèo.');
  const ex = extractFigures(s, s.blocks.map(() => null));
  new BlockFigures(ex.figures, s.blocks.length).of(0);
  for (let g = 0; g < 6; g++) gc();
}
const doc = await read('Trường có 31 lớp học; 4 lớp mới.');
const held = heldShapes();
const source = held.find((o) => 'blocks' in o && 'sha256' in o);
const cursor = held.find((o) => o instanceof RangeCursor);
const context = held.find((o) => 'report' in o && 'indicators' in o);
const figuresOf = held.find((o) => o instanceof BlockFigures);
const docFigures = extractFigures(doc, doc.blocks.map(() => null)).figures;
console.log(JSON.stringify({
  held: held.length,
  context: Boolean(context),
  source: %HaveSameMap(source, doc),
  block: %HaveSameMap(source.blocks[0], doc.blocks[0]),
  span: %HaveSameMap(source.blocks[0].span, doc.blocks[0].span),
  cursor: %HaveSameMap(cursor, new RangeCursor([[0, 2]])),
  blockFigures: %HaveSameMap(figuresOf, new BlockFigures(docFigures, doc.blocks.length)),
}));
`;

describe('shapes held for the life of the process', () => {
  it('keepShape returns its example and holds it', () => {
    const example = { a: 1 };
    expect(keepShape(example)).toBe(example);
    expect(heldShapes()).toContain(example);
  });

  it("a document read after full collections has the held examples' maps (block, source, span, cursor, block figures)", () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--allow-natives-syntax', '--input-type=module', '-e', PROBE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ held: 5, context: true, source: true, block: true, span: true, cursor: true, blockFigures: true });
  });
});
