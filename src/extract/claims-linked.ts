/**
 * Linked-procedure claims: "Thực hiện liên thông thủ tục đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ mai táng phí
 * cho 102 trường hợp" counts cases each of which went through the bundle's first procedure, so 102 is a part of the count
 * that procedure is given on its own elsewhere ("Đăng ký khai tử 96 trường hợp"): a `subset` claim, judged by
 * part-exceeds-whole.
 *
 * Read only when: the bundle names two procedures or more (split by "," or a dash), the first of two words at least, in
 * lower case; the
 * count is the first figure after the bundle in its sentence, no ";" between, with a unit; and the procedure's own count is
 * written with its very name opening a clause right before the number ("Đăng ký khai tử 96 trường hợp", "; đăng ký khai tử:
 * 96 trường hợp"), in the same unit, with one value wherever it is so written (two values, or none, read nothing).
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { compatible, localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { alt, LINKED_BUNDLE_NOUNS, LINKED_BUNDLE_WORDS, LINKED_OWN_COUNT_LINKS, wordsRe } from '../text/lexicon.js';

const BUNDLE_WORD = wordsRe(LINKED_BUNDLE_WORDS);
// The bundle word, an optional "thủ tục", the first procedure (group 1, letters only), then "," or a dash and a second one.
const BUNDLE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alt(LINKED_BUNDLE_WORDS)})\s+(?:(?:${alt(LINKED_BUNDLE_NOUNS)})\s+)?(\p{L}+(?:\s\p{L}+){1,6}?)\s*(?:,|\s[-–]\s)\s*\p{L}`,
  'giu',
);
// What may stand between a procedure's name and its own number: a colon, "là", "được".
const NAME_TO_NUMBER = new RegExp(String.raw`^\s*(?::|${alt(LINKED_OWN_COUNT_LINKS)})?\s*$`, 'iu');
// What may open the clause the name opens: a clause mark, or (at the block's start) a bullet or nothing.
const CLAUSE_MARK = /[.;:,(]\s*$/u;
const BLOCK_OPENING = /^[\s\-+•*–]*$/u;

interface Bundle { name: string; part: Figure; block: Block; from: number }

/** The subset claims of linked-procedure bundles whose first procedure's own count the document states once. */
export function extractLinkedClaims(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const bundles: Bundle[] = [];
  for (const block of blocks) {
    if (block.kind === 'row' || !BUNDLE_WORD.test(block.text)) continue;
    for (const m of block.text.matchAll(BUNDLE)) {
      // A procedure is a common noun: a capitalised first word names a place the bundle links ("liên thông Xã A, xã B").
      if (m[1][0] === m[1][0].toUpperCase()) continue;
      const part = countAfter(block, figuresOf.of(block.index), m.index + m[0].length);
      if (part) bundles.push({ name: m[1].toLowerCase(), part, block, from: m.index });
    }
  }
  if (bundles.length === 0) return [];
  const out: Claim[] = [];
  for (const b of bundles) {
    const wholes = ownCounts(blocks, figuresOf, b.name).filter((f) => f !== b.part && compatible(f, b.part) && compatible(b.part, f));
    if (wholes.length === 0 || wholes.some((w) => w.value !== wholes[0].value)) continue;
    const whole = wholes[0];
    out.push(makeClaim({
      relation: 'subset', whole: whole.index, parts: [b.part.index], connector: LINKED_BUNDLE_WORDS[0], block: whole.block,
      span: subSpan(b.block, b.from, localRange(b.block, b.part)[1]), partBlocks: [b.block.index],
    }));
  }
  return out;
}

// The first figure after `at` in its sentence, a count with a unit and no change, with no ";" or digit before it.
function countAfter(block: Block, figures: readonly Figure[], at: number): Figure | null {
  const next = figures.find((f) => localRange(block, f)[0] >= at);
  if (!next || next.kind !== 'count' || next.unit === null || next.change) return null;
  return /[;.!?\d()]/u.test(block.text.slice(at, localRange(block, next)[0])) ? null : next;
}

// The counts written right after the very name opening their clause, outside tables.
function ownCounts(blocks: readonly Block[], figuresOf: BlockFigures, name: string): Figure[] {
  const out: Figure[] = [];
  for (const block of blocks) {
    if (block.kind === 'row') continue;
    const lower = block.text.toLowerCase();
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      const before = block.text.slice(Math.max(0, i - 6), i);
      if (!CLAUSE_MARK.test(before) && !(i <= 6 && BLOCK_OPENING.test(before))) continue;
      const end = i + name.length;
      const f = figuresOf.of(block.index).find((g) => localRange(block, g)[0] >= end);
      if (f && f.kind === 'count' && !f.change && NAME_TO_NUMBER.test(block.text.slice(end, localRange(block, f)[0]))) out.push(f);
    }
  }
  return out;
}
