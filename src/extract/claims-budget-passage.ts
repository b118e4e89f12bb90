/**
 * A budget's balance told in the sentence that states its total revenue and total spending: "Tổng thu ngân sách xã ước
 * thực hiện 5.318,42 triệu đồng, tổng chi ước thực hiện 4.736,85 triệu đồng; tồn quỹ ngân sách xã đến ngày 30/6/2025 là
 * 518,57 triệu đồng" — what the budget holds is its revenue less its spending (581,57). Read as a `balance` claim, as the
 * balance named again elsewhere is (claims-budget-balance.ts), where one sentence lets the names differ in their period
 * words ("ước thực hiện", "đến ngày 30/6/2025") and the spending leave the budget unsaid.
 *
 * Read only when (precision first): the sentence's amounts of money are these three alone, in this order, none in brackets;
 * the balance's name opens with a balance word ("kết dư", "tồn quỹ", "số dư", "chênh lệch thu chi", "bội chi"), the
 * revenue's with "tổng thu", the spending's with "tổng chi"; the revenue names a budget ("ngân sách xã": a state budget
 * counts last year's surplus among its revenue, where a fund's balance also carries its opening one), and the others name
 * the same budget or none ("tồn quỹ tiền mặt", "số dư tài khoản tiền gửi" name other things); no name holds a plan, and
 * the years they name agree; the sentence tells no earlier period, opening or carried balance ("kết dư năm trước chuyển
 * sang", "so với cùng kỳ"), nor a spending carried over ("chuyển nguồn"), and no spending carried over stated elsewhere
 * makes up the difference.
 */
import type { Block, Claim, Figure } from '../model/index.js';
import { subSpan } from '../model/index.js';
import { foldKey } from '../text/normalize.js';
import { lastIndexAtOrBefore } from '../text/positions.js';
import { localRange, makeClaim, type BlockFigures } from './claims-parts.js';
import { carriedAmounts, plainMoney } from './claims-budget-balance.js';
import {
  alt, BUDGET_DEFICIT_WORDS, BUDGET_DIFFERENCE_WORDS, BUDGET_HELD_WORDS, BUDGET_NAME_ENDS, BUDGET_NOUNS, BUDGET_SURPLUS_WORDS, BUDGET_TOTAL_IN_WORDS,
  BUDGET_TOTAL_OUT_WORDS, CARRIED_IN_WORDS, CARRIED_OVER_WORDS, EXCEEDED_BASES, OPENING_LEVEL_WORDS, PLAN_WORDS, PRIOR_WORDS, wordsRe,
} from '../text/lexicon.js';

const named = (words: readonly string[]) => new RegExp(String.raw`^(?:${alt(words)})(?:\s+(\S.*))?$`, 'u');
const TOTAL_IN = named(BUDGET_TOTAL_IN_WORDS);
const TOTAL_OUT = named(BUDGET_TOTAL_OUT_WORDS);
type Way = 'surplus' | 'difference' | 'deficit';
const WAYS: ReadonlyArray<[Way, RegExp]> = [
  ['surplus', named([...BUDGET_SURPLUS_WORDS, ...BUDGET_HELD_WORDS])], ['difference', named(BUDGET_DIFFERENCE_WORDS)], ['deficit', named(BUDGET_DEFICIT_WORDS)],
];
// A cheap test of a block's text before its sentences are read: most blocks name no balance.
const ANY_BALANCE = wordsRe([...BUDGET_SURPLUS_WORDS, ...BUDGET_HELD_WORDS, ...BUDGET_DIFFERENCE_WORDS, ...BUDGET_DEFICIT_WORDS]);
// Where a budget's name ends in the rest of a total's or balance's name: a period or state word, or a word with a digit.
const NAME_END = new RegExp(String.raw`(?:^|\s)(?:(?:${alt(BUDGET_NAME_ENDS)})(?![\p{L}])|\S*\d)`, 'iu');
const BUDGET = new RegExp(String.raw`^(?:${alt(BUDGET_NOUNS)})\s+\S`, 'u');
const PLANNED = wordsRe([...PLAN_WORDS, ...EXCEEDED_BASES]);
// An earlier period, an opening or carried balance, or a spending carried over told in the sentence: the formula is unsure.
// "6 tháng đầu năm" names the period of the totals, no opening.
const DOUBT = new RegExp(String.raw`${wordsRe([...PRIOR_WORDS, ...CARRIED_IN_WORDS, ...CARRIED_OVER_WORDS]).source}|(?<![\p{L}])(?<!tháng )(?:${alt(OPENING_LEVEL_WORDS)})(?![\p{L}])`, 'iu');
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/** Balance claims of a budget's revenue, spending and balance told in one sentence (see above); `read`: balances read already. */
export function extractPassageBudgetBalances(blocks: readonly Block[], figuresOf: BlockFigures, figures: readonly Figure[], read: ReadonlySet<number>): Claim[] {
  const out: Claim[] = [];
  let carried: number[] | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'row' || !ANY_BALANCE.test(block.text)) continue;
    // The block's figures by sentence: a ". " before a figure later than the one before the previous figure starts another.
    let sentence: Figure[] = [];
    let start = -2;
    const flush = () => {
      const claim = sentence.length >= 3 ? passageClaim(blocks, block, sentence, start, read, () => (carried ??= carriedAmounts(figures))) : null;
      if (claim) out.push(claim);
    };
    for (const f of figuresOf.of(b)) {
      const at = lastIndexAtOrBefore(block, '. ', localRange(block, f)[0]);
      if (at !== start) {
        flush();
        [sentence, start] = [[], at];
      }
      sentence.push(f);
    }
    flush();
  }
  return out;
}

// The claim of one sentence's figures, starting after `start` (a ". " or -1), or null.
function passageClaim(blocks: readonly Block[], block: Block, sentence: Figure[], start: number, read: ReadonlySet<number>, carried: () => number[]): Claim | null {
  const money = sentence.filter((f) => f.kind === 'money');
  if (money.length !== 3 || !money.every((f) => plainMoney(blocks, f))) return null;
  const [income, spending, balance] = money;
  if (read.has(balance.index) || income.unit !== balance.unit || spending.unit !== balance.unit) return null;
  const names = money.map((f) => foldKey(f.label!).trim());
  const [inRest, outRest] = [TOTAL_IN.exec(names[0]), TOTAL_OUT.exec(names[1])];
  const held = WAYS.map(([way, re]) => [way, re.exec(names[2])] as const).find(([, m]) => m !== null);
  if (!inRest || !outRest || !held || names.some((n) => PLANNED.test(n))) return null;
  const [way, heldRest] = [held[0], held[1]!];
  // The budget the revenue names, which the spending and the balance name too or leave unsaid.
  const [budget, spent, kept] = [inRest[1], outRest[1], heldRest[1]].map(budgetOf);
  if (!BUDGET.test(budget) || (spent !== '' && spent !== budget) || (kept !== '' && kept !== budget)) return null;
  const years = new Set(names.flatMap((n) => n.match(YEAR) ?? []));
  if (years.size > 1) return null;
  const end = block.text.indexOf('. ', localRange(block, balance)[1]);
  if (DOUBT.test(block.text.slice(start + 1, end < 0 ? block.text.length : end))) return null;
  const [first, second] = way === 'deficit' ? [spending, income] : [income, spending];
  // "chênh lệch thu chi" says no sign: a revenue below the spending leaves it unread.
  if (way === 'difference' && income.value < spending.value) return null;
  const gap = Math.abs(first.value - second.value - balance.value);
  if (gap > 0 && carried().some((c) => Math.abs(c - gap) <= Math.max(1, gap * 1e-9))) return null;
  return makeClaim({
    relation: 'balance', whole: balance.index, parts: [first.index, second.index], signs: [1, -1],
    connector: way === 'deficit' ? 'tổng chi − tổng thu' : 'tổng thu − tổng chi', block: balance.block,
    span: subSpan(block, localRange(block, balance)[0], localRange(block, balance)[1]),
    partBlocks: [balance.block],
  });
}

// The budget a name's rest names: its words up to the period or state ("ngân sách xã" of "ngân sách xã ước thực hiện").
function budgetOf(rest: string | undefined): string {
  if (!rest) return '';
  const at = rest.search(NAME_END);
  return (at < 0 ? rest : rest.slice(0, at)).trim();
}
