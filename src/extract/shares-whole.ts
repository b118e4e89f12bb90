/**
 * Shares whose whole is not stated in their own sentence.
 *
 * - "Số trẻ sinh là con thứ ba 12 trường hợp, chiếm 10,5% tổng số trẻ sinh trong năm" after "… trong năm sinh 120 trẻ":
 *   the whole is named ("tổng số <noun phrase>") and stated once before, anywhere in the report, by a count whose noun and
 *   the words right before it hold the whole phrase, and whose own noun names no narrower group. Nothing is read when two
 *   values fit, when the phrase names fewer than two words of its own, or when the part counts something else.
 * - "đại học 15 người (62,50%); trung cấp 6 người (25,00%); sơ cấp 3 người (12,50%)": a breakdown whose parts each carry
 *   their share in brackets is of the parts' sum; read only when at least three parts of one noun stand in one sentence
 *   and every share but at most one agrees with that sum (then the one that does not is the slip).
 */
import type { Analysis, Figure } from '../model/index.js';
import { percentAgrees } from './percent-arith.js';
import { canonicalLabel, labelTokens } from './similarity.js';
import type { ShareInput } from './shares.js';
import { alt, COMPARED_WITH, EARLIER_PERIOD_WORDS, PART_CONNECTORS, PERIOD_NAME_WORDS, PERIOD_PLACE_WORDS, RATE_WORDS, SHARE_OF_WHOLE_VERBS, TOTAL_OF_WORDS, WHOLE_FRAME_WORDS } from '../text/lexicon.js';

const local = (input: ShareInput, f: Figure) => f.span.start - input.source.blocks[f.block].span.start;
const textBetween = (input: ShareInput, a: Figure, b: Figure) => {
  const block = input.source.blocks[a.block];
  return block.text.slice(a.span.end - block.span.start, b.span.start - block.span.start);
};

// ", chiếm 10,5%": the part hands its share over with a verb of share of the whole, a few words after it.
const HANDED = new RegExp(String.raw`^[^\d,;.()]{0,30},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)})\s*$`, 'iu');
// "% tổng số trẻ sinh trong năm": the whole named by words only (no figure, at most six words), up to a clause end.
const NAMED_TOTAL = new RegExp(String.raw`^\s*(?:%\s*)?(?:${alt(TOTAL_OF_WORDS)})\s+(\p{L}+(?:\s\p{L}+){0,5}?)\s*(?=[,;.)]|$)`, 'iu');
// Words that place the whole in time ("trong năm", "cả kỳ"): not part of what it counts.
const PERIOD_TOKENS = new Set(labelTokens([...PERIOD_NAME_WORDS, ...PERIOD_PLACE_WORDS].join(' ')));
// The earlier count is a prior period's, a yardstick's or a part's ("trong đó khám bảo hiểm 520 lượt"), not the whole.
const ASIDE = new RegExp(String.raw`(?<![\p{L}])(?:${alt(COMPARED_WITH, EARLIER_PERIOD_WORDS, PART_CONNECTORS)})(?![\p{L}])`, 'iu');
// Words before a whole that say only where it is counted and that it is ("Toàn xã có", "trên địa bàn huyện là").
const FRAME_TOKENS = new Set(labelTokens(WHOLE_FRAME_WORDS.join(' ')));
const MAX_BACK = 200;
const BEFORE = 40;

// The words of a figure's clause right before it (back to a clause mark or the figure before it, at most BEFORE characters).
function wordsBefore(input: ShareInput, g: Figure): string {
  const block = input.source.blocks[g.block];
  const prev = input.figures[g.index - 1];
  const from = Math.max(0, local(input, g) - BEFORE, prev && prev.block === g.block ? prev.span.end - block.span.start : 0);
  const head = block.text.slice(from, local(input, g));
  const cut = Math.max(...[',', ';', ':', '(', ')', '. '].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}

const core = (s: string) => labelTokens(s).filter((t) => !PERIOD_TOKENS.has(t));

/**
 * The part and the one earlier count a share's "tổng số <noun phrase>" names, or undefined. A part of a breakdown whose
 * whole stands before it ("270 ca mắc gồm: 198 ca …") is never that count: its whole is the total, it a group of it.
 */
export function earlierNamedWhole(input: ShareInput & Pick<Analysis, 'claims'>, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || p.value > 100) return undefined;
  if (input.source.blocks[p.block].kind === 'row' || !HANDED.test(textBetween(input, part, p))) return undefined;
  const block = input.source.blocks[p.block];
  const end = p.span.end - block.span.start;
  const m = NAMED_TOTAL.exec(block.text.slice(end, end + 80));
  if (!m) return undefined;
  const named = core(m[1]);
  if (new Set(named).size < 2) return undefined;
  // Every word of the phrase, its period words too: a count placed in another period ("đầu năm có …") is not its whole.
  const wanted = new Set(labelTokens(m[1]));
  // What the part's own clause says it counts ("Số trẻ sinh là con thứ ba 12 trường hợp").
  const partWords = new Set([...labelTokens(part.label ?? ''), ...labelTokens(wordsBefore(input, part)), ...labelTokens(part.unit)]);
  const found = new Set<number>();
  const groups = new Set(input.claims.flatMap((c) => (c.relation === 'list' ? [] : c.parts.filter((i) => c.whole < i))));
  let whole: Figure | undefined;
  for (let k = part.index - 1; k >= 0 && k >= part.index - MAX_BACK; k--) {
    const g = input.figures[k];
    if (g.cell !== null || g.kind !== 'count' || g.unit === null || g.change || g.value <= part.value || input.source.blocks[g.block].kind === 'row' || groups.has(k)) continue;
    const own = [...labelTokens(g.unit), ...labelTokens(g.label ?? '')];
    // Its own noun names no narrower group than the phrase ("63 trẻ nam" is not all "trẻ sinh").
    if (own.length === 0 || !own.every((t) => wanted.has(t))) continue;
    const before = wordsBefore(input, g);
    if (ASIDE.test(before)) continue;
    // The words before it name nothing the phrase does not ("khám bảo hiểm 520 lượt" is a narrower group of "lượt khám").
    const said = labelTokens(before);
    if (!said.every((t) => wanted.has(t) || FRAME_TOKENS.has(t))) continue;
    const words = new Set([...own, ...said]);
    if (!named.every((t) => words.has(t))) continue;
    // The part counts the same noun, or its own words name the whole's ("Số trẻ sinh … 12 trường hợp").
    if (canonicalLabel(part.unit) !== canonicalLabel(g.unit) && !core(g.unit).every((t) => partWords.has(t))) continue;
    found.add(g.value);
    whole = g;
  }
  return found.size === 1 && whole ? { part, whole } : undefined;
}

// ", đạt 92,6%": a share handed over right after the part, its unit only between.
const LEAD_HANDED = new RegExp(String.raw`^\s*(?:\p{L}+\s*){0,3},\s*(?:${alt(SHARE_OF_WHOLE_VERBS)}|đạt)(?: (?:${alt(RATE_WORDS)}))?\s*$`, 'iu');
// The percent closes its clause: no words after it name what it is of ("đạt 92,6% kế hoạch").
const CLAUSE_CLOSED = /^\s*(?:[,;.)]|$)/u;

/**
 * "Toàn huyện đã kiểm tra 1.245 lượt cơ sở; số lượt cơ sở đạt yêu cầu là 1.116 lượt, đạt 92,6%": a count named by every
 * word of the first count of its noun in its sentence and more ("số lượt cơ sở đạt yêu cầu" of "lượt cơ sở"), read as
 * falling under it (a "within:" reading), hands its share over right after it (", đạt 92,6%" closing the clause): the share
 * is of that first count. The whole's name has two words at least; no sentence ends between them.
 */
export function leadWhole(input: ShareInput & Pick<Analysis, 'readings'>, p: Figure): { part: Figure; whole: Figure } | undefined {
  const part = input.figures[p.index - 1];
  if (!part || part.block !== p.block || part.kind !== 'count' || part.unit === null || part.change || p.value > 100) return undefined;
  const block = input.source.blocks[p.block];
  if (block.kind === 'row' || !LEAD_HANDED.test(textBetween(input, part, p))) return undefined;
  if (!CLAUSE_CLOSED.test(block.text.slice(p.span.end - block.span.start, p.span.end - block.span.start + 4))) return undefined;
  const readings = readingsByFigure(input.readings);
  const own = readings.get(part.index);
  const lead = own?.scope.split('|').find((t) => t.startsWith('within:'));
  if (!own || lead === undefined) return undefined;
  const value = Number(lead.slice(7));
  for (let k = part.index - 1; k >= 0 && input.figures[k].block === part.block; k--) {
    const g = input.figures[k];
    if (g.value !== value || g.kind !== 'count' || g.change) continue;
    const whole = readings.get(g.index);
    if (!whole || whole.tokens.length < 2 || g.value <= part.value) return undefined;
    if (/[.!?]\s/u.test(textBetween(input, g, part))) return undefined;
    const named = whole.tokens.every((t) => own.tokens.includes(t)) && own.tokens.length > whole.tokens.length;
    return named ? { part, whole: g } : undefined;
  }
  return undefined;
}
const BY_FIGURE = new WeakMap<Analysis['readings'], Map<number, Analysis['readings'][number]>>();
function readingsByFigure(readings: Analysis['readings']): Map<number, Analysis['readings'][number]> {
  let out = BY_FIGURE.get(readings);
  if (!out) BY_FIGURE.set(readings, (out = new Map(readings.map((q) => [q.figure.index, q]))));
  return out;
}

/** A part of a breakdown, its share in brackets, and the parts of its breakdown. */
export interface BreakdownShare {
  share: Figure;
  part: Figure;
  parts: Figure[];
}

// "15 người (62,50%)", "15 người (chiếm 62,50%)": the count's noun, then the bracket opening on the share (a share verb or
// rate word at most) and closing right after it.
const OPEN = new RegExp(String.raw`^\s*(?:\p{L}+(?:\s\p{L}+){0,2})?\s*\(\s*(?:(?:${alt(SHARE_OF_WHOLE_VERBS, RATE_WORDS)})\s*:?\s*)?$`, 'iu');
const CLOSE = /^\s*\)/u;
// Between one part's closing bracket and the next part: a list's separator and the next part's name, no sentence end.
const NEXT = /^\s*\)\s*[,;]\s*[^\d.;:!?()\n]{0,60}$/u;

/** The parts of each breakdown whose shares are of the parts' sum, read per block in one pass over its figures. */
export function breakdownShares(input: ShareInput): BreakdownShare[] {
  const out: BreakdownShare[] = [];
  const figures = input.figures;
  let run: [Figure, Figure][] = [];
  const flush = () => {
    if (run.length >= 3) out.push(...judged(run));
    run = [];
  };
  for (let k = 0; k + 1 < figures.length; k++) {
    const part = figures[k];
    const share = figures[k + 1];
    if (!bracketed(input, part, share)) {
      flush();
      continue;
    }
    const last = run.at(-1);
    if (last && !(last[1].index === part.index - 1 && last[1].block === part.block && canonicalLabel(last[0].unit!) === canonicalLabel(part.unit!) && NEXT.test(textBetween(input, last[1], part)))) flush();
    run.push([part, share]);
    k++;
  }
  flush();
  return out;
}

export function bracketed(input: ShareInput, part: Figure, share: Figure): boolean {
  if (part.kind !== 'count' || part.unit === null || part.change || share.kind !== 'percent' || share.block !== part.block || share.value > 100) return false;
  const block = input.source.blocks[part.block];
  if (block.kind === 'row' || !OPEN.test(textBetween(input, part, share))) return false;
  return CLOSE.test(block.text.slice(share.span.end - block.span.start, share.span.end - block.span.start + 4));
}

// Every share but at most one agrees with the parts' sum: the sum is the base, and the odd one out is read against it.
function judged(run: [Figure, Figure][]): BreakdownShare[] {
  const sum = run.reduce((s, [part]) => s + part.value, 0);
  const agree = run.filter(([part, share]) => percentAgrees(part.value, sum, share.value, share.decimals));
  if (sum <= 0 || agree.length < run.length - 1) return [];
  const parts = run.map(([part]) => part);
  return run.map(([part, share]) => ({ share, part, parts }));
}
