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
import type { Claim, Figure, FigureReading } from '../model/index.js';
import { ADMIN_LEVEL_WORDS, ASPECT_WORDS, MULTI_YEAR_WORDS, REGISTERED_ACTS, REGISTERING_WORDS } from '../text/lexicon.js';
import { breakdownMember } from '../extract/quantities.js';
import { labelTokens } from '../extract/similarity.js';
import { suggestSlip } from '../extract/claims-slip.js';
import { defineRule, type RuleContext } from './define.js';
import { checkNestedAges } from './support/nested-ages.js';
import { checkAttachedPeople, checkOwnUnits } from './support/own-units.js';

export default defineRule({
  id: 'part-exceeds-whole',
  severity: 'error',
  description: 'Một phần ("trong đó", "gồm", số đã giải quyết) lớn hơn tổng của nó',
  messages: {
    partExceedsWhole: 'Phần {part} lớn hơn tổng {whole} mà nó thuộc về (phần phải ≤ {whole})',
    partsExceedWhole: 'Các phần {parts} cộng lại {sum}, lớn hơn tổng {whole} mà chúng thuộc về (phải ≤ {whole})',
    partExceedsFraction: 'Phần {part} lớn hơn {whole}, mẫu số của {wholeText} mà nó thuộc về (phần phải ≤ {whole})',
    ageGroupExceedsWider: 'Số {partGroup} ({part}) lớn hơn số {wholeGroup} ({whole}), nhóm rộng hơn chứa nó (phải ≤ {whole})',
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
    checkServedBeyondHeld(context);
    checkMemberBeyondStated(context);
    checkNestedAges(context);
    checkOwnUnits(context);
    checkAttachedPeople(context);
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

/**
 * "Toàn huyện có 86 di tích đã được xếp hạng" and later "lập hồ sơ số hóa cho 91 di tích đã xếp hạng trên địa bàn huyện": an
 * action can reach no more of a set than the report says there is. A count stated as what there is (held) and a count an
 * action was done for (served, handed by "cho"), of the same noun and unit, the same qualifier after the noun (aspect words
 * aside: "đã được xếp hạng" is "đã xếp hạng"), neither narrowed by anything (no place, period, part, plan or other tag), and
 * one held value of that name in the document (narrowed or not): the served count larger is a part above its whole.
 */
function checkServedBeyondHeld(context: RuleContext): void {
  const key = (q: FigureReading) => `${q.unit}#${unregistered(q.tokens).join(' ')}`;
  // Narrowed by nothing, or only as new ("mới") on both sides (the tags compared below).
  const plain = (q: FigureReading) => q.figure.cell === null && q.kind === 'count' && q.role === 'count' && q.unit !== null && !q.figure.change
    && Number.isInteger(q.figure.value) && unnarrowed(q, ['new']) && (q.branches ?? []).every((b) => b.startsWith('partner='));
  const held = new Map<string, FigureReading[]>();
  // Every held count of the name, narrowed or not ("đến nay có 50 …"), so that two values of it leave the whole unsure; a
  // target ("Phấn đấu năm 2026 có 70 doanh nghiệp thành lập mới") is what is meant to be, no second value of what is.
  for (const q of context.readings) {
    if (q.held === true && q.served !== true && q.figure.cell === null && q.kind === 'count' && q.role !== 'target') held.set(key(q), [...(held.get(key(q)) ?? []), q]);
  }
  if (held.size === 0) return;
  for (const q of context.readings) {
    if (q.served !== true || q.held === true || !plain(q)) continue;
    const wholes = held.get(key(q));
    if (!wholes || new Set(wholes.map((w) => w.figure.value)).size !== 1) continue;
    const whole = wholes[0];
    if (!plain(whole) || q.figure.value <= whole.figure.value || whole.figure.block === q.figure.block || isNew(q) !== isNew(whole)) continue;
    if (!sameQualifier(q.pred, whole.pred) && !(q.pred === null && whole.pred === null && qualifiedName(q))) continue;
    context.report({
      messageId: 'partExceedsWhole',
      data: { part: q.figure.value, whole: whole.figure.value, partText: q.figure.raw, wholeText: whole.figure.raw },
      places: [{ figure: q.figure }, { figure: whole.figure }],
      suggestion: null,
    });
  }
}

const isNew = (q: FigureReading) => q.scope.split('|').includes('new');
// "68 doanh nghiệp đăng ký thành lập mới" and "cho 74 doanh nghiệp thành lập mới": a word of registering before the act it
// records (lexicon REGISTERED_ACTS) names the same act, so the two names are one.
const REGISTERING = REGISTERING_WORDS.map((w) => w.split(' '));
const ACTS = REGISTERED_ACTS.map((w) => w.split(' '));
const wordsAt = (tokens: readonly string[], at: number, words: readonly string[]) => words.every((w, j) => tokens[at + j] === w);
function unregistered(tokens: readonly string[]): string[] {
  for (let k = 0; k < tokens.length; k++) {
    const r = REGISTERING.find((words) => wordsAt(tokens, k, words) && ACTS.some((a) => wordsAt(tokens, k + words.length, a)));
    if (r) return [...tokens.slice(0, k), ...tokens.slice(k + r.length)];
  }
  return [...tokens];
}
// A name saying more than its unit, an act or kind of two words at least ("doanh nghiệp thành lập mới"): with no qualifier
// after either noun, the name itself picks the same set on both sides.
const qualifiedName = (q: FigureReading) => q.tokens.length >= labelTokens(q.unit ?? '').length + 2;

const ASPECT = new Set<string>(ASPECT_WORDS);
// Two qualifiers after a noun, aspect words aside, one the other's first words (a reading keeps a qualifier's first words only).
function sameQualifier(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [x, y] = [a, b].map((p) => p.toLowerCase().split(/\s+/u).filter((w) => w !== '' && !ASPECT.has(w)));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w, k) => long[k] === w);
}

// Words of a unit's level ("huyện", "xã"): in a breakdown's subject they say whose total it is, the unit's own.
// Longest first, so that "thị xã" is taken whole before "xã"; a level is matched as whole words ("hoàn thành" is no "thành phố").
const UNIT_LEVELS = [...ADMIN_LEVEL_WORDS].sort((a, b) => b.length - a.length);
/** The unit levels among some words, and the words without them. */
function splitLevels(words: readonly string[]): { levels: Set<string>; rest: string[] } {
  let text = ` ${words.join(' ')} `;
  const levels = new Set<string>();
  for (const level of UNIT_LEVELS) {
    if (!text.includes(` ${level} `)) continue;
    levels.add(level);
    text = text.split(` ${level} `).join(' ');
  }
  return { levels, rest: text.split(' ').filter(Boolean) };
}
// Nothing but the paragraph's lead narrows a count (no place, period, plan, bound, part, cumulative …); "new" stays a subgroup.
const unnarrowed = (q: FigureReading, also: readonly string[] = []) =>
  q.scope.split('|').every((t) => t === '' || t.startsWith('lead:') || also.some((a) => t === a || t.startsWith(`${a}:`)));

/**
 * "Tổng số giáo viên toàn huyện là 1 692 người, gồm …, trung học cơ sở 535 người" and, in another paragraph, "Đã có 541
 * giáo viên trung học cơ sở hoàn thành bồi dưỡng": a member of the unit's own total, named by the total's noun and the
 * member's words, bounds every count of that noun and those words that only narrows it further (a verb or words after).
 * The member's subject holds the noun and unit level words only (no place name, no other period); the other count is a
 * plain count with nothing else narrowing it, in another block, and exactly one member of the document fits.
 */
function checkMemberBeyondStated(context: RuleContext): void {
  // Each member's full name, read once, by the noun's first word (the unit a count of it has): no pass over every member
  // for every count.
  const byUnit = new Map<string, Array<{ m: FigureReading; name: string[] }>>();
  for (const m of context.readings) {
    if (m.figure.cell !== null || m.kind !== 'count' || !breakdownMember(m) || m.unit === null) continue;
    if (!unnarrowed(m, ['subject', 'within']) || (m.branches ?? []).some((b) => b.startsWith('owner='))) continue;
    const name = memberName(m);
    if (name !== null) byUnit.set(name[0], [...(byUnit.get(name[0]) ?? []), { m, name }]);
  }
  if (byUnit.size === 0) return;
  for (const q of context.readings) {
    if (q.unit === null || !byUnit.has(q.unit)) continue;
    if (q.figure.cell !== null || q.kind !== 'count' || q.role !== 'count' || q.figure.change || !Number.isInteger(q.figure.value)) continue;
    if (breakdownMember(q) || q.served === true || !unnarrowed(q, ['new']) || (q.branches ?? []).some((b) => !b.startsWith('partner='))) continue;
    const fits = byUnit.get(q.unit)!.filter(({ m, name }) => m.figure.block !== q.figure.block && namedBy(name, q)).map(({ m }) => m);
    if (fits.length !== 1 || q.figure.value <= fits[0].figure.value || !sameUnitAndPeriod(context, fits[0], q)) continue;
    const whole = fits[0].figure;
    context.report({
      messageId: 'partExceedsWhole',
      data: { part: q.figure.value, whole: whole.value, partText: q.figure.raw, wholeText: whole.raw },
      places: [{ figure: q.figure }, { figure: whole }],
      suggestion: null,
    });
  }
}

// A member's full name: its subject's noun (the words but the unit level's, one level at most), then its own words.
function memberName(m: FigureReading): string[] | null {
  const { levels, rest: noun } = splitLevels(subjectOf(m));
  const own = m.tokens.filter((t) => t !== m.unit);
  return noun.length < 2 || levels.size > 1 || own.length === 0 ? null : [...noun, ...own];
}

// The count's tokens open with the member's full name, and say more (words, or a verb after the noun: "đảng viên nữ được
// tặng giấy khen"): some of the member, never all of it restated.
function namedBy(name: string[], q: FigureReading): boolean {
  const narrower = q.tokens.length > name.length || (q.tokens.length === name.length && q.pred !== null);
  return narrower && name.every((w, k) => q.tokens[k] === w);
}

/**
 * "Toàn huyện có 192 đảng viên nữ …" in a commune's report, "Giai đoạn 2020–2025 có 192 …": a count whose statement names
 * a unit level other than the member's, or a date outside the report's period (any date when the period is unknown), is
 * of another whole.
 */
function sameUnitAndPeriod(context: RuleContext, m: FigureReading, q: FigureReading): boolean {
  const f = q.figure;
  const block = context.source.blocks[f.block];
  const at = f.span.start - block.span.start;
  const statement = context.clauses.at(f.block, at, true);
  if (!statement) return false;
  const own = splitLevels(subjectOf(m)).levels;
  const words = labelTokens(block.text.slice(statement.from, statement.to));
  if ([...splitLevels(words).levels].some((w) => !own.has(w))) return false;
  // "Giai đoạn 2020–2025 có …", "qua các năm": a span of years, not the report's period (lexicon MULTI_YEAR_WORDS).
  const joined = ` ${words.join(' ')} `;
  if (MULTI_YEAR_WORDS.some((w) => joined.includes(` ${w} `))) return false;
  const period = context.meta.period;
  return (context.dates[f.block] ?? []).every((d) => d.to <= statement.from || d.from >= statement.to
    || (period !== null && d.start >= period.start && d.end <= period.end));
}

const subjectOf = (m: FigureReading) => m.scope.split('|').find((t) => t.startsWith('subject:'))?.slice('subject:'.length).split(' ').filter(Boolean) ?? [];
