/**
 * repeated-value-conflict — the same quantity stated twice with different values.
 *
 * Why: reports repeat themselves (a list copied into a second section, a
 * text figure restated in the appendix), and a copy edited on one side only
 * leaves "Cấp phiếu lý lịch tư pháp: 37" in one place and ": 73" in the other,
 * or "12 trạm BTS" beside "9 trạm phát sóng" of the same carriers.
 *
 * Sameness: the quantity's name (a "X: 18" label, the noun phrase after the
 * figure, a table row's label; a too general noun such as "21 máy" takes the
 * predicate before it, "máy … kết nối internet") read with Vietnamese-aware
 * tokens (abbreviations spelled out: BTS = trạm phát sóng, TTHC = thủ tục
 * hành chính; "04" = "4"), the same kind and unit, and the same scope: no
 * qualifier on one side only ("mới", "còn lại", "trong đó", "tại …", "của …",
 * "không"), the same period (the report's own by default), neither a target,
 * a previous value ("so với … (N)") nor a change ("tăng N"), the same list
 * lead-in, and not a plan section. Names match when equal, or when one
 * name's tokens all appear in the other's (a refinement, ≥ 3 tokens).
 * Figures are indexed by name in a Map and near names compared only within
 * a bucket of the same kind, scope and first word, so the rule stays linear
 * in practice. Two figures of one paragraph, or of one part–whole claim,
 * are never compared; a part larger than its whole is left to
 * part-exceeds-whole. Names too general to tell a quantity ("100%", "đạt",
 * "hồ sơ") are left out.
 *
 * A sentence figure is also read against the appendix row that restates it
 * in other words (support/appendix.ts): error when the two values are one
 * digit slip apart (2.140 / 2.410), else warning.
 *
 * Severity: error when the names are equal after normalisation and the unit
 * matches, else warning. When one value is stated more often than the other,
 * the majority is suggested.
 *
 * @example {"name": "ok.txt"}
 *   - Đăng ký khai tử: 04 trường hợp.
 *
 *   Ghi chú thêm về công tác hộ tịch trong tháng.
 *
 *   - Đăng ký khai tử: 4 trường hợp.
 * @example {"name": "not-ok.txt", "expect": "repeatedValueConflict"}
 *   - Số tổ công nghệ số cộng đồng đã thành lập: 12.
 *
 *   Các tổ hoạt động đều đặn, hỗ trợ người dân cài đặt ứng dụng.
 *
 *   - Số tổ công nghệ số cộng đồng đã thành lập: 15.
 */
import { defineRule, type RuleContext } from './define.js';
import { singleSlips, tablesOf } from './support/percent.js';
import { matchAppendixRows } from './support/appendix.js';
import type { FigureReading as Quantity } from '../model/index.js';
import { agreesAt } from './support/sentences.js';
import { tokenContainment } from '../extract/similarity.js';
import { CATEGORY_SHIFTERS, wordsRe } from '../text/lexicon.js';

export default defineRule({
  id: 'repeated-value-conflict',
  severity: 'warning',
  description: 'Cùng một chỉ tiêu được nêu hai lần với hai giá trị khác nhau',
  messages: {
    repeatedValueConflict: '"{name}" được nêu là {value} nhưng ở chỗ khác là {other}',
  },
  check(context) {
    const excess = excessParts(context);
    const tables = tablesOf(context);
    const quantities = context.readings.filter((q) => !excess.has(q.figure.index));
    const reported = new Set<number>();
    for (const group of groupQuantities(quantities.filter((q) => q.named))) reportConflicts(context, group, reported);
    for (const { text, row } of matchAppendixRows(context, quantities, tables)) {
      if (sameValue(text, row) || reported.has(text.figure.index) || reported.has(row.figure.index) || !comparable(context, text, row)) continue;
      reported.add(text.figure.index);
      // One slip of the digits (2.140 / 2.410, 74 / 47) makes the conflict a typing error, not a second count.
      const slip = singleSlips(String(text.figure.value)).includes(String(row.figure.value));
      context.report({
        messageId: 'repeatedValueConflict',
        data: { name: row.figure.label ?? row.name, value: stated(text), other: stated(row) },
        places: [{ figure: text.figure }, { figure: row.figure }],
        severity: slip ? 'error' : 'warning',
      });
    }
  },
});

// Exact names in a Map; then names that refine one another, compared only within a bucket of the same kind, scope and first word.
function groupQuantities(quantities: Quantity[]): Quantity[][] {
  const exact = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const key = [q.kind, q.scope, [...q.tokens].sort().join(' ')].join('#');
    const group = exact.get(key);
    if (group) group.push(q);
    else exact.set(key, [q]);
  }
  const buckets = new Map<string, Quantity[][]>();
  for (const group of exact.values()) {
    const q = group[0];
    const key = [q.kind, q.scope, q.tokens[0]].join('#');
    const bucket = buckets.get(key) ?? [];
    // A name that joins two things ("trường tiểu học, trung học cơ sở") counts their union: it refines neither.
    const near = UNION.test(q.name) || q.loose ? undefined : bucket.find((g) => !UNION.test(g[0].name) && !g[0].loose && refines(g[0], q));
    if (near) near.push(...group);
    else bucket.push(group);
    buckets.set(key, bucket);
  }
  return [...buckets.values()].flat();
}

const UNION = /,|(?<![\p{L}])(?:và|hoặc)(?![\p{L}])/u;

// A refinement adds words that narrow the shorter name ("máy tính" → "máy tính kết nối internet"); a word that turns it
// into a neighbouring category ("hộ nghèo" / "hộ cận nghèo", "hộ tái nghèo", "lao động phi nông nghiệp") makes another thing.
function refines(a: Quantity, b: Quantity): boolean {
  if (Math.min(a.tokens.length, b.tokens.length) < 3 || tokenContainment(a.tokens, b.tokens) !== 1) return false;
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  return !(CATEGORY_SHIFT.test(large.name) && !CATEGORY_SHIFT.test(small.name));
}

const CATEGORY_SHIFT = wordsRe(CATEGORY_SHIFTERS);

const stated = (q: Quantity) => (q.per ? `${q.figure.raw}/${q.per}` : q.figure.raw);

// What sameValue compares of a count, amount or fraction, as one key.
function valueKey(q: Quantity): string {
  return q.kind === 'fraction' ? `f${q.figure.numerator}/${q.figure.denominator}` : `v${q.figure.value}|${q.per}`;
}

function sameValue(a: Quantity, b: Quantity): boolean {
  const x = a.figure;
  const y = b.figure;
  if (a.kind === 'fraction') return x.numerator === y.numerator && x.denominator === y.denominator;
  if (a.kind === 'percent') {
    const d = Math.min(x.decimals, y.decimals);
    return agreesAt(x.decimals > y.decimals ? x.value : y.value, x.decimals > y.decimals ? y.value : x.value, d);
  }
  return x.value === y.value && a.per === b.per;
}

function reportConflicts(context: RuleContext, group: Quantity[], reported: Set<number>): void {
  if (group.length < 2) return;
  const classes: Quantity[][] = [];
  // Counts, amounts and fractions are equal or not: their classes are found by value. Percents agree at the fewer
  // decimals of the two, which is no equivalence: each is held against every class before it.
  const byValue = new Map<string, Quantity[]>();
  const keyed = group.every((q) => q.kind === group[0].kind && q.kind !== 'percent');
  for (const q of group) {
    const key = keyed ? valueKey(q) : null;
    const c = key !== null ? byValue.get(key) : classes.find((k) => sameValue(k[0], q));
    if (c) c.push(q);
    else {
      classes.push([q]);
      if (key !== null) byValue.set(key, classes[classes.length - 1]);
    }
  }
  if (classes.length < 2) return;
  classes.sort((a, b) => b.length - a.length || a[0].figure.index - b[0].figure.index);
  const [main, ...others] = classes;
  for (const other of others) {
    const q = other[0];
    const ref = main.find((m) => comparable(context, m, q));
    if (!ref || (q.unit !== ref.unit && q.unit !== null && ref.unit !== null) || plausibleSubset(q, ref)) continue;
    const identical = q.name === ref.name && q.unit === ref.unit;
    reported.add(q.figure.index).add(ref.figure.index);
    context.report({
      messageId: 'repeatedValueConflict',
      data: { name: ref.name, value: stated(q), other: stated(ref) },
      places: [{ figure: q.figure }, { figure: ref.figure }],
      severity: identical ? 'error' : 'warning',
      suggestion: main.length > other.length ? `${q.figure.raw} → ${ref.figure.raw}` : null,
    });
  }
}

// A name that refines another ("máy tính kết nối internet bằng ADSL") may count a subset: only a larger value contradicts.
function plausibleSubset(a: Quantity, b: Quantity): boolean {
  if (a.tokens.length === b.tokens.length) return false;
  const [general, refined] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  return refined.figure.value < general.figure.value;
}

// Two figures of one paragraph, or of one part–whole claim, are different quantities.
function comparable(context: RuleContext, a: Quantity, b: Quantity): boolean {
  if (a.figure.block === b.figure.block) return false;
  // "06 hợp tác xã đang hoạt động" and "04 hợp tác xã đã mở gian hàng" count different groups.
  if (a.pred !== null && b.pred !== null && a.pred !== b.pred) return false;
  // Only one narrowed by a verb ("14 sản phẩm đã được gắn mã" beside "16 sản phẩm"): a smaller value is those of the others that did it.
  const [narrow, other] = a.pred !== null ? [a, b] : [b, a];
  if (narrow.pred !== null && other.pred === null && narrow.figure.value <= other.figure.value) return false;
  // Two different verbs before the figures ("công bố 15 thủ tục" and "đơn giản hóa 12 thủ tục") count different groups.
  const [pa, pb] = [verb(a.pre), verb(b.pre)];
  if (pa !== null && pb !== null && pa !== pb && !pa.endsWith(pb) && !pb.endsWith(pa)) return false;
  // One narrowed by a verb after its noun, the other by a verb before it: "268 TTHC đã được cung cấp trực tuyến" and
  // "đơn giản hóa 12 TTHC" count what two different actions reached.
  const [after, before] = a.pred !== null && pa === null ? [verb(a.pred), pb] : b.pred !== null && pb === null ? [verb(b.pred), pa] : [null, null];
  if (after !== null && before !== null && !after.endsWith(before) && !before.endsWith(after)) return false;
  const claimsOf = claimsByFigure(context.claims);
  const [ca, cb] = [claimsOf.get(a.figure.index), claimsOf.get(b.figure.index)];
  return !(ca && cb && ca.some((c) => cb.includes(c)));
}

// The claims each figure is the whole or a part of, read once per document (not once per pair compared).
const CLAIMS_BY_FIGURE = new WeakMap<RuleContext['claims'], Map<number, number[]>>();
function claimsByFigure(claims: RuleContext['claims']): Map<number, number[]> {
  let out = CLAIMS_BY_FIGURE.get(claims);
  if (!out) {
    out = new Map();
    for (let k = 0; k < claims.length; k++) {
      for (const f of new Set([claims[k].whole, ...claims[k].parts])) {
        const list = out.get(f);
        if (list) list.push(k);
        else out.set(f, [k]);
      }
    }
    CLAIMS_BY_FIGURE.set(claims, out);
  }
  return out;
}

// A verb before a figure without its aspect words ("đã đăng tải" = "đăng tải").
function verb(pre: string | null | undefined): string | null {
  if (!pre) return null;
  const v = pre.replace(/(?<![\p{L}])(?:đã|đang|được|sẽ|cũng|đều|vẫn)(?![\p{L}])/gu, ' ').trim().replace(/\s+/g, ' ');
  return v === '' ? null : v;
}

// A part larger than its whole: part-exceeds-whole's finding, not a second one here.
function excessParts(context: RuleContext): Set<number> {
  const out = new Set<number>();
  for (const c of context.claims) {
    if (c.relation === 'list' || c.relation === 'balance') continue;
    for (const p of c.parts) if (context.figures[p].value > context.figures[c.whole].value) out.add(p);
  }
  return out;
}
