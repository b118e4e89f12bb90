/**
 * A breakdown member restated by its name with what was done to some of it: "Tổng chiều dài đường … là 1 186,40 km, trong
 * đó đường huyện 142,30 km, đường xã 386,50 km, …" and, nearby, "đường xã cứng hóa 208,40 km". What was done (hardened,
 * harvested, disbursed, "được …") is some of the member, so the later amount is a part of the member's (a `subset` claim,
 * judged by part-exceeds-whole).
 *
 * Read only when (precision first): the member is a part of a breakdown already read, named by the words of its segment
 * before its number (two to eight words, no digit or bracket), no other part of that breakdown so named; the later amount
 * is in the member's paragraph after it or one of the next two, its clause holding nothing before its number but the
 * member's name word for word and then a verb of NAMED_SUBSET_VERBS ("đã" may come first) and at most three more words,
 * none a plan, allocation, addition, change or comparison (NAMED_SUBSET_BREAKERS); its sentence names no year; it has the
 * member's kind and unit; and exactly one member of that name (one value) is in reach.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { alt, CONSISTS_OF, NAMED_SUBSET_BREAKERS, NAMED_SUBSET_VERBS, OF_WHICH, wordsRe } from '../text/lexicon.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';

// Leading marks and connector words of a segment ("…, trong đó đường huyện"): no part of the name.
const OPENER = new RegExp(String.raw`^(?:[\s,\-+•*–]|(?:${alt(CONSISTS_OF, OF_WHICH)})(?![\p{L}]))+`, 'iu');
// Where a clause opens inside a segment: after ";", ":" or a sentence's end.
const CLAUSE_MARK = /[;:!?]|\.(?=\s)/gu;
const DONE = new RegExp(String.raw`^(?:đã\s+)?(?:${alt(NAMED_SUBSET_VERBS)})(?![\p{L}])`, 'iu');
const BREAKER = wordsRe(NAMED_SUBSET_BREAKERS);
const YEAR = /(?<![\d.,/])(?:19|20)\d{2}(?!\d|[.,]\d)/u;
const NAME_MIN = 2;
const NAME_MAX = 8;
const VERB_MAX = 4;
const PREFIX_MAX = 6;
// Characters before a figure its lead and its sentence are sought in.
const WINDOW = 300;
// Paragraphs after the member's own the restatement may stand in.
const REACH = 2;

const wordsOf = (s: string) => s.toLowerCase().replace(/,/gu, ' , ').split(/\s+/u).filter((w) => w !== '');

/**
 * The words of a figure's own clause before its number: from the figure before it (`prev`, its unit left out) or the
 * clause's opening, within a bounded window (a report typed on one line stays linear).
 */
function leadWords(block: Block, prev: Figure | undefined, f: Figure): string[] | null {
  const text = block.text;
  const [s] = localRange(block, f);
  let segment = text.slice(Math.max(prev ? localRange(block, prev)[1] : 0, s - WINDOW), s);
  const unit = prev?.unit ?? '';
  if (prev && unit !== '' && segment.trimStart().toLowerCase().startsWith(unit.toLowerCase())) segment = segment.trimStart().slice(unit.length);
  let cut = -1;
  for (const m of segment.matchAll(CLAUSE_MARK)) cut = m.index + m[0].length;
  if (cut >= 0) segment = segment.slice(cut);
  segment = segment.replace(OPENER, '');
  return /[()[\]]/u.test(segment) ? null : wordsOf(segment);
}

const amountKind = (f: Figure) => (f.kind === 'money' ? 'money' : f.kind === 'count' || f.kind === 'decimal' ? 'measure' : null);
const sameMeasure = (a: Figure, b: Figure) => amountKind(a) !== null && amountKind(a) === amountKind(b)
  && (a.kind === 'money' || (a.unit ?? '').toLowerCase() === (b.unit ?? '').toLowerCase()) && a.unit !== null;
const plain = (f: Figure | undefined): f is Figure => f !== undefined && f.cell === null && !f.change && amountKind(f) !== null;

interface Member { figure: Figure; name: string[] }

/**
 * The breakdown members of the claims read so far, each with its name (see the module comment), by block and the name's
 * first word.
 */
function membersOf(blocks: readonly Block[], read: readonly Claim[], figures: readonly Figure[]): Map<string, Member[]> {
  const out = new Map<string, Member[]>();
  for (const c of read) {
    if ((c.relation !== 'subset' && c.relation !== 'exhaustive') || c.parts.length < 2) continue;
    const named: Member[] = [];
    for (const i of c.parts) {
      const f = figures[i];
      if (!plain(f)) continue;
      const before = figures[i - 1];
      const name = leadWords(blocks[f.block], before?.block === f.block && before.cell === null ? before : undefined, f);
      if (name && name.length >= NAME_MIN && name.length <= NAME_MAX && name[0] !== ',') named.push({ figure: f, name });
    }
    const seen = new Map<string, number>();
    for (const m of named) seen.set(m.name.join(' '), (seen.get(m.name.join(' ')) ?? 0) + 1);
    for (const m of named) {
      if (seen.get(m.name.join(' ')) !== 1) continue;
      const key = `${m.figure.block}#${m.name[0]}`;
      out.set(key, [...(out.get(key) ?? []), m]);
    }
  }
  return out;
}

/** The member a later amount restates by name with a verb of what was done to some of it, when exactly one fits. */
function restatedMember(block: Block, prev: Figure | undefined, f: Figure, members: ReadonlyMap<string, Member[]>): Member | null {
  const lead = leadWords(block, prev, f);
  if (!lead || lead.length < NAME_MIN + 1) return null;
  // The clause opens with the name, or a short lead of its own before a comma does ("Đến ngày 30/9, vốn … đã giải ngân …")
  // naming no other member of the noun ("đường huyện, đường xã cứng hóa …" tells both together).
  const starts = [0, ...lead.flatMap((w, k) => (w === ',' && k < PREFIX_MAX ? [k + 1] : []))];
  const fits: Member[] = [];
  for (const at of starts) {
    if (lead.slice(0, at).includes(lead[at])) continue;
    for (let b = Math.max(0, f.block - REACH); b <= f.block; b++) {
      for (const m of members.get(`${b}#${lead[at]}`) ?? []) {
        const { figure: w, name } = m;
        if (w === f || (w.block === f.block && w.span.end > f.span.start) || !sameMeasure(w, f)) continue;
        if (lead.length > at + name.length + VERB_MAX || !name.every((x, j) => lead[at + j] === x)) continue;
        if (DONE.test(lead.slice(at + name.length).join(' ')) && !BREAKER.test(lead.join(' '))) fits.push(m);
      }
    }
  }
  if (fits.length === 0 || new Set(fits.map((m) => m.figure.value)).size !== 1) return null;
  const [s] = localRange(block, f);
  const before = block.text.slice(Math.max(0, s - WINDOW), s);
  return YEAR.test(before.slice(before.lastIndexOf('. ') + 1)) ? null : fits[fits.length - 1];
}

/** The subset claims of breakdown members restated with what was done to some of them (see the module comment). */
export function extractNamedSubsets(blocks: readonly Block[], figuresOf: BlockFigures, read: readonly Claim[], figures: readonly Figure[]): Claim[] {
  const members = membersOf(blocks, read, figures);
  if (members.size === 0) return [];
  const out: Claim[] = [];
  const reached = new Set([...members.values()].flatMap((list) => Array.from({ length: REACH + 1 }, (_, k) => list[0].figure.block + k)));
  for (const b of reached) {
    const block = blocks[b];
    if (!block || block.kind === 'row') continue;
    const own = figuresOf.of(b);
    own.forEach((f, k) => {
      const member = plain(f) ? restatedMember(block, own[k - 1], f, members) : null;
      if (!member) return;
      const whole = member.figure;
      const head = blocks[whole.block];
      const span = head === block ? subSpan(block, localRange(block, whole)[0], localRange(block, f)[1]) : subSpan(head, localRange(head, whole)[0], head.text.length);
      out.push(makeClaim({ relation: 'subset', whole: whole.index, parts: [f.index], connector: 'tên', block: whole.block, span, partBlocks: [b] }));
    });
  }
  return out;
}
