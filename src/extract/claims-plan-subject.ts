/**
 * A plan claimed of a count its sentence stated a few words before, named back by its noun and its verb: "… kiểm tra 186 vụ,
 * phát hiện 112 vụ vi phạm, chiếm 60,2% số vụ kiểm tra; số vụ kiểm tra đã vượt kế hoạch đề ra (kế hoạch quý 200 vụ)". The
 * claim's subject is a bare "Số <noun> <verb>" ("số vụ kiểm tra", "số liều vắc xin được tiêm"); the value is the one count
 * of its sentence before the claim, or of the sentence just before, written right after that verb ("kiểm tra 186 vụ") and
 * followed by that noun; the plan is the count of the same noun written right after the claim ("vượt kế hoạch 200 vụ") or
 * alone in the bracket that follows it ("(kế hoạch quý 200 vụ)"). Not read: two counts matching, a verb changed by the word
 * before it ("tái kiểm tra", "chưa kiểm tra"), a hedged plan, a ceiling, a plan of another kind of period than the
 * sentence's ("kế hoạch năm" in a quarter's sentence), a claim with a plan, partial or purpose word ("phấn đấu", "dự kiến").
 * Read as a `target` claim (a claim to pass the plan misses it at the plan too).
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock } from './comparisons.js';
import {
  alt, APPROXIMATE_WORDS, CEILING_WORDS, CHANGE_CLAIM_ADVERBS, COMPLETION_VERBS, COUNT_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PERIOD_UNITS, PLAN_BASES,
  PURPOSE_WORDS, SUBJECT_VOICE_WORDS, VERB_MODIFIER_WORDS, wordsRe, edgeAlt,
} from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'>;
type TargetClaim = Extract<Comparison, { kind: 'target' }>;

const CLAIM = new RegExp(String.raw`(${edgeAlt(COMPLETION_VERBS)})\s+(?:\p{L}+\s+)?(${alt(PLAN_BASES)})(?![\p{L}])`, 'giu');
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
// A plan word, which every claim holds: a cheap test before HAS_CLAIM, whose lookbehind is tried at every index.
const HAS_PLAN = new RegExp(alt(PLAN_BASES), 'iu');
// "số vụ kiểm tra đã": a bare count subject of words only, the claim's adverbs after it dropped.
const SUBJECT = new RegExp(String.raw`^[\s\-+•*–]*(?:${alt(COUNT_WORDS)})\s+(\p{L}[\p{L} ]*?)(?:\s+(?:${alt(CHANGE_CLAIM_ADVERBS)}))*\s*$`, 'iu');
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...PURPOSE_WORDS]);
const NEGATIVE = new RegExp(`^(?:${alt(NEGATION_WORDS)})`, 'iu');
const EXCEED = /^vượt/iu;
// Between the claim and its plan: a few words ("đề ra là"), or those and a bracket opened by the plan's name and period
// ("(kế hoạch quý ", "(kế hoạch 6 tháng ").
const PLAN_LEAD = new RegExp(String.raw`^[\p{L} ]{0,40}(?:\(\s*(?:(?:${alt(PLAN_BASES)})(?:\s+(?:\d{1,2}\s+)?\p{L}+){0,3})?\s*:?\s*|(?:là|:)\s*)?$`, 'iu');
const HEDGED = new RegExp(String.raw`${edgeAlt(APPROXIMATE_WORDS, CEILING_WORDS)}(?![\p{L}])`, 'iu');
const PLAN_TAIL = /^[\p{L} ]{0,30}\)/u;
const VOICE = new Set<string>(SUBJECT_VOICE_WORDS.flatMap((w) => w.split(' ')));
const MODIFIER = new RegExp(String.raw`${edgeAlt(VERB_MODIFIER_WORDS)}\s*$`, 'iu');
// The kind of period a text speaks of: "6 tháng", "quý", "tháng", "năm", the first one named.
const PERIOD = new RegExp(String.raw`(${edgeAlt(PERIOD_UNITS)})(?![\p{L}])`, 'iu');
const MAX_VERB_WORDS = 3;

const words = (s: string) => s.toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
const head = (f: Figure) => f.unit?.toLowerCase().split(/\s+/u)[0] ?? null;
const periodOf = (text: string): string | null => PERIOD.exec(text)?.[1].toLowerCase() ?? null;

/** The plan claims of a "Số <noun> <verb>" subject, against the one count of that noun after that verb just before. */
export function readSubjectPlans(input: Input): TargetClaim[] {
  const out: TargetClaim[] = [];
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_PLAN.test(block.text) || !HAS_CLAIM.test(block.text)) continue;
    const figs = (byBlock.get(block.index) ?? []).filter((f) => f.cell === null);
    const at = (f: Figure) => f.span.start - block.span.start;
    const sentences = sentenceSpans(input, block.index);
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      for (const m of own.matchAll(CLAIM)) {
        const [from, to] = [s.from + m.index, s.from + m.index + m[0].length];
        const head_ = own.slice(0, m.index);
        const clauseFrom = s.from + Math.max(head_.lastIndexOf(','), head_.lastIndexOf(':')) + 1;
        const subject = SUBJECT.exec(block.text.slice(clauseFrom, from));
        if (!subject || BLOCKED.test(block.text.slice(clauseFrom, s.to))) continue;
        const named = words(subject[1]);
        // The plan: the first figure after the claim, in its statement.
        const plan = figs.find((f) => at(f) >= to && at(f) < s.to);
        if (!plan || plan.kind !== 'count' || plan.change || head(plan) === null) continue;
        const lead = block.text.slice(to, at(plan));
        if (!PLAN_LEAD.test(lead) || HEDGED.test(lead)) continue;
        if (lead.includes('(') && !PLAN_TAIL.test(block.text.slice(plan.span.end - block.span.start))) continue;
        // The count: its sentence's, before the claim's clause, or the sentence's just before.
        const k = sentences.findIndex((x) => x.from <= from && from < x.to);
        if (k < 0) continue;
        const start = sentences[Math.max(0, k - 1)].from;
        const found = figs.filter((f) => at(f) >= start && at(f) < clauseFrom && f.kind === 'count' && !f.change && head(f) === head(plan) && names(block.text, f, at(f), named, start));
        if (found.length !== 1) continue;
        // A plan of another kind of period than the count's sentence ("kế hoạch năm" for a quarter's count) is not its plan.
        const planPeriod = periodOf(lead);
        const sentence = sentences.find((x) => x.from <= at(found[0]) && at(found[0]) < x.to)!;
        const ownPeriod = periodOf(block.text.slice(sentence.from, at(found[0])));
        if (planPeriod !== null && ownPeriod !== null && planPeriod !== ownPeriod) continue;
        out.push({ kind: 'target', block: block.index, from, to, claim: m[0], negative: NEGATIVE.test(m[1]), value: found[0], target: plan, exceed: EXCEED.test(m[1]) });
      }
    }
  }
  return out;
}

/**
 * The subject's words, a noun then a verb ("vụ kiểm tra", "liều vắc xin được tiêm"), name a count when the words right
 * before it end with the verb (no modifier before that) and the words from its noun on begin with the noun.
 */
function names(text: string, f: Figure, at: number, named: string[], start: number): boolean {
  const before = text.slice(start, at);
  const cut = Math.max(...[',', ';', ':', '(', ')'].map((c) => before.lastIndexOf(c))) + 1;
  const lead = words(before.slice(cut));
  const after = words(text.slice(at + f.raw.length, at + f.raw.length + 80).split(/[,;:.()]/u)[0]);
  for (let k = 1; k < named.length; k++) {
    const noun = named.slice(0, k);
    let v = k;
    while (v < named.length && VOICE.has(named[v])) v++;
    const verb = named.slice(v);
    if (verb.length === 0 || verb.length > MAX_VERB_WORDS || !noun.every((w, i) => after[i] === w)) continue;
    if (lead.length < verb.length || !verb.every((w, i) => lead[lead.length - verb.length + i] === w)) continue;
    if (MODIFIER.test(lead.slice(0, lead.length - verb.length).join(' '))) continue;
    return true;
  }
  return false;
}

/** The sentences of a block as [from, to), from its clauses. */
export function sentenceSpans(input: Input, block: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const c of input.clauses.of(block)) {
    const last = out[c.sentence];
    if (last) last.to = Math.max(last.to, c.to);
    else out[c.sentence] = { from: c.from, to: c.to };
  }
  return out.filter((x) => x !== undefined);
}
