/**
 * The house rooms stay one-way: rules, extract and report never reach back into
 * ingest, and the neutral text module imports no stage at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The src/ room ("rules", "text", …) each relative import of a file lands in. */
function importedRooms(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => relative(SRC, resolve(dirname(file), s)).split(sep)[0]);
}

function violations(room: string, forbidden: (target: string) => boolean): string[] {
  return filesUnder(join(SRC, room)).flatMap((f) =>
    importedRooms(f).filter(forbidden).map((t) => `${relative(SRC, f)} → ${t}`),
  );
}

describe('import direction', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(importedRooms(join(SRC, 'rules', 'run.ts'))).toContain('model');
  });

  for (const room of ['rules', 'extract', 'report']) {
    it(`src/${room} does not import src/ingest`, () => {
      expect(violations(room, (t) => t === 'ingest')).toEqual([]);
    });
  }

  it('src/text imports no stage', () => {
    expect(violations('text', (t) => t !== 'text')).toEqual([]);
  });
});
