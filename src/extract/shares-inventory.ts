/**
 * Shares whose base is the report's own inventory. "Xã Hải Minh có 07 (bảy) thôn với 2.415 hộ, 9.050 nhân khẩu, 22 dòng
 * họ." opens the report; much later "14 (mười bốn) dòng họ được công nhận "Dòng họ học tập", đạt 66,67%" names no base: a
 * count whose own clause hands it a share (", đạt P%", ", chiếm P%") that names no base, or only "số <its noun>", is read
 * as the share of the one count of that noun the unit's inventory states. Nothing is read
 * - when the report states that noun's inventory with two values, or with none;
 * - when the part's sentence holds another count of its noun (its base may be there), names a place ("thôn Đông", "xã
 *   Tân Lập": a sub-area's count) other than the unit itself, or weighs against a plan, a target or growth;
 * - when any other reading already gave the percent its base.
 * An inventory is a sentence opened by the unit itself ("Xã Hải Minh có", "Toàn xã có", "Trên địa bàn xã hiện có": its
 * level, and its own name when the report names its unit), then the list of what it has, each item a number and its
 * noun joined by commas, "và", "với", the count's own words nothing but its noun.
 * The reading is inferred across the report, so the rule weighs it as a warning, never an error.
 */
import type { Analysis, Figure, ShareLink } from '../model/index.js';
import { canonicalLabel, labelTokens } from './similarity.js';
import { growthOrPlanWords, clauseWords } from './rate-context.js';
import { placeKey } from './places.js';
import {
  alt, altInitialCase, edgeAlt, INVENTORY_HAS_WORDS, INVENTORY_JOINERS, INVENTORY_SUBJECT_LEADS, PLACE_KIND_WORDS, PLAN_BASES, RATE_WORDS,
  SHARE_HELD_VERBS, SHARE_OF_COUNT_HEADS, SHARE_REACH_VERBS, TARGET_WORDS, UNIT_LEVEL_WORDS, WHOLE_TOTAL_WORDS,
} from '../text/lexicon.js';

type InventoryInput = Pick<Analysis, 'source' | 'figures' | 'clauses' | 'meta'>;

// "Xã Hải Minh có ", "Toàn xã có ", "Hiện nay, xã hiện có ": the unit's level, at most four words of its name, the verb.
const SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:(?:${alt(INVENTORY_SUBJECT_LEADS)})\s*,?\s*)*(${alt(UNIT_LEVEL_WORDS)})((?:\s+[^\s\d,;:.()]+){0,4}?)\s+(?:${alt(INVENTORY_HAS_WORDS)})\s+`, 'iu');
const JOINER = new RegExp(String.raw`,|\s(?:${alt(INVENTORY_JOINERS)})(?=\s)`, 'iu');
// One item of the list: a number, its words in brackets ("07 (bảy)"), its noun; no other number, no clause mark.
const ITEM = /^\s*\d[\d.,]*\s*(?:\([^()\d]{1,40}\)\s*)?[^\d;:.()]{0,40}$/u;
// The words right after a count: its spelled bracket, then its noun up to a clause mark or number.
const AFTER = /^\s*(?:\([^()\d]{1,40}\)\s*)?([^\d,;:.()]{0,40})/u;
// ", đạt 66,67%", ", chiếm 12%": the part's own words (its bracket of words, its deed, no number), then the share's verb.
const HANDED = new RegExp(String.raw`^\s*(?:\([^()\d]{1,40}\))?[^\d,;.()]{0,80},\s*(?:${alt(SHARE_REACH_VERBS, SHARE_HELD_VERBS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
// Nothing after the share names its base, or only "số <noun>" / "tổng số <noun>" (the part's unit) up to a clause mark.
const CLOSED = /^\s*(?:[,;.)]|$)/u;
const NAMED_OWN = new RegExp(String.raw`^\s*(?:(?:${alt(WHOLE_TOTAL_WORDS, SHARE_OF_COUNT_HEADS)})\s+)?([^\d,;:.()]{1,40}?)\s*(?=[,;.)]|$)`, 'iu');
const PLAN_NAMED = new RegExp(String.raw`${edgeAlt(PLAN_BASES, TARGET_WORDS)}(?![\p{L}])`, 'iu');
// A place named in the part's sentence ("thôn Đông", "xã Tân Lập", "tổ 5"): its kind word, then a capital or a number.
const PLACE_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${altInitialCase(PLACE_KIND_WORDS)})\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*|\d+)`, 'gu');

const local = (input: InventoryInput, f: Figure) => f.span.start - input.source.blocks[f.block].span.start;
const noun = (f: Figure) => canonicalLabel(f.unit ?? '');

// Where the figure's sentence starts in its block, or -1.
function sentenceOf(input: InventoryInput, f: Figure): number {
  const clause = input.clauses.at(f.block, local(input, f));
  return clause ? input.clauses.sentenceStart(f.block, clause.from) : -1;
}

/** The shares of counts whose base is the unit's one inventory count of their noun (see the module's note). */
export function inventoryShares(input: InventoryInput, read: ReadonlySet<number>): ShareLink[] {
  const stocks = inventories(input);
  if (stocks.size === 0) return [];
  const counted = countsByNoun(input);
  // The largest rival of each noun's inventory whole, read once per noun so many shares of one noun stay linear.
  const rivals = new Map<string, number>();
  const rival = (key: string, whole: Figure, phrase: string) => {
    if (!rivals.has(key)) rivals.set(key, largestRival(input, counted.get(key) ?? [], whole, phrase));
    return rivals.get(key)!;
  };
  const out: ShareLink[] = [];
  for (const p of input.figures) {
    if (p.kind !== 'percent' || read.has(p.index) || p.cell !== null || !(p.value > 0 && p.value <= 100)) continue;
    const part = input.figures[p.index - 1];
    if (!part || part.block !== p.block || part.cell !== null || part.kind !== 'count' || part.unit === null || part.change) continue;
    const values = stocks.get(noun(part));
    if (!values || values.size !== 1) continue;
    const { whole, phrase } = [...values.values()][0];
    if (!sameNoun(input, part, phrase) || whole.value < part.value || rival(noun(part), whole, phrase) > part.value || (whole.block === part.block && sentenceOf(input, whole) === sentenceOf(input, part))) continue;
    if (handed(input, part, p)) out.push({ share: p, part, whole });
  }
  return out;
}

// Every count of prose by its noun: the wholes a share of it might be of.
function countsByNoun(input: InventoryInput): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const g of input.figures) {
    if (g.kind !== 'count' || g.unit === null || g.change || g.cell !== null || input.source.blocks[g.block].kind === 'row') continue;
    const list = out.get(noun(g)) ?? [];
    list.push(g);
    out.set(noun(g), list);
  }
  return out;
}

// The largest count of the inventory's noun as written of another value than the inventory's, stated anywhere ("Sau sáp
// nhập, toàn xã có 10 thôn" beside "Xã có 09 thôn"): larger than a part, it is a second whole its share may be of.
function largestRival(input: InventoryInput, counts: readonly Figure[], whole: Figure, phrase: string): number {
  let most = -Infinity;
  for (const g of counts) if (g.value !== whole.value && g.value > most && sameNoun(input, g, phrase)) most = g.value;
  return most;
}

// The part hands the percent over as its share of nothing named, in a sentence of the unit's own, weighing no plan.
function handed(input: InventoryInput, part: Figure, p: Figure): boolean {
  const block = input.source.blocks[p.block];
  if (block.kind === 'row' || !HANDED.test(block.text.slice(part.span.end - block.span.start, local(input, p)))) return false;
  const after = block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 60);
  if (!CLOSED.test(after)) {
    const named = NAMED_OWN.exec(after);
    if (!named || canonicalLabel(named[1]) !== noun(part)) return false;
  }
  const start = sentenceOf(input, part);
  if (start < 0) return false;
  // At most LEAD characters of it: a sentence running on for pages is read no further back, so a long line stays linear.
  const lead = block.text.slice(Math.max(start, local(input, part) - LEAD), local(input, part));
  if (PLAN_NAMED.test(lead) || growthOrPlanWords(clauseWords(input, p)) || foreignPlace(input, lead)) return false;
  // Another count of the part's noun in its sentence: the base may be that one, or the part one of several. Walked figure
  // by figure both ways within the sentence, at most NEAR figures each way, so a long line stays linear.
  for (const step of [-1, 1]) {
    for (let k = part.index + step, n = 0; n < NEAR; k += step, n++) {
      const g = input.figures[k];
      if (!g || g.block !== part.block || sentenceOf(input, g) !== start) break;
      if (g.kind === 'count' && g.unit !== null && noun(g) === noun(part)) return false;
    }
  }
  return true;
}
/** How many characters of the part's sentence before it are searched for a plan or a place. */
const LEAD = 400;
/** How many figures each way the part's sentence is searched for another count of its noun. */
const NEAR = 40;

// A place the words name that is not the report's own unit.
function foreignPlace(input: InventoryInput, words: string): boolean {
  const own = input.meta.unit ? placeKey(input.meta.unit.name.slice(input.meta.unit.level.length + 1)) : null;
  for (const m of words.matchAll(PLACE_NAMED)) if (placeKey(m[1]) !== own) return true;
  return false;
}

/** One count of the unit's inventory and its noun as written ("dòng họ", "trang trại" where the unit reads "trang"). */
interface Stock {
  whole: Figure;
  phrase: string;
}

/** For each noun, the counts the unit's own inventory sentences state of it, by value. */
function inventories(input: InventoryInput): Map<string, Map<number, Stock>> {
  const out = new Map<string, Map<number, Stock>>();
  for (const g of input.figures) {
    if (g.kind !== 'count' || g.unit === null || g.change || g.cell !== null || input.source.blocks[g.block].kind === 'row') continue;
    const phrase = inventoryItem(input, g);
    if (phrase === null) continue;
    const values = out.get(noun(g)) ?? new Map<number, Stock>();
    if (!values.has(g.value)) values.set(g.value, { whole: g, phrase });
    out.set(noun(g), values);
  }
  return out;
}

// The words right after a count up to a clause mark, a number or a joiner, its bracket of words skipped.
function nounAfter(input: InventoryInput, g: Figure): string {
  const block = input.source.blocks[g.block];
  return AFTER.exec(block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 60))![1].split(JOINER)[0];
}

// The noun of a count that is an item of a sentence stating what the unit itself has, its own words nothing but its noun
// (its unit and label); null for any other count.
function inventoryItem(input: InventoryInput, g: Figure): string | null {
  const block = input.source.blocks[g.block];
  const start = sentenceOf(input, g);
  const at = local(input, g);
  if (start < 0 || at - start > 240) return null;
  const subject = SUBJECT.exec(block.text.slice(start, at));
  if (!subject || !ownUnit(input, subject[1], subject[2])) return null;
  const list = block.text.slice(start + subject[0].length, at).split(JOINER);
  if (!list.slice(0, -1).every((item) => ITEM.test(item)) || list.at(-1)!.trim() !== '') return null;
  const after = nounAfter(input, g);
  const own = new Set([...labelTokens(g.unit ?? ''), ...labelTokens(g.label ?? '')]);
  return labelTokens(after).every((t) => own.has(t)) ? canonicalLabel(after) : null;
}

/** Whether a count is an item of a sentence stating what the unit itself has ("Xã có 07 ấp với 2.845 hộ"). */
export function isInventoryItem(input: InventoryInput, g: Figure): boolean {
  return g.kind === 'count' && g.unit !== null && !g.change && g.cell === null && input.source.blocks[g.block].kind !== 'row' && inventoryItem(input, g) !== null;
}

// The part's words right after it open with the inventory's noun as written.
function sameNoun(input: InventoryInput, part: Figure, phrase: string): boolean {
  const words = canonicalLabel(nounAfter(input, part));
  return phrase !== '' && words.startsWith(phrase) && (words.length === phrase.length || words[phrase.length] === ' ');
}

// The subject is the report's own unit: its level, and its name if it gives one; a report naming no unit has only "xã".
function ownUnit(input: InventoryInput, level: string, name: string): boolean {
  const unit = input.meta.unit;
  if (!unit) return name.trim() === '';
  if (canonicalLabel(level) !== canonicalLabel(unit.level)) return false;
  return name.trim() === '' || placeKey(name.trim()) === placeKey(unit.name.slice(unit.level.length + 1));
}
