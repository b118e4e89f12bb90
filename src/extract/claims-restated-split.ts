/**
 * A whole split in a later sentence that restates its name: "… vốn ngân sách huyện 158,346 tỷ đồng (31 dự án); … . Trong
 * vốn ngân sách huyện có nguồn thu tiền sử dụng đất 112,500 tỷ đồng và vốn cân đối ngân sách huyện 46,846 tỷ đồng." The
 * sentence opens "Trong <name> có" (no "số", no amount: those are claims-inline.ts's) and lists the parts, closed by "và".
 *
 * Read only when sure, since the claim is exhaustive (the parts must add up to the whole):
 * - the whole is the one amount earlier in the paragraph, in the parts' unit, whose own name (the words of its segment
 *   before the number, "vốn ngân sách huyện 158,346 tỷ đồng", or after it, its noun first, "có 1.250 học sinh tiểu học") is
 *   the sentence's name word for word, "tổng" aside; none or two such amounts (a same-named value of another period), no
 *   claim;
 * - the list is closed: two parts at least, one amount each, joined by "," or ";" and the last by "và", the sentence ending
 *   with the last part; no other amount, share or year outside brackets, no word of a partial list ("trong đó", "chủ yếu",
 *   "như", "cao nhất", "cùng kỳ": lexicon RESTATED_SPLIT_PARTIAL_WORDS);
 * - each part is named by its own words before its amount ("vốn cân đối 46,8 tỷ đồng"), or the parts' words name every
 *   member of a complementary split ("120 em nam và 115 em nữ", claims-parts.ts partitionOf). "có 120 em dân tộc và 35 em
 *   khuyết tật" may overlap or leave some out: nothing.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { compatible, isReference, localRange, makeClaim, partitionOf, type BlockFigures } from './claims-parts.js';
import { splitSentences } from './sentences.js';
import {
  alt, BACK_POINTERS, COMPARISON, CONSISTS_OF, NAME_LINK_WORDS, OF_WHICH, RESTATED_SPLIT_CLOSERS, RESTATED_SPLIT_LEADS, RESTATED_SPLIT_LINKS,
  RESTATED_SPLIT_PARTIAL_WORDS, STATED_AS_WORDS, TOTAL_WORDS, wordsRe,
} from '../text/lexicon.js';

// "Trong " opening a sentence (tried only where one opens: sticky), a name's first word right after it (no amount).
const LEAD = new RegExp(String.raw`[\s\-+•*–]*(?:${alt(RESTATED_SPLIT_LEADS)})\s+(?=\p{L})`, 'iuy');
const NAME_WORD = /[\p{L}\d]+/uy;
const SPACE = /\s+/uy;
// "[,] có " after the name's last word.
const LINK = new RegExp(String.raw`\s*,?\s+(?:${alt(RESTATED_SPLIT_LINKS)})\s+`, 'iuy');
// The words of a name: two at least ("học phí"), ten at most (a longer run is a clause).
const NAME_MIN_WORDS = 2;
const NAME_MAX_WORDS = 10;
const LEAD_NEEDS = wordsRe(RESTATED_SPLIT_LEADS);
const PARTIAL = wordsRe(RESTATED_SPLIT_PARTIAL_WORDS);
// Words opening a whole's segment that tie it to what came before ("gồm vốn …", "trong đó vốn …"), and words closing it
// before its number ("… là", "… đạt"): no part of its name.
const NAME_OPENER = new RegExp(String.raw`^(?:[\s\-+•*–]|(?:${alt(CONSISTS_OF, OF_WHICH)})(?![\p{L}]))+`, 'iu');
const NAME_CLOSER = new RegExp(String.raw`(?:\s+(?:${alt(STATED_AS_WORDS, NAME_LINK_WORDS)}))+\s*$`, 'iu');
const TOTAL_OPENER = new RegExp(String.raw`^(?:${alt(TOTAL_WORDS)})\s+`, 'iu');
const BACK_POINTER = new RegExp(String.raw`\s+(?:${alt(BACK_POINTERS)})$`, 'iu');
// "và" (global: read with matchAll only).
const JOINER = wordsRe(RESTATED_SPLIT_CLOSERS, 'giu');
// What ends a whole's segment: a clause mark, a bracket, a sentence's end.
const SEGMENT_MARK = /[,;:()]|\.(?:\s|$)/u;
const JOINER_ONCE = wordsRe(RESTATED_SPLIT_CLOSERS);
// How far back a whole's segment is read (a name is a few words; a longer run is a clause, not a name).
const NAME_REACH = 160;
// Words a last part's amount may be followed by before the sentence ends (its noun: "35 em", "3.940 con lợn thịt").
const TAIL_WORDS = 4;

/** The exhaustive splits of wholes restated by name in a later sentence of their paragraph ("Trong <name> có A a và B b."). */
export function extractRestatedSplits(blocks: readonly Block[], figuresOf: BlockFigures): Claim[] {
  const out: Claim[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'row' || !LEAD_NEEDS.test(block.text)) return;
    let home: Home | null = null;
    for (const s of splitSentences(block.text)) {
      LEAD.lastIndex = s.from;
      if (!LEAD.test(block.text)) continue;
      home ??= homeOf(block, figuresOf.of(i));
      const claim = readLead(home, s.from, s.end ? s.to - 1 : s.to, LEAD.lastIndex);
      if (claim) out.push(claim);
    }
  });
  return out;
}

/**
 * The split after the lead ending at `at`: the name may hold the link word itself ("sản lượng lương thực có hạt có lúa …"),
 * so the name ends at each link word in turn, the first that names a whole wins.
 */
function readLead(home: Home, from: number, end: number, at: number): Claim | null {
  const text = home.block.text;
  let pos = at;
  for (let words = 1; words <= NAME_MAX_WORDS && pos < end; words++) {
    NAME_WORD.lastIndex = pos;
    if (!NAME_WORD.test(text)) return null;
    pos = NAME_WORD.lastIndex;
    LINK.lastIndex = pos;
    if (words >= NAME_MIN_WORDS && LINK.test(text) && LINK.lastIndex < end) {
      const claim = readSplit(home, from, end, LINK.lastIndex, text.slice(at, pos));
      if (claim) return claim;
    }
    SPACE.lastIndex = pos;
    if (!SPACE.test(text)) return null;
    pos = SPACE.lastIndex;
  }
  return null;
}

function readSplit(home: Home, from: number, end: number, after: number, rawName: string): Claim | null {
  const { block } = home;
  const name = nameKey(rawName.replace(BACK_POINTER, ''));
  if (name.split(' ').length < NAME_MIN_WORDS) return null;
  const named = home.named.get(name);
  if (!named || localRange(block, named[0])[1] > from) return null;
  const parts = readList(home, after, end);
  if (!parts) return null;
  const kind = parts.figures[0].kind;
  if (!parts.figures.every((p) => p.kind === kind && p.kind !== 'percent' && p.kind !== 'fraction' && p.kind !== 'range' && !p.change && !(p.unit ?? '').includes('/'))) return null;
  // One value of that name before the sentence in the parts' unit: two (the same thing in another period, "năm 2024 … ;
  // năm 2025 …") say nothing of which one is split. The list is in order: read up to the sentence, or to a second one.
  const wholes: Figure[] = [];
  for (let k = 0; k < named.length && localRange(block, named[k])[1] <= from && wholes.length < 2; k++) {
    if (named[k].kind === kind && parts.figures.every((p) => compatible(named[k], p))) wholes.push(named[k]);
  }
  if (wholes.length !== 1 || wholes[0].change || isReference(block, wholes[0])) return null;
  const [whole] = wholes;
  if (!parts.named.every(Boolean) && partitionOf(parts.texts) !== 'exhaustive') return null;
  const last = parts.figures[parts.figures.length - 1];
  return makeClaim({
    relation: 'exhaustive', whole: whole.index, parts: parts.figures.map((f) => f.index), disjoint: true, connector: RESTATED_SPLIT_LEADS[0],
    block: block.index, span: subSpan(block, localRange(block, whole)[0], localRange(block, last)[1]),
  });
}

/** A paragraph read for such splits: its figures outside table cells, in order, and those of each own name. */
interface Home { block: Block; figures: Figure[]; named: Map<string, Figure[]> }

function homeOf(block: Block, all: Figure[]): Home {
  const figures = all.filter((f) => f.cell === null).sort((a, b) => a.span.start - b.span.start);
  const named = new Map<string, Figure[]>();
  for (const f of figures) {
    for (const key of new Set([nameKey(nameBefore(block, f)), nameKey(nameAfter(block, f))])) {
      if (key === '') continue;
      const list = named.get(key);
      if (list) list.push(f);
      else named.set(key, [f]);
    }
  }
  return { block, figures, named };
}

/** A name compared word for word: lower case, one space between words, no "tổng" opening it ("Tổng đàn lợn" names "đàn lợn"). */
function nameKey(raw: string): string {
  return raw.toLowerCase().replace(/\s+/gu, ' ').trim().replace(TOTAL_OPENER, '');
}

// The words of a figure's segment before its number ("vốn ngân sách huyện 158,346 tỷ đồng"): back to a ",", ";", ":", a
// bracket, a sentence's end or a "và", without the words tying it to what came before or to its number.
function nameBefore(block: Block, f: Figure): string {
  const [s] = localRange(block, f);
  const window = block.text.slice(Math.max(0, s - NAME_REACH), s);
  let seg = window.split(SEGMENT_MARK).pop() ?? '';
  if (seg.length === window.length && s > NAME_REACH) return '';
  let cut = -1;
  for (const j of seg.matchAll(JOINER)) cut = j.index + j[0].length;
  if (cut >= 0) seg = seg.slice(cut);
  return seg.replace(NAME_OPENER, '').replace(NAME_CLOSER, '');
}

// The words of a figure's segment after its number, its noun first ("có 1.250 học sinh tiểu học."): up to the same marks.
function nameAfter(block: Block, f: Figure): string {
  const [, e] = localRange(block, f);
  const window = block.text.slice(e, e + NAME_REACH);
  const seg = window.split(SEGMENT_MARK)[0];
  if (seg.length === window.length && e + NAME_REACH < block.text.length) return '';
  const join = seg.search(JOINER_ONCE);
  return join >= 0 ? seg.slice(0, join) : seg;
}

interface List { figures: Figure[]; texts: string[]; named: boolean[] }

/**
 * The parts listed from `from` to the sentence's end: every amount outside brackets one part, the words between them one
 * separator each ("," or ";", "và" before the last), nothing after the last but its noun; null when the list is not so.
 */
function readList(home: Home, from: number, end: number): List | null {
  const { block, figures } = home;
  const text = block.text;
  const open = outsideBrackets(text, from, end);
  if (open === null || PARTIAL.test(open) || COMPARISON.test(open)) return null;
  const inside: Figure[] = [];
  for (let k = firstAtOrAfter(figures, block.span.start + from); k < figures.length && localRange(block, figures[k])[1] <= end; k++) inside.push(figures[k]);
  const parts = inside.filter((f) => open[localRange(block, f)[0] - from] !== '\u0000');
  if (parts.length < 2) return null;
  const gaps: string[] = [];
  let at = from;
  for (const p of parts) {
    gaps.push(open.slice(at - from, localRange(block, p)[0] - from));
    at = localRange(block, p)[1];
  }
  const tail = open.slice(at - from);
  if ([...gaps, tail].some((g) => /\d/u.test(g)) || /[,;:]/u.test(tail) || (tail.match(/\p{L}+/gu) ?? []).length > TAIL_WORDS) return null;
  // gaps[k] (k ≥ 1) holds the words after part k−1's amount, its one separator, then part k's words before its amount.
  const before: string[] = [gaps[0]];
  const afterWords: string[] = [];
  for (let k = 1; k < gaps.length; k++) {
    const split = separatorOf(gaps[k], k === gaps.length - 1);
    if (split === null) return null;
    afterWords.push(gaps[k].slice(0, split[0]));
    before.push(gaps[k].slice(split[1]));
  }
  afterWords.push(tail);
  const texts = parts.map((p, k) => `${before[k]} ${afterWords[k]}`.replace(/\u0000+/gu, ' ').replace(/\s+/gu, ' ').trim());
  const named = parts.map((p, k) => /\p{L}/u.test(before[k]) && !/\p{L}/u.test(afterWords[k].replace(p.unit ?? '', '')));
  return { figures: parts, texts, named };
}

// The one separator of a gap between two parts: [start, end) of a "," or ";" (or of "và" for the last), none other.
function separatorOf(gap: string, last: boolean): [number, number] | null {
  const marks = [...gap.matchAll(/[,;]/gu)];
  const joins = [...gap.matchAll(JOINER)];
  if (last) return marks.length === 0 && joins.length === 1 ? [joins[0].index, joins[0].index + joins[0][0].length] : null;
  return marks.length === 1 && joins.length === 0 ? [marks[0].index, marks[0].index + 1] : null;
}

// text[from, end) with every bracket's content (and the brackets) blanked out by NUL, so offsets stay; null when a bracket
// is left open.
function outsideBrackets(text: string, from: number, end: number): string | null {
  let depth = 0;
  let out = '';
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '(') depth++;
    out += depth > 0 ? '\u0000' : c;
    if (c === ')') {
      if (depth === 0) return null;
      depth--;
    }
  }
  return depth === 0 ? out : null;
}

// The first of figures (in order of where they start) starting at or after `start` (binary search: a long paragraph of many
// such sentences is read in linear time).
function firstAtOrAfter(figures: readonly Figure[], start: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].span.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
