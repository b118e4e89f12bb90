/**
 * A rate of a plan whose amount done its subject names: "thu phí, lệ phí 6.930,2 triệu đồng; …; thu phí, lệ phí mới đạt
 * 86,3% dự toán năm (8.500,0 triệu đồng)". The plan is restated in brackets right after the rate; the amount done is not
 * handed over just before it but stated earlier in its paragraph under the very words that open the rate's clause.
 */
import type { Figure } from '../model/index.js';
import { canonicalLabel } from './similarity.js';
import { PLAN_BRACKET, sameMeasure, type ShareInput } from './shares.js';
import { unitHead } from './quantities.js';
import { alt, PLAN_RATE_VERBS, RATE_VERB_ADVERBS, STATED_AS_WORDS } from '../text/lexicon.js';

// The rate's clause before it: its subject (letters and commas only, one to eight words), an adverb, the rate verb.
const SUBJECT_THEN_RATE = new RegExp(String.raw`[;:.(]\s*(\p{L}[\p{L}\s,]{1,60}?)\s+(?:(?:${alt(RATE_VERB_ADVERBS)})\s+)?(?:${alt(PLAN_RATE_VERBS)})\s*$`, 'u');
// A verb stating the amount after its name ("… là 6.930,2 triệu đồng"), or a colon.
const STATED_AS_END = new RegExp(String.raw`\s*(?:(?:${alt(STATED_AS_WORDS)})|:)\s*$`, 'u');
const CLOSE = /^\s*(?:\p{L}+(?:\s\p{L}+){0,2})?\s*\)/u;
// How far back the amount done is looked for: its own paragraph (another may tell another year), no more figures than this.
const MAX_BACK = 200;
const SUBJECT_MAX_WORDS = 8;
const NAME_BACK = 60;
const SUBJECT_BACK = 80;

/** The amount done its subject names and the plan in brackets after a rate of that plan, or undefined. */
export function planOfNamedSubject(context: ShareInput, p: Figure): { done: Figure; plan: Figure } | undefined {
  const plan = context.figures[p.index + 1];
  if (!plan || plan.block !== p.block || plan.cell !== null || p.value === 100 || plan.value <= 0) return undefined;
  if (plan.kind !== 'money' && (plan.kind !== 'count' || plan.unit === null)) return undefined;
  const block = context.source.blocks[p.block];
  const at = p.span.start - block.span.start;
  if (!PLAN_BRACKET.test(block.text.slice(p.span.end - block.span.start, plan.span.start - block.span.start))) return undefined;
  if (!CLOSE.test(block.text.slice(plan.span.end - block.span.start))) return undefined;
  // The block's start bounds a clause as a ";" would; a window's cut start does not.
  const m = SUBJECT_THEN_RATE.exec(at <= SUBJECT_BACK ? `;${block.text.slice(0, at)}` : block.text.slice(at - SUBJECT_BACK, at));
  const subject = m ? canonicalLabel(m[1]) : '';
  if (subject === '' || subject.split(' ').length > SUBJECT_MAX_WORDS) return undefined;
  const found = new Set<number>();
  let done: Figure | undefined;
  for (let k = p.index - 1; k >= 0 && k >= p.index - MAX_BACK; k--) {
    const g = context.figures[k];
    if (g.block !== p.block) break;
    if (g.cell !== null || !sameMeasure(plan, g) || g.change) continue;
    if (g.kind === 'count' && unitHead(g) !== unitHead(plan)) continue;
    if (namedBy(context, k, subject)) {
      found.add(g.value);
      done = g;
    }
  }
  return found.size === 1 && done ? { done, plan } : undefined;
}

// The words of a figure's own clause before it (back to the figure before it in its block, a ";", ":" or bracket, at most
// NAME_BACK characters), a stating verb closing them dropped, are `subject` exactly.
function namedBy(context: ShareInput, k: number, subject: string): boolean {
  const g = context.figures[k];
  const gb = context.source.blocks[g.block];
  const prev = context.figures[k - 1];
  const from = Math.max(gb.span.start, g.span.start - NAME_BACK, prev && prev.block === g.block ? prev.span.end : 0);
  const before = gb.text.slice(from - gb.span.start, g.span.start - gb.span.start).split(/[;:()]/u).at(-1) ?? '';
  return canonicalLabel(before.replace(STATED_AS_END, '')) === subject;
}
