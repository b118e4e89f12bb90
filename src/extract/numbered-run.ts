/**
 * A list of members named by their numbers under one head noun: "tổ dân phố số 3, 6, 8", "thôn 2, 5 và 7", "khu phố 1, 3".
 * Each number (after "số" or not) is one member; the head is written once. Read only when the head names what the count
 * counts ("04 tổ dân phố … là tổ dân phố số 3, 6, 8"), the run is nothing but numbers joined by commas or a last "và",
 * and it closes its clause: a range ("từ tổ 1 đến tổ 5"), a document's number ("số 12/KH-UBND") or a number with a unit
 * after it ("thôn 2, 5 và 7 ha") is no such run.
 */
import { unitsAlike } from './labels.js';
import { alt, altInitialCase, NUMBERED_NAME_WORDS, NUMBER_RUN_JOINERS } from '../text/lexicon.js';

// One member's number: a digit group, a letter maybe ("12A"), no decimal, fraction or percent after it.
const MEMBER = String.raw`\d{1,3}[A-Z]?(?![\d\p{L}%/]|[.,]\d)`;
const JOIN = String.raw`\s*,\s*(?:(?:${alt(NUMBER_RUN_JOINERS)})\s+)?|\s+(?:${alt(NUMBER_RUN_JOINERS)})\s+`;
// The head, "số" maybe, then two numbers or more; the run ends its clause (a mark, a bracket or a comma before words).
const RUN = new RegExp(String.raw`^\s*(${altInitialCase(NUMBERED_NAME_WORDS)})(?:\s+số)?\s+(${MEMBER}(?:(?:${JOIN})${MEMBER})+)(?=\s*(?:[.;!?)]|$|,\s*\p{L}))`, 'u');
const NUMBER = new RegExp(MEMBER, 'gu');

/** The members of a numbered run at `from` of `text` whose head counts what `unit` counts, and where the run ends; or null. */
export function readNumberedRun(text: string, from: number, unit: string): { items: string[]; open: boolean; end: number; shorter?: string[]; byPlace?: number } | null {
  const m = RUN.exec(text.slice(from, from + 240));
  if (!m || m[1].toLowerCase() === 'số' || !unitsAlike(m[1], unit)) return null;
  const head = m[0].slice(0, m[0].length - m[2].length).trim();
  const numbers = m[2].match(NUMBER) ?? [];
  // "thôn 2, 2 và 5": a number named twice is a slip or a sub-part, no count to check against.
  if (new Set(numbers).size !== numbers.length) return null;
  return { items: numbers.map((n) => `${head} ${n}`), open: false, end: from + m[0].length };
}
