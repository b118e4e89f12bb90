/**
 * The row of the table just above a figure-less plan claim that the claim's subject names ("công tác tuyên truyền vượt kế
 * hoạch đề ra" under a table "Chỉ tiêu | ĐVT | Kế hoạch Quý I | Thực hiện | Tỷ lệ (%)" whose row "Tuyên truyền PCCC, ANTT"
 * reads 12 planned, 10 done): its plan cell and result cell, read by claims-plan-recalled.ts as a `target` claim.
 *
 * The table ends within NEAR paragraphs before the claim, in its section (with none such naming the subject, the one
 * row of all the report's tables that does, as below), has a label column, exactly one plan column whose
 * header names the claim's plan word (a "chỉ tiêu" claimed, a "Kế hoạch" column too: PLAN_KIN_HEADERS) and every period
 * unit the claim names after it (the header or the row's own label, "Thu phí … (kế hoạch quý)") and exactly one result
 * column. The subject's telling words (frame words as "công tác" aside, two at least) are all words of exactly one body
 * row's label, whose name opens with the subject's head (headedBy: "Cho vay hộ mới thoát nghèo" is no "số hộ thoát nghèo"), an initialism of the label spelled out by the subject's words ("Người tập luyện TDTT thường xuyên" for "số
 * người tập luyện thể dục thể thao thường xuyên"); both its cells are plain numbers. Anything else reads nothing.
 */
import type { Figure, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens, labelWords, spellInitials } from './similarity.js';
import { cellFigure } from './table-bound.js';
import { PERIOD_UNITS, PLAN_KIN_HEADERS, PLAN_NAME_FRAME_WORDS, SUBJECT_FRAME_WORDS } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures'> & Partial<Pick<ComparisonInput, 'tables' | 'blockSection'>>;

const NEAR = 3;
const MIN_WORDS = 2;

/** [plan, result] of the one row of the table just above `block` whose label holds every word of `want`; null otherwise. */
export function tableRowPlan(input: Input, want: string[], block: number, plan: string, periods: string[], said: string[] = []): [Figure, Figure] | null {
  if (want.length < MIN_WORDS || !input.tables || !input.blockSection) return null;
  const table = tableAbove(input.tables, input.blockSection, block);
  const named = (label: string) => rowTokens(label, said);
  const above = table ? rowPlan(input, table, want, plan, periods, named) : null;
  if (above !== null) return above === UNSURE ? null : above;
  // No table just above names it: the one row of all the report's plan tables that does ("công tác nạo vét kênh mương 9
  // tháng vượt kế hoạch đề ra" in the closing assessment, "Nạo vét kênh mương | km | 12,0 | 10,8" in a section before).
  const far = input.tables.filter((t) => t !== table).map((t) => rowPlan(input, t, want, plan, periods, named)).filter((r) => r !== null);
  return far.length === 1 && far[0] !== UNSURE ? far[0] : null;
}

const UNSURE = 'unsure';

// [plan, result] of the one row of table t named by `want`; UNSURE when a row is named but its cells are not plain
// numbers (or several rows are), null when no row is.
function rowPlan(input: Input, table: Table, want: string[], plan: string, periods: string[], named: (label: string) => string[]): [Figure, Figure] | typeof UNSURE | null {
  if (table.labelColumn === null) return null;
  const plans = table.columns.filter((c) => c.measure === 'plan');
  const results = table.columns.filter((c) => c.measure === 'result');
  if (plans.length !== 1 || results.length !== 1) return null;
  const header = plans[0].header.toLowerCase();
  if (!(PLAN_KIN_HEADERS[plan.toLowerCase()] ?? [plan.toLowerCase()]).some((p) => header.includes(p))) return null;
  const rows = table.rows.filter((r) => !r.total && want.every((w) => named(r.label).includes(w)) && headedBy(named(r.label), want));
  if (rows.length === 0) return null;
  if (rows.length !== 1) return UNSURE;
  const holds = (w: string, text: string) => new RegExp(String.raw`(?<![\p{L}])${w}(?![\p{L}])`, 'u').test(text);
  if (!periods.every((w) => holds(w, header) || holds(w, rows[0].label.toLowerCase()))) return null;
  const [p, r] = [rows[0].cells[plans[0].index], rows[0].cells[results[0].index]];
  if (!p?.pure || !r?.pure || p.value === null || r.value === null) return UNSURE;
  const target = cellFigure(input, p);
  const value = cellFigure(input, r);
  return target && value ? [target, value] : UNSURE;
}

// Words that may open an indicator's name before its head: frame, plan and period words ("Tổng số …", "Công tác …").
const LEAD = new Set([...SUBJECT_FRAME_WORDS, ...PLAN_NAME_FRAME_WORDS, ...PERIOD_UNITS].flatMap((w) => labelTokens(w).concat(w.split(' '))));

/**
 * True when a name's tokens open with the subject's head (its first word), frame, plan and period words aside: "Cho vay hộ
 * mới thoát nghèo" adds a head ("vay") before "hộ … thoát nghèo" and names another indicator than "số hộ thoát nghèo".
 */
export function headedBy(name: readonly string[], subject: readonly string[]): boolean {
  const head = subject.find((w) => !LEAD.has(w));
  if (head === undefined) return false;
  const i = name.indexOf(head);
  return i >= 0 && name.slice(0, i).every((w) => LEAD.has(w));
}

// An initialism: two to five letters, no vowel ("TDTT", "GCN"), never a word of its own.
const INITIALISM = /^[b-df-hj-np-tv-zđ]{2,5}$/u;

// A row label's tokens, each initialism spelled out by the words the claim said ("TDTT" by "… thể dục thể thao …").
function rowTokens(label: string, said: string[]): string[] {
  if (said.length === 0) return labelTokens(label);
  return labelTokens(labelWords(label).flatMap((w) => (INITIALISM.test(w) ? spellInitials([w], said) : [w])).join(' '));
}

// The table whose last row ends within NEAR blocks before `block`, in its section.
function tableAbove(tables: readonly Table[], blockSection: ComparisonInput['blockSection'], block: number): Table | undefined {
  return tables.find((t) => {
    let last = -1;
    for (const r of t.rows) for (const b of r.blocks) last = Math.max(last, b);
    return last >= 0 && last < block && block - last <= NEAR && blockSection[last] === blockSection[block];
  });
}
