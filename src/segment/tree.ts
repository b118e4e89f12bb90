/**
 * Place recognised headings in a tree, like a document outline: the levels of
 * the marker styles come from the order in which this document first nests
 * them, not from a fixed ladder. The first style seen is level 1; a style first
 * seen while a section of another style is open goes under it, and from then on
 * that style sits below the other (transitively). Only what a number itself
 * says is fixed: "PHẦN …" and "PHỤ LỤC …" close everything, and "2.1.1" is
 * deeper than "2.1", which is deeper than "2." ("1." and "1)" are two styles).
 *
 * A heading closes every open section whose style is known to be below its
 * own and the innermost one of its own style, then opens under what is left.
 * Two exceptions keep real reports in shape:
 *
 * - A restarted list nests: "1." (or "a)") right inside a section of the same
 *   style numbered past the first that has no sub-headings yet opens a list
 *   under it ("5. Kết quả…" then "1. Đánh giá…"). Its later "2.", "3." follow
 *   the nested list until an outer heading closes the parent.
 * - With two open lists of one style, a number continuing the outer list ("6."
 *   after "5." > "1." "2.") closes the inner one; otherwise the innermost wins.
 *
 * The format's cues also close sections (cues.ts) when the document uses them
 * as an outline: a heading never goes under one at its own Word outline level
 * or deeper (docx), or in clearly smaller type (pdf).
 *
 * An appendix ("PHỤ LỤC") is a document of its own: the headings under it
 * start a new outline, so its "I." is at level 1 like the appendix itself
 * (it stays the appendix's child in the tree).
 *
 * Wrong numbering (gaps, duplicates, a list starting at "2.") is kept as written.
 */
import type { Block, ListItem, Section, Warning } from '../model/index.js';
import type { Heading } from './heading.js';
import { SIGNATURE, recogniseHeading } from './heading.js';
import type { Segmentation } from './index.js';
import { readCandidates } from './candidates.js';
import type { Item } from './sentence-list.js';
import { cannotHold, trustCues, type TrustedCues } from './cues.js';
import { VIETNAMESE_CAPITALS } from './numbering.js';
import { StyleOrder, styleOf } from './style-order.js';

/** Styles whose lists can restart inside a section of their own style. */
const NESTING_STYLES = new Set(['arabic', 'letter']);


interface Open {
  section: Section;
  heading: Heading;
  style: string;
  block: Block;
  children: number;
}

/** Index in `stack` of the section the new heading goes under (-1: top level); pops nothing itself. */
function findParent(stack: Open[], h: Heading, style: string, block: Block, order: StyleOrder, cues: TrustedCues): number {
  // Backward scans without copying the stack: this runs once per heading (allocation-free, see README stress).
  let inner = -1;
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].style === style) { inner = i; break; }
  if (inner >= 0 && NESTING_STYLES.has(h.style) && h.ordinal === 1) {
    const open = stack[inner];
    if (open.heading.ordinal > 1 && open.children === 0) return inner;
  }
  if (inner >= 0) {
    let continued = -1;
    for (let i = inner; i >= 0; i--) if (stack[i].style === style && stack[i].heading.ordinal + 1 === h.ordinal) { continued = i; break; }
    return (continued >= 0 ? continued : inner) - 1;
  }
  let parent = stack.length - 1;
  const closes = (open: Open) => order.above(style, open.style) || cannotHold(open.block, block, cues);
  while (parent >= 0 && closes(stack[parent])) parent--;
  if (parent >= 0) order.learn(style, stack[parent].style);
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
  const order = new StyleOrder();
  const { read: candidates, lists, markers } = readCandidates(blocks);
  const cues = trustCues(blocks, candidates);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const heading = candidates[i];
    // The signature block ends the body: what follows (an unheaded statistics table) is in no section.
    if (!heading && block.kind === 'paragraph' && SIGNATURE.test(block.text)) stack.length = 0;
    if (!heading) {
      blockSection[i] = stack.at(-1)?.section.index ?? null;
      continue;
    }
    const title = heading.bare ? takeTitle(blocks, i) : heading.title;
    if (title === null) warnings.push(warn(`Đề mục "${heading.number}" không có tiêu đề`, block));
    if (heading.odd) warnings.push(warn(`Đánh số lạ ở đề mục "${heading.number}": ${heading.odd}`, block));
    const section = openSection(stack, asCapital(stack, heading), block, title ?? '', sections.length, order, cues);
    sections.push(section);
    blockSection[i] = section.index;
    // A bare heading's title paragraph is part of the heading, so it belongs to the new section.
    if (heading.bare && title !== null) blockSection[++i] = section.index;
  }
  const asItem = ({ block, heading: h }: Item): ListItem => ({ number: h.number, key: h.key, style: h.style, ordinal: h.ordinal, block: blocks[block].index, section: blockSection[block] });
  return { sections, blockSection, lists: lists.map((list) => list.map(asItem)), markers: markers.map(asItem), warnings };
}

/** "I.", "V.", "X.", "L." continue an open capital-letter list ("H." → "I.") rather than start Roman numerals. */
function asCapital(stack: Open[], h: Heading): Heading {
  if (h.style !== 'roman' || h.key.length !== 1) return h;
  const open = innermost(stack, 'capital');
  const ordinal = open ? VIETNAMESE_CAPITALS.indexOf(h.key) + 1 : 0;
  if (!open || open.heading.ordinal + 1 !== ordinal) return h;
  return { ...h, style: 'capital', ordinal };
}

/**
 * A punctuation slip: "2)" or "2-" right after an open "1." when the document has no ")" or "-"
 * numbers yet continues that list rather than opening a new style under it.
 */
function slipStyle(stack: Open[], h: Heading, order: StyleOrder): string | null {
  if (h.style !== 'arabic' || h.ordinal === 1 || order.seen.has(styleOf(h))) return null;
  const open = innermost(stack, 'arabic');
  return open && open.heading.ordinal + 1 === h.ordinal ? open.style : null;
}

/** The innermost open section whose heading has `style` (a backward scan, no copy of the stack). */
function innermost(stack: Open[], style: string): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].heading.style === style) return stack[i];
  return undefined;
}

/** Close what the heading closes, then open its section on top of the stack. */
function openSection(stack: Open[], heading: Heading, block: Block, title: string, index: number, order: StyleOrder, cues: TrustedCues): Section {
  const style = slipStyle(stack, heading, order) ?? styleOf(heading);
  order.seen.add(style);
  stack.length = findParent(stack, heading, style, block, order, cues) + 1;
  const parent = stack.at(-1);
  const section: Section = {
    index,
    number: heading.number,
    key: heading.key,
    title,
    style: heading.style,
    level: stack.length + 1 - (stack[0]?.heading.style === 'appendix' ? 1 : 0),
    path: [...(parent?.section.path ?? []), heading.key],
    parent: parent?.section.index ?? null,
    block: block.index,
    span: block.span,
  };
  if (parent) parent.children++;
  stack.push({ section, heading, style, block, children: 0 });
  return section;
}

function warn(message: string, block: Block): Warning {
  return { stage: 'segment', message, span: block.span };
}
