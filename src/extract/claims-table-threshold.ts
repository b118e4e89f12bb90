/**
 * Claims that every member of a table passes a rate, against that table: "tất cả các chỉ tiêu tiêm chủng đều đạt trên 45%
 * kế hoạch năm", "tất cả 11 xã, thị trấn đều đạt tỷ lệ tiêm chủng đầy đủ trên 95%" beside a table whose row reads 44,9 or
 * 91,4 in its one rate column. The table is the claim's only when:
 * - its label column's header opens the claim's noun ("Chỉ tiêu" of "các chỉ tiêu tiêm chủng", "Xã, thị trấn"; "Tên chợ" of "chợ");
 * - every other word of the noun and of the measure between the verb and the bound ("tiêm chủng", "tiêm chủng đầy đủ";
 *   "tỷ lệ" aside) is in the table's caption or header (the paragraph right above it), so a table of another topic under
 *   the same "Chỉ tiêu" header is never taken;
 * - a count in the claim ("tất cả 11 xã") is the number of its body rows with a rate (a total row aside).
 * Or the claim's noun is a group row's whole label ("Tất cả 06 dự án chuyển tiếp đều giải ngân đạt từ 90% kế hoạch vốn"
 * beside "I | Dự án chuyển tiếp | … | 92,3" and its rows "1 … 6"): the members are the rows under that group (their count the
 * claim's), the other conditions alike. A verb may stand between "đều" and "đạt" ("đều giải ngân đạt"); its words must be
 * the table's, as the measure's.
 * Not read: a claim with a partial, plan or negation word ("cơ bản", "còn lại", "phấn đấu", "chưa"), or a bound below
 * ("dưới 5%"). Read as a `target` claim (the first row short of the bound, and the bound), judged by claim-mismatch.
 */
import type { Analysis, Figure, Table } from '../model/index.js';
import type { ComparisonInput } from './comparisons.js';
import { foldKey } from '../text/normalize.js';
import { boundTarget, boundWay, breaks, cellFigure, type BoundWay, type Target } from './table-bound.js';
import { alt, GENERIC_RATE_WORDS, NAME_HEADER_WORDS, NEGATION_WORDS, PARTIAL_CLAIM_WORDS, PLURAL_MARKERS, PURPOSE_WORDS, RATE_FLOOR_WORDS, UNIVERSAL_WORDS, wordsRe, edgeAlt } from '../text/lexicon.js';

type Input = Pick<ComparisonInput, 'source' | 'figures' | 'clauses'> & { tables?: Analysis['tables'] };

// "tất cả (11) (các) <noun> đều đạt (<measure>) trên 95%": the count, the noun, the measure, the bound word, the rate.
// The count may be told as all of all ("tất cả 11/11 xã"): both numbers, one value.
const CLAIM = new RegExp(
  String.raw`${edgeAlt(UNIVERSAL_WORDS)}\s+(?:(\d{1,3}(?:\/\d{1,3})?)\s+)?(?:(?:${alt(PLURAL_MARKERS)})\s+)?(\p{L}[^\d;:.!?()%]{1,60}?)\s+đều\s+(?:(\p{L}[^\d;:.!?()%]{0,30}?)\s+)?đạt\s+(?:(\p{L}[^\d;:.!?()%]{0,60}?)\s+)?(${alt(RATE_FLOOR_WORDS)})\s+(\d{1,3}(?:,\d{1,2})?)\s?%`,
  'giud',
);
const BLOCKED = wordsRe([...PARTIAL_CLAIM_WORDS, ...NEGATION_WORDS, ...PURPOSE_WORDS]);
const GENERIC = new Set(GENERIC_RATE_WORDS.flatMap((w) => w.split(' ')));
const words = (s: string) => foldKey(s).split(/[^\p{L}]+/u).filter((w) => w !== '');
const sameWords = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.length === b.length && a.every((w, k) => b[k] === w);

/** The claims of every row passing a rate that a table of the report contradicts. */
export function readTableThresholds(input: Input): Target[] {
  const out: Target[] = [];
  const tables = (input.tables ?? []).filter((t) => t.labelColumn !== null && rateColumns(t).length === 1);
  if (tables.length === 0) return out;
  for (const block of input.source.blocks) {
    if (block.kind === 'row' || !block.text.includes('đều') || !block.text.includes('%')) continue;
    for (const s of input.clauses.statements(block.index)) {
      const own = block.text.slice(s.from, s.to);
      CLAIM.lastIndex = 0;
      const m = CLAIM.exec(own);
      if (!m || BLOCKED.test(own)) continue;
      const [, counted, noun, act = '', measure = '', bound] = m;
      // "tất cả 8/9 xã" names no "all": not read.
      const [count, of = count] = counted === undefined ? [undefined] : counted.split('/');
      if (count !== of) continue;
      const rateAt = m.indices?.[6];
      if (!rateAt) continue;
      const at = s.from + rateAt[0];
      const floor = input.figures.find((f) => f.block === block.index && f.kind === 'percent' && f.span.start - block.span.start === at);
      if (!floor) continue;
      for (const t of tables) {
        const way = boundWay(bound);
        const short = shortRow(input, t, words(noun), [...words(act), ...words(measure)], count === undefined ? null : Number(count), floor.value, way);
        if (!short) continue;
        out.push(boundTarget({ block: block.index, from: s.from + m.index, to: s.from + m.index + m[0].length, claim: m[0] }, short, floor, way));
        break;
      }
    }
  }
  return out;
}

// A label column's header as the noun of its rows: "Tên chợ" names markets ("tên" only says the cells are names).
const NAME_HEADER = new Set(NAME_HEADER_WORDS.map((w) => words(w).join(' ')));
function headerNoun(header: string): string[] {
  const all = words(header);
  return all.length > 1 && NAME_HEADER.has(all[0]) ? all.slice(1) : all;
}

const rateColumns = (t: Table) => t.columns.filter((c) => c.role === 'percent' || c.measure === 'rate' || c.measure === 'fulfilment');

// The table's first body row whose rate misses the floor, as its figure, when the table is the claim's; else null.
function shortRow(input: Input, t: Table, noun: string[], measure: string[], count: number | null, floor: number, way: BoundWay): Figure | null {
  // "Tất cả 06 dự án chuyển tiếp đều …" beside a table grouped under "I | Dự án chuyển tiếp": the noun is a group row's whole
  // label, and its members are the rows under it.
  const group = t.rows.findIndex((r) => r.head && !r.total && sameWords(words(r.cells[t.labelColumn!]?.text ?? ''), noun));
  const head = group >= 0 ? noun : headerNoun(t.columns[t.labelColumn!].header);
  if (head.length === 0 || !head.every((w, k) => noun[k] === w)) return null;
  const caption = t.headerBlocks[0] > 0 ? input.source.blocks[t.headerBlocks[0] - 1] : undefined;
  const known = new Set([...(caption && caption.kind !== 'row' ? words(caption.text) : []), ...t.columns.flatMap((c) => words(c.header))]);
  if (![...noun.slice(head.length), ...measure].every((w) => GENERIC.has(w) || known.has(w))) return null;
  const column = rateColumns(t)[0].index;
  const members = group >= 0 ? t.rows.filter((r) => !r.total && r.parent === group) : t.rows.filter((r) => !r.total && r.parent === null);
  const cells = members.map((r) => r.cells[column]).filter((c) => c && c.pure && c.value !== null && c.at !== null);
  if (cells.length < 2 || (count !== null && cells.length !== count)) return null;
  const miss = cells.find((c) => breaks(way, floor, c.value!));
  return miss ? cellFigure(input, miss) ?? null : null;
}
