/**
 * One way of change claimed of a list of counts, with no figure of its own: "tai nạn giao thông được kiềm chế, kéo giảm cả 03
 * tiêu chí về số vụ, số người chết và số người bị thương so với cùng kỳ năm 2024", against the one paragraph of the report
 * that states each listed count's own change ("So với cùng kỳ năm 2024 (…): giảm 4 vụ, giảm 3 người chết, tăng 2 người bị
 * thương"). Read as a `trend` claim of the first count whose stated change goes the other way, judged by claim-mismatch.
 *
 * The claim: a change verb, optionally "cả N <criteria word> (về)", then two "số X" items or more (joined by commas and
 * "và", each of six words at most), then "so với <earlier period> (năm Y)". Not read: a statement with another figure (the
 * number of criteria and the year aside), a negation, a partial or plan word ("cơ bản", "phấn đấu"). The paragraph: every
 * item named by exactly one signed change of it (the change's name, its verb aside, the item's words exactly), the claim's
 * earlier-period word and year in its text, exactly one such paragraph besides the claim's own.
 */
import type { Comparison, Figure, FigureReading } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { labelTokens } from './similarity.js';
import { alt, AND_OR_WORDS, CHANGE_VERBS, COMPARED_WITH, COUNT_WORDS, EVERY_ITEM_WORDS, LISTED_MEASURE_WORDS, EARLIER_PERIOD_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLAN_WORDS, wordsRe } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses' | 'readings'>;
type Trend = Extract<Comparison, { kind: 'trend' }>;

// The verb, "cả N tiêu chí (về)" at most, the items, the comparison with an earlier period (and its year).
const CLAIM = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>${alt(CHANGE_VERBS)})\s+(?:(?:${alt(EVERY_ITEM_WORDS)})\s+(?<criteria>\d{1,2})\s+(?:${alt(LISTED_MEASURE_WORDS)})\s+(?:về\s+)?)?(?<list>(?:${alt(COUNT_WORDS)})\s[^\d;:.()]{3,200}?)\s+(?:${alt(COMPARED_WITH)})\s+(?<period>${alt(EARLIER_PERIOD_WORDS)})(?:\s+năm\s+(?<year>(?:19|20)\d\d))?(?![\p{L}\d])`,
  'iu',
);
const BLOCKED = wordsRe([...NEGATION_WORDS, ...PARTIAL_CLAIM_WORDS, ...PLAN_WORDS]);
const ITEM = new RegExp(String.raw`^(?:${alt(COUNT_WORDS)})\s+(\p{L}+(?:\s+\p{L}+){0,5})$`, 'iu');
const JOINER = new RegExp(String.raw`\s*,\s*|\s+(?:${alt(AND_OR_WORDS)})\s+`, 'u');
const VERB_TOKENS = new Set(CHANGE_VERBS.flatMap((v) => labelTokens(v)));
const MIN_ITEMS = 2;

/** The claims of one way for a list of counts, against the one paragraph stating each count's change. */
export function readListedDirections(input: Input): Trend[] {
  const out: Trend[] = [];
  let changes: Map<number, Array<{ key: string; figure: Figure }>> | null = null;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !block.text.includes('so với')) continue;
    for (const s of input.clauses.statements(block.index)) {
      const statement = block.text.slice(s.from, s.to);
      const m = CLAIM.exec(statement);
      if (!m || BLOCKED.test(statement)) continue;
      const { verb, criteria, list, period, year } = m.groups!;
      // No figure but the number of criteria and the year.
      if (/\d/u.test(statement.replace(m[0], ' ')) || /\d/u.test(list)) continue;
      const items = list.split(JOINER).map((w) => ITEM.exec(w.trim()));
      if (items.length < MIN_ITEMS || items.some((x) => x === null) || (criteria !== undefined && Number(criteria) !== items.length)) continue;
      const keys = items.map((x) => keyOf(labelTokens(x![1])));
      changes ??= changesByBlock(input);
      const found: Figure[][] = [];
      for (const [b, list] of changes) {
        if (b === block.index) continue;
        const text = input.source.blocks[b].text.toLowerCase();
        if (!text.includes(period.toLowerCase()) || (year !== undefined && !text.includes(year))) continue;
        const per = keys.map((k) => list.filter((c) => c.key === k).map((c) => c.figure));
        if (per.every((fs) => fs.length === 1)) found.push(per.map((fs) => fs[0]));
        if (found.length > 1) break;
      }
      if (found.length !== 1) continue;
      const down = verb.toLowerCase() === CHANGE_VERBS[1];
      const k = found[0].findIndex((f) => f.change!.value !== 0 && f.change!.value < 0 !== down);
      if (k < 0) continue;
      const change = found[0][k];
      // The change as the figure of its signed value ("tăng 2 người" is +2), so the rule reads its way from its sign.
      out.push({ kind: 'trend', block: block.index, from: s.from + m.index, to: s.from + m.index + m[0].length, verb: verb.toLowerCase(), row: items[k]![0], column: '', change: { ...change, value: change.change!.value } });
    }
  }
  return out;
}

const keyOf = (tokens: readonly string[]) => [...new Set(tokens.filter((t) => !VERB_TOKENS.has(t)))].sort().join(' ');

// Per block, its prose counts stated with a sign of change ("giảm 4 vụ", "tăng 2 người bị thương"), keyed by their names.
function changesByBlock(input: Input): Map<number, Array<{ key: string; figure: Figure }>> {
  const readings = new Map<number, FigureReading>(input.readings.map((r) => [r.figure.index, r]));
  const out = new Map<number, Array<{ key: string; figure: Figure }>>();
  for (const f of input.figures) {
    const r = f.cell === null && f.change && !f.change.hedged && f.kind === 'count' ? readings.get(f.index) : undefined;
    if (!r) continue;
    const list = out.get(f.block) ?? [];
    list.push({ key: keyOf(r.tokens), figure: f });
    out.set(f.block, list);
  }
  return out;
}
