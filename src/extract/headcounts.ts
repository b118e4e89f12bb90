/**
 * The headcount of an event held once a period (HEADCOUNT_EVENTS: the handover of recruits), however a report words it:
 * "hoàn thành giao quân với 45 công dân", "43 thanh niên lên đường nhập ngũ", "giao nhận quân … 26 tân binh" are one
 * quantity, of the period whatever day the event was held on. Read only for a count of people.
 */
import type { Figure, FigureReading } from '../model/index.js';
import { labelTokens } from './similarity.js';
import { alt, ASPECT_WORDS, HEADCOUNT_EVENTS, edgeAlt } from '../text/lexicon.js';
import { isPeople } from './labels.js';

// The marks that close a segment, as lastSegment in quantities.ts cuts it.
const SEGMENT_MARKS = [',', ';', ':', '('];

const EVENTS = HEADCOUNT_EVENTS.map((e) => ({
  key: e.key,
  // The ceremony in the words before the count, within its segment.
  before: new RegExp(String.raw`${edgeAlt(e.before)}(?![\p{L}])`, 'iu'),
  // What the people did, right after their noun.
  after: new RegExp(String.raw`^\s+(?:${alt(e.after)})(?![\p{L}])`, 'iu'),
  nouns: new Set(e.nouns),
  // The ceremony's act, alone in the count's segment ("giao đủ 215 công dân" after "tổ chức lễ giao nhận quân,").
  act: new RegExp(String.raw`^(?:(?:${alt(ASPECT_WORDS)})\s+)*(?:${alt(e.acts)})$`, 'iu'),
}));

/**
 * The key of the event a count of people is the headcount of, or null. `segment` is the words before the figure in its
 * segment (after its last comma), `gap` all its clause's words before it (no other figure between), `phrase` the noun
 * phrase after it; `unit` the figure's counted noun.
 */
export function headcountOf(f: Figure, unit: string | null, segment: string, gap: string, phrase: string): string | null {
  if (f.kind !== 'count' || unit === null) return null;
  const noun = unit.toLowerCase().trim();
  for (const e of EVENTS) {
    if (e.nouns.has(noun)) return e.key;
    if (!isPeople(noun)) continue;
    const words = phrase.trimStart().toLowerCase();
    const own = words.startsWith(noun) ? words.slice(noun.length) : null;
    if (e.before.test(segment) || (own !== null && e.after.test(own))) return e.key;
    // "huyện tổ chức lễ giao nhận quân, giao đủ 215 công dân": the count of the ceremony's own act, named just before.
    if (e.act.test(segment) && e.before.test(gap.slice(0, Math.max(...SEGMENT_MARKS.map((m) => gap.lastIndexOf(m)), 0)))) return e.key;
  }
  return null;
}

/**
 * A reading as the headcount of event `key`: named by the event alone (its people counted by any noun, "người"), of the period
 * (no day of the event), its verb and subject words dropped: those told the event.
 */
export function headcountReading<Q extends Omit<FigureReading, 'role' | 'related'>>(q: Q, key: string): Q {
  const scope = q.scope.split('|').filter((t) => !t.startsWith('on:')).join('|');
  const branches = (q.branches ?? []).filter((b) => !b.startsWith('subject=') && !b.startsWith('event='));
  return { ...q, tokens: ['headcount', ...labelTokens(key)], name: `headcount ${key}`, unit: 'người', scope, named: true, pred: null, pre: null, verb: null, branches };
}
