/**
 * "đang theo dõi 52 hộ, gồm: 20 hộ nghèo, 18 hộ cận nghèo và 14 hộ mới thoát nghèo" and, in another paragraph, "xã theo dõi
 * 55 hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo": a count whose noun phrase is a list of groups (each opening with its
 * counted noun) that names, one for one, the groups a breakdown ("gồm") of a whole of that noun lists is the whole restated,
 * when the two are stated by one act (the one verb phrase holding the other's words, no place word added). Read here once;
 * repeated-value-conflict judges the values.
 */
import type { Analysis, Figure, FigureReading } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { verbCore } from './quantities.js';
import { NOUN_JOINERS, PLACE_KIND_WORDS, WHOLE_AREA_WORDS, alt, wordsRe } from '../text/lexicon.js';

/** A breakdown's whole and a later count naming the same groups. */
export interface RestatedGroup { whole: Figure; restated: Figure }

type Input = Pick<Analysis, 'source' | 'figures' | 'claims' | 'readings'>;

/** Every whole of a "gồm" breakdown restated elsewhere by a count naming its parts' groups. */
export function readRestatedGroups(input: Input): RestatedGroup[] {
  const readings = new Map(input.readings.map((q) => [q.figure.index, q] as const));
  const claimed = new Set(input.claims.flatMap((c) => [c.whole, ...c.parts]));
  const breakdowns = input.claims.flatMap((c) => {
    const whole = readings.get(c.whole);
    if (c.relation !== 'exhaustive' || c.connector !== 'gồm' || c.parts.length < 2 || !whole || !plainCount(whole)) return [];
    const groups = c.parts.map((p) => groupAfter(input, input.figures[p], whole.unit!));
    return groups.every((g): g is string[] => g !== null) ? [{ whole, groups }] : [];
  });
  if (breakdowns.length === 0) return [];
  const out: RestatedGroup[] = [];
  for (const q of input.readings) {
    if (!plainCount(q) || claimed.has(q.figure.index)) continue;
    const listed = listAfter(input, q.figure, q.unit!);
    if (listed.length < 2) continue;
    for (const b of breakdowns) {
      if (b.whole.figure.block === q.figure.block || b.whole.unit !== q.unit || !oneAct(b.whole, q) || !matched(listed, b.groups)) continue;
      out.push({ whole: b.whole.figure, restated: q.figure });
    }
  }
  return out;
}

// A count of a sentence (no table cell), with a unit, no change, no tag but its list lead, the groups it is joined with ("and:")
// and the stock it is still in hand.
function plainCount(q: FigureReading): boolean {
  const tags = q.scope.split('|').filter((t) => t !== '' && !t.startsWith('lead:') && !t.startsWith('and:') && t !== 'ongoing');
  return q.kind === 'count' && q.unit !== null && q.figure.cell === null && !q.figure.change && tags.length === 0 && q.pred === null;
}

// The words after a figure in its block, to the end of its clause.
function after(input: Input, f: Figure): string {
  const block = input.source.blocks[f.block];
  const rest = block.text.slice(f.span.end - block.span.start);
  return rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
}
const CLAUSE_END = /[;:.()]|\s[-–]\s/u;

// A part's group: the words after it to the next item, opening with the counted noun; null otherwise.
function groupAfter(input: Input, f: Figure, unit: string): string[] | null {
  const [first] = after(input, f).split(ITEM_SEP);
  const tokens = labelTokens(first);
  return opensWith(tokens, unit) && tokens.length > labelTokens(unit).length ? tokens : null;
}

// The groups a count's noun phrase lists ("người nghiện, người sau cai nghiện"), each opening with the counted noun; the list
// ends at the first item that does not.
function listAfter(input: Input, f: Figure, unit: string): string[][] {
  const out: string[][] = [];
  for (const item of after(input, f).split(ITEM_SEP)) {
    const tokens = labelTokens(item);
    // A number opens another count ("…, 35 người …"): the list of groups has ended.
    if (/\d/u.test(item) || !opensWith(tokens, unit) || tokens.length <= labelTokens(unit).length) break;
    out.push(tokens);
  }
  return out;
}
const ITEM_SEP = new RegExp(`,\\s*|\\s+(?:${alt(NOUN_JOINERS)})\\s+`, 'u');

function opensWith(tokens: readonly string[], unit: string): boolean {
  const u = labelTokens(unit);
  return u.length > 0 && u.every((t, k) => tokens[k] === t);
}

// One act: both verb phrases read, the one holding all the other's words, and none it adds a place word.
function oneAct(a: FigureReading, b: FigureReading): boolean {
  const [va, vb] = [verbCore(a.verb), verbCore(b.verb)].map((v) => (v === null ? [] : labelTokens(v)));
  if (va.length === 0 || vb.length === 0) return false;
  const [short, long] = va.length <= vb.length ? [va, vb] : [vb, va];
  if (!short.every((t) => long.includes(t))) return false;
  const added = long.filter((t) => !short.includes(t)).join(' ');
  return !PLACES.test(added);
}
const PLACES = wordsRe([...PLACE_KIND_WORDS, ...WHOLE_AREA_WORDS]);

// One for one: each listed group opens the part's group or is opened by it, and the pairing is the only one possible.
function matched(listed: readonly string[][], groups: readonly string[][]): boolean {
  if (listed.length !== groups.length) return false;
  const prefix = (a: readonly string[], b: readonly string[]) => {
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    return s.every((t, k) => l[k] === t);
  };
  const options = listed.map((l) => groups.flatMap((g, k) => (prefix(l, g) ? [k] : [])));
  const taken = new Set<number>();
  for (const o of options) {
    if (o.length !== 1 || taken.has(o[0])) return false;
    taken.add(o[0]);
  }
  return true;
}
