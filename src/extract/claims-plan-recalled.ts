/**
 * A plan's fulfilment claimed with no figure ("thu ngân sách 9 tháng đã vượt dự toán năm được giao", "chi đầu tư chưa đạt kế
 * hoạch") against the one rate of that plan the report states for the same subject elsewhere ("Thu ngân sách nhà nước trên
 * địa bàn 9 tháng đạt 18 697 triệu đồng, bằng 86,4% dự toán năm"). The rate is the subject's when the words of its statement
 * before its first figure hold every word of the claim's subject (two at least; numbers, period and function words aside),
 * its name opening with the subject's head (headedBy: "doanh số cho vay hộ mới thoát nghèo" is no "số hộ thoát nghèo")
 * and the plan word right after it is the claim's; exactly one rate of the report may match, none a task or an aim sets
 * ("- Hoàn thành … đạt 100% kế hoạch năm trước ngày 30/9/2025" among the next period's tasks; aimed.ts). Not read: a claim whose clause
 * holds a figure or that follows one in its statement (readFulfilment reads "đạt 94,9%, vượt dự toán"), nor one with a
 * partial, plan or negated-purpose word in its clause ("cơ bản", "phấn đấu", "để"). Read as a `fulfilment` claim.
 *
 * When no rate's statement names the subject, the one section whose title does ("Công tác thanh tra hoàn thành vượt kế hoạch
 * năm" and a section "2- Công tác thanh tra", frame words such as "công tác" aside) is read: its one rate of the plan, else
 * the one plan it states as a count ("Kế hoạch năm 2025 là 15 cuộc thanh tra") with the result after a result word in the
 * same paragraph ("thực tế triển khai 13 cuộc"), read as a `target` claim (a claim to pass the plan misses it at the plan too).
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens, labelWords } from './similarity.js';
import { figuresByBlock, type BlockFigures } from './comparisons.js';
import { headedBy, tableRowPlan } from './claims-plan-table-row.js';
import { aimedFigure } from './aimed.js';
import { alt, AND_OR_WORDS, ASSIGNED_WORDS, CHANGE_VERBS, PLAN_NAME_FRAME_WORDS, TARGET_SETTING_VERBS, EXCEED_WORDS, FULFILMENT_VERBS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PERIOD_UNITS, PLAN_RATE_BASES, PLAN_RESULT_WORDS, PURPOSE_WORDS, SHARE_REACH_VERBS, SUBJECT_FRAME_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & Partial<Pick<ComparisonInput, 'blockSection' | 'sections' | 'tables'>>;

const CLAIM = new RegExp(String.raw`(${edgeAlt(FULFILMENT_VERBS)})\s+(?:mức\s+)?(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'giu');
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
// A plan word, which every claim holds: a cheap test before HAS_CLAIM, whose lookbehind is tried at every index.
const HAS_PLAN = new RegExp(alt(PLAN_RATE_BASES), 'iu');
// "86,4% dự toán năm": the plan word right after a rate.
const PLAN_AFTER = new RegExp(String.raw`^\s*%?\s*(?:so\s+(?:với\s+)?)?(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...PURPOSE_WORDS]);
const NEGATIVE = new RegExp(`^(?:${alt(NEGATION_WORDS)})`, 'iu');
const UNTELLING = new Set<string>([...PERIOD_UNITS, 'đầu', 'cuối']);
const MIN_WORDS = 2;
// Plain lower-case words, period units kept (labelTokens leaves some out).
const words = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');

// The telling words of a subject: no numbers, period words or function words ("thu ngân sách 9 tháng đã" → thu ngân sách).
const telling = (s: string) => labelTokens(s).filter((w) => !/\d/u.test(w) && !UNTELLING.has(w));

/** The figure-less claims of a plan met or missed, against the one rate of that plan stated for their subject. */
export function readRecalledPlans(input: Input): Comparison[] {
  const out: Comparison[] = [];
  let rates: StatedRate[] | null = null;
  const byBlock = figuresByBlock(input.figures);
  let sectionBlocks: Map<number, number[]> | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row') continue;
    if (!HAS_PLAN.test(block.text) || !HAS_CLAIM.test(block.text)) continue;
    const figs = byBlock.get(block.index) ?? [];
    const at = (f: Figure) => f.span.start - block.span.start;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      for (const m of own.matchAll(CLAIM)) {
        const from = s.from + m.index;
        const to = from + m[0].length;
        const head = own.slice(0, m.index);
        const clauseFrom = s.from + Math.max(head.lastIndexOf(','), head.lastIndexOf(':')) + 1;
        const tail = block.text.slice(to, s.to);
        const clauseTo = to + (tail.search(/[,:]/u) < 0 ? tail.length : tail.search(/[,:]/u));
        // A partial word anywhere after the claim's clause start blocks it too: "… đều vượt kế hoạch, trừ cây ngô (đạt 90,3%)"
        // claims the rest, and the one rate it would be read against is the exception's.
        if (figs.some((f) => at(f) >= s.from && at(f) < clauseTo) || BLOCKED.test(block.text.slice(clauseFrom, s.to))) continue;
        // "vượt chỉ tiêu xây dựng nhà tình nghĩa": the indicator named after its plan word, up to the next "và" or comma.
        const after = m[2].toLowerCase() === NAMED_PLAN ? afterSubject(block.text.slice(to, clauseTo)) : [];
        const said = after.length >= MIN_WORDS ? block.text.slice(to, clauseTo) : block.text.slice(clauseFrom, from);
        const subject = after.length >= MIN_WORDS ? after : telling(said);
        if (subject.length < MIN_WORDS) continue;
        rates ??= statedRates(input, byBlock);
        const plan = m[2].toLowerCase();
        const negative = NEGATIVE.test(m[1]);
        const found = rates.filter((r) => r.plan === plan && subject.every((w) => r.words.has(w)) && r.names.some((n) => headedBy(n, subject)));
        if (found.length === 1) out.push({ kind: 'fulfilment', block: block.index, from, to, claim: m[0], negative, rate: found[0].rate });
        if (found.length > 0) continue;
        // "Công tác thanh tra hoàn thành vượt kế hoạch năm" and a section "Công tác thanh tra": the plan that section states.
        const named = namedSection(input, subject, block.index);
        const inSection = named === null ? [] : rates.filter((r) => r.plan === plan && input.blockSection![r.rate.block] === named);
        if (inSection.length === 1) out.push({ kind: 'fulfilment', block: block.index, from, to, claim: m[0], negative, rate: inSection[0].rate });
        const claimYears: string[] = block.text.slice(to, clauseTo).match(YEARS) ?? [];
        const pair = named !== null && inSection.length === 0 ? sectionPair(input, byBlock, (sectionBlocks ??= blocksBySection(input)).get(named) ?? [], plan, subject, claimYears) : null;
        if (pair) out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative, value: pair[1], target: pair[0], exceed: EXCEED.test(m[1]) });
        if (inSection.length > 0 || pair) continue;
        // "công tác tuyên truyền vượt kế hoạch đề ra" under a table of plans and results: the row its subject names (so too
        // when the section its subject names, "a- Kiên cố hóa kênh mương", states no plan of its own).
        // The periods the plan's own words name ("kế hoạch quý"), up to the next "và" ("… và vượt chỉ tiêu nhận đỡ đầu …").
        const periods = after.length >= MIN_WORDS ? [] : words(planTail(block.text.slice(to, clauseTo))).filter((w) => UNTELLING.has(w));
        const row = tableRowPlan(input, subject.filter((w) => !FRAME.has(w)), block.index, plan, periods, labelWords(said));
        if (row) out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative, value: row[1], target: row[0], exceed: EXCEED.test(m[1]) });
      }
    }
  }
  return out;
}

const FRAME = new Set(SUBJECT_FRAME_WORDS.flatMap((w) => w.split(' ')));
// The plan word an indicator's name may follow ("chỉ tiêu xây dựng nhà tình nghĩa"), and the words after a plan word that
// name who set it or when ("kế hoạch năm", "huyện giao", "đề ra"), never the indicator.
const NAMED_PLAN = PLAN_RATE_BASES[2];
const PLAN_TAIL_WORDS = new Set([...PLAN_NAME_FRAME_WORDS, ...ASSIGNED_WORDS, ...TARGET_SETTING_VERBS, ...PERIOD_UNITS].flatMap((w) => labelTokens(w)));
const AFTER_END = new RegExp(String.raw`[,;(]|\s(?:${alt(AND_OR_WORDS)})\s`, 'iu');
const planTail = (tail: string) => (tail.search(AFTER_END) < 0 ? tail : tail.slice(0, tail.search(AFTER_END)));
const afterSubject = (tail: string) => telling(planTail(tail)).filter((w) => !PLAN_TAIL_WORDS.has(w));
const TITLE_JOIN = new RegExp(String.raw`[,;]|\s(?:${alt(AND_OR_WORDS)})\s`, 'iu');
const EXCEED = /vượt/iu;
const EXCESS_BEFORE = new RegExp(String.raw`${edgeAlt([...EXCEED_WORDS, ...CHANGE_VERBS])}\s*$`, 'iu');
// "Kế hoạch năm 2025 là 15 cuộc thanh tra": a statement opening with the plan word; "thực tế triển khai 13 cuộc": its result.
const PLAN_OPENS = new RegExp(String.raw`^[\s\-+•*–]*(${alt(PLAN_RATE_BASES)})(?![\p{L}])`, 'iu');
const RESULT = new RegExp(String.raw`${edgeAlt(PLAN_RESULT_WORDS)}(?![\p{L}])`, 'iu');
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * The one section, other than the claim's own and those above it, whose title's telling words (frame words as "công tác"
 * aside) hold all the claim subject's (two at least), or one of whose topics (the title cut at its commas and "và"/"hoặc")
 * has two telling words at least, all among the subject's; null for none or several.
 */
function namedSection(input: Input, subject: string[], block: number): number | null {
  if (!input.sections || !input.blockSection) return null;
  const want = subject.filter((w) => !FRAME.has(w));
  if (want.length < MIN_WORDS) return null;
  const above = new Set<number>();
  for (let t = input.blockSection[block] ?? null; t !== null; t = input.sections[t].parent) above.add(t);
  const found = input.sections.filter((sec) => {
    if (above.has(sec.index)) return false;
    const title = new Set(telling(sec.title).filter((w) => !FRAME.has(w)));
    if (title.size >= MIN_WORDS && want.every((w) => title.has(w))) return true;
    // "Huy động trẻ và phổ cập giáo dục mầm non" joins two topics: a claim of "huy động trẻ ra lớp" names the first.
    return sec.title.split(TITLE_JOIN).some((part) => {
      const words = telling(part).filter((w) => !FRAME.has(w));
      return words.length >= MIN_WORDS && words.every((w) => want.includes(w));
    });
  });
  return found.length === 1 ? found[0].index : null;
}

// The blocks of each section, read once for a document with a claim naming a section.
function blocksBySection(input: Input): Map<number, number[]> {
  const out = new Map<number, number[]>();
  input.source.blocks.forEach((_, b) => {
    const s = input.blockSection![b];
    if (s === null || s === undefined) return;
    const list = out.get(s);
    if (list) list.push(b);
    else out.set(s, [b]);
  });
  return out;
}

/**
 * In a section's paragraphs, the one plan stated by a statement opening with the plan word, and its result later in its
 * paragraph: [plan, result]; null for none or several. A quantity's result is one of the same noun after a result word
 * ("Kế hoạch năm 2025 là 15 cuộc thanh tra; thực tế triển khai 13 cuộc", "…; đến nay đạt 412 thẻ"). An amount of money
 * ("Chỉ tiêu … năm 2025 về phát triển Quỹ … là 1.300 triệu đồng") has no noun to tie it and sits among other amounts of its
 * paragraph (a balance brought forward, what was added), so its result is the first amount after it whose own clause
 * closes with a result word and names the claim's subject (a word of it at least: "tổng nguồn Quỹ đạt 1.245 triệu đồng").
 * A year the claim names after its plan word ("chỉ tiêu … năm 2025") is one the plan's statement names, if it names any.
 */
function sectionPair(input: Input, byBlock: BlockFigures, blocks: number[], plan: string, subject: string[], years: string[]): [Figure, Figure] | null {
  const pairs: [Figure, Figure][] = [];
  const head = (f: Figure) => (f.kind === 'money' ? 'money' : f.unit?.toLowerCase().split(/\s+/u)[0] ?? null);
  const want = new Set(subject.filter((w) => !FRAME.has(w)));
  for (const b of blocks) {
    const block = input.source.blocks[b];
    if (block.kind === 'row') continue;
    const figs = (byBlock.get(block.index) ?? []).filter((f) => AMOUNT_KINDS.has(f.kind) && f.cell === null && !f.change);
    const at = (f: Figure) => f.span.start - block.span.start;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      const opens = PLAN_OPENS.exec(own);
      if (!opens || opens[1].toLowerCase() !== plan) continue;
      const stated: string[] = own.match(YEARS) ?? [];
      if (years.length > 0 && stated.length > 0 && !years.some((y) => stated.includes(y))) continue;
      const target = figs.find((f) => at(f) >= s.from && at(f) < s.to);
      if (!target || head(target) === null) continue;
      const after = figs.filter((f) => at(f) > at(target) && head(f) === head(target));
      const closed = after.find((f) => resultClosing(block.text.slice(0, at(f)), target.kind === 'money' ? want : null));
      const result = closed ?? (target.kind === 'money' ? undefined : after.find((f) => RESULT.test(block.text.slice(at(target) + target.raw.length, at(f)))));
      if (result) pairs.push([target, result]);
    }
  }
  return pairs.length === 1 ? pairs[0] : null;
}

const AMOUNT_KINDS: ReadonlySet<string> = new Set(['count', 'decimal', 'money']);
// "…; đến ngày 31/5/2025 tổng nguồn Quỹ đạt": a result word closing the clause before a value (nothing but words after it).
const RESULT_CLOSING = new RegExp(String.raw`${edgeAlt(PLAN_RESULT_WORDS, SHARE_REACH_VERBS)}(?![\p{L}])[\p{L}\s]*$`, 'iu');
// The last clause mark before the value: a comma, semicolon, colon, bracket or a full stop (a number's dot is none, "1.300").
const CLAUSE_MARK = /[,;:()]|\.(?!\d)/gu;
// Whether the clause before a value closes with a result word and, when `want` is given, names one of its words.
function resultClosing(before: string, want: Set<string> | null): boolean {
  let from = 0;
  for (const m of before.matchAll(CLAUSE_MARK)) from = m.index + 1;
  const clause = before.slice(from);
  return RESULT_CLOSING.test(clause) && (want === null || labelTokens(clause).some((w) => want.has(w)));
}

// A rate of a plan, the telling words of its statement before its first figure, and those words cut at commas and colons
// (a lead-in "Trong 6 tháng, …" is no part of the name), each part a name that may open with the claim's head (headedBy).
type StatedRate = { rate: Figure; plan: string; words: Set<string>; names: string[][] };
const LEAD_END = /[,:;]/u;

// Every rate of a plan outside tables ("bằng 86,4% dự toán năm"), with the words of its statement before its first figure;
// never a rate a task or an aim sets (aimed.ts).
function statedRates(input: Input, byBlock: BlockFigures): StatedRate[] {
  const out: StatedRate[] = [];
  for (const f of input.figures) {
    if (f.kind !== 'percent' || f.cell !== null) continue;
    const block = input.source.blocks[f.block];
    const end = f.span.end - block.span.start;
    const plan = PLAN_AFTER.exec(block.text.slice(end, end + 30));
    if (!plan) continue;
    // "vượt 3,3% so với kế hoạch", "tăng 5% so với dự toán": an excess or a change over the plan, not its fulfilment.
    if (EXCESS_BEFORE.test(block.text.slice(Math.max(0, f.span.start - block.span.start - 20), f.span.start - block.span.start))) continue;
    // "- Hoàn thành trồng cây phân tán đạt 100% kế hoạch năm trước ngày 30/9/2025" among the tasks: an aim, no result.
    if (aimedFigure(input, f)) continue;
    const s = input.clauses.at(f.block, f.span.start - block.span.start, true);
    if (!s) continue;
    const first = byBlock.get(f.block)!.find((g) => g.span.start - block.span.start >= s.from);
    const upTo = first ? first.span.start - block.span.start : end;
    const named = block.text.slice(s.from, upTo);
    out.push({ rate: f, plan: plan[1].toLowerCase(), words: new Set(telling(named)), names: named.split(LEAD_END).map(telling) });
  }
  return out;
}
