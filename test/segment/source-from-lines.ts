/**
 * A tiny stand-in for the txt ingester in segment tests: one block per
 * non-empty line, "**" stripped, tab lines as table rows, lines opening with a
 * superscript digit as footnotes.
 */
import { buildSource } from '../../src/ingest/build-source.js';
import type { RawBlock } from '../../src/ingest/build-source.js';
import type { Section, Source } from '../../src/model/index.js';

/** Turn text lines into a Source the way the txt ingester will. */
export function sourceFromText(text: string, path = 'inline.txt'): Source {
  const blocks: RawBlock[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\*\*/g, '');
    if (!line.trim()) return;
    const base = { line: i + 1, page: null };
    if (line.includes('\t')) blocks.push({ kind: 'row', text: line, cells: line.split('\t'), ...base });
    else if (/^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(line)) blocks.push({ kind: 'footnote', text: line, ...base });
    else blocks.push({ kind: 'paragraph', text: line, ...base });
  });
  return buildSource({ path, format: 'txt', bytes: new TextEncoder().encode(text), encoding: 'utf-8', blocks });
}

/**
 * The tree as one line of keys, children in brackets: "I(1 2(a b)) II".
 * Compact enough to write a whole verified report outline into a test.
 */
export function outline(sections: Section[], parent: number | null = null): string {
  return sections
    .filter((s) => s.parent === parent)
    .map((s) => {
      const inner = outline(sections, s.index);
      return inner ? `${s.key}(${inner})` : s.key;
    })
    .join(' ');
}

/** Every section's path joined with " > ". */
export function paths(sections: Section[]): string[] {
  return sections.map((s) => s.path.join(' > '));
}
