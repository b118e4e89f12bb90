/**
 * Indicators across documents: the rows of the `indicators` table joined with
 * their document's identity, filtered by key, locality and period, and a plain
 * text table of them for the terminal.
 */
import type { Db } from '../store/open.js';
import { foldKey } from '../text/normalize.js';

/** One indicator row with its document's identity, as exported. */
export interface IndicatorRecord {
  source: string; unit_name: string | null; unit_level: string | null; parents: string; period_label: string | null;
  report_date: string | null; doc_number: string | null; title: string | null;
  section_path: string | null; name: string; key: string | null; match_score: number | null; value: number | null;
  unit: string | null; numerator: number | null; denominator: number | null; percent: number | null; target: number | null;
  cumulative: number | null; period_start: string | null; period_end: string | null; line: number | null; page: number | null; text: string | null;
}

/** Export columns in order; `percent: true` marks values stored as the number before "%". */
export const RECORD_COLUMNS: ReadonlyArray<{ name: keyof IndicatorRecord; kind: 'text' | 'number'; percentLike?: boolean }> = [
  { name: 'source', kind: 'text' }, { name: 'unit_name', kind: 'text' }, { name: 'unit_level', kind: 'text' },
  { name: 'parents', kind: 'text' }, { name: 'period_label', kind: 'text' }, { name: 'report_date', kind: 'text' },
  { name: 'doc_number', kind: 'text' }, { name: 'title', kind: 'text' }, { name: 'section_path', kind: 'text' },
  { name: 'name', kind: 'text' }, { name: 'key', kind: 'text' }, { name: 'match_score', kind: 'number' },
  { name: 'value', kind: 'number', percentLike: true }, { name: 'unit', kind: 'text' }, { name: 'numerator', kind: 'number' },
  { name: 'denominator', kind: 'number' }, { name: 'percent', kind: 'number', percentLike: true },
  { name: 'target', kind: 'number', percentLike: true }, { name: 'cumulative', kind: 'number', percentLike: true },
  { name: 'period_start', kind: 'text' }, { name: 'period_end', kind: 'text' }, { name: 'line', kind: 'number' },
  { name: 'page', kind: 'number' }, { name: 'text', kind: 'text' },
];

/** Filters of `baocao indicators`. */
export interface IndicatorFilter { key?: string; locality?: string; period?: string }

/** Indicator rows with document identity, in document then position order. */
export function queryIndicators(db: Db, filter: IndicatorFilter = {}): IndicatorRecord[] {
  const rows = db
    .prepare(
      `SELECT d.source, d.unit_name, d.unit_level, COALESCE(d.parents, '[]') AS parents, d.period_label, d.report_date, d.doc_number,
         d.title, i.section_path, i.name, i.key, i.match_score, i.value, i.unit, i.numerator, i.denominator, i.percent, i.target,
         i.cumulative, i.period_start, i.period_end, i.line, i.page, i.text
       FROM indicators i JOIN documents d ON d.id = i.document_id
       WHERE (? IS NULL OR i.key = ?) ORDER BY d.source, i.id`,
    )
    .all(filter.key ?? null, filter.key ?? null) as IndicatorRecord[];
  const range = filter.period ? parsePeriod(filter.period) : null;
  if (filter.period && !range) throw new RangeError(`kỳ "${filter.period}" không đọc được (ví dụ: 2024, 2024-05, Q1/2024)`);
  return rows
    .map((r) => ({ ...r, parents: parentsText(r.parents) }))
    .filter((r) => !filter.locality || matchesLocality(r, filter.locality))
    .filter((r) => !range || (r.period_start !== null && r.period_end !== null && r.period_start <= range.end && r.period_end >= range.start));
}

// Parents are stored as JSON units; exported as "huyện X; tỉnh Y".
function parentsText(json: string): string {
  try {
    return (JSON.parse(json) as Array<{ name: string }>).map((u) => u.name).join('; ');
  } catch {
    return json;
  }
}

/** Locality matches the unit or a parent, tone placement and case aside ("Hoà" finds "Hòa"). */
function matchesLocality(r: IndicatorRecord, locality: string): boolean {
  const want = foldKey(locality);
  return [r.unit_name ?? '', r.parents].some((s) => foldKey(s).includes(want));
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2024", "2024-05", "Q1/2024" (or "Q1-2024", "2024-Q1") → an ISO date range; null when unreadable. */
export function parsePeriod(p: string): { start: string; end: string } | null {
  const s = p.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { start: `${m[1]}-${pad(+m[2])}-01`, end: `${m[1]}-${pad(+m[2])}-${lastDay(+m[1], +m[2])}` };
  const q1 = /^[Qq]([1-4])[/-](\d{4})$/.exec(s);
  const q2 = /^(\d{4})-[Qq]([1-4])$/.exec(s);
  if (q1 || q2) {
    const q = q1 ? +q1[1] : +q2![2];
    const y = q1 ? +q1[2] : +q2![1];
    return { start: `${y}-${pad(q * 3 - 2)}-01`, end: `${y}-${pad(q * 3)}-${lastDay(y, q * 3)}` };
  }
  return null;
}

const SHOWN: Array<[string, (r: IndicatorRecord) => string]> = [
  ['Đơn vị', (r) => r.unit_name ?? r.source],
  ['Kỳ', (r) => (r.period_start && r.period_end ? `${r.period_start}..${r.period_end}` : '')],
  ['Khóa', (r) => r.key ?? ''],
  ['Chỉ tiêu', (r) => (r.name.length > 60 ? r.name.slice(0, 59) + '…' : r.name)],
  ['Giá trị', (r) => num(r.value, r.unit === 'percent')],
  ['Mục tiêu', (r) => num(r.target, r.unit === 'percent')],
  ['Lũy kế', (r) => num(r.cumulative, r.unit === 'percent')],
  ['Dòng', (r) => (r.line ?? '').toString()],
];

function num(x: number | null, pct: boolean): string {
  return x === null ? '' : `${String(x).replace('.', ',')}${pct ? '%' : ''}`;
}

/** A plain text table of indicator rows, one per line. */
export function renderIndicatorTable(rows: IndicatorRecord[]): string {
  if (rows.length === 0) return 'Không có chỉ tiêu nào khớp.\n';
  const cells = rows.map((r) => SHOWN.map(([, f]) => f(r)));
  const widths = SHOWN.map(([h], c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((t, c) => t.padEnd(widths[c])).join('  ').trimEnd();
  return [line(SHOWN.map(([h]) => h)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line), '', `${rows.length} chỉ tiêu`].join('\n') + '\n';
}
