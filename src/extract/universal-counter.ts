/**
 * A "100% <noun> <state>" claim a later count contradicts: "100% trạm y tế xã có bác sĩ làm việc thường xuyên" and,
 * further on, "còn 02 trạm (Tân Lập, Hòa Bình) có bác sĩ chưa làm việc thường xuyên". The count stands right after a
 * "còn" word; its noun is the claim's own (the count's head noun opens the claim's noun phrase); the words between
 * the count and its negation are mostly the claim's; and the state it negates (two syllables at least, link words
 * "có/đã/được" aside) is all in the claim's words. Not read: a claim under a hedge, a plan or purpose, or with a
 * negation of its own; a count in a statement of an earlier period ("năm trước") or a plan. claim-mismatch judges.
 * A count named all by the word before it ("Toàn bộ 14 trạm bơm … đã được nạo vét") is such a claim of all, held against a
 * later "còn N … chưa/không <state>" only; the count's noun may be any of the short nouns the claim lists first ("giáo
 * viên, nhân viên nhà trường …").
 */
import type { DateMention, Figure, Section, Source } from '../model/index.js';
import { alt, altInitialCase, ADVERSE_MARKERS, DEED_TIME_NOUNS, DUTY_WORDS, COUNT_CHANGE_LEADS, EXISTENCE_VERBS, NONE_LET_WORDS, NONE_SCOPE_WORDS, PLURAL_WORDS, UNIVERSAL_WORDS, ANY_WORDS, CASE_NOUNS, CLOSING_VERBS, PENDING_WORDS, BREAKDOWN_WORDS, CAUSE_WORDS, EARLIER_PERIOD_WORDS, COMPLAINT_VERBS, HANDLING_VERBS, INCIDENT_NOUNS, LATE_WORDS, NAMED_MEMBER_WORDS, PETITION_NOUNS, SANCTION_WORDS, VIOLATION_WORDS, NONE_HEDGE_TAILS, ON_TIME_WORDS, NONE_WORDS, DETECTION_NONE_WORDS, NEGATED_STATE_WORDS, HEDGES, PARTIAL_CLAIM_WORDS, LIGHT_VERBS, NEGATION_WORDS, OPPOSITE_STATES, PLAN_WORDS, PURPOSE_WORDS, STATE_LINK_WORDS, STILL_LEFT_WORDS, SUB_PERIOD_WORDS, TIME_PHRASE_LEADS, TIME_PHRASE_PLURALS, UNIT_LEVEL_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';
import { unitHead } from './quantities.js';
import { canonicalLabel, spellInitials } from './similarity.js';
import { memoMap, MEMO_KEY_MAX, remembered } from '../text/memo.js';
import { planSectionTitle } from './date-context.js';

/** A claim of all ("100%") or of none ("không có"), its words, and the count said later to contradict it with its state. */
export interface CounteredClaim {
  said: { block: number; from: number; to: number }; absent: boolean; count: Figure; thing: string; state: string;
  /** "Tất cả 28 cán bộ …": the universal words and the count they quantify as written ("Tất cả 28"), when the claim of all is a word, not a percent. */
  universal?: string;
}

const CLAUSE_END = /[;:.!?()]/u;
const BREAKDOWN = new RegExp(String.raw`${edgeAlt(BREAKDOWN_WORDS)}(?![\p{L}])`, 'iu');
const BLOCKED_CLAIM = wordsRe([...PLAN_WORDS, ...PURPOSE_WORDS, ...EARLIER_PERIOD_WORDS]);
const HEDGED = new RegExp(String.raw`${edgeAlt(HEDGES)}\s*$`, 'iu');
const NEGATED = wordsRe(NEGATION_WORDS);
// "… đăng ký hộ kinh doanh và các lĩnh vực khác không có hồ sơ quá hạn", "Một số xã không xảy ra …": a claim of none whose
// subject is the rest or a part of the whole (its words before the claim, same sentence) says nothing of a count of all.
// Read in the claim's own clause (after the statement's last comma) or opening the statement ("Riêng xã A, trong kỳ …").
const PARTIAL_SUBJECT = wordsRe(PARTIAL_CLAIM_WORDS);
const PARTIAL_OPENING = new RegExp(String.raw`^[\s\-–+•*]*(?:${alt(PARTIAL_CLAIM_WORDS)})(?![\p{L}])`, 'iu');
const partialSubject = (statement: string) => PARTIAL_SUBJECT.test(statement.slice(statement.lastIndexOf(',') + 1)) || PARTIAL_OPENING.test(statement);
const NEGATED_AFTER_COMMA = new RegExp(String.raw`,\s*(?:${alt(NEGATION_WORDS)})(?![\p{L}])`, 'iu');
const STILL_LEFT = new RegExp(String.raw`${edgeAlt(STILL_LEFT_WORDS)}\s*$`, 'iu');
const BLOCKED_COUNT = wordsRe([...PLAN_WORDS, ...EARLIER_PERIOD_WORDS]);
const NEGATION = new RegExp(String.raw`${edgeAlt(NEGATION_WORDS)}(?![\p{L}])`, 'iu');
const LINKS = new Set(STATE_LINK_WORDS.flatMap((w) => canonicalLabel(w).split(' ')));
const MIN_STATE = 2;

// Words of one late state are one state: "trễ hạn", "chậm hạn", "quá thời hạn" are read as "quá hạn".
const LATE_SAME = new RegExp(String.raw`${edgeAlt(LATE_WORDS.filter((w) => w.includes(' ')))}(?![\p{L}])`, 'giu');
// Every claim is read against every later count, so the same heads and claim words are split again and again: answers
// kept (as canonicalLabel keeps its own), a copy handed out.
const SYLLABLES = memoMap<string, string[]>();
function syllables(s: string): string[] {
  if (s.length > MEMO_KEY_MAX) return syllablesOnce(s);
  return remembered(SYLLABLES, s, syllablesOnce).slice();
}
function syllablesOnce(s: string): string[] {
  return canonicalLabel(s).replace(LATE_SAME, 'quá hạn').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Every "100% <noun> <state>" claim of a document that a later "còn N <noun> … chưa/không <state>" contradicts. */
/** The report's period and the dates each block states (by block index), to place a count said before its claim. */
export interface PeriodContext { period: { start: string; end: string } | null; dates: readonly (readonly DateMention[])[] }
/** The section tree and the innermost section of each block, to read the subject a section scopes a claim of none to. */
export interface SectionContext { sections: readonly Section[]; blockSection: readonly (number | null)[] }

export function readCounteredClaims(source: Source, figures: readonly Figure[], when?: PeriodContext, tree?: SectionContext): CounteredClaim[] {
  const claims = figures.filter((p) => (p.kind === 'percent' ? p.value === 100 : allFraction(p) || universalCount(source, p) !== null) && source.blocks[p.block].kind !== 'row');
  const later = claims.length === 0 ? [] : figures.filter((g) => g.kind === 'count' && g.value > 0 && g.cell === null && source.blocks[g.block].kind !== 'row');
  const counts = later.filter((g) => leftCount(source, g));
  const out: CounteredClaim[] = [];
  for (const p of claims) {
    const claim = claimPhrase(source, p);
    if (!claim) continue;
    // A count left out in the fraction's own paragraph is the "full" reading's ("toàn bộ 196/196 cơ sở, còn 08 …").
    const own = (g: Figure) => g.span.start > p.span.end && (p.kind !== 'fraction' || g.block !== p.block);
    // The first later count, among `pool`, whose state `stateOf` reads against the claim: one claim, one count.
    const first = (pool: readonly Figure[], stateOf: (g: Figure) => string | null, near: (g: Figure) => boolean = () => true, anywhere = false): boolean => {
      for (const g of pool) {
        if (!near(g) || (!anywhere && !own(g))) continue;
        const state = stateOf(g);
        if (state === null) continue;
        const block = source.blocks[p.block];
        out.push({ said: { block: p.block, from: p.span.start - block.span.start, to: p.span.end - block.span.start }, absent: false, count: g, thing: claim.text, state });
        return true;
      }
      return false;
    };
    // "Tất cả 28 cán bộ … đã được cấp …": a count named all, held only against a later "còn N … chưa/không <state>".
    const universal = p.kind === 'count' ? universalCount(source, p) : null;
    if (universal !== null) {
      const block = source.blocks[p.block];
      const read = (c: Figure) => counteredState(source, c, claim) ?? pendingState(source, c, claim);
      const g = counts.find((c) => own(c) && read(c) !== null);
      const to = p.span.end - block.span.start;
      if (g) out.push({ said: { block: p.block, from: universal.from, to }, absent: false, count: g, thing: claim.text, state: read(g)!, universal: block.text.slice(universal.from, to) });
      continue;
    }
    if (first(counts, (g) => counteredState(source, g, claim))) continue;
    // "đã trả lời 61 văn bản, còn 03 văn bản đang phối hợp xác minh. Như vậy, … đã trả lời đầy đủ 100% văn bản …": a percent
    // claim of all closed (its closing verb before or after it, no on-time words), against a count left still in hand before
    // it in its own paragraph, of its noun with no words the claim lacks.
    if (p.kind === 'percent' && !ON_TIME.test(claim.text) && !ON_TIME.test(leadClause(source, p))) {
      const lead = leadWords(source, p);
      const before = counts.filter((g) => g.block === p.block && g.span.end < p.span.start);
      if (first(before, (g) => pendingState(source, g, claim, lead, true), () => true, true)) continue;
      // "Đã giải quyết 47 đơn thuộc thẩm quyền, còn 03 đơn đang xác minh." and, in a later section, "100% đơn thư thuộc thẩm
      // quyền đã được giải quyết dứt điểm": a count still in hand in an earlier paragraph, whose own sentence names before it
      // the claim's noun phrase and its closing verb.
      const earlier = counts.filter((g) => g.block < p.block && !otherYear(source, g, when) && namesClaimBefore(source, g, claim));
      if (first(earlier, (g) => pendingState(source, g, claim, lead, true), () => true, true)) continue;
    }
    // The on-time state after the claim's noun, or before its figure ("hoàn thành … đúng thời gian tại 100% địa bàn").
    // "100% hồ sơ … giải quyết đúng hạn" and a later "03 hồ sơ giải quyết trễ hạn" of the claim's noun, close after it
    // (a count of what is left, "còn 02 …", anywhere after it).
    if (ON_TIME.test(claim.text) || ON_TIME.test(leadClause(source, p))) {
      const lead = leadWords(source, p);
      if (first(later, (g) => lateState(source, g, claim, lead), (g) => g.block <= p.block + LATE_REACH || leftCount(source, g))) continue;
      // Before the claim, anywhere: a late count in a paragraph that names the claim's whole noun phrase before it ("tiếp nhận
      // 312 hồ sơ đăng ký hộ kinh doanh …, 06 hồ sơ trễ hạn" / later "100% hồ sơ đăng ký hộ kinh doanh được giải quyết đúng hạn").
      const phrase = nounPhrase(claim);
      const earlier = (g: Figure) => g.span.end < p.span.start && phrase.length >= MIN_NAMED_PHRASE && !otherYear(source, g, when) && namesBefore(source, g, phrase);
      if (first(later, (g) => lateState(source, g, claim, lead), earlier, true)) continue;
    }
    // "100% dự án … sử dụng vốn đúng mục đích" and a later "04 dự án … sử dụng vốn sai mục đích": the same noun phrase with
    // only a word of an opposite pair swapped (lexicon OPPOSITE_STATES).
    first(later, (g) => oppositeState(source, g, claim));
  }
  const absent = readAbsenceClaims(source, figures, when, tree);
  out.push(...absent);
  for (const c of readExistenceClaims(source, figures, when, tree)) {
    if (!absent.some((a) => a.said.block === c.said.block && a.said.from < c.said.to && c.said.from < a.said.to)) out.push(c);
  }
  return out;
}

const EXIST = alt(EXISTENCE_VERBS);
const SCOPE = alt(NONE_SCOPE_WORDS);
const NOUN = String.raw`(\p{L}[^\d,;:.!?()]{1,60}?)`;
// The claim's tail after its noun: nothing, "nào", a scope ("trên địa bàn xã"), or "nào" and a scope, to its clause end.
const TAIL = String.raw`(?:\s+(?:${alt(ANY_WORDS)}))?(?:\s+(?:${SCOPE})(?![\p{L}])[^\d;:.!?()]*?)?\s*(?=[,;:.!?(]|$)`;
// "không (để) xảy ra <noun> (nào) (<scope>)", "không có <noun> nào xảy ra (<scope>)".
const EXISTENCE = new RegExp(String.raw`(?<![\p{L}])(?:không(?:\s+(?:${alt(NONE_LET_WORDS)}))?\s+(?:${EXIST})\s+${NOUN}${TAIL}|không có\s+${NOUN}\s+(?:${alt(ANY_WORDS)})\s+(?:${EXIST})(?:\s+(?:${SCOPE})(?![\p{L}])[^\d;:.!?()]*?)?\s*(?=[,;:.!?(]|$))`, 'giu');
const SCOPE_AT = new RegExp(String.raw`(?<![\p{L}])(?:${SCOPE}|${alt(ANY_WORDS)})(?![\p{L}])`, 'iu');
const EARLIER = wordsRe(EARLIER_PERIOD_WORDS);
const MIN_EXISTING_NOUN = 2;

/**
 * "không để xảy ra cháy rừng", "không có ổ dịch nào xảy ra trên địa bàn xã", "không xảy ra tai biến đối với người hiến
 * máu": a claim that the noun did not happen at all (its words after the noun only a scope), and a later count of that
 * noun ("02 vụ cháy rừng", "01 ổ dịch tả lợn châu Phi", "02 trường hợp tai biến nhẹ"; an incident noun before it aside).
 * Two syllables of noun at least. Not read: a claim under a plan, hedge or earlier period, or of one named place; a count
 * under a negation, plan, hedge or change ("giảm 03 vụ"), in a sentence of an earlier period or a year outside the report's
 * period; a claim of part of the period ("quý IV", "9 tháng đầu năm") against a count not dated to a day of the period.
 */
function readExistenceClaims(source: Source, figures: readonly Figure[], when?: PeriodContext, tree?: SectionContext): CounteredClaim[] {
  const counts = figures.filter((g) => g.kind === 'count' && g.value > 0 && g.cell === null && source.blocks[g.block].kind !== 'row');
  const out: CounteredClaim[] = [];
  for (const block of source.blocks) {
    if (block.kind === 'row') continue;
    EXISTENCE.lastIndex = 0;
    for (let m = EXISTENCE.exec(block.text); m; m = EXISTENCE.exec(block.text)) {
      const raw = (m[1] ?? m[2]).trim();
      const statement = block.text.slice(0, m.index).split(/[;.!?]\s/u).pop() ?? '';
      if (BLOCKED_CLAIM.test(statement) || HEDGED_NONE.test(statement) || NAMED_PLACE.test(statement) || partialSubject(statement) || NEGATED.test(raw)) continue;
      const cut = SCOPE_AT.exec(raw);
      const noun = syllables(cut ? raw.slice(0, cut.index) : raw);
      const bare = noun.slice(incidentLength(noun));
      if (bare.length < MIN_EXISTING_NOUN) continue;
      const end = block.span.start + m.index + m[0].length;
      // A claim of another year than the report's ("năm 2027 không để xảy ra …" in its plan) is not read.
      const period = when?.period;
      if ((statement.match(YEAR) ?? []).some((y) => !period || Number(y) < Number(period.start.slice(0, 4)) || Number(y) > Number(period.end.slice(0, 4)))) continue;
      // A claim of part of the period is read over the part the dates stage reads ("9 tháng đầu năm 2026", "quý IV/2025"),
      // against a count dated to a day of it.
      const range = PART_OF_PERIOD.test(statement) ? partOfPeriod(block.index, m.index - statement.length, m.index, when) : undefined;
      if (range === null) continue;
      const part = range !== undefined;
      const scope = range && when ? { ...when, period: range } : when;
      const at = block.span.start + m.index;
      // A count after the claim; or before it in a sentence anchored in the report's period (its year or a day of it).
      // The count's own reading first, the sibling sections' subjects only for a count that reads (both pure: same answer, and
      // the section walk is spared for every count that was never a match).
      const read = (x: Figure) => {
        const said = x.span.start > end ? existingCount(source, x, noun, bare, part, false, scope) : x.span.start < at ? existingCount(source, x, noun, bare, part, true, scope) : null;
        return said === null || siblingSubject(source, tree, block.index, x, noun) ? null : said;
      };
      const g = counts.find((x) => read(x) !== null);
      if (!g) continue;
      const state = read(g)!;
      out.push({ said: { block: block.index, from: m.index, to: m.index + m[0].length }, absent: true, count: g, thing: raw, state });
    }
  }
  return out;
}

// A part of the period named by its number ("quý IV", "tháng 5", "9 tháng đầu năm"), not "các đợt hiến máu".
const SUBS = alt(SUB_PERIOD_WORDS);
const PART_OF_PERIOD = new RegExp(String.raw`(?<![\p{L}])(?:(?:${SUBS})\s+(?:\d|[IVX]+(?![\p{L}]))|\d+\s+(?:${SUBS})(?![\p{L}]))`, 'iu');
// The part of the report's period a claim's statement [from, to) of block `block` names ("9 tháng đầu năm 2026", "quý IV/2025"),
// read by the dates stage, when it lies in the report's period; null when none does.
function partOfPeriod(block: number, from: number, to: number, when?: PeriodContext): { start: string; end: string } | null {
  const period = when?.period;
  if (!period) return null;
  const d = (when.dates[block] ?? []).find((x) => x.from >= from && x.to <= to && x.granularity !== 'day' && x.granularity !== 'year');
  return d && d.start >= period.start && d.end <= period.end ? { start: d.start, end: d.end } : null;
}

const CHANGE_BEFORE = new RegExp(String.raw`${edgeAlt(COUNT_CHANGE_LEADS)}\s*$`, 'iu');

// The words of a count of the claimed noun (an incident noun opening it aside when the claim's has none), told back.
function existingCount(source: Source, g: Figure, noun: readonly string[], bare: readonly string[], part: boolean, earlier: boolean, when?: PeriodContext): string | null {
  const clause = countClause(source, g);
  if (!clause || CHANGE_BEFORE.test(clause.before)) return null;
  const theirs = syllables(clause.after);
  const lead = noun.length === bare.length ? incidentLength(theirs) : 0;
  if (!noun.every((w, k) => theirs[lead + k] === w)) return null;
  // The count's sentence, brackets aside: no earlier period, no year outside the report's period.
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const head = block.text.slice(0, local);
  const from = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1;
  const tail = block.text.slice(local).search(/[;!?]|\.(?:\s|$)/u);
  const sentence = block.text.slice(from, tail < 0 ? block.text.length : local + tail).replace(/\([^()]*\)/gu, ' ');
  if (EARLIER.test(sentence)) return null;
  const period = when?.period;
  const first = period ? Number(period.start.slice(0, 4)) : Infinity;
  const last = period ? Number(period.end.slice(0, 4)) : -Infinity;
  const years = sentence.match(YEAR) ?? [];
  if (years.some((y) => Number(y) < first || Number(y) > last)) return null;
  const dated = when !== undefined && datedInPeriod(source, g, when);
  if (part && !dated) return null;
  if (earlier && !(dated || years.length > 0)) return null;
  return `${g.raw} ${clause.after.trim()}`.replace(/\s+/gu, ' ');
}

// The claim of none ends at its clause end, or at its "nào" before a comma ("không xảy ra vụ cháy nào, không có …").
const NONE = new RegExp(String.raw`${edgeAlt(NONE_WORDS)}\s+(\p{L}[^\d;:.!?()]{2,120}?)(?:\s*(?=[;:.!?(]|$)|(?<=${edgeAlt(ANY_WORDS)})(?=\s*,))`, 'giu');
const INCIDENTS = INCIDENT_NOUNS.map((w) => canonicalLabel(w).split(' ')).sort((a, b) => b.length - a.length);
const CAUSE = new RegExp(String.raw`${edgeAlt(CAUSE_WORDS)}(?![\p{L}])`, 'iu');
const MIN_WHOLE_STATE = 2;
const ANY = new Set(ANY_WORDS.flatMap((w) => canonicalLabel(w).split(' ')));
const HEDGED_NONE = new RegExp(String.raw`${edgeAlt(NONE_HEDGE_TAILS)}\s*$`, 'iu');
const MIN_SHARED = 3;
const DETECTION_NONE = new RegExp(String.raw`^${edgeAlt(DETECTION_NONE_WORDS)}`, 'iu');
const SAYS_ANY = new RegExp(String.raw`${edgeAlt(ANY_WORDS)}(?![\p{L}])`, 'iu');
const NEGATED_STATE = new RegExp(String.raw`${edgeAlt(NEGATED_STATE_WORDS)}(?![\p{L}])`, 'giu');

/**
 * "không có trường hợp lấn chiếm vỉa hè …" and later "xử lý 04 trường hợp lấn chiếm vỉa hè …": a claim of none
 * ("không có", "không xảy ra … nào") and a later count of the same noun (any noun of an incident for another) that
 * says the claim's state (see sharedState).
 */
function readAbsenceClaims(source: Source, figures: readonly Figure[], when?: PeriodContext, tree?: SectionContext): CounteredClaim[] {
  const counts = figures.filter((g) => g.kind === 'count' && g.value > 0 && g.cell === null && source.blocks[g.block].kind !== 'row');
  // Amounts too, for a deed said right before its amount ("hoạt động thua lỗ 72 triệu đồng", deedBefore).
  const said = figures.filter((g) => (g.kind === 'count' || g.kind === 'money') && g.value > 0 && g.cell === null && source.blocks[g.block].kind !== 'row');
  const out: CounteredClaim[] = [];
  for (const block of source.blocks) {
    if (block.kind === 'row') continue;
    NONE.lastIndex = 0;
    for (let m = NONE.exec(block.text); m; m = NONE.exec(block.text)) {
      const statement = block.text.slice(0, m.index).split(/[;.!?]\s/u).pop() ?? '';
      if (BLOCKED_CLAIM.test(statement) || HEDGED_NONE.test(statement) || partialSubject(statement) || NEGATED.test(m[1].replace(NEGATED_STATE, ' '))) continue;
            if (DETECTION_NONE.test(m[0]) && !SAYS_ANY.test(m[1])) continue;
      const words = syllables(m[1]).filter((w) => !ANY.has(w));
      // The claim to its first comma, for the readings that need every word of its state ("… về giá bồi thường, hỗ trợ").
      const first = syllables(m[1].split(',')[0]).filter((w) => !ANY.has(w));
      const at = block.span.start + m.index;
      const end = at + m[0].length;
      const whole = wholePeriod(statement, when);
      // A claim of one named place ("Phường Kỳ Phương không có …") is matched word for word only, never in any order.
      const loose = !NAMED_PLACE.test(statement);
      // Where the count stands, then its state, then (only for a count that matches) the sibling sections' subjects: all pure,
      // so the order changes nothing found, only what is asked of counts that never match.
      const placed = (x: Figure) => x.span.start > end || (whole && x.span.start < at && datedInPeriod(source, x, when!));
      const ownSubject = (x: Figure) => !siblingSubject(source, tree, block.index, x, words);
      const g = counts.find((x) => placed(x) && stateOf(source, x, words, loose, first) !== null && ownSubject(x));
      if (g) {
        out.push({ said: { block: block.index, from: m.index, to: m.index + m[0].length }, absent: true, count: g, thing: m[1].trim(), state: stateOf(source, g, words, loose, first)! });
        continue;
      }
      // A claim of one named place is matched word for word only (above), never by a deed said of another subject.
      const deed = loose ? said.find((x) => placed(x) && deedBefore(source, x, m[1], when) !== null && ownSubject(x)) : undefined;
      if (deed) out.push({ said: { block: block.index, from: m.index, to: m.index + m[0].length }, absent: true, count: deed, thing: m[1].trim(), state: deedBefore(source, deed, m[1], when)! });
    }
  }
  return out;
}

/**
 * A claim of none under one of several parallel sections ("2.2. Giáo dục tiểu học" beside "2.3. Giáo dục trung học cơ
 * sở": sibling headings opening with the same word) speaks of its own section's subject only: a count whose words, beyond
 * the claim's, name a sibling's subject and not its own ("01 học sinh THCS bỏ học", an initialism spelled out against the
 * sibling's heading) counts another subject and contradicts nothing.
 */
function siblingSubject(source: Source, tree: SectionContext | undefined, claimBlock: number, g: Figure, claimWords: readonly string[]): boolean {
  if (tree === undefined) return false;
  // A count among the tasks of a plan section ("NHIỆM VỤ TRỌNG TÂM …": "Vận động 01 học sinh bỏ học trở lại lớp") says what
  // is to be done, not what the claim's period saw: read against a claim of none outside such a section, it says nothing.
  if (inPlanSection(tree, g.block) && !inPlanSection(tree, claimBlock)) return true;
  const subjects = siblingSubjects(tree, claimBlock);
  if (subjects === null) return false;
  // The count's clause after its figure, its words the claim has aside.
  const block = source.blocks[g.block];
  const after = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200).replace(/\([^()]*\)/gu, ' ').split(/[,;:.!?]/u)[0];
  const said = new Set(claimWords);
  const extra = syllables(after).filter((w) => !said.has(w) && !/^\d/u.test(w));
  const { ownTitle, others } = subjects;
  return others.some((subject) => extra.some((w) => {
    const named = spellInitials([w], subject);
    return indexOfRun(subject, named) >= 0 && indexOfRun(ownTitle, named) < 0 && (named.length > 1 || !ownTitle.includes(w));
  }));
}

// The heading words of a claim's section and the subjects of its parallel siblings (each sibling's heading after the
// words it shares with the claim's), read once per section: every count a claim is held against asks again.
const SIBLING_SUBJECTS = new WeakMap<SectionContext, Map<number, { ownTitle: string[]; others: string[][] } | null>>();
function siblingSubjects(tree: SectionContext, claimBlock: number): { ownTitle: string[]; others: string[][] } | null {
  const at = tree.blockSection[claimBlock];
  if (at === null || at === undefined) return null;
  let bySection = SIBLING_SUBJECTS.get(tree);
  if (bySection === undefined) SIBLING_SUBJECTS.set(tree, (bySection = new Map()));
  if (bySection.has(at)) return bySection.get(at)!;
  const own = tree.sections[at];
  const ownTitle = syllables(own.title);
  let found: { ownTitle: string[]; others: string[][] } | null = null;
  if (ownTitle.length > 0) {
    const others = tree.sections.filter((x) => x.parent === own.parent && x.index !== own.index).map((x) => syllables(x.title)).filter((t) => t[0] === ownTitle[0]).map((title) => {
      let k = 0;
      while (k < title.length && k < ownTitle.length && title[k] === ownTitle[k]) k++;
      return title.slice(k);
    });
    if (others.length > 0) found = { ownTitle, others };
  }
  bySection.set(at, found);
  return found;
}

function inPlanSection(tree: SectionContext, block: number): boolean {
  for (let s = tree.blockSection[block] ?? null; s !== null; s = tree.sections[s].parent) if (planSectionTitle(tree.sections[s].title.trim())) return true;
  return false;
}

const SUB_PERIOD = wordsRe(SUB_PERIOD_WORDS);
const NAMED_PLACE = new RegExp(String.raw`(?<![\p{L}])(?:${altInitialCase(UNIT_LEVEL_WORDS)})\s+\p{Lu}`, 'u');
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

// A claim of none over the report's whole period: its statement names no part of it ("quý IV", "tháng 5") and no
// number but a year of the period ("Trong năm 2024, …"), and the period is known.
function wholePeriod(statement: string, when?: PeriodContext): boolean {
  const period = when?.period;
  if (!period) return false;
  if (SUB_PERIOD.test(statement)) return false;
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  const rest = statement.replace(YEAR, (y) => (Number(y) >= first && Number(y) <= last ? ' ' : y));
  return !/\d/u.test(rest);
}

// A count said before the claim in a statement dated to one day of the report's period ("Ngày 14/6/2024, … xảy ra
// 01 vụ …", "… 01 trường hợp phản vệ (tại xã X ngày 12/3/2024)"): an event of the period the later claim of none forgot.
function datedInPeriod(source: Source, g: Figure, when: PeriodContext): boolean {
  const { period, dates } = when;
  if (!period) return false;
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const head = block.text.slice(0, local);
  const from = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1;
  // The day may date the count from before it or from its own sentence after it ("01 trường hợp phản vệ (… ngày 12/3)").
  const tail = block.text.slice(local).search(/[;!?]|\.(?:\s|$)/u);
  const to = tail < 0 ? block.text.length : local + tail;
  return (dates[g.block] ?? []).some((d) => d.from >= from && d.to <= to && d.granularity === 'day' && d.start >= period.start && d.end <= period.end);
}

// The syllables of the incident noun ("vụ", "trường hợp") that opens `words`, 0 when none does.
function incidentLength(words: readonly string[]): number {
  return INCIDENTS.find((n) => n.every((w, k) => words[k] === w))?.length ?? 0;
}

/** The count's side of matchedState: its words and head noun, the same whatever claim it is read against. */
interface CountSide { block: Source['blocks'][number]; local: number; rest: string; clause: string; words: readonly string[]; noun: readonly string[] }

// Every claim of none is read against every later count (claims × counts): each count's side is read once, kept per figure.
const COUNT_SIDES = new WeakMap<Figure, CountSide | null>();
function countSide(source: Source, g: Figure): CountSide | null {
  let side = COUNT_SIDES.get(g);
  if (side === undefined) COUNT_SIDES.set(g, (side = readCountSide(source, g)));
  return side;
}

function readCountSide(source: Source, g: Figure): CountSide | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local).split(/[;.!?]\s/u).pop() ?? '';
  if (BLOCKED_COUNT.test(before) || NEGATED.test(before) || HEDGED.test(before)) return null;
  // The count's words, its spelled-out bracket ("07 (bảy) hồ sơ") aside.
  const rest = block.text.slice(local, local + 200).replace(/^(\S+)\s*\([^()]*\)/u, '$1');
  const clause = rest.split(/[,;:.!?()]/u)[0];
  return { block, local, rest, clause, words: syllables(clause).filter((w) => !/^\d/u.test(w)), noun: syllables(head) };
}

/**
 * The words of a count of the claim's noun that say the claim's state: its next MIN_SHARED syllables at least are the
 * claim's words after its noun, in order, the two not parting where they stop (see parted); or the claim's whole state
 * (MIN_WHOLE_STATE syllables at least, link words aside) is said of the count in its own statement, in any order ("vụ việc
 * xâm hại trẻ em" / "02 vụ việc trẻ em bị xâm hại"), before any negation, cause or second count. Nouns of one incident
 * ("vụ", "trường hợp") are one noun.
 */
function matchedState(source: Source, g: Figure, claimWords: string[], loose: boolean): string | null {
  const side = countSide(source, g);
  if (side === null) return null;
  const { block, local, rest, clause, words, noun } = side;
  let own: string[];
  let nounLength: number;
  // "không có trường hợp người bệnh … gây rối" against "01 người bệnh … gây rối trật tự": cases of the count's own noun.
  let cases = false;
  if (noun.every((w, k) => claimWords[k] === w) && noun.every((w, k) => words[k] === w)) {
    own = claimWords.slice(noun.length);
    nounLength = noun.length;
  } else {
    const claimNoun = incidentLength(claimWords);
    nounLength = incidentLength(words);
    if (claimNoun > 0 && nounLength === 0 && noun.every((w, k) => claimWords[claimNoun + k] === w && words[k] === w)) {
      own = claimWords.slice(claimNoun + noun.length);
      nounLength = noun.length;
      cases = true;
    } else {
      // "không phát hiện trường hợp nào xả nước thải chưa qua xử lý …" against "lập biên bản 02 trại chăn nuôi heo xả nước thải
      // chưa qua xử lý …": the cases' deed, word for word, said of the counted doers right after their noun and its description.
      // Cases ("trường hợp") only: a "vụ" is one event ("vụ ngộ độc thực phẩm"), not each person it touched.
      if (claimNoun > 0 && nounLength === 0) return CASES.some((c) => c.length === claimNoun && c.every((w, k) => claimWords[k] === w)) && doersDeed(words, noun, claimWords.slice(claimNoun)) ? clause.trim() : null;
      if (claimNoun === 0 || nounLength === 0) return null;
      own = claimWords.slice(claimNoun);
    }
  }
  const theirs = words.slice(nounLength);
  let k = 0;
  while (k < own.length && k < theirs.length && own[k] === theirs[k]) k++;
  // Cases of a noun share its describing words ("người bệnh tâm thần") with any count of it: what the claim says they did
  // ("gây rối") must be said in the count's sentence too. Else a shared head that parts ("trẻ em bị đuối nước" / "trẻ em bị
  // tai nạn thương tích") names two things: only the whole state, in any order, can still match (below).
  if (k >= MIN_SHARED && (cases || !parted(own, theirs, k))) return !cases || deedSaid(own.slice(k), block.text.slice(local, local + 200)) ? clause.trim() : null;
  if (cases) return null;
  const state = own.filter((w) => !LINKS.has(w));
  if (!loose || state.length < MIN_WHOLE_STATE) return null;
  // The count's statement, to its end, a cause, a negation or another number ("14 hồ sơ … và 121 hồ sơ …").
  const own0 = /^\S+\s*/u.exec(rest)?.[0].length ?? 0;
  let said = rest.slice(0, own0) + rest.slice(own0).split(/[;:.!?]|\d/u)[0];
  for (const stop of [CAUSE, NEGATION]) {
    const m = stop.exec(said);
    if (m) said = said.slice(0, m.index);
  }
  // A state said of an earlier period or a plan ("… thiếu đói từ năm trước") is no count of the claim's period.
  if (BLOCKED_COUNT.test(said)) return null;
  const saidWords = syllables(said.replace(/\([^()]*\)/gu, ' ')).filter((w) => !/^\d/u.test(w));
  const have = new Set(saidWords.slice(nounLength));
  return state.every((w) => have.has(w)) ? said.trim() : null;
}

// Words that open what is said around a thing, not the thing: its scope or place ("trên địa bàn", "tại thôn Bắc"), time,
// cause, purpose ("để họp chợ"), its happening ("xảy ra") or a link word.
const ASIDES = [...NONE_SCOPE_WORDS, ...NAMED_MEMBER_WORDS, ...TIME_PHRASE_LEADS, ...CAUSE_WORDS, ...PURPOSE_WORDS, ...EXISTENCE_VERBS].map((w) => canonicalLabel(w).split(' '));
const substantive = (words: readonly string[], at: number) => !LINKS.has(words[at]) && !ASIDES.some((a) => a.every((w, i) => words[at + i] === w));

/**
 * Two runs of words alike up to `at` part there: both go on, each with a word of its own thing ("đuối nước" / "tai nạn"), not
 * with a scope, place, time, cause, purpose or link; the thing one names is not the other's. A run that ends there (a count of "nuôi chó"
 * for a claim of "nuôi chó thả rông") or goes on around its thing ("cháy rừng phòng hộ tại thôn Bắc") parts nothing.
 */
function parted(a: readonly string[], b: readonly string[], at: number): boolean {
  return at < a.length && at < b.length && substantive(a, at) && substantive(b, at);
}

const MIN_DOERS_DEED = 4;
/**
 * The count's words open with its noun, and within MAX_DESCRIPTION syllables after it the claim's deed runs on, its first
 * MIN_DOERS_DEED syllables at least in a row from its first: the counted doers did what the claim says no case did.
 */
function doersDeed(words: readonly string[], noun: readonly string[], deed: readonly string[]): boolean {
  if (deed.length < MIN_DOERS_DEED || noun.length === 0 || !noun.every((w, k) => words[k] === w)) return false;
  for (let i = noun.length; i <= noun.length + MAX_DESCRIPTION && i < words.length; i++) {
    let k = 0;
    while (k < deed.length && i + k < words.length && deed[k] === words[i + k]) k++;
    if (k >= MIN_DOERS_DEED) return true;
  }
  return false;
}

// The first MIN_STATE syllables of what a claim of no cases says they did ("gây rối" of "gây rối, gây nguy hiểm …"), link
// words aside, in a row in the count's sentence; nothing left to say is said.
function deedSaid(rest: readonly string[], after: string): boolean {
  const deed = rest.filter((w) => !LINKS.has(w)).slice(0, MIN_STATE);
  if (deed.length === 0) return true;
  const sentence = syllables(after.replace(/\([^()]*\)/gu, ' ').split(/[;:!?]|\.(?:\s|$)/u)[0]);
  return indexOfRun(sentence, deed) >= 0;
}

// The state a count shares with the claim (matchedState), or, failing that, the claim's whole state repeated after an
// adverse marker in the count's sentence (adverseState).
function sharedState(source: Source, g: Figure, claimWords: string[], loose = true): string | null {
  const found = matchedState(source, g, claimWords, loose);
  if (found !== null) return found;
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const noun = syllables(head);
  if (!noun.every((w, k) => claimWords[k] === w)) return null;
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local).split(/[;.!?]\s/u).pop() ?? '';
  if (BLOCKED_COUNT.test(before) || NEGATED.test(before) || HEDGED.test(before)) return null;
  return adverseState(block.text.slice(local, local + 200), noun, claimWords.slice(noun.length));
}

const ADVERSE = new Set(ADVERSE_MARKERS.flatMap((w) => canonicalLabel(w).split(' ')));
const MAX_DESCRIPTION = 6;
/**
 * "… 07 (bảy) hồ sơ chứng thực, hộ tịch bị trễ hạn …" against "không có hồ sơ trễ hạn": in the count's sentence (brackets
 * aside), the claim's noun, at most six syllables describing it, an adverse marker, then the claim's whole state
 * (MIN_STATE syllables at least, its own adverse marker aside, its cause too: "không có hồ sơ nào bị trả lại do sai
 * thông tin" against "05 hồ sơ xin cấp phép xây dựng bị trả lại do sai thông tin"), word for word.
 */
function adverseState(rest: string, noun: string[], claimed: string[]): string | null {
  // The claim's own marker ("không có hồ sơ nào bị trả lại …") is the count's marker, not its state.
  const lead = claimed.findIndex((w) => !ADVERSE.has(w));
  const own = lead < 0 ? [] : claimed.slice(lead);
  if (own.length < MIN_STATE) return null;
  const sentence = rest.replace(/\([^()]*\)/gu, ' ').split(/[;:!?]|\.(?:\s|$)/u)[0];
  const words = syllables(sentence).filter((w) => !/^\d/u.test(w));
  if (!noun.every((w, k) => words[k] === w)) return null;
  const at = words.findIndex((w, i) => i >= noun.length && i <= noun.length + MAX_DESCRIPTION && ADVERSE.has(w));
  if (at < 0) return null;
  const state = words.slice(at + 1, at + 1 + own.length);
  return state.length === own.length && state.every((w, i) => w === own[i]) ? sentence.trim() : null;
}

/** A claim's words after its figure; `topic`: the words of the label its paragraph opens with, when the claim follows its colon. */
interface Phrase { text: string; words: string[]; topic?: string[] }

// The words after "100%" to its clause end, when the claim is a plain one: no hedge, plan, purpose or negation.
function claimPhrase(source: Source, p: Figure): Phrase | null {
  const block = source.blocks[p.block];
  const local = p.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local);
  const own = before.replace(/^[\s\S]*[;.!?]\s/u, '');
  if (BLOCKED_CLAIM.test(own) || HEDGED.test(own)) return null;
  const rest = block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 160);
  const end = rest.search(CLAUSE_END);
  // A breakdown after the claim ("11/11 cơ sở, trong đó 09 cơ sở đã được cấp …") tells of a part, not of all.
  const whole = end < 0 ? rest : rest.slice(0, end);
  // A negation after a comma opens another clause ("100% hồ sơ … đúng hạn, không có đơn thư khiếu nại"), not the claim's.
  const other = NEGATED_AFTER_COMMA.exec(whole);
  const clause = other ? whole.slice(0, other.index) : whole;
  const part = BREAKDOWN.exec(clause);
  const text = (part ? clause.slice(0, part.index) : clause).replace(/[\s,]+$/u, '').trim();
  if (text.length === 0 || NEGATED.test(text)) return null;
  // "Công tác tổ chức Đại hội thành viên thường niên: tất cả 14 hợp tác xã đã tổ chức Đại hội …": the label names the state too.
  const colon = before.lastIndexOf(':');
  const topic = local === before.length && colon > 0 && !/[;.!?]\s/u.test(before.slice(colon)) && !/[;.!?]\s/u.test(before.slice(0, colon))
    ? syllables(before.slice(0, colon)) : undefined;
  return { text, words: syllables(text), ...(topic ? { topic } : {}) };
}

// "còn 03 …": a count right after a "còn" word, in a statement of no earlier period or plan.
function leftCount(source: Source, g: Figure): boolean {
  const block = source.blocks[g.block];
  if (block.kind === 'row') return false;
  const before = block.text.slice(Math.max(0, g.span.start - block.span.start - 200), g.span.start - block.span.start);
  if (!STILL_LEFT.test(before)) return false;
  return !BLOCKED_COUNT.test(before.split(/[;.!?]\s/u).pop() ?? '');
}

// The state the count is said to lack, when its noun and its state are the claim's; else null.
function counteredState(source: Source, g: Figure, claim: Phrase): string | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const nounWords = syllables(head);
  const block = source.blocks[g.block];
  const after = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200).replace(/\([^()]*\)/gu, ' ');
  if (!listedNoun(nounWords, claim.text) && !casesOfClaimNoun(nounWords, syllables(after), claim.words)) return null;
  if (BLOCKED_COUNT.test(after.split(/[;.!?]/u)[0])) return null;
  const neg = NEGATION.exec(after);
  if (!neg || CLAUSE_END.test(after.slice(0, neg.index))) return null;
  // A comma before the negation only when it opens the negated state ("có nhà vệ sinh xuống cấp, chưa đạt chuẩn").
  const commas = after.slice(0, neg.index).match(/,/gu)?.length ?? 0;
  if (commas > 1 || (commas === 1 && !/,\s*$/u.test(after.slice(0, neg.index)))) return null;
  const tail = after.slice(neg.index + neg[0].length);
  // The state ends at its clause end or at its cause ("chưa được gửi thông báo do không xác định được địa chỉ").
  const stop = tail.search(/[,;:.!?()]/u);
  const clause = stop < 0 ? tail : tail.slice(0, stop);
  const cause = CAUSE.exec(clause);
  const stateText = (cause ? clause.slice(0, cause.index) : clause).trim();
  const have = new Set([...claim.words, ...(claim.topic ?? [])]);
  const state = stateWords(stateText);
  if (state.length < MIN_STATE || !state.every((w) => have.has(w))) return null;
  // The words between the count's noun and the negation are mostly the claim's (one foreign syllable at most).
  const lead = syllables(after.slice(0, neg.index));
  const between = (nounWords.every((w, k) => lead[k] === w) ? lead.slice(nounWords.length) : lead).filter((w) => !LINKS.has(w));
  const foreign = between.filter((w) => !have.has(w)).length;
  if (foreign > 1 && foreign * 2 > between.length) return null;
  return `${neg[0]} ${stateText}`;
}

const CLOSING = CLOSING_VERBS.map((w) => canonicalLabel(w).split(' '));
const PENDING = new RegExp(String.raw`${edgeAlt(PENDING_WORDS)}(?![\p{L}])`, 'iu');
const ON_TIME_OR_DUE = new RegExp(String.raw`${edgeAlt([...ON_TIME_WORDS, 'trong hạn', 'chưa đến hạn', 'đến hạn'])}(?![\p{L}])`, 'iu');
/** Syllables at most between a left count's noun and its pending word ("đơn phản ánh về người ứng cử đang …"). */
const MAX_PENDING_LEAD = 10;

/**
 * "Tất cả 05 đơn đã được giải quyết" and a later "còn 01 đơn phản ánh về người ứng cử đang được … tiếp tục xác minh": a claim
 * of all closed by a closing verb (lexicon CLOSING_VERBS), and a count of the claim's noun left (a "còn" count, see leftCount)
 * still in hand, a pending word (PENDING_WORDS) in its own clause after its noun, no negation before that word, the case not
 * said to be within its time ("trong hạn", "chưa đến hạn"), the claim's noun phrase (before its first link word) opening the
 * count's ("đơn khiếu nại" is not "đơn tố cáo"). The state told back from the pending word to its clause end.
 */
function pendingState(source: Source, g: Figure, claim: Phrase, verbs: readonly string[] = [], bare = false): string | null {
  if (!CLOSING.some((v) => indexOfRun(claim.words, v) >= 0 || indexOfRun(verbs, v) >= 0) || ON_TIME_OR_DUE.test(claim.text.replace(ON_TIME, ' '))) return null;
  // A claim of time of the cases closed ("Toàn bộ 40 hồ sơ đã giải quyết đều đúng hạn"): its closing verb names which ones.
  if (ON_TIME.test(claim.text.split(',')[0])) return null;
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const nounWords = syllables(head);
  if (!listedNoun(nounWords, claim.text)) return null;
  const block = source.blocks[g.block];
  const raw = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200);
  // Within its time in brackets too ("02 hồ sơ đang giải quyết (trong hạn)").
  if (ON_TIME_OR_DUE.test(raw.split(/[;.!?]/u)[0])) return null;
  const after = raw.replace(/\([^()]*\)/gu, ' ');
  const clause = after.split(/[,;:.!?]/u)[0];
  if (BLOCKED_COUNT.test(clause)) return null;
  const pending = PENDING.exec(clause);
  if (!pending || NEGATION.test(clause.slice(0, pending.index))) return null;
  const lead = syllables(clause.slice(0, pending.index));
  if (!nounWords.every((w, k) => lead[k] === w) || lead.length - nounWords.length > MAX_PENDING_LEAD) return null;
  // The claim's whole noun phrase (its words before its first link word) opens the count's: "đơn khiếu nại" is not "đơn tố cáo".
  const link = claim.words.findIndex((w) => LINKS.has(w));
  const phrase = link < 0 ? claim.words : claim.words.slice(0, link);
  if (!phrase.every((w, k) => lead[k] === w)) {
    // A count before a percent claim: its noun alone, or with words all the claim's ("văn bản" of "100% văn bản đề nghị …").
    if (!bare || lead.slice(nounWords.length).some((w) => !LINKS.has(w) && !claim.words.includes(w))) return null;
  }
  return clause.slice(pending.index).trim().replace(/\s+/gu, ' ');
}

const MAX_LISTED_NOUN = 3;
/**
 * The count's noun opens the claim's noun phrase, or one of the nouns the claim lists first ("cán bộ, công chức của xã đã
 * được …", "hộ nghèo và hộ cận nghèo …"): a member joined by a comma or "và" after short nouns only (MAX_LISTED_NOUN
 * syllables each, no link word such as "đã", "được").
 */
function listedNoun(noun: readonly string[], claimText: string): boolean {
  for (const segment of claimText.split(/\s*,\s*|\s+và\s+/u)) {
    const words = syllables(segment);
    if (noun.every((w, k) => words[k] === w)) return true;
    if (words.length === 0 || words.length > MAX_LISTED_NOUN || words.some((w) => LINKS.has(w))) return false;
  }
  return false;
}

const PERIOD_NOUNS = [...SUB_PERIOD_WORDS, 'năm', 'kỳ'];
// "trong tháng 4 và tháng 5/2025", "từ quý II", "tháng 4": a lead word and a period noun, or a period noun (not "kỳ": "định
// kỳ 6 tháng") and its number.
const TIME_PHRASE = new RegExp(String.raw`(?<![\p{L}])(?:(?:${alt(TIME_PHRASE_LEADS)})\s+(?:(?:${alt(TIME_PHRASE_PLURALS)})\s+)?(?:${alt(PERIOD_NOUNS)})|(?:${alt([...SUB_PERIOD_WORDS, 'năm'])})\s+(?:\d|[IVX]+(?![\p{L}])))(?![\p{L}])`, 'iu');
const LIGHT = LIGHT_VERBS.map((v) => canonicalLabel(v).split(' '));

// Text of a state before its closing time phrase ("họp định kỳ trong tháng 4" → "họp định kỳ"); all of it when none.
function beforeTime(text: string): string {
  const m = TIME_PHRASE.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}

// The words of a state (link words aside) before its time phrase, a light verb opening it dropped ("tổ chức họp định kỳ
// trong tháng 4" → "họp định kỳ") when MIN_STATE syllables stay.
function stateWords(text: string): string[] {
  const words = syllables(beforeTime(text)).filter((w) => !LINKS.has(w));
  const light = LIGHT.find((v) => v.every((w, k) => words[k] === w));
  return light && words.length - light.length >= MIN_STATE ? words.slice(light.length) : words;
}

const OPPOSITES = OPPOSITE_STATES.map((p) => ({ yes: p.yes.map((w) => canonicalLabel(w).split(' ')), no: p.no.map((w) => canonicalLabel(w).split(' ')) }));
const A_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, k) => b[k] === w);

/**
 * The state of a count of the claim's noun phrase said with only one word of an opposite pair swapped ("04 dự án vay vốn sử
 * dụng vốn sai mục đích" against "100% dự án vay vốn sử dụng vốn đúng mục đích"): its clause (brackets, link words and a
 * closing time phrase aside) is the claim's, word for word, the `yes` word at one place in the claim's words after its noun
 * made a `no` word, two syllables at least from it on. No plan, earlier period, negation, hedge or year stands before the count.
 */
function oppositeState(source: Source, g: Figure, claim: Phrase): string | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const nounWords = syllables(head);
  if (!nounWords.every((w, k) => claim.words[k] === w)) return null;
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local).split(/[;.!?]\s/u).pop() ?? '';
  if (BLOCKED_COUNT.test(before) || NEGATED.test(before) || HEDGED.test(before) || A_YEAR.test(before)) return null;
  const after = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200).replace(/\([^()]*\)/gu, ' ');
  const clause = after.split(/[,;:.!?]/u)[0];
  const theirs = syllables(beforeTime(clause)).filter((w) => !/^\d/u.test(w) && !LINKS.has(w));
  // The claim to its first comma, as the count's clause ("… đúng mục đích, phát huy hiệu quả").
  const ours = syllables(beforeTime(claim.text.split(',')[0])).filter((w) => !LINKS.has(w));
  for (const pair of OPPOSITES) {
    for (const yes of pair.yes) {
      for (let at = nounWords.length; at + yes.length <= ours.length; at++) {
        if (!same(ours.slice(at, at + yes.length), yes)) continue;
        if (!same(theirs.slice(0, at), ours.slice(0, at))) continue;
        const tail = ours.slice(at + yes.length);
        // The claim's state, the word and what follows it, MIN_STATE syllables at least ("hợp lệ", "đúng mục đích", not "đạt").
        if (yes.length + tail.length < MIN_STATE) continue;
        const no = pair.no.find((n) => same(theirs.slice(at, at + n.length), n) && same(theirs.slice(at + n.length), tail));
        if (!no) continue;
        // Told back from the swapped word on ("sai mục đích").
        const tokens = clause.trim().split(/\s+/u);
        let k = 0;
        let seen = 0;
        while (k < tokens.length && seen < at) {
          seen += syllables(tokens[k]).filter((w) => !LINKS.has(w)).length;
          k++;
        }
        return tokens.slice(k).join(' ');
      }
    }
  }
  return null;
}

const CASES = CASE_NOUNS.map((w) => canonicalLabel(w).split(' '));
const MIN_CASE_NOUN = 2;
/**
 * "07 trường hợp người cao tuổi đủ điều kiện …" against "100% người cao tuổi đủ điều kiện đều được …": the count's noun
 * counts cases, and the words after it open with the claim's whole noun phrase (its words before its first link word,
 * MIN_CASE_NOUN syllables at least).
 */
function casesOfClaimNoun(nounWords: readonly string[], after: readonly string[], claimWords: readonly string[]): boolean {
  if (!CASES.some((c) => c.length === nounWords.length && c.every((w, k) => nounWords[k] === w))) return false;
  if (!nounWords.every((w, k) => after[k] === w)) return false;
  const link = claimWords.findIndex((w) => LINKS.has(w));
  if (link < MIN_CASE_NOUN) return false;
  const next = after.slice(nounWords.length);
  return claimWords.slice(0, link).every((w, k) => next[k] === w);
}

const UNIVERSAL_BEFORE = new RegExp(String.raw`${edgeAlt(UNIVERSAL_WORDS)}(?:\s+(?:${alt(PLURAL_WORDS)}))?\s+$`, 'iu');
/**
 * A count named all by the word right before it ("Tất cả 28 cán bộ", "toàn bộ 14 thôn"): a claim of all as a "100%" is.
 * Where its universal words start in the block's text; else null.
 */
function universalCount(source: Source, p: Figure): { from: number } | null {
  if (p.kind !== 'count' || !(p.value > 1) || p.cell !== null) return null;
  const block = source.blocks[p.block];
  const local = p.span.start - block.span.start;
  const head = block.text.slice(Math.max(0, local - 24), local);
  const m = UNIVERSAL_BEFORE.exec(head);
  if (!m) return null;
  // Not under a negation of its own clause ("không phải tất cả 12 thôn …").
  const clause = block.text.slice(Math.max(0, local - 200), local).split(CLAUSE_END).pop() ?? '';
  if (NEGATED.test(clause.split(',').pop() ?? '')) return null;
  return { from: local - head.length + m.index };
}

// A fraction of all ("21/21 xã", "46/46 người"): a claim of all as a "100%" is.
function allFraction(p: Figure): boolean {
  return p.kind === 'fraction' && p.numerator !== null && p.numerator > 1 && p.numerator === p.denominator && p.percent === null;
}

const ON_TIME = new RegExp(String.raw`${edgeAlt(ON_TIME_WORDS)}(?![\p{L}])`, 'iu');
const LATE = new RegExp(String.raw`${edgeAlt(LATE_WORDS)}(?![\p{L}])`, 'iu');
/** Paragraphs after an on-time claim in which a count of late ones contradicts it. */
const LATE_REACH = 3;

/**
 * The clause of a count of the claim's noun said to be late ("03 (ba) hồ sơ giải quyết trễ hạn") against a claim of all
 * on time: the count's noun opens the claim's words, no negation, plan or earlier period stands before it, and the words
 * between its noun and the late word are the claim's (none foreign).
 */
function lateState(source: Source, g: Figure, claim: Phrase, verbs: readonly string[]): string | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const nounWords = syllables(head);
  if (!nounWords.every((w, k) => claim.words[k] === w)) return null;
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const before = block.text.slice(Math.max(0, local - 200), local).split(/[;.!?]\s/u).pop() ?? '';
  if (BLOCKED_COUNT.test(before) || NEGATED.test(before) || HEDGED.test(before)) return null;
  const after = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200).replace(/\([^()]*\)/gu, ' ');
  const clause = after.split(/[,;:.!?]/u)[0];
  const late = LATE.exec(clause);
  if (!late || NEGATION.test(clause.slice(0, late.index)) || CAUSE.test(clause.slice(0, late.index))) return null;
  // The names of the members counted ("thuộc Tổ 7 và Tổ 9") say which ones, not their state.
  const lead = syllables(clause.slice(0, late.index).replace(NAMED_MEMBERS, ' '));
  if (!nounWords.every((w, k) => lead[k] === w)) return null;
  const have = new Set([...claim.words, ...verbs]);
  const own = lead.slice(nounWords.length);
  if (own.some((w) => !LINKS.has(w) && !have.has(w)) && !(narrowerHandled(own, claim.words.slice(nounWords.length)) && !BLOCKED_COUNT.test(clause.slice(0, late.index)))) return null;
  // The count's whole unit ("công dân", its head "công") said, nothing but links after it before the late word.
  const unitWords = syllables(g.unit ?? head);
  const bare = unitWords.every((w, k) => lead[k] === w) && lead.slice(unitWords.length).every((w) => LINKS.has(w));
  if (bare && !lateDeedClaimed(clause.slice(late.index + late[0].length), late[0], have, claim.words.slice(nounWords.length))) return null;
  // Told back without the noun phrase it shares with the claim ("đơn kiến nghị trả lời quá hạn" → "trả lời quá hạn").
  const tokens = clause.slice(0, late.index + late[0].length).trim().split(/\s+/u);
  let k = 0;
  while (k < tokens.length - 1 && canonicalLabel(tokens[k]) === claim.words[k]) k++;
  return tokens.slice(k).join(' ');
}

// The words of a deed up to the place or members it names or its cause ("có mặt tại điểm giao quân": "có mặt").
const DEED_END = new RegExp(String.raw`${edgeAlt(NAMED_MEMBER_WORDS, CAUSE_WORDS)}(?![\p{L}])`, 'iu');
/**
 * A bare late word right after the count's noun, before a verb, says which deed was late ("02 công dân chậm có mặt tại điểm
 * giao quân", "03 hộ chậm nộp"; a deed told before it, "03 giấy phép cấp chậm", is read as the claim's words above):
 * the claim of all on time is contradicted only when that deed is the claim's (its words among the claim's or its lead's), or
 * a handling verb where the claim's state is one ("100% hồ sơ được giải quyết đúng hạn" / "còn 02 hồ sơ chậm trả kết quả").
 * "lệnh được phát đến 100% công dân đúng thời gian" says nothing of citizens late to arrive. A late word closing its clause
 * ("giải quyết trễ hạn") names no deed after it.
 */
function lateDeedClaimed(tail: string, word: string, have: ReadonlySet<string>, claimState: readonly string[]): boolean {
  if (/\s/u.test(word.trim()) || !/^\s+\p{L}/u.test(tail)) return true;
  const end = DEED_END.exec(tail);
  const deed = syllables(end ? tail.slice(0, end.index) : tail);
  if (deed.length === 0 || deed.every((w) => LINKS.has(w) || have.has(w))) return true;
  return handlingAt(deed, 0) === deed.length && narrowerHandled(deed, claimState);
}

const MIN_NAMED_PHRASE = 3;
// Petition nouns read as one ("đơn thư" as "đơn"), so a phrase of one names the other's.
const PETITION_FOLD = new RegExp(String.raw`${edgeAlt(PETITION_NOUNS.filter((w) => w !== PETITION_NOUNS[0]))}(?![\p{L}])`, 'giu');
const petitionSyllables = (s: string) => syllables(s.replace(PETITION_FOLD, PETITION_NOUNS[0]));
/**
 * The figure's sentence names, before it, the claim's noun phrase (three syllables at least, petition nouns alike) and the
 * closing verb the claim states ("Đã giải quyết 47 đơn thuộc thẩm quyền, còn" for "100% đơn thư thuộc thẩm quyền đã được giải
 * quyết").
 */
function namesClaimBefore(source: Source, g: Figure, claim: Phrase): boolean {
  const phrase = petitionSyllables(nounPhrase(claim).join(' '));
  if (phrase.length < MIN_NAMED_PHRASE) return false;
  const block = source.blocks[g.block];
  const head = block.text.slice(0, g.span.start - block.span.start);
  const sentence = petitionSyllables(head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1));
  const verb = CLOSING.find((v) => indexOfRun(claim.words, v) >= 0);
  return verb !== undefined && indexOfRun(sentence, phrase) >= 0 && indexOfRun(sentence, verb) >= 0;
}
// The claim's noun phrase: its words before the first link or on-time word ("hồ sơ đăng ký hộ kinh doanh" of "… được giải quyết đúng hạn").
function nounPhrase(claim: Phrase): string[] {
  const end = claim.words.findIndex((w) => LINKS.has(w));
  return end < 0 ? [] : claim.words.slice(0, end);
}
// The figure's paragraph names `phrase`, word for word, before it.
function namesBefore(source: Source, g: Figure, phrase: readonly string[]): boolean {
  const block = source.blocks[g.block];
  return indexOfRun(syllables(block.text.slice(0, g.span.start - block.span.start)), phrase) >= 0;
}

const HANDLING = HANDLING_VERBS.map((w) => canonicalLabel(w).split(' ')).sort((a, b) => b.length - a.length);
// The handling verb `words` open with (link words aside), its syllables, or 0 when none.
function handlingAt(words: readonly string[], from: number): number {
  return HANDLING.find((v) => v.every((w, k) => words[from + k] === w))?.length ?? 0;
}

/**
 * "100% hồ sơ được giải quyết đúng hạn" and "còn 02 hồ sơ cải chính hộ tịch trả kết quả trễ hạn": a claim of all of a bare
 * noun (link words, then a handling verb, right after it) covers every narrower kind of it, so a count of the noun with words
 * of its own (its kind) is one of them when the words close with a handling verb right before the late word: the office
 * was late, not the citizen ("hồ sơ nộp trễ hạn").
 */
function narrowerHandled(own: readonly string[], claimState: readonly string[]): boolean {
  let k = 0;
  while (k < claimState.length && LINKS.has(claimState[k])) k++;
  if (handlingAt(claimState, k) === 0) return false;
  let end = own.length;
  while (end > 0 && LINKS.has(own[end - 1])) end--;
  for (let at = 0; at < end; at++) {
    const length = handlingAt(own, at);
    if (length > 0 && at + length === end) return true;
  }
  return false;
}

// The claim's clause before its figure ("Ban đã trả lời" in "Ban đã trả lời 100% đơn …").
function leadClause(source: Source, p: Figure): string {
  const block = source.blocks[p.block];
  const local = p.span.start - block.span.start;
  return block.text.slice(Math.max(0, local - 200), local).split(CLAUSE_END).pop() ?? '';
}

// The words of the claim's clause before its figure ("đã trả lời" in "Ban đã trả lời 100% đơn …").
function leadWords(source: Source, p: Figure): string[] {
  return syllables(leadClause(source, p));
}

// "thuộc Tổ 7 và Tổ 9", "tại Khe Sanh, Hướng Hóa": a named-member word, then names (capitalised words or numbers).
const NAME = String.raw`(?:\p{Lu}\p{L}*|\d+)`;
const NAMED_MEMBERS = new RegExp(String.raw`${edgeAlt(NAMED_MEMBER_WORDS)}\s+${NAME}(?:(?:\s*,\s*|\s+và\s+|\s+)${NAME})*`, 'gu');

const DUTY = new Set(DUTY_WORDS.flatMap((w) => canonicalLabel(w).split(' ')));
const DEED_TIMES = DEED_TIME_NOUNS.map((w) => canonicalLabel(w).split(' '));
const MIN_DEED = 3;

/**
 * "không có trường hợp nào phải xử phạt vi phạm hành chính …" and a later "Công an xã đã ra quyết định xử phạt vi phạm hành
 * chính 02 trường hợp …"; "không có hợp tác xã nào hoạt động thua lỗ" and "HTX … hoạt động thua lỗ 72 triệu đồng"; "không có
 * trường hợp nào phải tổ chức cưỡng chế …" and "… tổ chức 01 cuộc cưỡng chế kê biên …": a claim of none, its noun before "nào"
 * and its deed after (link and duty words aside), against a figure its own clause says right after the deed's first words
 * (one syllable at least), the deed going on after the figure's noun when that noun counts times or incidents; MIN_DEED
 * syllables of the deed in all, in order. The figure counts the claim's noun, or both count incidents ("trường hợp", "vụ";
 * "cuộc", "lần" of a deed), or it is an amount whose clause names the claim's noun before the deed. No negation, plan, hedge
 * or earlier period before the figure in its statement (countClause), no cause in its clause; its clause told back.
 */
function deedBefore(source: Source, g: Figure, claimText: string, when?: PeriodContext): string | null {
  const claim = syllables(claimText);
  const any = claim.findIndex((w) => ANY.has(w));
  if (any < 1) return null;
  const noun = claim.slice(0, any);
  const deed = claim.slice(any + 1).filter((w) => !LINKS.has(w) && !DUTY.has(w));
  if (deed.length < MIN_DEED) return null;
  const clause = countClause(source, g);
  if (!clause || CAUSE.test(clause.before) || otherYear(source, g, when)) return null;
  const before = syllables(clause.before).filter((w) => !/^\d/u.test(w));
  const after = syllables(clause.after).filter((w) => !/^\d/u.test(w));
  // The deed's first k words close the clause before the figure.
  let k = Math.min(deed.length, before.length);
  while (k > 0 && !deed.slice(0, k).every((w, i) => before[before.length - k + i] === w)) k--;
  if (k === 0) return null;
  const incident = (words: readonly string[]) => incidentLength(words) > 0 && incidentLength(words) === words.length;
  const head = unitHead(g);
  let whose: boolean;
  let going = 0;
  if (g.kind === 'money') {
    // An amount: the claim's noun named in its clause before the deed ("HTX … hoạt động thua lỗ": its initials spelled out).
    whose = head === 'đồng' && indexOfRun(spellInitials(before.slice(0, before.length - k), noun), noun) >= 0;
  } else {
    if (head === null || head === '%') return null;
    const counted = syllables(head);
    const times = DEED_TIMES.find((t) => same(t, counted));
    whose = same(counted, noun) || (incident(noun) && (incident(counted) || times !== undefined));
    // "tổ chức 01 cuộc cưỡng chế": after the noun of times or incidents, the rest of the deed.
    if (whose && (times !== undefined || incident(counted)) && counted.every((w, i) => after[i] === w)) {
      while (k + going < deed.length && after[counted.length + going] === deed[k + going]) going++;
    }
    // A count of times names no deed of its own: the deed must go on after it.
    if (times !== undefined && going === 0) return null;
  }
  if (!whose || k + going < MIN_DEED) return null;
  return `${clause.before} ${g.raw}${clause.after}`.trim().replace(/\s+/gu, ' ');
}

// The state a later count shares with a claim of none: the same state (sharedState), a sanction of the claimed violation
// (sanctionState) or a petition of the claimed complaint (petitionState).
// The figure's sentence before it names a year outside the report's period ("Năm 2023, … xử phạt 02 trường hợp").
function otherYear(source: Source, g: Figure, when?: PeriodContext): boolean {
  const period = when?.period;
  if (!period) return false;
  const block = source.blocks[g.block];
  // Its sentence: a year opening it ("Năm 2023, … tiếp nhận …; có 05 …") holds over its clauses after a semicolon too.
  const statement = block.text.slice(0, g.span.start - block.span.start).split(/[!?]\s|\.\s/u).pop() ?? '';
  const [first, last] = [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  return (statement.match(YEAR) ?? []).some((y) => Number(y) < first || Number(y) > last);
}

function stateOf(source: Source, g: Figure, words: string[], loose: boolean, first: string[]): string | null {
  const found = sharedState(source, g, words, loose) ?? sanctionState(source, g, first) ?? petitionState(source, g, first);
  return found === null ? null : found.replace(/\s+/gu, ' ');
}

const seq = (list: readonly string[]) => list.map((w) => canonicalLabel(w).split(' '));
const VIOLATIONS = seq(VIOLATION_WORDS);
const SANCTION = new RegExp(String.raw`${edgeAlt(SANCTION_WORDS)}(?![\p{L}])`, 'iu');
const PETITIONS = seq(PETITION_NOUNS);
const COMPLAINTS = seq(COMPLAINT_VERBS);

// Where `part` stands in `words` from `from` on, -1 when nowhere.
function indexOfRun(words: readonly string[], part: readonly string[], from = 0): number {
  for (let i = from; i + part.length <= words.length; i++) if (part.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

// The count's clause before it (from its last comma or clause end) and after it (to the next), brackets aside, when no
// plan, earlier period, negation or hedge stands before it.
function countClause(source: Source, g: Figure): { before: string; after: string } | null {
  let clause = COUNT_CLAUSES.get(g);
  if (clause === undefined) COUNT_CLAUSES.set(g, (clause = readCountClause(source, g)));
  return clause;
}
// Read once per figure, as countSide.
const COUNT_CLAUSES = new WeakMap<Figure, { before: string; after: string } | null>();

function readCountClause(source: Source, g: Figure): { before: string; after: string } | null {
  const block = source.blocks[g.block];
  const local = g.span.start - block.span.start;
  const statement = block.text.slice(Math.max(0, local - 200), local).split(/[;.!?]\s/u).pop() ?? '';
  if (BLOCKED_COUNT.test(statement) || NEGATED.test(statement) || HEDGED.test(statement)) return null;
  const before = statement.split(/[,;:]/u).pop() ?? '';
  const after = block.text.slice(g.span.end - block.span.start, g.span.end - block.span.start + 200).replace(/\([^()]*\)/gu, ' ').split(/[,;:.!?]/u)[0];
  return { before, after };
}

/**
 * "không có chiến sĩ nào vi phạm kỷ luật" and a later "xử lý kỷ luật khiển trách 02 chiến sĩ …": the claim's noun, its
 * state a violation ("vi phạm …") whose other words (one at least) the count's clause says, a sanction word before the count.
 */
function sanctionState(source: Source, g: Figure, words: readonly string[]): string | null {
  const head = unitHead(g);
  if (head === null || head === '%' || head === 'đồng') return null;
  const head0 = syllables(head);
  if (!head0.every((w, k) => words[k] === w)) return null;
  // The claim's noun is its words before the violation ("chiến sĩ" of "chiến sĩ vi phạm kỷ luật"), the count's noun too.
  const found = VIOLATIONS.map((x) => [indexOfRun(words, x), x.length] as const).find(([at]) => at >= head0.length);
  if (!found) return null;
  const [at, length] = found;
  const noun = words.slice(0, at).filter((w) => !LINKS.has(w));
  const rest = words.slice(at + length).filter((w) => !LINKS.has(w));
  if (rest.length === 0) return null;
  const clause = countClause(source, g);
  if (!clause || indexOfRun(syllables(clause.after), noun) !== 0) return null;
  const sanction = SANCTION.exec(clause.before);
  if (!sanction || CAUSE.test(clause.before)) return null;
  const have = new Set(syllables(`${clause.before} ${clause.after}`));
  return rest.every((w) => have.has(w)) ? `${clause.before.slice(sanction.index).trim()} ${g.raw}${clause.after.trimEnd()}` : null;
}

/**
 * "không có hộ nào khiếu nại về giá bồi thường" and a later "03 đơn khiếu nại của các hộ dân … về đơn giá bồi thường":
 * a count of petitions ("đơn", "đơn thư") of the claim's complaint verb, its clause naming the claim's noun after the verb
 * and every other word of the claim's state.
 */
function petitionState(source: Source, g: Figure, words: readonly string[]): string | null {
  const head = unitHead(g);
  if (head === null) return null;
  const clause = countClause(source, g);
  if (!clause) return null;
  const theirs = syllables(clause.after);
  const petition = PETITIONS.filter((p) => indexOfRun(theirs, p) === 0).sort((a, b) => b.length - a.length)[0];
  if (!petition) return null;
  for (const verb of COMPLAINTS) {
    const at = indexOfRun(words, verb);
    // The claim: its noun (one syllable at least), then the verb.
    if (at < 1 || words.slice(0, at).some((w) => LINKS.has(w))) continue;
    if (indexOfRun(theirs, verb, petition.length) !== petition.length) continue;
    const noun = words.slice(0, at);
    if (indexOfRun(theirs, noun, petition.length + verb.length) < 0) continue;
    const have = new Set(theirs);
    const rest = words.slice(at + verb.length).filter((w) => !LINKS.has(w));
    if (rest.length === 0 || !rest.every((w) => have.has(w))) continue;
    return `${g.raw}${clause.after.trimEnd()}`;
  }
  return null;
}
