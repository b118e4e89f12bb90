/**
 * part-exceeds-whole — a part can never be larger than the whole it is part of.
 *
 * Why: "Cấp căn cước: 8 trường hợp (trong đó cấp mới 888, …)" is a
 * slip an auditor must see; so are files resolved before and on time (190 + 117)
 * outnumbering the 270 files received. Parts come from the claims extractor
 * ("trong đó", "gồm", a total and its bullets, received ⊇ resolved); a
 * suggestion is made when undoing one slip of the pen ("888 → 8") fits. A fraction whole ("188/190 trẻ, trong đó …")
 * bounds each part by its denominator (Claim.bound): the part is of the numerator's group or the denominator's.
 *
 * @example {"name": "ok.txt"}
 *   Cấp căn cước: 8 trường hợp (trong đó cấp mới 8, cấp lại 0).
 * @example {"name": "not-ok.txt", "expect": "partExceedsWhole"}
 *   Hội viên nông dân: 48 người, trong đó nữ 480 người.
 * @example {"name": "fraction.txt", "expect": "partExceedsFraction"}
 *   Đã tiêm đủ liều 188/190 trẻ dưới 1 tuổi, đạt 98,9%; trong đó trẻ em hộ nghèo 218 em.
 * @example {"name": "joint.txt", "expect": "partsExceedWhole"}
 *   Tiếp nhận 120 hồ sơ, đã giải quyết trước hạn 90 hồ sơ, đúng hạn 45 hồ sơ.
 */
import type { Claim, Figure } from '../model/index.js';
import { suggestSlip } from '../extract/claims-slip.js';
import { defineRule, type RuleContext } from './define.js';

export default defineRule({
  id: 'part-exceeds-whole',
  severity: 'error',
  description: 'Một phần ("trong đó", "gồm", số đã giải quyết) lớn hơn tổng của nó',
  messages: {
    partExceedsWhole: 'Phần {part} lớn hơn tổng {whole} mà nó thuộc về (phần phải ≤ {whole})',
    partsExceedWhole: 'Các phần {parts} cộng lại {sum}, lớn hơn tổng {whole} mà chúng thuộc về (phải ≤ {whole})',
    partExceedsFraction: 'Phần {part} lớn hơn {whole}, mẫu số của {wholeText} mà nó thuộc về (phần phải ≤ {whole})',
  },
  check(context) {
    for (const claim of context.claims) {
      if (claim.relation === 'list' || claim.relation === 'balance') continue;
      const whole = context.figures[claim.whole];
      const parts = claim.parts.map((i) => context.figures[i]);
      // A fraction whole bounds each part by its denominator; what the parts add up to is unsure (Claim.bound).
      if (claim.joint) {
        if (claim.bound === undefined) checkJoint(context, whole, parts);
      } else checkEach(context, claim, whole, parts);
    }
  },
});

function checkEach(context: RuleContext, claim: Claim, whole: Figure, parts: Figure[]): void {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const limit = claim.bound ?? whole.value;
  for (const part of parts) {
    if (part.value <= limit) continue;
    const rest = sum - part.value;
    const fits = claim.relation === 'exhaustive' && claim.bound === undefined ? (v: number) => v + rest === limit : (v: number) => v <= limit;
    context.report({
      messageId: claim.bound === undefined ? 'partExceedsWhole' : 'partExceedsFraction',
      data: { part: part.value, whole: limit, partText: part.raw, wholeText: whole.raw },
      places: [{ figure: part }, { figure: whole }],
      suggestion: part.kind === 'count' ? suggestSlip(part.raw, fits) : null,
    });
  }
}

function checkJoint(context: RuleContext, whole: Figure, parts: Figure[]): void {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (sum <= whole.value) return;
  const fixes = parts.filter((p) => p.kind === 'count').map((p) => suggestSlip(p.raw, (v) => sum - p.value + v <= whole.value)).filter((s) => s !== null);
  context.report({
    messageId: 'partsExceedWhole',
    data: { parts: parts.map((p) => p.raw).join(' + '), sum, whole: whole.value },
    places: [...parts.map((figure) => ({ figure })), { figure: whole }],
    suggestion: fixes.length === 1 ? fixes[0] : null,
  });
}
