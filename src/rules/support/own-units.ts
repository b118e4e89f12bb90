/**
 * Wholes a part is bounded by across sentences, where no "trong đó" ties the two (for part-exceeds-whole):
 *
 * - The report's own units. "Xã Nghĩa Lâm có 11 thôn" and, paragraphs later, "Đến nay có 12 thôn đạt chuẩn …": a count of
 *   the place's own subunits or facilities (lexicon SUBUNIT_KINDS, OWN_FACILITY_NOUNS) that meet a condition is some of
 *   the units the place has.
 * - The people of a period's activity. "đã tiếp 214 lượt với 268 người …. Có 05 đoàn đông người với 282 người": the people
 *   of the groups the paragraph's activity had are some of the people it reached. That the groups are of that activity is
 *   read from the paragraph alone (the group's sentence has no verb of its own), so this is a warning.
 */
import type { FigureReading, Unit } from '../../model/index.js';
import {
  ADMIN_LEVEL_WORDS, AS_OF_WORDS, CUMULATIVE_WORDS, FORMER_UNIT_WORDS, MERGER_WORDS, MULTI_YEAR_WORDS, OWN_FACILITY_NOUNS,
  OWN_UNIT_ALIASES, PERSON_NOUNS, SUBUNIT_KINDS, WHOLE_AREA_WORDS,
} from '../../text/lexicon.js';
import { foldKey } from '../../text/normalize.js';
import { labelTokens } from '../../extract/similarity.js';
import type { RuleContext } from '../define.js';

const tagsOf = (q: FigureReading) => q.scope.split('|').filter((t) => t !== '');
const onlyTags = (q: FigureReading, allowed: readonly string[]) =>
  tagsOf(q).every((t) => allowed.some((a) => t === a || t.startsWith(`${a}:`)));
// The part is already tied to the whole by a claim ("trong đó", a sentence-led whole): that claim's check judges it.
const claimed = (context: RuleContext, part: FigureReading, whole: FigureReading) =>
  part.related.some((r) => r.relation === 'part-of' && r.figure === whole.figure.index)
  || context.claims.some((c) => c.whole === whole.figure.index && c.parts.includes(part.figure.index));
const plainCount = (q: FigureReading) => q.figure.cell === null && q.kind === 'count' && !q.figure.change && Number.isInteger(q.figure.value);
const spaced = (words: readonly string[]) => ` ${words.join(' ')} `;
// Text as its words, folded, punctuation as spaces, a space either side: cue words are matched whole in it.
const wordsOf = (text: string) => ` ${foldKey(text.replace(/[\p{P}\p{S}]/gu, ' ')).trim()} `;
const hasWords = (words: string, cues: readonly string[]) => cues.some((w) => words.includes(` ${w} `));
// A running total ("lũy kế", "từ đầu năm"); "đến nay", "tính đến" only date a level (lexicon AS_OF_WORDS).
const RUNNING_TOTAL = CUMULATIVE_WORDS.filter((w) => !(AS_OF_WORDS as readonly string[]).includes(w)).map(foldKey);
const MULTI_YEAR = MULTI_YEAR_WORDS.map(foldKey);
const MERGING = [...MERGER_WORDS, ...FORMER_UNIT_WORDS].map(foldKey);
const LEVEL_TOKENS = ADMIN_LEVEL_WORDS.map((w) => labelTokens(w).join(' '));
const FACILITY_KINDS = new Set(OWN_FACILITY_NOUNS.map((w) => unaliased(labelTokens(w)).join(' ')));

/** The report's own place: its level and name as tokens, and every token that only says where ("toàn", "địa bàn"). */
function ownPlace(unit: Unit) {
  const level = labelTokens(unit.level);
  const name = labelTokens(unit.name).slice(level.length);
  const where = new Set([...level, ...name, ...ADMIN_LEVEL_WORDS.flatMap((w) => labelTokens(w)), ...WHOLE_AREA_WORDS.flatMap((w) => labelTokens(w))]);
  const below = new Set((SUBUNIT_KINDS[unit.level] ?? []).map((k) => labelTokens(k).join(' ')));
  return { level: level.join(' '), name: name.join(' '), where, below };
}
type Own = ReturnType<typeof ownPlace>;

/** A count's tokens with a unit spelt two ways written the short way (lexicon OWN_UNIT_ALIASES: "trường học" → "trường"). */
function unaliased(tokens: readonly string[]): string[] {
  for (const [long, short] of Object.entries(OWN_UNIT_ALIASES)) {
    const l = labelTokens(long);
    if (l.every((w, k) => tokens[k] === w)) return [...labelTokens(short), ...tokens.slice(l.length)];
  }
  return [...tokens];
}

/**
 * The noun phrase of a count stated as what the report's own place has ("Xã Nghĩa Lâm có 11 thôn" → thôn, "Toàn huyện có
 * 32 trường tiểu học" → trường tiểu học), or null: held, nothing narrowing it but the place, the place the report's (its
 * owner, or its level in the name with no other level), and the noun one of the place's own units.
 */
function ownWhole(context: RuleContext, q: FigureReading, own: Own, kinds: readonly string[][]): string[] | null {
  if (!plainCount(q) || q.held !== true || q.served === true || q.role !== 'count' || q.pred !== null || q.pre) return null;
  if (!onlyTags(q, ['lead', 'and', 'subject'])) return null;
  const owners = (q.branches ?? []).map((b) => (b.startsWith('owner=') ? b.slice('owner='.length) : null));
  if (owners.some((o) => o !== own.name)) return null;
  const tokens = unaliased(q.tokens);
  const kind = kinds.find((k) => k.every((w, i) => tokens[i] === w));
  // The count's own unit opens the kind's words ("trường" of "trường học"): "trường hợp" is no school.
  if (!kind || q.unit === null || !labelTokens(q.unit).every((w, i) => kind[i] === w)) return null;
  // A facility named with a level right after it ("01 nhà văn hóa phường", "01 trạm y tế huyện") is that level's own one,
  // not every one of the noun ("14 nhà văn hóa tổ dân phố" beside it): no whole of the noun.
  const after = spaced(tokens.slice(kind.length));
  if (FACILITY_KINDS.has(kind.join(' ')) && LEVEL_TOKENS.some((l) => after.startsWith(` ${l} `))) return null;
  let end = tokens.length;
  while (end > kind.length && own.where.has(tokens[end - 1])) end--;
  const tail = spaced(tokens.slice(end));
  const levels = LEVEL_TOKENS.filter((l) => tail.includes(` ${l} `));
  if (levels.some((l) => !` ${own.level} `.includes(` ${l} `))) return null;
  return owners.length > 0 || tail.includes(` ${own.level} `) || ownSubject(context, q, own) ? tokens.slice(0, end) : null;
}

/** The figure's statement opens with the report's own place and nothing else before it ("Toàn huyện có 17 trạm y tế"). */
function ownSubject(context: RuleContext, q: FigureReading, own: Own): boolean {
  const block = context.source.blocks[q.figure.block];
  const at = q.figure.span.start - block.span.start;
  const statement = context.clauses.at(q.figure.block, at, true);
  if (!statement) return false;
  const before = labelTokens(block.text.slice(statement.from, at));
  return before.length > 0 && before.every((w) => own.where.has(w)) && spaced(before).includes(` ${own.level} `);
}

/** The text of the sentence holding a figure. */
function sentenceText(context: RuleContext, q: FigureReading): string {
  const block = context.source.blocks[q.figure.block];
  const at = q.figure.span.start - block.span.start;
  const s = context.sentences.of(q.figure.block).find((x) => x.from <= at && at < x.to);
  return s ? block.text.slice(s.from, s.to) : block.text;
}

/** No date in the figure's sentence outside the report's period (any date, when the period is unknown). */
function datedInPeriod(context: RuleContext, q: FigureReading): boolean {
  const block = context.source.blocks[q.figure.block];
  const at = q.figure.span.start - block.span.start;
  const s = context.sentences.of(q.figure.block).find((x) => x.from <= at && at < x.to);
  const period = context.meta.period;
  return (context.dates[q.figure.block] ?? []).every((d) => (s !== undefined && (d.to <= s.from || d.from >= s.to))
    || (period !== null && d.start >= period.start && d.end <= period.end));
}

/**
 * A count of the report's own units that meet a condition ("12 thôn đạt chuẩn …", "29 trạm y tế đạt Bộ tiêu chí …") above
 * the number of them the place has. Silent when the document states two numbers of the units, speaks of merging units or
 * of former ones, or the part is of another place, another period (a span of years, a running total, a date outside the
 * report's period), a target, another unit, or those an action reached.
 */
export function checkOwnUnits(context: RuleContext): void {
  const unit = context.meta.unit;
  if (unit === null) return;
  const own = ownPlace(unit);
  const kinds = [...(SUBUNIT_KINDS[unit.level] ?? []), ...OWN_FACILITY_NOUNS]
    .map((k) => labelTokens(k)).sort((a, b) => b.length - a.length);
  const wholes = new Map<string, { q: FigureReading; noun: string[] }[]>();
  for (const q of context.readings) {
    const noun = ownWhole(context, q, own, kinds);
    if (noun !== null) wholes.set(noun.join(' '), [...(wholes.get(noun.join(' ')) ?? []), { q, noun }]);
  }
  if (wholes.size === 0) return;
  // A figure may have more than one reading: each part is reported once.
  const reported = new Set<number>();
  for (const [key, found] of wholes) {
    const whole = found[0];
    // Every count of the noun stated as what there is and narrowed by nothing but a place or a time ("trước sáp nhập có
    // 14 thôn"): two values leave the whole unsure.
    const stated = context.readings.filter((q) => plainCount(q) && q.held === true && q.pred === null && !tagsOf(q).includes('target')
      && unaliased(q.tokens).slice(0, whole.noun.length).join(' ') === key);
    if (new Set([...found.map((w) => w.q.figure.value), ...stated.map((q) => q.figure.value)]).size !== 1) continue;
    if (mergesUnits(context, whole.noun[0])) continue;
    for (const q of context.readings) {
      if (reported.has(q.figure.index) || q.unit !== whole.q.unit || q.figure.value <= whole.q.figure.value || q.figure.block === whole.q.figure.block) continue;
      if (!ownPart(context, q, whole.noun, own) || claimed(context, q, whole.q)) continue;
      reported.add(q.figure.index);
      context.report({
        messageId: 'partExceedsWhole',
        data: { part: q.figure.value, whole: whole.q.figure.value, partText: q.figure.raw, wholeText: whole.q.figure.raw },
        places: [{ figure: q.figure }, { figure: whole.q.figure }],
        suggestion: null,
      });
    }
  }
}

/** A count of some of the noun's units, those meeting a condition, of the report's own place and time. */
function ownPart(context: RuleContext, q: FigureReading, noun: readonly string[], own: Own): boolean {
  if (!plainCount(q) || q.pred === null || q.served === true || (q.role !== 'count' && q.role !== 'cumulative')) return false;
  if (!onlyTags(q, ['lead', 'new', 'neg', 'cumulative'])) return false;
  if ((q.branches ?? []).some((b) => b !== `owner=${own.name}`)) return false;
  if (!noun.every((w, k) => unaliased(q.tokens)[k] === w)) return false;
  const text = sentenceText(context, q);
  const words = wordsOf(text);
  if (hasWords(words, MULTI_YEAR) || hasWords(words, RUNNING_TOTAL) || hasWords(words, MERGING)) return false;
  const tokens = labelTokens(text);
  // A level above the report's named in the sentence ("toàn tỉnh có 150 thôn đạt chuẩn" in a commune's report): another
  // whole. Levels below it ("trạm y tế xã") name the units' kind; a subunit by its name carries an owner or a place.
  const rest = spaced(tokens.filter((w) => !noun.includes(w)));
  if (LEVEL_TOKENS.some((l) => rest.includes(` ${l} `) && l !== own.level && !own.below.has(l))) return false;
  return datedInPeriod(context, q);
}

/** The document speaks of merging units or of former ones ("sáp nhập", "thôn cũ") in a paragraph naming the noun. */
function mergesUnits(context: RuleContext, noun: string): boolean {
  return context.source.blocks.some((b) => {
    if (!b.text.toLowerCase().includes(noun)) return false;
    const words = wordsOf(b.text);
    return words.includes(` ${noun} `) && hasWords(words, MERGING);
  });
}

/**
 * "đã tiếp 214 lượt với 268 người …. Có 05 đoàn đông người với 282 người": the people attached by "với" to a group stated
 * in a later sentence of the paragraph, a sentence with no verb of its own, are some of the people attached to the
 * paragraph's activity (the first count of their noun there, the "within:" a reading carries), so they cannot outnumber them.
 */
export function checkAttachedPeople(context: RuleContext): void {
  const byFigure = new Map<number, FigureReading>();
  for (const q of context.readings) if (!byFigure.has(q.figure.index)) byFigure.set(q.figure.index, q);
  for (const p of byFigure.values()) {
    if (!plainCount(p) || p.unit === null || !(PERSON_NOUNS as readonly string[]).includes(p.unit) || p.role !== 'count') continue;
    if (!onlyTags(p, ['lead', 'subject', 'within']) || p.served === true) continue;
    const within = tagsOf(p).filter((t) => t.startsWith('within:')).map((t) => Number(t.slice('within:'.length)));
    if (within.length !== 1 || p.figure.value <= within[0]) continue;
    const group = byFigure.get(p.figure.index - 1);
    if (!group || !heldGroup(group, p) || !attachedTo(p, group)) continue;
    const whole = activityPeople(context, byFigure, p, within[0]);
    if (!whole || claimed(context, p, whole) || sentenceOf(context, whole) === sentenceOf(context, group) || !datedInPeriod(context, group)) continue;
    context.report({
      messageId: 'partExceedsWhole',
      data: { part: p.figure.value, whole: whole.figure.value, partText: p.figure.raw, wholeText: whole.figure.raw },
      places: [{ figure: p.figure }, { figure: whole.figure }],
      suggestion: null,
      severity: 'warning',
    });
  }
}

// A group stated as there being ("Có 05 đoàn đông người"), no verb of its own, narrowed by nothing, just before the people.
const heldGroup = (g: FigureReading, p: FigureReading) => plainCount(g) && g.figure.block === p.figure.block && g.held === true
  && g.unit !== p.unit && g.role === 'count' && !g.pre && !g.verb && g.pred === null && g.served !== true && onlyTags(g, ['lead'])
  && (g.branches ?? []).length === 0;

// The people are the group's: "with=<its count> <its words>", or the group's words as the people's subject.
const attachedTo = (p: FigureReading, g: FigureReading) => (p.branches ?? []).some((b) =>
  b === `with=${g.figure.value} ${g.tokens.join(' ')}` || b === `subject=${g.tokens.join(' ')}`);

/**
 * The people the paragraph's activity reached: the first count of the noun in the block, of value `value`, attached to an
 * activity's count just before it ("tiếp 214 lượt với 268 người"), the activity a verb of the report's own time.
 */
function activityPeople(context: RuleContext, byFigure: Map<number, FigureReading>, p: FigureReading, value: number): FigureReading | null {
  const w = context.readings.find((q) => q.figure.block === p.figure.block && q.figure.index < p.figure.index && q.unit === p.unit && q.figure.value === value);
  if (!w || !plainCount(w) || w.role !== 'count' || !onlyTags(w, ['lead', 'subject']) || w.served === true) return null;
  const act = byFigure.get(w.figure.index - 1);
  if (!act || !plainCount(act) || act.figure.block !== w.figure.block || act.unit === w.unit || act.role !== 'count') return null;
  if (!act.verb || !onlyTags(act, ['lead']) || !(w.branches ?? []).some((b) => b.startsWith('subject='))) return null;
  return datedInPeriod(context, act) ? w : null;
}

function sentenceOf(context: RuleContext, q: FigureReading): number {
  const block = context.source.blocks[q.figure.block];
  const at = q.figure.span.start - block.span.start;
  return context.sentences.of(q.figure.block).findIndex((x) => x.from <= at && at < x.to);
}
