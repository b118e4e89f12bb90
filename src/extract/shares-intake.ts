/**
 * A share of an intake (INTAKE_WORDS): an amount that came in or was still to be done, then what was done of it, then
 * the share (done / intake). One reader for both forms; they differ only in where the intake stands and what ties the
 * clause of what was done to it:
 *
 * - received: "Tiếp nhận 250 hồ sơ cấp phép, gồm cấp mới 180 hồ sơ, gia hạn 70 hồ sơ; so với cùng kỳ (231 hồ sơ) tăng
 *   8,2%. Đã giải quyết 240 hồ sơ, đạt 96%": the count received opens its statement; the statement of the part opens
 *   with an aspect word and the verb of what was done. What stands between is the received count's own breakdown (parts
 *   of a claim whose whole it is) or a comparison with an earlier period (a clause naming "so với" or "cùng kỳ");
 *   anything else (another count done, a count of something else) leaves the share unread, as a nearer whole may be meant.
 * - pending: "kiến nghị thu hồi 385,3 triệu đồng, đã thu hồi nộp ngân sách 290,0 triệu đồng, đạt 79,3%": an action still
 *   to be done with its amount, then, in the next clause, "đã" and the very same action with the amount done. The
 *   action's words must be repeated exactly (one to three words; for whom it is done may follow them: "cho Nhà nước"),
 *   so "kiến nghị thu hồi …, đã nộp …" reads nothing.
 *
 * - attended: "có 315 lao động tham gia, 124 lao động được tuyển dụng, đạt 39,4%": a count closed by a verb of attending
 *   (ATTENDANCE_VERBS), then right after its comma a count of the same noun that was done something to ("được …"): the
 *   share is of those who attended.
 *
 * All: the part is the figure right before the share, in the same paragraph; the share follows it as a share clause
 * (", đạt 96%") or alone in a bracket closed right after it ("(đạt 75%)", never "(đạt 75% kế hoạch)"); at most 100.
 */
import type { Analysis, Figure } from '../model/index.js';
import { canonicalLabel } from './similarity.js';
import { sameMeasure, shareClause, type ShareInput } from './shares.js';
import { unitHead } from './quantities.js';
import { unitsAlike } from './labels.js';
import {
  ACTION_TARGET_WORDS, alt, AMONG, ATTENDANCE_VERBS, ATTENDED_PART_LEADS, DECISION_ISSUING_WORDS, PART_CONNECTORS, COMPARED_WITH, DONE_WORDS, EARLIER_PERIOD_WORDS, PENDING_ACTION_WORDS, RATE_WORDS, RECEIVED_WORDS, SHARE_VERBS, TIME_PHRASE_LEADS, TOTAL_WORDS, UNDONE_LEADS, edgeAlt,
} from '../text/lexicon.js';

type Input = ShareInput & Pick<Analysis, 'claims'>;
type Pair = { part: Figure; whole: Figure };

// "…, đã thu hồi 30 triệu đồng (đạt 75%)": the share alone in a bracket after the part.
const BRACKET_SHARE = new RegExp(String.raw`^\s*\(\s*(?:${alt(SHARE_VERBS)})(?:\s+(?:${alt(RATE_WORDS)}))?\s*$`, 'iu');

/** The part done and the intake its share is of, for a share stated right after a part done of an intake stated before. */
export function intakeThenDone(input: Input, p: Figure): Pair | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.change || p.value > 100) return undefined;
  const whole = receivedWhole(input, part, p) ?? pendingWhole(input, part, p) ?? attendedWhole(input, part, p);
  return whole && shareAfter(input, part, p) ? { part, whole } : undefined;
}

// The share stated of the part: a share clause, or a bracket of its own.
function shareAfter(input: Input, part: Figure, p: Figure): boolean {
  const block = input.source.blocks[p.block];
  const at = (offset: number) => offset - block.span.start;
  const between = block.text.slice(at(part.span.end), at(p.span.start)).replace(part.unit ?? '\u0000', '');
  const bracketed = BRACKET_SHARE.test(between) && /^\s*\)/u.test(block.text.slice(at(p.span.end), at(p.span.end) + 3));
  return bracketed || shareClause(input, p, between);
}

// The received form. "Đã giải quyết", "đã trả kết quả", "đã được cấp giấy chứng nhận": the aspect word and a verb phrase,
// no figure, up to the part.
const DONE_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(DONE_WORDS)})\s+(?:\p{L}+\s+){1,4}$`, 'iu');
// The received count's statement opens with what came in ("Tiếp nhận", "Thụ lý", "Tổng số hồ sơ tiếp nhận").
const RECEIVED_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:(?:${alt(TOTAL_WORDS)})[\p{L}\s]{0,40}?)?${edgeAlt(RECEIVED_WORDS)}(?![\p{L}])[^\d;]{0,60}$`, 'iu');
// A clause comparing with another period: its figures are asides, no count of the period's work.
const ASIDE = new RegExp(String.raw`${edgeAlt(COMPARED_WITH, EARLIER_PERIOD_WORDS)}(?![\p{L}])`, 'iu');
// How many figures back the received count is looked for, and how far in characters.
const MAX_FIGURES = 16;
const MAX_CHARS = 600;

// The count received that the part's statement, opening with what was done, is a part of.
function receivedWhole(input: Input, part: Figure, p: Figure): Figure | undefined {
  if (part.kind !== 'count' || part.unit === null || part.cell !== null) return undefined;
  const block = input.source.blocks[p.block];
  if (block.kind === 'row') return undefined;
  const local = (f: Figure) => f.span.start - block.span.start;
  const own = input.clauses.at(p.block, local(part));
  if (!own || local(p) >= own.to) return undefined;
  const lead = block.text.slice(own.from, local(part));
  if (!DONE_LEAD.test(lead)) {
    // The verb phrase opens the part's comma clause, or the part's clause itself when the received count's clause ends in
    // ";" ("tiếp nhận 14 vụ việc; hòa giải thành 11 vụ, đạt 78,6%"): nextClauseReceived checks what stands between.
    const cut = lead.lastIndexOf(',') + 1;
    return nextClauseReceived(input, part, lead.slice(cut), own.from + cut);
  }
  const between: Figure[] = [];
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_FIGURES; k--) {
    const g = input.figures[k];
    if (g.block !== p.block || local(part) - local(g) > MAX_CHARS) return undefined;
    if (isReceived(input, g, part)) return between.every((x) => partOf(input, x, g) || aside(input, x)) ? g : undefined;
    between.push(g);
  }
  return undefined;
}

// The part's clause opened by a verb phrase alone ("hòa giải thành", "trả kết quả"), no number nor aside.
// "ban hành quyết định xử phạt": the words of issuing a decision may come before the verb.
// A clause opening with what is still open ("còn tồn 45 kiến nghị", "đang hòa giải 01 vụ") tells no deed.
const VERB_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?!(?:${alt(UNDONE_LEADS)})(?![\p{L}]))(?:(?:${alt(DECISION_ISSUING_WORDS)})\s+)?(?:\p{Ll}+\s+){1,4}$`, 'u');
// "…, trong đó 36 đơn thư …, đạt 57%": a part a connector opens is a kind, whose "đạt" may be another rate: not read here.
const CONNECTOR = new RegExp(String.raw`${edgeAlt(PART_CONNECTORS, AMONG)}(?![\p{L}])`, 'iu');
// Between the received count and the part's clause: its noun and the comma or ";" closing its clause (nothing else: a
// clause of its own between may tell of another whole).
const UNIT_THEN_CLOSE = /^[^\d,;:.()]{0,30}[,;]\s*$/u;

/**
 * "Các tổ tiếp nhận 112 vụ việc, hòa giải thành 94 vụ việc, đạt tỷ lệ 85,7%": the part's clause, a verb phrase without an
 * aspect word, follows right after the clause of the count received (after its comma or its ";": "tiếp nhận 14 vụ việc;
 * hòa giải thành 11 vụ, đạt 78,6%"), of the same noun: the share is of what came in.
 */
function nextClauseReceived(input: Input, part: Figure, lead: string, from: number): Figure | undefined {
  const g = input.figures[part.index - 1];
  if (!g || g.block !== part.block || !VERB_LEAD.test(lead) || ASIDE.test(lead) || CONNECTOR.test(lead) || !(isReceived(input, g, part) || receivedBySubject(input, g, part))) return undefined;
  const block = input.source.blocks[part.block];
  return UNIT_THEN_CLOSE.test(block.text.slice(g.span.end - block.span.start, from)) ? g : undefined;
}

// "Các tổ hòa giải tiếp nhận …": a subject (capitalised, no number nor clause mark) before the word of what came in.
const TIME_LEADS = TIME_PHRASE_LEADS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
// A time phrase may open the sentence before the subject ("Trong 9 tháng, lực lượng trật tự đô thị đã lập biên bản …").
const SUBJECT_RECEIVED_LEAD = new RegExp(String.raw`^[\s\-+•*–]*(?:\p{Lu}|(?:${TIME_LEADS})\s[^,;:()]{1,40},\s*\p{L})[^\d,;:.()]{0,50}?\s(?:${alt(RECEIVED_WORDS)})(?![\p{L}])[^\d,;:.()]{0,30}$`, 'u');

// The received count of nextClauseReceived may follow its subject: "Các tổ hòa giải tiếp nhận 112 vụ việc, …".
function receivedBySubject(input: Input, g: Figure, part: Figure): boolean {
  if (g.kind !== 'count' || g.unit === null || g.change || g.value < part.value || !sameNoun(g.unit, part.unit!)) return false;
  const block = input.source.blocks[g.block];
  const s = input.clauses.at(g.block, g.span.start - block.span.start, true);
  return s !== undefined && SUBJECT_RECEIVED_LEAD.test(block.text.slice(s.from, g.span.start - block.span.start));
}

/**
 * One counted noun: the same, or one the other's head ("14 vụ việc" … "11 vụ", "hồ sơ" … "hồ sơ cấp phép"); never two
 * kinds of one head ("vụ án" against "vụ việc"), a group against its role holders, nor synonyms of a family.
 */
function sameNoun(a: string, b: string): boolean {
  const x = canonicalLabel(a);
  const y = canonicalLabel(b);
  return x === y || ((x.startsWith(`${y} `) || y.startsWith(`${x} `)) && unitsAlike(a, b));
}

// A count of the part's noun, no smaller, that opens its statement with what came in.
function isReceived(input: Input, g: Figure, part: Figure): boolean {
  if (g.kind !== 'count' || g.unit === null || g.change || g.value < part.value || !sameNoun(g.unit, part.unit!)) return false;
  const block = input.source.blocks[g.block];
  const at = g.span.start - block.span.start;
  const s = input.clauses.at(g.block, at, true);
  if (s !== undefined && RECEIVED_LEAD.test(block.text.slice(s.from, at))) return true;
  // "Riêng hồ sơ cấp đổi theo dự án …: tiếp nhận 845 hồ sơ, …": a topic before a colon, then the clause opening with what
  // came in; that clause alone is the received count's statement.
  const c = input.clauses.at(g.block, at);
  return c !== undefined && /:\s*$/u.test(block.text.slice(Math.max(0, c.from - 3), c.from)) && RECEIVED_LEAD.test(block.text.slice(c.from, at));
}

// One of the parts of a breakdown of the received count ("gồm cấp mới 180 hồ sơ, gia hạn 70 hồ sơ").
function partOf(input: Input, x: Figure, whole: Figure): boolean {
  return wholesOf(input.claims).get(x.index)?.has(whole.index) === true;
}

// For each part of a breakdown (lists aside), the wholes it is a part of: read once per document, not once per share.
const WHOLES = new WeakMap<Input['claims'], Map<number, Set<number>>>();
function wholesOf(claims: Input['claims']): Map<number, Set<number>> {
  let out = WHOLES.get(claims);
  if (out) return out;
  out = new Map();
  for (const c of claims) {
    if (c.relation === 'list') continue;
    for (const i of c.parts) out.set(i, (out.get(i) ?? new Set()).add(c.whole));
  }
  WHOLES.set(claims, out);
  return out;
}

// A figure of a clause comparing with an earlier period ("so với cùng kỳ năm 2024 (231 hồ sơ) tăng 8,2%").
function aside(input: Input, x: Figure): boolean {
  const block = input.source.blocks[x.block];
  const c = input.clauses.at(x.block, x.span.start - block.span.start);
  return c !== undefined && ASIDE.test(block.text.slice(c.from, c.to));
}

// The pending form. The words before the amount to be done, in its clause: a pending word, then the action (one to three
// words); "kiến nghị thu hồi cho Nhà nước 40 triệu": for whom or into what may follow the action, before the amount.
const PENDING = new RegExp(String.raw`${edgeAlt(PENDING_ACTION_WORDS)}\s+(\p{L}+(?:\s\p{L}+){0,2}?)(?:\s+(?:${alt(ACTION_TARGET_WORDS)})(?:\s\p{L}+){1,3})?\s*$`, 'iu');
// The words between the amounts: the first's unit, a clause mark, "đã" and an action of a few words (checked against the first).
const DONE = new RegExp(String.raw`^[^\d,;:()]{0,20}[,;]\s*(?:${alt(DONE_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,6})\s*$`, 'iu');
const PENDING_KINDS = new Set(['count', 'money', 'decimal']);

// The amount of an action stated as still to be done right before the part, whose clause repeats the action as done.
function pendingWhole(input: Input, part: Figure, p: Figure): Figure | undefined {
  const whole = input.figures[p.index - 2];
  if (!whole || whole.block !== p.block || whole.change || !sameMeasure(whole, part) || !PENDING_KINDS.has(whole.kind) || whole.unit === null || unitHead(whole) !== unitHead(part) || !(whole.value > 0)) return undefined;
  const block = input.source.blocks[p.block];
  const at = (offset: number) => offset - block.span.start;
  const lead = block.text.slice(Math.max(0, at(whole.span.start) - 60), at(whole.span.start));
  const clause = lead.slice(Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => lead.lastIndexOf(c))) + 1);
  const pending = PENDING.exec(clause);
  const done = DONE.exec(block.text.slice(at(whole.span.end), at(part.span.start)));
  if (!pending || !done) return undefined;
  const action = pending[1].toLowerCase();
  const doneWords = done[1].toLowerCase();
  return doneWords === action || doneWords.startsWith(`${action} `) ? whole : undefined;
}

// The attended form. Between the two counts: the first's noun at most, the verb of attending, a comma and "có" at most.
const ATTENDED_THEN = (unit: string) => new RegExp(String.raw`^\s*(?:${escape(unit)}\s+)?(?:${alt(ATTENDANCE_VERBS)})\s*,\s*(?:(?:${alt(ATTENDED_PART_LEADS)})\s+)?$`, 'iu');
// After the part: its noun at most, then "được"/"đã được" and what was done to them (one to four words).
const DONE_TO = (unit: string) => new RegExp(String.raw`^\s*(?:${escape(unit)}\s+)?(?:${alt(DONE_WORDS)})\s+\p{L}+(?:\s+\p{L}+){0,3}\s*,`, 'iu');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// The count of attendees right before the part, of the same noun, whose clause the part's passive deed follows.
function attendedWhole(input: Input, part: Figure, p: Figure): Figure | undefined {
  const g = input.figures[part.index - 1];
  if (!g || g.block !== part.block || g.kind !== 'count' || part.kind !== 'count' || g.cell !== null || part.cell !== null || g.change || g.unit === null || part.unit === null) return undefined;
  if (!(g.value >= part.value) || canonicalLabel(g.unit) !== canonicalLabel(part.unit)) return undefined;
  const block = input.source.blocks[p.block];
  const at = (offset: number) => offset - block.span.start;
  if (!ATTENDED_THEN(g.unit).test(block.text.slice(at(g.span.end), at(part.span.start)))) return undefined;
  return DONE_TO(part.unit).test(block.text.slice(at(part.span.end), at(p.span.start))) ? g : undefined;
}
