/**
 * percent-out-of-range — a share or coverage rate cannot exceed 100% (nor be
 * negative), and a "done/total" fraction cannot have more done than total.
 *
 * Why: "Thôn có wifi công cộng: 165,00%" beside "13/20 = 65%" is a stray
 * digit; a commune cannot connect more homes
 * than it has.
 *
 * Which percentages are shares: the words of the percent's clause — or, in a
 * table, the row label and the column header — name a rate of coverage or a
 * share ("Tỷ lệ …", "có kết nối", "được …", "phủ sóng", "sử dụng", "chiếm"),
 * or a part/whole fraction stands beside it in its sentence. Growth and plan fulfilment
 * legitimately pass 100 and are never flagged: "tăng 112% so với cùng kỳ",
 * "đạt 112% kế hoạch", "vượt 12% chỉ tiêu", "bằng 150% năm trước", and any
 * figure in a target ("Chỉ tiêu", "Kế hoạch") or comparison column. A table
 * tells its own fulfilment rates: a rate cell equal to result/plan of two
 * count cells of its row ("40 sản phẩm | 46 sản phẩm | 115%" under "Chỉ
 * tiêu | Kết quả | Tỷ lệ"), or a rate column that two rows show to be B/A
 * with B above A, is done/planned, not a share. A row that restates a count
 * with the rate the text (or another table) gives it against a plan ("cấp
 * 3.482 chữ ký số, đạt 103% kế hoạch" → "… | 3.482 | 103,0" in an appendix
 * of results and rates) is that fulfilment rate too.
 * A row in "%" naming a share whose plan cells are rates of at most 100 ("Tỷ lệ hộ … | % | 90 | 112,5") states
 * the rate itself in its result cells, though the table has a plan column.
 * Money disbursed out of the capital allocated to it is a share of that allocation, though a plan word names it ("đã giải
 * ngân 4,680 tỷ đồng, đạt 104,00% kế hoạch vốn được giao"): the treasury pays no more than the allocation. Only with the
 * allocation's own words (lexicon ALLOCATED_CAPITAL_TAILS); a bare "kế hoạch vốn" or one a giver names stays a plan.
 * A capacity rate may pass 100% ("công suất sử dụng giường bệnh đạt 115%": extra beds), but not the occupancy of guest rooms,
 * let or not ("công suất phòng toàn phường đạt 104,5%"): told as a warning, read from the rooms' noun alone. "Tỷ lệ dự án có
 * kế hoạch lựa chọn nhà thầu … đạt 116,7%" is a share of projects: the plan is what each has, no base of the rate.
 * A fraction in an average or a per-unit value ("tỷ lệ bình quân 1,66 người ứng cử/01 ghế") is a ratio of two things
 * counted apart, not a part over its whole, unless a percent is stated for it; so is a fraction whose quotient is written
 * beside it as a bare number ("tỷ số bác sĩ/trạm là 1,25 (5/4)", "12/8 = 1,5").
 * A fraction over a product ("111,64% (36.572 ngày/180 giường x 182 ngày)", Figure.factors) is a formula of a load against a
 * capacity, no part over its whole; a percent it evaluates to is confirmed by it, not judged as a share.
 * Rounding: over 100 means over 100 by more than the last written digit.
 *
 * Suggestion: dropping or changing one digit when that lands in range and
 * matches a neighbouring fraction ("165,00% → 65,00%").
 *
 * @example {"name": "ok.txt"}
 *   Thu ngân sách đạt 112% kế hoạch, tăng 15% so với cùng kỳ.
 * @example {"name": "not-ok.txt", "expect": "percentOverWhole"}
 *   Tỷ lệ hộ gia đình được phủ sóng truyền hình số đạt 118,5%.
 * @example {"name": "fraction.txt", "expect": "fractionOverWhole"}
 *   Số hồ sơ được giải quyết đúng hạn là 125/120 hồ sơ, đạt 104,2%.
 */
import type { Figure, Table } from '../model/index.js';
import { allocationSpentWords, growthOrPlanWords, perUnitWords, roomOccupancyWords, shareRateWords, yardstickWords } from '../extract/rate-context.js';
import { defineRule, type Place, type RuleContext } from './define.js';
import { firstSlip, fulfilmentCells, percentAgrees, PLAN_HEADER, ratesByCount, restatedCells, tableFulfilment, tablesOf, type Rate } from './support/percent.js';

export default defineRule({
  id: 'percent-out-of-range',
  severity: 'error',
  description: 'Tỷ lệ bao phủ hoặc cơ cấu vượt quá 100% (hoặc âm), phần lớn hơn tổng',
  messages: {
    percentOverWhole: 'Tỷ lệ {stated}% nằm ngoài khoảng 0–100% của một tỷ lệ bao phủ/cơ cấu ({label})',
    fractionOverWhole: 'Phần {num} lớn hơn tổng {den} trong {num}/{den} ({label}): một tỷ lệ không thể vượt 100%',
  },
  check(context) {
    // The rates the text states against a plan only tell which table cells restate them: without a table, none are read.
    const tables = tablesOf(context);
    const rows = rowContexts(tables, tables.length > 0 ? statedFulfilment(context) : []);
    for (const f of context.figures) {
      const where = rows.get(`${f.block}:${f.cell}`) ?? rows.get(`${f.block}:*`);
      const inRow = context.source.blocks[f.block].kind === 'row';
      if (inRow && !where) continue;
      // In a "Tỷ lệ (%)" column the cells are rates though written without "%".
      const rate = f.kind === 'percent' || (where?.rate === true && (f.kind === 'decimal' || f.kind === 'count'));
      // Only a rate or a fraction is judged: the words of any other figure are not read (most figures are counts).
      if (!rate && f.kind !== 'fraction') continue;
      // A rate within 0–100% with no minus before it is never out of range (checkPercent): its words are not read.
      if (rate && !outOfRange(context, f)) continue;
      const words = where ? where.words : `${f.label ?? ''} ${context.textReadings.clauseWords[f.index]}`;
      // "công suất phòng … đạt 104,5%": guest rooms' occupancy, a capacity rate that cannot pass 100% (told as a warning: read
      // from the rooms' noun alone, in text only).
      const rooms = rate && !where && roomOccupancyWords(words);
      // "đã giải ngân 4,680 tỷ đồng, đạt 104,00% kế hoạch vốn được giao", "bằng 117,5% vốn được phân bổ": disbursed out of its
      // allocation, a share of it, whatever plan or yardstick word names that allocation.
      const spent = rate && !where && allocationSpentWords(words);
      if ((growthOrPlanWords(words) && !rooms && !spent) || (!where && yardstickWords(words) && !spent) || where?.target || where?.plan || where?.fulfilment) continue;
      if (rate) checkPercent(context, f, words, where?.fractions ?? sentenceFractions(context, f), rooms, spent);
      // "tỷ lệ bình quân 1,66 người ứng cử/01 ghế": an average per unit, no part of a whole, unless a percent is stated for it.
      // "tỷ số bác sĩ/trạm là 1,25 (5/4)": a fraction whose quotient is stated as a bare number is a ratio, no share.
      // "(36.572 ngày/180 giường x 182 ngày)": a formula over a product of factors is a load against a capacity, no part of a whole.
      else if (f.kind === 'fraction' && f.numerator! > f.denominator! && !f.factors && !context.textReadings.statedQuotient[f.index] && (f.percent !== null || (shareRateWords(words) && !perUnitWords(words))) && (!where || where.fractions.some((x) => x.num === f.numerator && x.den === f.denominator))) {
        context.report({ messageId: 'fractionOverWhole', data: { num: f.numerator!, den: f.denominator!, label: f.label ?? '' }, places: [{ figure: f }] });
      }
    }
  },
});

// Over 100% by more than its last digit's rounding, or with a minus before it.
const overWhole = (f: Figure) => f.value - 100 > 10 ** -f.decimals / 2;
const outOfRange = (context: RuleContext, f: Figure) => overWhole(f) || context.textReadings.minusBefore[f.index];

function checkPercent(context: RuleContext, f: Figure, words: string, fractions: Fraction[], rooms = false, spent = false): void {
  const negative = context.textReadings.minusBefore[f.index];
  const over = overWhole(f);
  // "đạt 111,64% (36.572 ngày/180 giường x 182 ngày)": the percent its own formula evaluates to is confirmed, no share.
  if (fractions.some((x) => x.formula && percentAgrees(x.num, x.den, f.value, f.decimals))) return;
  const share = shareRateWords(words) || fractions.some((x) => x.num <= x.den) || spent;
  if (!(over || negative) || !(share || rooms)) return;
  const digits = f.raw.replace(/\s*%$/, '');
  // "73,70" fits "4.256/5.768 = 73,7%": trailing zeros add no precision, and the fraction's own percent counts.
  const fits = (v: number, d: number) => v <= 100 && fractions.some((x) => x.num <= x.den && (x.percent === v || percentAgrees(x.num, x.den, v, significant(v, d))));
  const slip = over ? firstSlip(digits, fits, context.numbers?.style) : null;
  context.report({
    messageId: 'percentOverWhole',
    data: { stated: (negative ? '-' : '') + digits, label: f.label ?? words.slice(0, 80) },
    places: [{ figure: f }, ...fractions.filter((x) => x.num <= x.den).map((x) => x.place)],
    suggestion: slip ? `${digits}% → ${slip}%` : null,
    ...(rooms ? { severity: 'warning' as const } : {}),
  });
}

function significant(v: number, d: number): number {
  let k = d;
  while (k > 0 && Math.round(v * 10 ** (k - 1)) / 10 ** (k - 1) === v) k--;
  return k;
}

interface Fraction { num: number; den: number; percent: number | null; place: Place; formula?: boolean }
interface RowContext { words: string; target: boolean; rate: boolean; plan: boolean; fulfilment: boolean; fractions: Fraction[] }

// For each table cell "block:cell": the row label with the column header, and the row's part/whole fractions.
function rowContexts(tables: Table[], stated: Rate[]): Map<string, RowContext> {
  const out = new Map<string, RowContext>();
  const own = tables.map(fulfilmentCells);
  const known = ratesByCount([...stated, ...tables.flatMap((t, i) => tableFulfilment(t, own[i]))]);
  tables.forEach((t, i) => {
    const plan = t.columns.some((c) => PLAN_HEADER.test(c.header) && c.role !== 'label' && mostlyCounts(t, c.index));
    const fulfilled = new Set([...own[i], ...restatedCells(t, known)]);
    for (const row of t.rows) {
      const fractions = row.cells.filter((c) => c.kind === 'fraction' && c.at).map((c) => ({ num: c.numerator!, den: c.denominator!, percent: c.percent, place: { block: c.at!.block, from: c.at!.from, to: c.at!.to } }));
      const own = rateRow(t, row);
      row.cells.forEach((cell, c) => {
        const column = t.columns[c];
        // A fulfilment column passes 100% by design; a change column may be negative.
        const fulfilment = fulfilled.has(cell) || column?.measure === 'fulfilment' || column?.measure === 'change';
        const value = own && (column?.role === 'value' || column?.role === 'period' || column?.role === 'cumulative') && column.measure !== 'plan';
        const ctx = { words: `${row.label} ${column?.header ?? ''}`, target: column?.role === 'target', rate: column?.role === 'percent' || value, plan: plan && !value, fulfilment, fractions };
        for (const b of row.blocks) out.set(`${b}:${c}`, ctx);
      });
      // Cells a pdf merged or split differently fall back to the row's own words (no column).
      for (const b of row.blocks) out.set(`${b}:*`, { words: row.label, target: false, rate: false, plan, fulfilment: row.cells.some((c) => fulfilled.has(c)), fractions });
    }
  });
  return out;
}

// "cấp 3.482 chữ ký số …, đạt 103% kế hoạch": the counts beside a rate the text states against a plan or a past value.
function statedFulfilment(context: RuleContext): Rate[] {
  const out: Rate[] = [];
  for (const f of context.figures) {
    if (f.kind !== 'percent' || context.source.blocks[f.block].kind === 'row' || !growthOrPlanWords(context.textReadings.clauseWords[f.index])) continue;
    const near = context.figures.slice(Math.max(0, f.index - 2), f.index + 3);
    for (const g of near) if (g.block === f.block && g.kind === 'count') out.push({ done: g.value, rate: f.value, decimals: f.decimals });
  }
  return out;
}

// A row in "%" naming a share ("Tỷ lệ hộ có nhà tiêu hợp vệ sinh | % | 90 | 112,5") whose plan cells are rates
// themselves (none over 100): its result cells are the rate, not the result over the plan, so a plan column does
// not make them fulfilment.
function rateRow(t: Table, row: Table['rows'][number]): boolean {
  if (row.unit.trim() !== '%' || !shareRateWords(row.label)) return false;
  const plans = row.cells.filter((c, k) => t.columns[k] && (t.columns[k].role === 'target' || t.columns[k].measure === 'plan') && c.value !== null);
  return plans.length > 0 && plans.every((c) => (c.kind === 'count' || c.kind === 'decimal' || c.kind === 'percent') && c.value! <= 100);
}

function mostlyCounts(t: Table, column: number): boolean {
  const cells = t.rows.map((r) => r.cells[column]).filter((c) => c && c.kind !== 'empty' && c.kind !== 'text');
  return cells.length > 0 && cells.filter((c) => c.kind === 'count' || c.kind === 'decimal' || c.kind === 'money').length * 2 > cells.length;
}

// Fractions in the same sentence as the percent ("… (107,7%); …. Hạn chế: 49/148 homestay …" holds none for the percent:
// the fraction after the full stop is another statement's), by the sentences extract read.
function sentenceFractions(context: RuleContext, f: Figure): Fraction[] {
  const figures = context.figures;
  // The figures two either side of f by index (figures[k].index is k), not a walk over every figure of the document.
  const near = (figures[f.index] === f ? figures.slice(Math.max(0, f.index - 2), f.index + 3) : figures)
    .filter((g) => g.block === f.block && g.kind === 'fraction' && Math.abs(g.index - f.index) <= 2);
  if (near.length === 0) return [];
  // The block's sentences are read only when a fraction is near (most percents have none).
  const start = context.source.blocks[f.block].span.start;
  const sentence = context.sentences.of(f.block).find((s) => s.from <= f.span.start - start && f.span.start - start < s.to);
  return near.filter((g) => !sentence || (sentence.from <= g.span.start - start && g.span.start - start < sentence.to))
    .map((g) => ({ num: g.numerator!, den: g.denominator!, percent: g.percent, place: { figure: g } as Place, formula: g.factors !== undefined }));
}
