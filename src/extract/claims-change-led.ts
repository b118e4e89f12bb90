/**
 * A change claimed after a ";" with its base leading it and no subject of its own: "Trong 9 tháng, đã cử 245 lượt cán bộ …,
 * đạt 108,9% kế hoạch năm (kế hoạch 225 lượt); so với cùng kỳ năm 2025 (196 lượt) tăng 30%." The statement opens with the
 * comparison and its one base in brackets, then the verb and a percent closing it: it speaks of the statement before the
 * ";", whose current value is the one count there in the base's unit outside brackets (a plan restated in brackets, a
 * change, anything after "so với" left out). Exactly one such count, else nothing. Read as a `change` claim.
 * The base may stand right after "so với" instead of in brackets, its period after it and a comma closing it, the change
 * named by its size ("…, đạt 113,3% kế hoạch (60 doanh nghiệp); so với con số 56 doanh nghiệp của năm 2024, mức tăng đạt
 * 25%"): read alike, unless the statement before names the base's own year (its value is then no current one).
 */
import type { Comparison, Figure } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { figuresByBlock, sameUnit } from './comparisons.js';
import { alt, CHANGE_SIZE_NOUNS, CHANGE_VERBS, COMPARED_FIGURE_LEADS, COMPARED_WITH, edgeAlt, STATED_AS_WORDS } from '../text/lexicon.js';
import { STATED_DECIMAL } from './numbers.js';

type Input = Pick<ComparisonInput, 'source' | 'figures'>;

// "; so với cùng kỳ năm 2025 (196 lượt) tăng 30%." up to the statement's end; or "; so với con số 56 doanh nghiệp của năm
// 2024, mức tăng đạt 25 %" (group 2: the base right after "so với", its words and period up to the comma).
const LED = new RegExp(String.raw`;\s*(?:${alt(COMPARED_WITH)})\s+(?:[^()\d;:,.]{0,40}?(?:(?:19|20)\d\d)?\s*\(([^()\d]{0,20}\d[^()]*)\)\s*|(?:(?:${alt(COMPARED_FIGURE_LEADS)})\s+)?(\d+(?:[.,]\d+)*\s+[^()\d;:,]{1,40}?(?:(?:19|20)\d\d)?)\s*,\s*(?:${alt(CHANGE_SIZE_NOUNS)})\s+)(${alt(CHANGE_VERBS)})\s+(?:(?:${alt(STATED_AS_WORDS)})\s+)?(${STATED_DECIMAL})\s?%\s*(?=[.;]|$)`, 'giu');
const YEAR_NUMBER = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const HAS_LED = new RegExp(LED.source, 'iu');
// Where the statement before a ";" begins: after the last ";", "!", "?" or full stop (a thousands point is followed by a digit).
const STATEMENT_BREAK = /[;!?]|\.(?=\s)/gu;
const COMPARED = new RegExp(String.raw`${edgeAlt(COMPARED_WITH)}(?![\p{L}])`, 'iu');
const countable = (f: Figure) => (f.kind === 'count' || f.kind === 'decimal') && !f.change && f.unit !== null;

/** The change claims whose base leads them after a ";", against the one count of the statement before. */
export function readLedChanges(input: Input): Comparison[] {
  const out: Comparison[] = [];
  const byBlock = figuresByBlock(input.figures);
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !HAS_LED.test(block.text)) continue;
    const figs = byBlock.get(block.index) ?? [];
    const at = (f: Figure) => f.span.start - block.span.start;
    // Statement starts are found once per block, the text scanned forward from match to match (linear in the block).
    let start = 0;
    let scanned = 0;
    let first = 0;
    for (const m of block.text.matchAll(LED)) {
      STATEMENT_BREAK.lastIndex = scanned;
      for (let b = STATEMENT_BREAK.exec(block.text); b && b.index < m.index; b = STATEMENT_BREAK.exec(block.text)) start = b.index + 1;
      scanned = m.index + 1;
      // The figures from the statement's start to the match's end, by a pointer moving forward with the matches.
      while (first < figs.length && at(figs[first]) < start) first++;
      const near: Figure[] = [];
      for (let k = first; k < figs.length && at(figs[k]) < m.index + m[0].length; k++) near.push(figs[k]);
      // The base's words: the bracket, or the inline base from its number up to the comma.
      const open = m[1] !== undefined ? m.index + m[0].indexOf('(') : m.index + m[0].indexOf(m[2]) - 1;
      const close = m[1] !== undefined ? m.index + m[0].indexOf(')') : open + 1 + m[2].length;
      const inside = near.filter((f) => at(f) > open && at(f) < close);
      const percentAt = m.index + m[0].lastIndexOf(m[4]);
      const figure = near.find((f) => f.kind === 'percent' && at(f) === percentAt);
      if (inside.length !== 1 || !countable(inside[0]) || !figure) continue;
      const base = inside[0];
      const head = block.text.slice(start, m.index);
      if (COMPARED.test(head)) continue;
      // "…, năm 2024 có 56 doanh nghiệp; so với con số 56 doanh nghiệp của năm 2024, …": the statement before is the base's year.
      if (m[2] !== undefined && (m[2].match(YEAR_NUMBER) ?? []).some((y) => head.includes(y))) continue;
      const found = near.filter((f) => at(f) >= start && at(f) < m.index && countable(f) && sameUnit(f, base) && !inBracket(head, at(f) - start));
      if (found.length !== 1) continue;
      // The percent as the document's number style read it ("30,5%", or "30.5%" written the English way).
      const value = figure.value;
      const down = m[3].toLowerCase() === CHANGE_VERBS[1];
      out.push({
        kind: 'change', block: block.index, from: open, to: percentAt + figure.raw.length, verb: m[3].toLowerCase(), stated: value, signed: down ? -value : value,
        decimals: figure.decimals, percent: true, unit: '%', written: m[4], figure, current: found[0], base,
        amount: found[0].value, scale: 1,
      });
    }
  }
  return out;
}

// Whether position `k` of `text` sits inside a bracket opened before it in `text`.
function inBracket(text: string, k: number): boolean {
  let depth = 0;
  for (let i = 0; i < k; i++) depth += text[i] === '(' ? 1 : text[i] === ')' && depth > 0 ? -1 : 0;
  return depth > 0;
}
