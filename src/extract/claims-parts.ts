/**
 * What claims share: whether a figure can be a part of a whole (compatible
 * kind and unit), and whether a set of parts partitions their whole — judged
 * from the qualifiers the report writes beside each part ("mới / lại",
 * "nam / nữ", "trước hạn / đúng hạn / quá hạn", "cơ quan / cá nhân", "của X / của Y").
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { keepShape } from '../text/shapes.js';
import { memoMap, MEMO_KEY_MAX, remembered } from '../text/memo.js';
import { isMeasured, sameCountedHead, unitKindOf, unitsAlike } from './labels.js';
import {
  ADMIN_TIERS, ALL_TIERS_WORDS, alt, COMPARED_WITH, MEMBER_QUALIFIERS, MULTIPLE_VERBS, NOUN_JOINERS, OUTCOME_PARTITION, OUTCOME_SUBSPLIT_WORDS, OWNER_WORDS, PLAN_ABBREVIATIONS, QUALIFIER_PARTITIONS, QUARTER_WORDS, REFERENCE_ABBREVIATIONS, REFERENCE_WORDS,
  SCALE_WORDS, SHARE_HELD_VERBS, YEAR_WORDS, edgeAlt,
} from '../text/lexicon.js';

/**
 * The figures outside table cells of each block, in the order given: one array of them all, block by block, and an
 * Int32Array of where each block's run begins; `of(b)` slices out block b's figures when a reader asks. No array per
 * block is held for the document: one array per block (as before) was, at 33,286 blocks (many headings, 1M characters),
 * 33,286 arrays grown by push that outlived every young collection of the stage, copied and then promoted onto fresh
 * pages (about 1,900 page faults): claims grew ×18 from 100k to 1M characters. A slice asked for dies young.
 * One class for every document, so the readers' calls to `of` always meet the same function (no closure per document).
 */
export class BlockFigures {
  private readonly order: Figure[];
  /** first[b]: the position in `order` of block b's first figure; its figures run to first[b + 1]. */
  private readonly first: Int32Array;

  constructor(figures: readonly Figure[], blocks: number) {
    const first = new Int32Array(blocks + 1);
    let sorted = true;
    let last = -1;
    let n = 0;
    for (const f of figures) {
      if (f.cell !== null || !(f.block >= 0 && f.block < blocks)) continue;
      first[f.block + 1]++;
      n++;
      if (f.block < last) sorted = false;
      last = f.block;
    }
    for (let b = 0; b < blocks; b++) first[b + 1] += first[b];
    const order: Figure[] = [];
    if (sorted) {
      for (const f of figures) if (f.cell === null && f.block >= 0 && f.block < blocks) order.push(f);
    } else {
      // Out of block order: placed by counting (each block's figures keep their order), into an array filled first so
      // that it stays packed.
      for (let k = 0; k < n; k++) order.push(figures[0]);
      const next = first.slice(0, blocks);
      for (const f of figures) if (f.cell === null && f.block >= 0 && f.block < blocks) order[next[f.block]++] = f;
    }
    this.order = order;
    this.first = first;
  }

  /** The figures of block b outside table cells, in order (a fresh array; empty for a block out of range). */
  of(b: number): Figure[] {
    if (!(b >= 0 && b + 1 < this.first.length)) return [];
    return this.order.slice(this.first[b], this.first[b + 1]);
  }

  /** Every figure outside table cells of the blocks `keep` accepts, block by block. */
  allOf(keep: (b: number) => boolean): Figure[] {
    return this.order.filter((f) => keep(f.block));
  }
}
/*
 * One held for the life of the process (src/text/shapes.ts): an instance's hidden class is reached from the class's
 * initial map by adding its two fields, transitions V8 holds only weakly, so with one instance made per document the
 * map died with the document and `of` and every reader optimised on it (`flowClaim`, `extractBalanceClaims`) were
 * thrown away ("weak objects" in `--trace-deopt`) and compiled again for the next one, in the clock of the stage.
 */
keepShape(new BlockFigures([], 0));

/** Offsets of a figure inside its block's text. */
export function localRange(block: Block, f: Figure): [number, number] {
  return [f.span.start - block.span.start, f.span.end - block.span.start];
}

const HELD_BEFORE = new RegExp(String.raw`${edgeAlt(SHARE_HELD_VERBS)}\s*$`, 'iu');

/**
 * "trong đó hồ sơ trực tuyến chiếm 84,2% (241 trường hợp)": a share held ("chiếm") with the part's amount restated alone in
 * the bracket right after it. The percent is the share and the bracketed amount the part; given the figure before the
 * amount, true only when nothing but spaces stands between the percent and "(", and the bracket holds the amount and the
 * words of its unit, nothing else. A bracket of a fraction, of another clause or of words ("(cùng kỳ 24 vụ)") is none.
 */
export function heldShareBefore(block: Block, percent: Figure | undefined, part: Figure): boolean {
  if (!percent || percent.kind !== 'percent' || percent.block !== part.block || percent.cell !== part.cell || part.unit === null) return false;
  if (part.kind !== 'count' && part.kind !== 'money' && part.kind !== 'decimal') return false;
  const text = block.text;
  const [ps, pe] = localRange(block, percent);
  const [s, e] = localRange(block, part);
  if (!/^\s*%?\s*\(\s*$/u.test(text.slice(pe, s)) || !HELD_BEFORE.test(text.slice(Math.max(0, ps - 20), ps))) return false;
  const close = text.indexOf(')', e);
  const rest = close >= 0 ? text.slice(e, close).trim() : '';
  return /^[\p{L} ]{1,40}$/u.test(rest) && rest.toLowerCase().startsWith(part.unit.toLowerCase());
}

const SCALED = new RegExp(`(?:${alt(SCALE_WORDS)})`, 'iu');

/**
 * True when `part` may be a part of `whole`: same kind of quantity and, where both state one, the same unit or a kind of it.
 * `after` is the text right after the whole's number, when known: a whole whose noun names two or three things joined by a
 * comma or "và" ("37 học sinh, sinh viên", "15 xã, thị trấn") counts each of them (jointNoun).
 */
export function compatible(whole: Figure, part: Figure, after = ''): boolean {
  if (whole.kind === 'percent' || part.kind === 'percent') return whole.kind === part.kind;
  if (whole.kind === 'money') return part.kind === 'money' || (part.kind !== 'fraction' && SCALED.test(part.raw));
  if (part.kind === 'money' || part.kind === 'fraction' || part.kind === 'range') return false;
  if (whole.kind === 'fraction' || whole.kind === 'range') return false;
  const unit = qualifierFree(part.unit, whole.unit);
  return sameUnit(whole.unit, unit) || (unit !== null && whole.unit !== null && (unitKindOf(unit, whole.unit) || jointNoun(whole.unit, unit, after) || sameCountedHead(whole.unit, unit)));
}

const JOINER = new RegExp(String.raw`^(?:\s*,\s*|\s+(?:${alt(NOUN_JOINERS)})\s+)`, 'u');
const NEXT_JOINER = new RegExp(String.raw`,|\s+(?:${alt(NOUN_JOINERS)})\s+`, 'u');
// The words that finish the whole's first noun past its unit (a unit is read at most two words long: "chai nước" of "chai
// nước giải khát"), none a joiner.
const NOUN_RUN_ON = new RegExp(String.raw`^(?:\s+(?!(?:${alt(NOUN_JOINERS)})(?!\p{L}))\p{L}+){0,3}`, 'u');
const MAX_JOINED = 2;
/**
 * "37 học sinh, sinh viên vay vốn": the text after the whole's number opens with its unit, then one or two more nouns joined
 * by a comma or "và" (no number, no clause end between), and `unit` opens right after one of the joiners. The first noun may
 * run on a few words past the unit ("2.140 chai nước giải khát, dầu gội đầu"), and a measure the whole's unit opens with is
 * shared by every noun it joins: "chai dầu gội" counts the "dầu gội đầu" of those bottles.
 */
export function jointNoun(wholeUnit: string, unit: string, after: string): boolean {
  const text = after.replace(/^\s+/u, '').toLowerCase();
  const own = wholeUnit.toLowerCase().trim();
  if (!text.startsWith(own) || /^\p{L}/u.test(text.slice(own.length))) return false;
  const span = text.slice(own.length).split(/[\d;:.!?()]/u)[0];
  const want = unit.toLowerCase().trim();
  const measure = own.split(' ')[0];
  const wants = own.includes(' ') && want.startsWith(`${measure} `) ? [want, want.slice(measure.length + 1)] : [want];
  let rest = span.slice(NOUN_RUN_ON.exec(span)![0].length);
  for (let k = 0; k < MAX_JOINED; k++) {
    const j = JOINER.exec(rest);
    if (!j) return false;
    rest = rest.slice(j[0].length);
    if (wants.some((w) => rest.startsWith(w) && !/^\p{L}/u.test(rest.slice(w.length)))) return true;
    // The next joined noun: to the next joiner.
    const next = rest.search(NEXT_JOINER);
    if (next < 0) return false;
    rest = rest.slice(next);
  }
  return false;
}

const QUALIFIER_UNITS = memoMap<string, boolean>();
// A "unit" that is a qualifier of the split ("30 nam", "12 mới") counts the whole's own things; one that names who is
// counted (MEMBER_QUALIFIERS: "38 đơn vị", "14 nữ") counts no share of a measure ("36 tấn hàng hóa"), and stays a unit.
function qualifierFree(unit: string | null, wholeUnit: string | null): string | null {
  if (unit === null || (isMeasured(wholeUnit) && MEMBER_QUALIFIER.has(unit.toLowerCase().trim()))) return unit;
  // Units are a few words asked again for every pair of parts: the answer kept per unit.
  const qualifier = unit.length > MEMO_KEY_MAX ? isQualifier(unit) : remembered(QUALIFIER_UNITS, unit, isQualifier);
  return qualifier ? null : unit;
}
function isQualifier(unit: string): boolean {
  return PARTITIONS.some((p) => p.members.some((m) => m.exec(unit)?.[0] === unit));
}
const MEMBER_QUALIFIER = new Set<string>(MEMBER_QUALIFIERS);

function sameUnit(a: string | null, b: string | null): boolean {
  return a === null || b === null || unitsAlike(a, b);
}

/** A figure that can stand as a whole or a part: a count, decimal, money amount or percent. */
export function isAmount(f: Figure): boolean {
  return f.kind === 'count' || f.kind === 'decimal' || f.kind === 'money' || f.kind === 'percent';
}

const word = (words: readonly string[]) => new RegExp(`${edgeAlt(words)}(?![\\p{L}])`, 'iu');

interface Partition { members: RegExp[]; complete: number; within?: RegExp }

// Complementary qualifiers; a member earlier in the list wins ("chưa đạt" before "đạt").
const PARTITIONS: readonly Partition[] = QUALIFIER_PARTITIONS.map((p) => ({ members: p.members.map(word), complete: p.complete, within: p.within && word(p.within) }));
const SUBSPLIT = word(OUTCOME_SUBSPLIT_WORDS);

// The owner names the counted thing itself ("12 máy tính của UBND"): it follows the noun within a few words, before
// any clause of its own ("05 xã … được thụ hưởng các dự án của Chương trình" names what the communes get, not whose they are).
const OWNER = new RegExp(String.raw`^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,4}?(?:${alt(OWNER_WORDS)})\s+(\p{L}[\p{L}\s]{0,40})`, 'u');

/**
 * How parts described by `texts` (each part's own words, its number removed)
 * relate: 'exhaustive' when they cover every member of a partition, 'disjoint'
 * when they name distinct members or distinct owners, else null. A partition of
 * one kind of whole only (lexicon QUALIFIER_PARTITIONS `within`) covers no whole
 * whose own words (`wholeWords`, when the caller has them) name another kind.
 */
export function partitionOf(texts: string[], wholeWords?: string): 'exhaustive' | 'disjoint' | null {
  if (texts.length < 2) return null;
  for (const p of PARTITIONS) {
    const chosen = texts.map((t) => p.members.findIndex((m) => m.test(t)));
    if (chosen.some((c) => c < 0) || new Set(chosen).size !== chosen.length) continue;
    const scoped = !p.within || wholeWords === undefined || p.within.test(wholeWords);
    const covered = scoped && p.members.slice(0, p.complete).every((_, k) => chosen.includes(k));
    return covered ? 'exhaustive' : 'disjoint';
  }
  const owners = texts.map((t) => OWNER.exec(t)?.[1].trim().toLowerCase() ?? null);
  if (owners.every((o) => o !== null) && new Set(owners).size === owners.length) return 'disjoint';
  return null;
}

const TIERS = ADMIN_TIERS.map(word);
const ALL_TIERS = word(ALL_TIERS_WORDS);
// "xã hội" (social) names no commune.
const SOCIAL = /(?<![\p{L}])xã\s+hội(?![\p{L}])/giu;
/**
 * True when parts described by `texts` split a whole by tiers ("các cấp Hội xây … 52 nhà, trong đó Hội huyện xây 14 nhà, các
 * cơ sở Hội xây 38 nhà"): each part names one tier (lexicon ADMIN_TIERS) and no other, no two the same, and the tiers run
 * without a gap down to the lowest; so the parts cover the whole when its own words (`wholeWords`) say every tier did, or
 * when the tiers start at the report's own (`ownTier`, ADMIN_TIERS' index of the issuer's level): a district's "164 lượt
 * cán bộ, trong đó cấp huyện 38 lượt, cấp xã 116 lượt" counts its own officials and those of its communes, all it has.
 */
export function tiersSplit(texts: string[], wholeWords: string, ownTier: number | null = null): boolean {
  const every = ALL_TIERS.test(wholeWords);
  if (texts.length < 2 || (!every && ownTier === null)) return false;
  const chosen = texts.map((t) => {
    const plain = t.replace(SOCIAL, ' ');
    const hits = TIERS.flatMap((m, k) => (m.test(plain) ? [k] : []));
    return hits.length === 1 ? hits[0] : -1;
  });
  if (chosen.some((c) => c < 0) || new Set(chosen).size !== chosen.length) return false;
  const sorted = [...chosen].sort((a, b) => a - b);
  const unbroken = sorted[sorted.length - 1] === TIERS.length - 1 && sorted.every((c, k) => k === 0 || c === sorted[k - 1] + 1);
  return unbroken && (every || sorted[0] === ownTier);
}

const OUTCOME: Partition = { members: OUTCOME_PARTITION.members.map(word), complete: OUTCOME_PARTITION.complete };

/**
 * How parts described by `texts` split a workload by what became of it ("đã giải quyết 12", "đang giải quyết 04"):
 * 'exhaustive' when settled and pending are both there, 'disjoint' when the members are distinct, else null. Texts that
 * also split the settled files further ("đã giải quyết đúng hạn", lexicon OUTCOME_SUBSPLIT_WORDS) describe a part of a part: null.
 */
export function outcomeOf(texts: string[]): 'exhaustive' | 'disjoint' | null {
  if (texts.length < 2 || texts.some((t) => SUBSPLIT.test(t))) return null;
  const chosen = texts.map((t) => OUTCOME.members.findIndex((m) => m.test(t)));
  if (chosen.some((c) => c < 0) || new Set(chosen).size !== chosen.length) return null;
  return OUTCOME.members.slice(0, OUTCOME.complete).every((_, k) => chosen.includes(k)) ? 'exhaustive' : 'disjoint';
}

/**
 * Which outcome of a workload (lexicon OUTCOME_PARTITION: settled, pending, passed on) words name, or -1: "Đã giải quyết
 * 4.815 hồ sơ" is settled, "đang giải quyết 47 hồ sơ" pending.
 */
export function outcomeMember(text: string): number {
  return OUTCOME.members.findIndex((m) => m.test(text));
}

/** A claim with the defaults of its relation filled in. */
export function makeClaim(c: Pick<Claim, 'relation' | 'whole' | 'connector' | 'block' | 'span'> & Partial<Claim>): Claim {
  return { parts: [], disjoint: false, joint: false, items: [], open: false, partBlocks: [c.block], ...c };
}

// What a bracketed figure is read against: a plan or target, or the same quantity at another time.
// A bare time before the bracket ("Tổng thu năm 2024 (9.200 triệu đồng)") may be the report's own: only a comparison makes it a reference.
const REFERENCE_BEFORE = new RegExp(String.raw`(?:(?:${alt(REFERENCE_WORDS, COMPARED_WITH)}|${edgeAlt(REFERENCE_ABBREVIATIONS)})(?![\p{L}])[^();,]{0,40}|(?:${alt(MULTIPLE_VERBS)})\s+[\d,.]+\s+lần[^();,]{0,30})\s*$`, 'iu');
const REFERENCE_INSIDE = new RegExp(String.raw`^\s*(?:${alt(REFERENCE_WORDS, PLAN_ABBREVIATIONS)}|(?:${alt(YEAR_WORDS)}) \d{4}|(?:${alt(QUARTER_WORDS)}) [ivx\d]+(?:\/\d{4})?)(?![\p{L}])`, 'iu');

/**
 * True when a figure is a reference value written in brackets after what it is: a plan or target
 * ("đạt 53,4% kế hoạch năm (110.000 lượt)", "(kế hoạch 40 ha)") or a value of another time
 * ("tăng 7,8% so với cùng kỳ năm 2023 (54.492 lượt)"). Such a figure is neither the current value of a
 * claim nor the whole of the parts that follow it.
 */
export function isReference(block: Block, f: Figure): boolean {
  const text = block.text;
  const [start] = localRange(block, f);
  let depth = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      return REFERENCE_INSIDE.test(text.slice(i + 1, start)) || REFERENCE_BEFORE.test(text.slice(Math.max(0, i - 60), i));
    } else if (c === ';' || (c === '.' && /\s/u.test(text[i + 1] ?? ''))) return false;
  }
  return false;
}

// Where the clause or sentence holding `at` opens: right after the last mark before it, or the block's start.
export function lastMark(text: string, at: number, marks: RegExp): number {
  const from = Math.max(0, at - 600);
  let start = from;
  for (const m of text.slice(from, at).matchAll(marks)) start = from + m.index + m[0].length;
  return start;
}

// Where the sentence holding `at` ends: its next stop before a space, a line break, or 600 characters on.
export function markEnd(text: string, at: number): number {
  const rest = text.slice(at, at + 600);
  const m = /[.!?](?=\s|$)|\n/u.exec(rest);
  return at + (m ? m.index : rest.length);
}
