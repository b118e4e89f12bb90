/**
 * A change bounded from below claimed with no figure of its subject ("số hộ kinh doanh tăng trên 15% so với năm 2025")
 * against the one statement elsewhere of that subject's count and its absolute change ("Số hộ kinh doanh cuối năm 1 129 hộ,
 * tăng 67 hộ so với cuối năm 2025": 67 over the 1 062 it implies is 6,3%). The claim's subject is a bare "Số X" (X of two
 * words at least); the statement's words before its count, with the count's unit, hold every word of X; the change is the
 * count's own (the next figure, the same unit, a change verb of the claim's way, only a comma between); a year the claim
 * compares with is named in the statement too, none a task or an aim sets (aimed.ts); exactly one such count of the report. Read as a `change` claim with `atLeast`.
 */
import type { Block, Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { figuresByBlock } from './comparisons.js';
import { aimedFigure } from './aimed.js';
import { alt, AT_LEAST_HEDGES, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, edgeAlt } from '../text/lexicon.js';
import { STATED_DECIMAL } from './numbers.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & Partial<Pick<ComparisonInput, 'blockSection' | 'sections'>>;

// "số hộ kinh doanh tăng trên 15% so với năm 2025": the subject, the verb, the bound and the percent, what it is compared with.
const CLAIM = new RegExp(String.raw`${edgeAlt(COUNT_WORDS)}\s+(\p{L}[\p{L} ]{2,60}?)\s+(${alt(CHANGE_VERBS)})\s+(?:${alt(AT_LEAST_HEDGES)})\s+(${STATED_DECIMAL})\s?%\s+(?:${alt(COMPARED_WITH)})\s+([^,;.()]{0,40})`, 'giu');
const HAS_CLAIM = new RegExp(CLAIM.source, 'iu');
// Between a count and its own change: its noun (four words at most), a comma, the verb ("1 129 hộ, tăng 67 hộ").
const OWN_CHANGE = new RegExp(String.raw`^(?:\s+\p{L}+){0,4}\s*,\s*(?:${alt(CHANGE_VERBS)})\s*$`, 'iu');
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const MIN_WORDS = 2;

interface Stated { current: Figure; change: Figure; words: Set<string>; text: string }

/** The bounded change claims of a bare "Số X" with no figure of X, against the one count of X stated with its change. */
export function readRecalledChanges(input: Input): Comparison[] {
  const out: Comparison[] = [];
  let stated: Stated[] | null = null;
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_CLAIM.test(block.text)) continue;
    for (const m of block.text.matchAll(CLAIM)) {
      const subject = labelTokens(m[1]);
      if (subject.length < MIN_WORDS) continue;
      const percentAt = m.index + m[0].indexOf(m[3], m[0].indexOf(m[2], m[1].length) + m[2].length);
      const figure = (byBlock.get(block.index) ?? []).find((f) => f.kind === 'percent' && f.span.start - block.span.start === percentAt);
      if (!figure) continue;
      stated ??= statedChanges(input);
      const years = m[4].match(YEAR) ?? [];
      const down = m[2].toLowerCase() === CHANGE_VERBS[1];
      const found = stated.filter((s) => subject.every((w) => s.words.has(w)) && (s.change.change!.value < 0) === down && years.every((y) => s.text.includes(y)));
      if (found.length !== 1) continue;
      const { current, change } = found[0];
      // The percent as the document's number style read it.
      const value = figure.value;
      out.push({
        kind: 'change', block: block.index, from: m.index, to: m.index + m[0].length, verb: m[2].toLowerCase(), stated: value, signed: down ? -value : value,
        decimals: figure.decimals, percent: true, unit: '%', written: m[3], figure, current, base: change,
        amount: current.value, scale: 1, implied: current.value - change.change!.value, atLeast: true,
      });
    }
  }
  return out;
}

// Every count outside tables followed by its own change ("1 129 hộ, tăng 67 hộ"), with the words of its statement before it.
function statedChanges(input: Input): Stated[] {
  const out: Stated[] = [];
  const figures = input.figures;
  for (let k = 1; k < figures.length; k++) {
    const [current, change] = [figures[k - 1], figures[k]];
    if (change.block !== current.block || change.cell !== null || current.cell !== null || !change.change || change.change.hedged) continue;
    if (current.kind !== 'count' || change.kind !== 'count' || current.change || current.unit === null || current.unit !== change.unit) continue;
    const block: Block = input.source.blocks[current.block];
    const [end, next] = [current.span.end - block.span.start, change.span.start - block.span.start];
    // "phấn đấu … đạt 1.200 hộ, tăng 70 hộ" sets an aim: no result a claim is judged by (aimed.ts).
    if (!OWN_CHANGE.test(block.text.slice(end, next)) || aimedFigure(input, current)) continue;
    const at = current.span.start - block.span.start;
    const s = input.clauses.at(current.block, at, true);
    if (!s) continue;
    const text = block.text.slice(s.from, s.to);
    out.push({ current, change, words: new Set([...labelTokens(block.text.slice(s.from, at)), ...labelTokens(current.unit)]), text });
  }
  return out;
}
