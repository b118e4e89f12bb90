/**
 * "Tổng số trẻ em dưới 16 tuổi trên địa bàn xã là 3.038 em; trong đó trẻ em dưới 6 tuổi 1.060 em" and later "Tổ chức cân, đo
 * cho 1.124 trẻ em dưới 5 tuổi": an age bound right after a population noun names a group of it ("dưới N tuổi", "từ N tuổi trở
 * lên", "trên N tuổi", "từ A đến B tuổi", "A - B tuổi", "… tháng tuổi"), and groups of one noun nest by their ages. The ages
 * stay no figures (src/extract/not-figures.ts); here they are read once more, as the bounds of the group a count is of.
 *
 * A count of a narrower group, however narrowed further (by a deed, a verb, a status), is some of a count of a wider group
 * of the same noun when the wider one is all of its group: stated as what there is, nothing after its age but the unit's own
 * area and a copula, nothing before its noun but the words of a total (or "trong đó" under a whole stated so). Never when a
 * count of a repeated act is near (lượt, lần, đợt), a place other than the unit's own is named, another period, a plan,
 * a prior or cumulative value narrows either, or a wider group states two values. Read here; part-exceeds-whole judges.
 */
import type { Analysis, Figure, FigureReading } from '../model/index.js';
import {
  ADMIN_LEVEL_WORDS, AGE_ABOVE_WORDS, AGE_BELOW_WORDS, AGE_FROM_WORDS, AGE_GROUP_COUNTERS, AGE_GROUP_NOUNS, AGE_MONTH_UNITS, AGE_SPAN_LEADS,
  AGE_YEAR_UNITS, AND_OR_WORDS, AT_WORDS, GROUP_COPULAS, GROUP_TOTAL_LEADS, LIST_PLACE_WORDS, OF_WHICH, OPEN_RANGE_TAILS, PLACE_KIND_WORDS,
  RANGE_WORDS, REPEATED_ACT_WORDS, WHOLE_AREA_WORDS, alt, altInitialCase, edgeAlt,
} from '../text/lexicon.js';
import { unitHead } from './quantities.js';

/** A count of a narrower age group and a count of a wider group of the same noun holding it, with both groups as written. */
export interface AgeNesting { part: Figure; whole: Figure; partGroup: string; wholeGroup: string }

type Input = Pick<Analysis, 'source' | 'figures' | 'readings' | 'claims' | 'clauses' | 'meta'>;

/** Ages in months, inclusive: the most a group may hold (`loose`) and the least it surely holds (`strict`). */
interface Ages { loose: [number, number]; strict: [number, number] }
/** whole: all of its group; stated: its group with nothing after it (whatever before); part: some of its group. */
interface Group { figure: Figure; noun: number; ages: Ages; text: string; whole: boolean; stated: boolean; part: boolean }

const L = String.raw`\p{L}`;
const N = String.raw`(\d{1,3})`;
const UNIT = `(${alt(AGE_MONTH_UNITS, AGE_YEAR_UNITS)})`;
const SEP = String.raw`\s*(?:[-–]|(?:${alt(RANGE_WORDS)})(?![${L}]))\s*`;
// One age bound, in four shapes: below N, above N, from A to B (its first unit optional, "đến dưới B" too), from N up.
const BOUND = String.raw`(?:(?:${alt(AGE_SPAN_LEADS)})\s+)?(?:`
  + String.raw`(${alt(AGE_BELOW_WORDS)})\s+${N}\s*${UNIT}`
  + String.raw`|(${alt(AGE_ABOVE_WORDS)})\s+${N}\s*${UNIT}`
  + String.raw`|(?:(?:${alt(AGE_FROM_WORDS)})\s+)?${N}(?:\s*${UNIT})?${SEP}(?:(${alt(AGE_BELOW_WORDS)})\s+)?${N}\s*${UNIT}`
  + String.raw`|(?:(?:${alt(AGE_FROM_WORDS)})\s+)?${N}\s*${UNIT}\s+(?:${alt(OPEN_RANGE_TAILS.slice(0, 1))}))(?![${L}\d])`;
const NOUN_SPELLINGS = AGE_GROUP_NOUNS.map((spellings) => new RegExp(`^(?:${alt(spellings)})$`, 'iu'));
const GROUP_HINT = new RegExp(String.raw`\d\s*(?:${alt(AGE_MONTH_UNITS, AGE_YEAR_UNITS)})(?![${L}])`, 'iu');
const GROUP = new RegExp(String.raw`(${edgeAlt(AGE_GROUP_NOUNS.flat())})\s+(\(\s*)?${BOUND}`, 'giu');

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const setOf = (...lists: ReadonlyArray<readonly string[]>) => new Set(lists.flat().flatMap(words));
// What may stand around a whole group's name besides it: the unit's own area and level, a copula, the words of a total.
const OWN_AREA = setOf(WHOLE_AREA_WORDS, ADMIN_LEVEL_WORDS, AT_WORDS.filter((w) => !(LIST_PLACE_WORDS as readonly string[]).includes(w)));
const COPULAS = setOf(GROUP_COPULAS);
const TOTAL_LEADS = setOf(GROUP_TOTAL_LEADS, OF_WHICH);
const OF_WHICH_RE = new RegExp(`${edgeAlt(OF_WHICH)}(?![${L}])`, 'iu');
const REPEATED = new RegExp(`${edgeAlt(REPEATED_ACT_WORDS)}(?![${L}])`, 'iu');
// "tại các ấp", "ở thôn 3": a place the words after hand the count to; "thôn Đông", "ấp Phú Lợi": a named place.
const AT_PLACE = new RegExp(`${edgeAlt(LIST_PLACE_WORDS)}(?![${L}])`, 'iu');
const NAMED_PLACE = new RegExp(String.raw`(?<![${L}])(?:${altInitialCase(PLACE_KIND_WORDS)})\s+(\p{Lu}${L}*(?:\s+\p{Lu}${L}*)*|\d+)`, 'gu');
// A group's words joined to another's ("trẻ em dưới 6 tuổi và người cao tuổi …"), or a comma or bracket between them and the
// count: the count may be of more than the group.
const JOINED = new RegExp(String.raw`^\s*(?:,\s*(?:${alt(AGE_GROUP_NOUNS.flat())})(?![${L}])|(?:${alt(AND_OR_WORDS)})\s+(?!\d))`, 'iu');
const BROKEN = new RegExp(String.raw`[,;()]|(?<![${L}])(?:${alt(AND_OR_WORDS)})(?![${L}])`, 'iu');
const GAP_WORDS = 12;
// Tags a group's count may carry: the paragraph's lead, its part of a "trong đó" whole, its subject and heading.
const WHOLE_TAGS = ['lead:', 'part', 'within:', 'subject:', 'head:'];
const PART_TAGS = [...WHOLE_TAGS, 'and:', 'by:', 'neg'];

/** Every count of a narrower age group with the counts of wider groups of its noun that hold it, narrowest first. */
export function readAgeNestings(input: Input): AgeNesting[] {
  const groups = readGroups(input);
  const wholes = groups.filter((g) => g.whole);
  if (wholes.length === 0) return [];
  // A group stated with two values (as a whole or restated, whatever opens its clause) is unsure: neither bounds anything.
  const values = new Map<string, Set<number>>();
  const key = (g: Group) => `${g.noun}#${g.ages.strict.join('-')}#${g.ages.loose.join('-')}`;
  for (const w of groups) if (w.stated) values.set(key(w), (values.get(key(w)) ?? new Set()).add(w.figure.value));
  const out: AgeNesting[] = [];
  for (const p of groups) {
    if (!p.part) continue;
    const holding = wholes.filter((w) => w.figure !== p.figure && w.noun === p.noun && values.get(key(w))!.size === 1 && holds(w.ages, p.ages))
      .sort((a, b) => span(a.ages.strict) - span(b.ages.strict));
    for (const w of holding) out.push({ part: p.figure, whole: w.figure, partGroup: p.text, wholeGroup: w.text });
  }
  return out;
}

const span = ([lo, hi]: [number, number]) => hi - lo;
// The whole surely holds all the part may hold, and the two are not one group.
function holds(whole: Ages, part: Ages): boolean {
  const [wl, wh] = whole.strict;
  const [pl, ph] = part.loose;
  return wl <= pl && ph <= wh && !(wl === pl && wh === ph);
}

// No table by block or by figure (a document of many blocks would fill one): figures and readings are in reading order,
// so a block's figures and a figure's reading are found by halving.
function readGroups(input: Input): Group[] {
  const own = setOf(input.meta.unit ? [input.meta.unit.name] : []);
  const out: Group[] = [];
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !GROUP_HINT.test(block.text)) continue;
    const figures = figuresOf(input.figures, block.index);
    if (figures.length === 0) continue;
    const readings = (f: Figure) => readingOf(input.readings, f.index);
    for (const m of block.text.matchAll(GROUP)) {
      const noun = NOUN_SPELLINGS.findIndex((re) => re.test(m[1]));
      const ages = agesOf(m);
      if (noun < 0 || ages === null) continue;
      const from = m.index!;
      const to = from + m[0].length + (m[2] ? closingAfter(block.text, from + m[0].length) : 0);
      const g = groupCount(input, readings, block.text, figures, from, to, own);
      if (g) out.push({ ...g, noun, ages, text: m[0].replace(/\(\s*/u, '') });
    }
  }
  return out;
}

// The length of a bracket's closing after an age written in it ("người cao tuổi (từ 80 tuổi trở lên)"), 0 when none.
const closingAfter = (text: string, at: number) => /^\s*\)/u.exec(text.slice(at))?.[0].length ?? 0;

/** The ages a bound names, in months: below N, above N, from A to B, from N up. */
function agesOf(m: RegExpMatchArray): Ages | null {
  const months = (unit: string | undefined) => (unit !== undefined && unit.toLowerCase().startsWith(AGE_MONTH_UNITS[0].split(' ')[0]) ? 1 : 12);
  const INF = Number.POSITIVE_INFINITY;
  if (m[3] !== undefined) {
    const k = months(m[5]);
    const n = Number(m[4]) * k;
    return n > 0 ? { loose: [0, n - 1], strict: [0, n - 1] } : null;
  }
  if (m[6] !== undefined) {
    const k = months(m[8]);
    const n = Number(m[7]) * k;
    return { loose: [n, INF], strict: [n + k, INF] };
  }
  if (m[9] !== undefined) {
    const k = months(m[13]);
    if (m[10] !== undefined && months(m[10]) !== k) return null;
    const [a, b] = [Number(m[9]) * k, Number(m[12]) * k];
    if (a >= b) return null;
    // "đến dưới B" ends before B; "A - B tuổi" reads B in full, loosely, and as "up to B" at least.
    return m[11] !== undefined ? { loose: [a, b - 1], strict: [a, b - 1] } : { loose: [a, b + k - 1], strict: [a, b - 1] };
  }
  if (m[14] !== undefined) {
    const n = Number(m[14]) * months(m[15]);
    return { loose: [n, INF], strict: [n, INF] };
  }
  return null;
}

/**
 * The count a group's words name, right before them ("cho 1.124 trẻ em dưới 5 tuổi") or after them in their clause ("trẻ em
 * dưới 6 tuổi 1.060 em", "… là 3.038 em"), and whether it may be a part (any count of the group's people) or a whole.
 */
function groupCount(input: Input, readings: (f: Figure) => FigureReading | undefined, text: string, figures: readonly Figure[], from: number, to: number, own: ReadonlySet<string>): Omit<Group, 'noun' | 'ages' | 'text'> | null {
  const start = input.source.blocks[figures[0].block].span.start;
  const clause = input.clauses.at(figures[0].block, from, true);
  if (!clause) return null;
  const before = figures.find((f) => f.span.end - start <= from && /^\s*$/u.test(text.slice(f.span.end - start, from)));
  const after = before ? undefined : figures.find((f) => f.span.start - start >= to && f.span.start - start < clause.to);
  const figure = before ?? after;
  const q = figure && readings(figure);
  if (!figure || !q || figure.kind !== 'count' || q.role !== 'count' || figure.change || !Number.isInteger(figure.value) || !counts(q, text.slice(from, to))) return null;
  const at = figure.span.start - start;
  // Named after its count, nothing joins another group to it; named before, nothing breaks the words up to the count.
  if (before ? JOINED.test(text.slice(to, clause.to)) : BROKEN.test(text.slice(to, at)) || words(text.slice(to, at)).length > GAP_WORDS) return null;
  const statement = text.slice(clause.from, clause.to);
  if (REPEATED.test(statement) || elsewhere(statement, own) || !tagged(q, PART_TAGS)) return null;
  const lead = text.slice(clause.from, before ? at : from);
  // After the group named after its count, its own words run to the first comma ("…, chiếm 12,4% dân số" says more of it).
  const tail = before ? text.slice(to, clause.to).split(/[,;]/u)[0] : text.slice(to, at);
  // A whole: nothing narrows it. Named after its count, what there is ("Toàn xã có 1.245 người từ 60 tuổi trở lên"); named
  // before it, the words of a total before its noun, a copula after its age; a part of "trong đó" under a whole stated so.
  const stated = q.served !== true && q.pred === null && only(tail, OWN_AREA, COPULAS, own);
  const whole = stated && tagged(q, WHOLE_TAGS) && (before ? q.held === true && q.pre === null && only(lead, OWN_AREA, COPULAS, TOTAL_LEADS, own)
    : only(lead, OWN_AREA, TOTAL_LEADS, own) && (!OF_WHICH_RE.test(lead) || wholeOfClaim(input, readings, figure)));
  return { figure, whole, stated, part: true };
}

// The count is of the group's people: its unit the group's noun or a word counting people, never a visit or an act.
function counts(q: FigureReading, group: string): boolean {
  const head = unitHead(q.figure);
  if (head === null) return false;
  const named = words(group);
  return (AGE_GROUP_COUNTERS as readonly string[]).includes(head) || words(head).every((w) => named.includes(w));
}

// Every tag of the count is one of those allowed.
const tagged = (q: FigureReading, allowed: readonly string[]) => q.scope.split('|').every((t) => t === '' || allowed.some((a) => t === a || (a.endsWith(':') && t.startsWith(a))));

// The words hold none but those of the sets (and a colon or comma).
const only = (s: string, ...sets: ReadonlyArray<ReadonlySet<string>>) => words(s).every((w) => sets.some((set) => set.has(w)));

// A place the statement hands the count to ("tại", "ở"), or a named place other than the report's own unit.
function elsewhere(statement: string, own: ReadonlySet<string>): boolean {
  if (AT_PLACE.test(statement)) return true;
  return [...statement.matchAll(NAMED_PLACE)].some((m) => !words(m[1]).every((w) => own.has(w)));
}

// "…; trong đó trẻ em dưới 6 tuổi 1.060 em": the whole of its claim is all there is of its noun (a plain count).
function wholeOfClaim(input: Input, readings: (f: Figure) => FigureReading | undefined, part: Figure): boolean {
  const claim = input.claims.find((c) => (c.relation === 'subset' || c.relation === 'exhaustive') && c.parts.includes(part.index));
  const q = claim && readings(input.figures[claim.whole]);
  return !!q && q.role === 'count' && q.kind === 'count' && !q.figure.change && q.served !== true && q.pred === null && q.pre == null && tagged(q, WHOLE_TAGS);
}

// The figures of a block, not in a table cell: figures are sorted by block.
function figuresOf(figures: readonly Figure[], block: number): Figure[] {
  let [lo, hi] = [0, figures.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].block < block) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let k = lo; k < figures.length && figures[k].block === block; k++) if (figures[k].cell === null) out.push(figures[k]);
  return out;
}

// A figure's reading: readings follow their figures' order, a figure having one or none.
function readingOf(readings: readonly FigureReading[], index: number): FigureReading | undefined {
  let [lo, hi] = [0, readings.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (readings[mid].figure.index < index) lo = mid + 1;
    else hi = mid;
  }
  return readings[lo]?.figure.index === index ? readings[lo] : undefined;
}
