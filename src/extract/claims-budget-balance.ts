/**
 * A budget's balance named with its formula left unsaid: "Tổng thu ngân sách huyện năm 2024 là 1.200.370 triệu đồng", "Tổng
 * chi ngân sách huyện năm 2024 là 1.176.220 triệu đồng", then, sections later, "kết dư ngân sách huyện năm 2024 là 24.510
 * triệu đồng": what a budget keeps is its revenue less its spending ("kết dư", "chênh lệch thu chi"), what it spends beyond
 * its revenue the other way round ("bội chi"). Read as a `balance` claim, as a formula written out is
 * (claims-balance.ts extractDifferenceClaims).
 *
 * Read only when (precision first): the balance is an amount of money outside tables and brackets whose own name opens with
 * the balance word, the rest of it naming the budget and its year ("ngân sách huyện năm 2024"); the document names a total
 * revenue and a total spending of that very rest ("Tổng thu ngân sách huyện năm 2024"), each amounts of money of one value
 * wherever stated, outside tables and brackets. "Thu kết dư ngân sách năm 2023" (last year's balance received) opens with
 * another word and is no balance. A difference a carried-over spending stated in the document makes up ("chi chuyển nguồn
 * sang năm 2025 …", counted apart from the total spending by some reports) leaves the formula unsure: nothing is read.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { insideBrackets } from '../text/positions.js';
import { foldKey } from '../text/normalize.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { readScale } from './numbers.js';
import { alt, BUDGET_DEFICIT_WORDS, BUDGET_DIFFERENCE_WORDS, BUDGET_SURPLUS_WORDS, BUDGET_TOTAL_IN_WORDS, BUDGET_TOTAL_OUT_WORDS, CARRIED_OVER_WORDS, CURRENCY_WORDS, wordsRe } from '../text/lexicon.js';

const named = (words: readonly string[]) => new RegExp(String.raw`^(?:${alt(words)})\s+(\S.*)$`, 'u');
const SURPLUS = named(BUDGET_SURPLUS_WORDS);
const DIFFERENCE = named(BUDGET_DIFFERENCE_WORDS);
const DEFICIT = named(BUDGET_DEFICIT_WORDS);
const TOTAL_IN = named(BUDGET_TOTAL_IN_WORDS);
const TOTAL_OUT = named(BUDGET_TOTAL_OUT_WORDS);
// A cheap test of a block's text before its figures' names are read: most documents name no balance.
const ANY_BALANCE = wordsRe([...BUDGET_SURPLUS_WORDS, ...BUDGET_DIFFERENCE_WORDS, ...BUDGET_DEFICIT_WORDS]);
const CURRENCY = wordsRe(CURRENCY_WORDS);
const CARRIED_OVER = wordsRe(CARRIED_OVER_WORDS);
// The budget and year a name's rest must hold: two words at least ("ngân sách xã").
const MIN_REST_WORDS = 2;

type Way = 'surplus' | 'difference' | 'deficit';
const WAYS: ReadonlyArray<[Way, RegExp]> = [['surplus', SURPLUS], ['difference', DIFFERENCE], ['deficit', DEFICIT]];

/** Balance claims of budget balances named by their word alone (see above). */
export function extractBudgetBalances(blocks: readonly Block[], figuresOf: BlockFigures, figures: readonly Figure[]): Claim[] {
  const balances: Array<{ f: Figure; way: Way; rest: string }> = [];
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b].kind === 'row' || !ANY_BALANCE.test(blocks[b].text)) continue;
    for (const f of figuresOf.of(b)) {
      const read = plainMoney(blocks, f) ? balanceName(f.label!) : null;
      if (read) balances.push({ f, ...read });
    }
  }
  if (balances.length === 0) return [];
  const totals = totalsByName(blocks, figuresOf);
  const carried = carriedAmounts(figures);
  const out: Claim[] = [];
  for (const { f, way, rest } of balances) {
    const [income, spending] = [totals.get(`in|${rest}`), totals.get(`out|${rest}`)];
    if (!income || !spending || income.unit !== f.unit || spending.unit !== f.unit) continue;
    const [first, second] = way === 'deficit' ? [spending, income] : [income, spending];
    // "chênh lệch thu chi" says no sign: a revenue below the spending leaves it unread.
    if (way === 'difference' && income.value < spending.value) continue;
    const gap = Math.abs(first.value - second.value - f.value);
    if (carried.some((c) => Math.abs(c - gap) <= Math.max(1, gap * 1e-9))) continue;
    const block = blocks[f.block];
    out.push(makeClaim({
      relation: 'balance', whole: f.index, parts: [first.index, second.index], signs: [1, -1],
      connector: way === 'deficit' ? 'tổng chi − tổng thu' : 'tổng thu − tổng chi', block: f.block,
      span: subSpan(block, localRange(block, f)[0], localRange(block, f)[1]),
      partBlocks: [...new Set([f.block, first.block, second.block])],
    }));
  }
  return out;
}

/** An amount of money with a name, outside brackets (a bracket holds a reference or an aside). */
export function plainMoney(blocks: readonly Block[], f: Figure): boolean {
  return f.kind === 'money' && f.cell === null && f.label !== null && !insideBrackets(blocks[f.block], localRange(blocks[f.block], f)[0]);
}

// The balance a name opens with, and the rest of the name (the budget and its year), folded; null when none.
function balanceName(label: string): { way: Way; rest: string } | null {
  const key = foldKey(label).trim();
  for (const [way, re] of WAYS) {
    const m = re.exec(key);
    if (m) return m[1].trim().split(' ').length >= MIN_REST_WORDS ? { way, rest: m[1].trim() } : null;
  }
  return null;
}

// Each total revenue and total spending by the rest of its name ("in|ngân sách huyện năm 2024"): the figure, when every
// amount of that name has one value.
function totalsByName(blocks: readonly Block[], figuresOf: BlockFigures): Map<string, Figure> {
  const seen = new Map<string, Figure | null>();
  for (const f of figuresOf.allOf((b) => blocks[b].kind !== 'row')) {
    if (!plainMoney(blocks, f)) continue;
    const key = foldKey(f.label!).trim();
    const m = TOTAL_IN.exec(key) ?? TOTAL_OUT.exec(key);
    if (!m) continue;
    const name = `${TOTAL_IN.test(key) ? 'in' : 'out'}|${m[1].trim()}`;
    const had = seen.get(name);
    seen.set(name, had === undefined ? f : had !== null && had.value === f.value ? had : null);
  }
  const out = new Map<string, Figure>();
  for (const [name, f] of seen) if (f !== null) out.set(name, f);
  return out;
}

/**
 * Amounts of spending carried over to the next year the document states, in đồng: in sentences, or in a table's cells in
 * the unit their row or header gives ("triệu đồng").
 */
export function carriedAmounts(figures: readonly Figure[]): number[] {
  const out: number[] = [];
  for (const f of figures) {
    if (f.label === null || !CARRIED_OVER.test(f.label)) continue;
    if (f.kind === 'money') out.push(f.value);
    else if (f.kind === 'count' && f.unit !== null && CURRENCY.test(f.unit)) out.push(f.value * (readScale(` ${f.unit}`, 0)?.factor ?? 1));
  }
  return out;
}
