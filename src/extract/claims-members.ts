/**
 * A group stated as a stock and some of its members counted elsewhere: "toàn xã có 46 hộ nghèo" and, paragraphs later,
 * "Có 52 hộ nghèo tham gia bảo hiểm" or "tập huấn cho 1.146 hòa giải viên" after "có 172 tổ hòa giải … với 1.046 hòa
 * giải viên". The later count is a part of the stock (a subset claim), so a larger one is a part larger than its whole.
 *
 * The stock: a figure right after "có" (or after "với" in a sentence that says "có"), its name (two to four words, no
 * visits) ending at a separator (",", ";", ".", "và", "trong đó", a bracket), in a sentence with no comparison, goal or
 * other time; the one value stated so in the document (two stocks of one name with two values give nothing). A name that
 * is only a count word of a body's members ("Ban Chỉ huy có 05 đồng chí") names no group.
 * The member count: in a later paragraph, the same name word for word, then a word telling what the members did or got
 * (MEMBER_ACTION_WORDS), or, after the recipient word "cho", the name alone (or followed by "của <number>"); not a count
 * another claim already reads as a part of a whole stated with it (in its paragraph, or the lead its bullet hangs from).
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { isReference, localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { alt, ATTENDANCE_VERBS, BODY_MEMBER_COUNTERS, SEPARATELY, GROUP_NAME_ENDS, GROUP_STOCK_HAS, GROUP_STOCK_MARKERS, GROUP_STOCK_UNSURE, MEMBER_ACTION_WORDS, RECIPIENT_WORDS, VISIT_UNITS, edgeAlt } from '../text/lexicon.js';

const NAME = /^\s+([^\d,;.:()%/]+)/u;
const NAME_END = new RegExp(String.raw`\s(?:${alt(GROUP_NAME_ENDS)})(?:\s|$)`, 'iu');
const STOCK_BEFORE = new RegExp(String.raw`(${edgeAlt(GROUP_STOCK_MARKERS)})\s+$`, 'iu');
const HAS = new RegExp(String.raw`${edgeAlt(GROUP_STOCK_HAS)}(?![\p{L}])`, 'iu');
const UNSURE = new RegExp(String.raw`${edgeAlt(GROUP_STOCK_UNSURE, SEPARATELY)}(?![\p{L}])`, 'iu');
const RECIPIENT_BEFORE = new RegExp(String.raw`${edgeAlt(RECIPIENT_WORDS)}\s+$`, 'iu');
const ACTION = MEMBER_ACTION_WORDS.map((w) => w.split(' '));
const ATTENDANCE = ATTENDANCE_VERBS.map((w) => w.split(' '));
const VISIT = new Set<string>(VISIT_UNITS);
const BODY_MEMBERS = new Set<string>(BODY_MEMBER_COUNTERS);

const words = (s: string) => s.toLowerCase().split(/\s+/u).filter((w) => w !== '');

// The sentence around a figure (within a few hundred characters): from the last sentence end before it to the next one after it.
function sentenceAround(text: string, s: number, e: number): string {
  const start = Math.max(0, s - 400);
  const before = text.slice(start, s);
  const from = start + Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
  const after = text.slice(e, e + 400);
  const stop = after.search(/\.(?:\s|$)/u);
  return text.slice(from, stop < 0 ? e + after.length : e + stop);
}

// Inside an unclosed bracket of its sentence.
function bracketed(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 400), s);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

interface Stock { figure: Figure; name: string[] }

function stockOf(block: Block, f: Figure): Stock | null {
  const text = block.text;
  const [s, e] = localRange(block, f);
  const marker = STOCK_BEFORE.exec(text.slice(Math.max(0, s - 8), s));
  if (!marker || bracketed(text, s) || isReference(block, f)) return null;
  const sentence = sentenceAround(text, s, e);
  if (!(GROUP_STOCK_HAS as readonly string[]).includes(marker[1].toLowerCase()) && !HAS.test(sentence)) return null;
  if (UNSURE.test(sentence)) return null;
  const m = NAME.exec(text.slice(e, e + 200));
  if (!m) return null;
  const cut = m[1].search(NAME_END);
  const phrase = cut < 0 ? m[1] : m[1].slice(0, cut);
  // The name ends at a separator: nothing but spaces between it and the next ",", ";", "." or bracket (or "và", "trong đó").
  const next = text.slice(e + m[0].length, e + m[0].length + 4);
  if (cut < 0 && !/^\s*(?:[,;.(]|$)/u.test(next)) return null;
  const name = words(phrase);
  // "05 đồng chí" counts the members of the body named before it, no group of its own name.
  if (name.length < 2 || name.length > 4 || VISIT.has(name[0]) || BODY_MEMBERS.has(name.join(' '))) return null;
  return { figure: f, name };
}

function memberOf(block: Block, f: Figure, stock: string[]): boolean {
  const text = block.text;
  const [s, e] = localRange(block, f);
  if (bracketed(text, s) || isReference(block, f)) return false;
  const m = NAME.exec(text.slice(e, e + 200));
  if (!m) return false;
  const after = words(m[1]);
  if (!stock.every((w, k) => after[k] === w)) return false;
  const rest = after.slice(stock.length);
  // "Phấn đấu giải quyết việc làm cho 3 700 lao động": a goal or another time counts no member of the stock now.
  if (UNSURE.test(sentenceAround(text, s, e))) return false;
  // "phiên thứ hai … có 09 doanh nghiệp tham gia;": a verb of attendance closing the name, no object after it, counts those who
  // attended what the sentence names, who may come from anywhere: no member of the stock the report's area has.
  const closed = /^\s*(?:[,;.:)]|$)/u.test(text.slice(e + m[0].length, e + m[0].length + 4));
  if (closed && ATTENDANCE.some((a) => a.length === rest.length && a.every((w, k) => rest[k] === w))) return false;
  if (ACTION.some((a) => a.every((w, k) => rest[k] === w))) return true;
  if (!RECIPIENT_BEFORE.test(text.slice(Math.max(0, s - 12), s))) return false;
  const tail = text.slice(e + m[0].length, e + m[0].length + 4);
  return (rest.length === 0 && /^\s*(?:[,;.]|$)/u.test(tail)) || (rest.length === 1 && rest[0] === 'của' && /^\s*\d/u.test(tail));
}

export function extractMemberClaims(blocks: readonly Block[], figuresOf: BlockFigures, read: readonly Claim[] = []): Claim[] {
  // A count another claim already reads as a part of a whole stated with it ("1.254 người, trong đó …; 186 công dân được
  // tạm hoãn") has its whole: a stock of the same noun paragraphs away is a second, less sure reading, and none is made.
  const placed = new Set<number>();
  for (const c of read) if (c.relation !== 'list') for (const p of c.parts) placed.add(p);
  const stocks = new Map<string, Stock[]>();
  blocks.forEach((block, i) => {
    if (block.kind === 'row') return;
    for (const f of figuresOf.of(i)) {
      if (f.cell !== null || f.kind !== 'count') continue;
      const stock = stockOf(block, f);
      if (!stock) continue;
      const key = stock.name.join(' ');
      const list = stocks.get(key) ?? [];
      list.push(stock);
      stocks.set(key, list);
    }
  });
  // Each count is looked up by the first two to four words after it, so the reading stays linear in the figures.
  const out: Claim[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'row') return;
    for (const f of figuresOf.of(i)) {
      if (f.cell !== null || f.kind !== 'count') continue;
      const [, e] = localRange(block, f);
      const m = NAME.exec(block.text.slice(e, e + 200));
      if (!m) continue;
      const after = words(m[1]);
      for (let n = 2; n <= Math.min(4, after.length); n++) {
        const list = stocks.get(after.slice(0, n).join(' '));
        if (!list || new Set(list.map((s) => s.figure.value)).size !== 1) continue;
        const whole = list[0].figure;
        if (whole.block >= i || placed.has(f.index) || !memberOf(block, f, list[0].name)) continue;
        out.push(makeClaim({
          relation: 'subset', whole: whole.index, parts: [f.index], connector: 'nhóm', block: whole.block,
          span: subSpan(block, 0, localRange(block, f)[1]), partBlocks: [block.index],
        }));
      }
    }
  });
  return out;
}
