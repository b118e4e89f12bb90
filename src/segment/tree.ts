/**
 * Place recognised headings in a tree with a stack of open sections.
 *
 * Styles rank PHẦN > Roman > arabic > multi-level (by component count) >
 * letters, and a report may skip ranks. A heading closes every open section
 * deeper than it and the innermost one of its own rank, then opens under what
 * is left. Two exceptions keep real reports in shape:
 *
 * - A restarted list nests: "1." (or "a)") right inside an arabic (letter)
 *   section numbered past the first that has no sub-headings yet opens a list
 *   under it ("5. Kết quả…" then "1. Đánh giá…"). Its later "2.", "3." follow
 *   the nested list until an outer heading closes the parent.
 * - With two open lists of one rank, a number continuing the outer list ("6."
 *   after "5." > "1." "2.") closes the inner one; otherwise the innermost wins.
 *
 * Wrong numbering (gaps, duplicates, a list starting at "2.") is kept as written.
 */
import type { Block, Section, Warning } from '../model/index.js';
import type { Heading } from './heading.js';
import { recogniseHeading } from './heading.js';
import type { Segmentation } from './index.js';

/** Rank of each style; multi-level numbers rank by component count ("2.1" 3, "2.1.1" 4). */
const STYLE_RANK = { part: 0, appendix: 0, roman: 1, arabic: 2, multi: 1, letter: 20 } as const;

/** Styles whose lists can restart inside a section of their own style. */
const NESTING_STYLES = new Set(['arabic', 'letter']);

/** The lines that open a report's signature block and distribution list ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nơi nhận:"). */
const SIGNATURE = /^(?:(?:TM|T\/M|KT|TL|TUQ|Q)\s*\.\s*(?:ỦY BAN|UỶ BAN|UBND|CHỦ TỊCH|BAN|ĐẢNG ỦY|HĐND)|Nơi nhận\s*:)/u;

interface Open {
  section: Section;
  heading: Heading;
  rank: number;
  children: number;
}

function rankOf(h: Heading): number {
  return h.style === 'multi' ? STYLE_RANK.multi + h.depth : STYLE_RANK[h.style];
}

/** Index in `stack` of the section the new heading goes under (-1: top level); pops nothing itself. */
function findParent(stack: Open[], h: Heading): number {
  const rank = rankOf(h);
  const same: number[] = [];
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].rank === rank) same.push(i);
  const inner = same[0];
  if (inner !== undefined && NESTING_STYLES.has(h.style) && h.ordinal === 1) {
    const open = stack[inner];
    if (open.heading.ordinal > 1 && open.children === 0) return inner;
  }
  if (inner !== undefined) {
    const continued = same.find((i) => stack[i].heading.ordinal + 1 === h.ordinal);
    return (continued ?? inner) - 1;
  }
  let parent = stack.length - 1;
  while (parent >= 0 && stack[parent].rank > rank) parent--;
  return parent;
}

/** The title of a bare heading: the next paragraph, unless that is missing or itself a heading. */
function takeTitle(blocks: Block[], i: number): string | null {
  const next = blocks[i + 1];
  if (!next || next.kind !== 'paragraph' || recogniseHeading(next.text)) return null;
  return next.text.trim();
}

/** Build the section tree of a document's blocks; only paragraphs can be headings. */
export function buildSectionTree(blocks: Block[]): Segmentation {
  const sections: Section[] = [];
  const blockSection: (number | null)[] = blocks.map(() => null);
  const warnings: Warning[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const heading = block.kind === 'paragraph' ? recogniseHeading(block.text) : null;
    // The signature block ends the body: what follows (an unheaded statistics table) is in no section.
    if (!heading && block.kind === 'paragraph' && SIGNATURE.test(block.text)) stack.length = 0;
    if (!heading) {
      blockSection[i] = stack.at(-1)?.section.index ?? null;
      continue;
    }
    const title = heading.bare ? takeTitle(blocks, i) : heading.title;
    if (title === null) warnings.push(warn(`Đề mục "${heading.number}" không có tiêu đề`, block));
    if (heading.odd) warnings.push(warn(`Đánh số lạ ở đề mục "${heading.number}": ${heading.odd}`, block));
    const section = openSection(stack, heading, block, title ?? '', sections.length);
    sections.push(section);
    blockSection[i] = section.index;
    // A bare heading's title paragraph is part of the heading, so it belongs to the new section.
    if (heading.bare && title !== null) blockSection[++i] = section.index;
  }
  return { sections, blockSection, warnings };
}

/** Close what the heading closes, then open its section on top of the stack. */
function openSection(stack: Open[], heading: Heading, block: Block, title: string, index: number): Section {
  stack.length = findParent(stack, heading) + 1;
  const parent = stack.at(-1);
  const section: Section = {
    index,
    number: heading.number,
    key: heading.key,
    title,
    style: heading.style,
    level: stack.length + 1,
    path: [...(parent?.section.path ?? []), heading.key],
    parent: parent?.section.index ?? null,
    block: block.index,
    span: block.span,
  };
  if (parent) parent.children++;
  stack.push({ section, heading, rank: rankOf(heading), children: 0 });
  return section;
}

function warn(message: string, block: Block): Warning {
  return { stage: 'segment', message, span: block.span };
}
