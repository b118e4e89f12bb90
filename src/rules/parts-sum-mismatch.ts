/**
 * parts-sum-mismatch — parts that split a whole must add up to it.
 *
 * Why: "21 máy tính (trong đó 12 máy tính của UBND, 10 máy tính của Đảng ủy)"
 * counts 22. Checked for exhaustive splits ("gồm", "bao gồm", a total and its
 * bullets, a "trong đó" that is a partition: "mới / lại", "nam / nữ",
 * "trước hạn / đúng hạn / quá hạn"; a money total closing the activities its
 * section tells one by one, the last "the other ones" of its kind, read by
 * extract/claims-closing-total.ts; a whole named again in a later sentence of its paragraph and split there, "Trong vốn
 * ngân sách huyện có A và B", extract/claims-restated-split.ts; a total amount split into its part done and its part left,
 * "đã thu nộp … 412.000.000 đồng; số tiền còn phải thu 47.500.000 đồng", extract/claims-paid-split.ts; a count total closing
 * the kinds of one activity told one by one, "chứng thực chữ ký 318 việc; chứng thực hợp đồng 46 việc … Tổng cộng … 2.646 việc
 * chứng thực", extract/claims-kinds-total.ts): the sum must equal the whole. Parts that
 * only cannot overlap ("của A", "của B") must not exceed it. A "trong đó"
 * whose parts fall short of the whole is fine (not every part is named).
 * A single part larger than the whole is left to part-exceeds-whole.
 * What is left once a part is done ("đã tiêm 412/450 trẻ; còn lại 40 trẻ chưa được tiêm", extract/claims-remainder.ts)
 * must be the whole less the part done (a warning, as for other balances).
 *
 * @example {"name": "ok.txt"}
 *   Kinh phí thực hiện 40 triệu đồng, gồm 30 triệu đồng ngân sách và 10 triệu đồng xã hội hóa.
 * @example {"name": "not-ok.txt", "expect": "partsSumMismatch"}
 *   Kinh phí thực hiện 40 triệu đồng, gồm 25 triệu đồng ngân sách và 10 triệu đồng xã hội hóa.
 * @example {"name": "disjoint.txt", "expect": "partsExceedWhole"}
 *   Toàn xã có 30 camera (trong đó 18 camera của Công an xã, 15 camera của các thôn).
 */
import type { Claim, Figure } from '../model/index.js';
import { suggestSlip } from '../extract/claims-slip.js';
import { defineRule, type RuleContext } from './define.js';

export default defineRule({
  id: 'parts-sum-mismatch',
  severity: 'error',
  description: 'Các phần của một tổng ("gồm", "trong đó" chia hết) không cộng lại bằng tổng',
  messages: {
    partsSumMismatch: 'Tổng các phần {parts} = {sum} ≠ {whole}',
    partsExceedWhole: 'Các phần {parts} cộng lại {sum}, lớn hơn tổng {whole} (phải ≤ {whole})',
    balanceMismatch: 'Đầu kỳ và biến động {parts} = {sum} ≠ cuối kỳ {whole}',
    remainderMismatch: 'Còn lại {rest}, nhưng {whole} − {done} = {expected}',
    fractionSplitMismatch: 'Tổng các phần {parts} = {sum}, không bằng {numerator} hay {denominator} của {numerator}/{denominator}',
  },
  check(context) {
    for (const claim of context.claims) {
      if (claim.relation === 'balance') {
        checkBalance(context, claim);
        continue;
      }
      if (claim.relation === 'exhaustive' && claim.bound !== undefined) {
        checkFractionSplit(context, claim);
        continue;
      }
      // A fraction whole (Claim.bound) under "trong đó": the parts may be of its numerator's group or its denominator's, and
      // need not cover either; no sum to hold them to.
      if (claim.relation === 'list' || claim.joint || claim.parts.length < 2 || claim.bound !== undefined) continue;
      const whole = context.figures[claim.whole];
      const parts = claim.parts.map((i) => context.figures[i]);
      if (parts.some((p) => p.value > whole.value)) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const tolerance = toleranceOf(whole, parts);
      const exhaustive = claim.relation === 'exhaustive';
      if (exhaustive ? Math.abs(sum - whole.value) <= tolerance : !claim.disjoint || sum <= whole.value + tolerance) continue;
      context.report({
        messageId: exhaustive ? 'partsSumMismatch' : 'partsExceedWhole',
        data: { parts: parts.map((p) => p.raw).join(' + '), sum: round(sum), whole: whole.value },
        places: [{ figure: whole }, ...parts.map((figure) => ({ figure }))],
        suggestion: suggest(claim, whole, parts, sum),
      });
    }
  },
});

// "đã giải quyết 06/07 vụ, gồm: đúng 01 vụ, đúng một phần 02 vụ, sai 02 vụ": a split of a fraction's things covers its
// numerator's group or its denominator's, unsure which; parts that add up to neither of the two split nothing the report counted.
function checkFractionSplit(context: RuleContext, claim: Claim): void {
  const whole = context.figures[claim.whole];
  const parts = claim.parts.map((i) => context.figures[i]);
  if (claim.joint || parts.length < 2 || whole.numerator === null || whole.denominator === null) return;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  // Whole things counted (extract reads such a split only so): exact sums.
  const tolerance = 1e-9;
  if (Math.abs(sum - whole.numerator) <= tolerance || Math.abs(sum - whole.denominator) <= tolerance) return;
  context.report({
    messageId: 'fractionSplitMismatch',
    data: { parts: parts.map((p) => p.raw).join(' + '), sum: round(sum), numerator: whole.numerator, denominator: whole.denominator },
    places: [{ figure: whole }, ...parts.map((figure) => ({ figure }))],
  });
}

// A stock and its flows ("đầu năm 146 hộ nghèo, thoát nghèo 38, phát sinh 07, đến cuối kỳ 121 hộ"): the closing level must be
// the opening level plus what came in minus what went out. A warning: the reading of flows from their words is the
// least certain of the claims.
function checkBalance(context: RuleContext, claim: Claim): void {
  const whole = context.figures[claim.whole];
  const parts = claim.parts.map((i) => context.figures[i]);
  const signs = claim.signs ?? [];
  if (signs.length !== parts.length) return;
  if (claim.rest) return checkRest(context, whole, parts);
  const sum = parts.reduce((s, p, k) => s + signs[k] * amountOf(p), 0);
  if (Math.abs(sum - whole.value) <= toleranceOf(whole, parts)) return;
  const written = parts.map((p, k) => (k === 0 ? p.raw : `${signs[k] > 0 ? '+' : '−'} ${p.kind === 'fraction' ? amountOf(p) : p.raw}`)).join(' ');
  context.report({
    messageId: 'balanceMismatch',
    data: { parts: written, sum: round(sum), whole: whole.value },
    places: [{ figure: whole }, ...parts.map((figure) => ({ figure }))],
    severity: 'warning',
  });
}

// What is left of a whole once a part is done ("đã hỗ trợ 52/86 hộ … còn lại 36 hộ chưa được hỗ trợ"): whole − done, exactly
// (whole things counted). A fraction is both: its denominator the whole, its numerator the deed.
function checkRest(context: RuleContext, rest: Figure, [whole, done]: Figure[]): void {
  const total = whole.kind === 'fraction' ? whole.denominator : whole.value;
  const deed = done.kind === 'fraction' ? done.numerator : done.value;
  if (total === null || deed === null || total - deed === rest.value) return;
  context.report({
    messageId: 'remainderMismatch',
    data: { rest: rest.value, whole: total, done: deed, expected: round(total - deed) },
    places: [{ figure: rest }, ...(whole === done ? [{ figure: whole }] : [{ figure: whole }, { figure: done }])],
    severity: 'warning',
  });
}

// A flow told as a share of the opening level ("12/58 hộ thoát nghèo") counts its numerator (Claim.signs).
const amountOf = (p: Figure) => (p.kind === 'fraction' && p.numerator !== null ? p.numerator : p.value);

// Half a unit of the last written decimal of each figure: "1,5 + 2,25 = 3,7" is within rounding.
function toleranceOf(whole: Figure, parts: Figure[]): number {
  if (whole.kind === 'money') return Math.max(1, whole.value * 1e-9);
  if (whole.kind === 'count') return 1e-9;
  return [whole, ...parts].reduce((t, f) => t + 0.5 * 10 ** -f.decimals, 0);
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

// One slip in one number (a part or the whole) that makes the split add up.
function suggest(claim: Claim, whole: Figure, parts: Figure[], sum: number): string | null {
  const ok = (total: number, w: number) => (claim.relation === 'exhaustive' ? total === w : total <= w);
  const fixes = parts.filter((p) => p.kind === 'count').map((p) => suggestSlip(p.raw, (v) => ok(sum - p.value + v, whole.value)));
  if (whole.kind === 'count') fixes.push(suggestSlip(whole.raw, (v) => ok(sum, v)));
  const found = fixes.filter((s) => s !== null);
  return found.length === 1 ? found[0] : null;
}
