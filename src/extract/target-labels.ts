/**
 * Targets named one by one: "Tỷ lệ … thể A là 9,8% và thể B là 13,5% …, đạt chỉ tiêu … (A dưới 10%, B dưới 14%)". A bracket
 * holding several targets, each after its own indicator's words, is met indicator by indicator: each target by the one value
 * before the claim whose own words name that indicator. The nearest value is no target's (it may be another indicator's).
 */
import type { Figure } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { alt, APPROXIMATE_WORDS, CEILING_WORDS, FLOOR_WORDS, MINIMUM_WORDS, NOUN_JOINERS } from '../text/lexicon.js';

type At = (f: Figure) => number;

/** One target of a labelled list: its figure, the tokens of its indicator's words, and the bound words before it. */
export interface LabelledTarget { figure: Figure; tokens: string[]; bound: string }

// The words right before a target, from its bracket's opening or the previous target's comma: "(nhẹ cân dưới ", ", thấp còi dưới ".
const OPENED = /\(\s*([^\d()]{1,60})$/u;
const JOINED = new RegExp(String.raw`^\s*[,;]\s*(?:(?:${alt(NOUN_JOINERS)})\s+)?([^\d()]{1,60})$`, 'iu');
// The bound words closing an indicator's words ("dưới", "tối thiểu") and a colon.
const BOUND_END = new RegExp(String.raw`(?:^|\s)((?:(?:${alt(CEILING_WORDS, FLOOR_WORDS, MINIMUM_WORDS, APPROXIMATE_WORDS)})\s*)*):?\s*$`, 'iu');
// Between the last target and its bracket's close: its unit, nothing else.
const CLOSED = /^[^\d(),;]{0,12}\)/u;

// The indicator's words and bound of one target, from the words before it; null when it names nothing.
function labelOf(words: string): { tokens: string[]; bound: string } | null {
  const bound = BOUND_END.exec(words);
  const name = bound ? words.slice(0, bound.index) : words;
  if (/[:;,]/u.test(name)) return null;
  const tokens = labelTokens(name);
  return tokens.length > 0 ? { tokens, bound: (bound?.[1] ?? '').trim().toLowerCase() } : null;
}

/**
 * The targets of a bracket from `target` on when each is named by its own indicator's words ("(nhẹ cân dưới 10%, thấp còi
 * dưới 14%)"): two at least, of one kind, closing the bracket. Null when the bracket is no such list.
 */
export function labelledTargets(text: string, figs: Figure[], at: At, target: Figure): LabelledTarget[] | null {
  const open = OPENED.exec(text.slice(Math.max(0, at(target) - 60), at(target)));
  const first = open ? labelOf(open[1]) : null;
  if (!first) return null;
  const out: LabelledTarget[] = [{ figure: target, ...first }];
  for (let k = figs.indexOf(target) + 1; k < figs.length; k++) {
    const prev = out[out.length - 1].figure;
    // The previous target's unit may stand between ("10 trẻ, …"); a percent's sign is in its raw text.
    let between = text.slice(at(prev) + prev.raw.length, at(figs[k])).trimStart();
    if (prev.unit && between.startsWith(prev.unit)) between = between.slice(prev.unit.length);
    const joint = JOINED.exec(between);
    const named = joint ? labelOf(joint[1]) : null;
    if (!named || figs[k].kind !== target.kind) break;
    out.push({ figure: figs[k], ...named });
  }
  const last = out[out.length - 1].figure;
  return out.length > 1 && CLOSED.test(text.slice(at(last) + last.raw.length)) ? out : null;
}

// The words of a value's own clause before it, in order: from the figure before it (or the sentence's start) and the last
// clause mark.
function ownWords(text: string, figs: Figure[], at: At, value: Figure, from: number): string[] {
  const k = figs.indexOf(value);
  const start = k > 0 ? Math.max(from, at(figs[k - 1]) + figs[k - 1].raw.length) : from;
  const lead = text.slice(start, at(value));
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('('));
  return labelTokens(lead.slice(cut + 1));
}

// The indicator's words stand together among the value's ("thể nhẹ cân là" names "nhẹ cân"; "hộ cận nghèo" does not name
// "hộ nghèo").
function names(words: string[], label: string[]): boolean {
  for (let i = 0; i + label.length <= words.length; i++) if (label.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/**
 * Each labelled target with the one value of `values` whose own words name its indicator, no value twice; a target no value
 * names is not read ("Tỷ lệ hộ nghèo là 3,2%, đạt chỉ tiêu (hộ nghèo dưới 4%, hộ cận nghèo dưới 6%)"). Null when a target
 * has more than one such value or a value names two targets ("Tỷ lệ A và B lần lượt là …"): which value meets which target
 * is then unsure.
 */
export function pairByLabel(text: string, figs: Figure[], at: At, values: Figure[], targets: LabelledTarget[], from: number): Array<[Figure, Figure]> | null {
  const owner = values.map((v) => {
    const words = ownWords(text, figs, at, v, from);
    return targets.filter((t) => names(words, t.tokens));
  });
  if (owner.some((o) => o.length > 1)) return null;
  const pairs: Array<[Figure, Figure]> = [];
  for (const t of targets) {
    const named = values.filter((_, k) => owner[k][0] === t);
    if (named.length > 1) return null;
    if (named.length === 1) pairs.push([named[0], t.figure]);
  }
  return pairs;
}
