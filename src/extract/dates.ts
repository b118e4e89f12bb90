/**
 * Dates, read once: every date a block states with its granularity (day, month, quarter, half-year, a
 * run of months, year, an explicit range), the days it covers, and what it dates when the words before
 * it say. The reporting period (meta.ts) and every rule that needs a date read these.
 */
import type { Block, DateGranularity, DateMention } from '../model/index.js';
import { alt, DATE_LEAD_WORDS, MONTH_RUN_NUMBERS, RANGE_WORDS, START_END_WORDS, YEAR_NOT_PERIOD_WORDS, edgeAlt } from '../text/lexicon.js';
import { indexCount } from './sentences.js';

/** A date as ISO yyyy-mm-dd. */
export const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const months = (y: number, from: number, to: number) => ({ start: iso(y, from, 1), end: iso(y, to, lastDay(y, to)) });
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const COUNT_WORDS = MONTH_RUN_NUMBERS;

/** A date pattern: what it matches and how to read a match into the days it covers. */
export interface DatePattern {
  re: RegExp;
  read(m: RegExpExecArray): { start: string; end: string; granularity: DateGranularity } | null;
}

/** A full day: "17/9/2023", "17 / 9 / 2023", "ngày 17 tháng 9 năm 2023". */
export const DAY: DatePattern = {
  re: /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\d/])|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu,
  read: (m) => {
    const [d, mo, y] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[4], +m[5], +m[6]];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return { start: iso(y, mo, d), end: iso(y, mo, d), granularity: 'day' };
  },
};

/** Period patterns, most specific first (a range, a month, a quarter, a run of months, a year). */
export const PERIODS: readonly DatePattern[] = [
  {
    re: new RegExp(String.raw`từ\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(?:${alt(RANGE_WORDS)}|-)\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})`, 'iu'),
    read: (m) => ({ start: iso(+m[3], +m[2], +m[1]), end: iso(+m[6], +m[5], +m[4]), granularity: 'range' }),
  },
  {
    re: /(?<!ngày\s*(?:\d{1,2}\s+)?)tháng\s+(\d{1,2})\s*(?:\/\s*|năm\s+)(\d{4})/iu,
    read: (m) => (+m[1] >= 1 && +m[1] <= 12 ? { ...months(+m[2], +m[1], +m[1]), granularity: 'month' } : null),
  },
  {
    re: /quý\s+(IV|III|II|I|[1-4])\s*(?:\/\s*|năm\s+)(\d{4})/iu,
    read: (m) => { const q = QUARTERS[m[1].toLowerCase()]; return { ...months(+m[2], q * 3 - 2, q * 3), granularity: 'quarter' }; },
  },
  {
    // "Thực hiện 9 tháng 2024", a table's header, drops the "năm" as often as not.
    re: new RegExp(String.raw`(?<!ngày\s*\d*)(?<!\d)(\d{1,2}|${alt(Object.keys(COUNT_WORDS))})\s+tháng\s+(?:(${alt(START_END_WORDS)})\s+)?(?:năm\s+)?(\d{4})(?![\d/])`, 'iu'),
    read: (m) => {
      const n = COUNT_WORDS[m[1].toLowerCase()] ?? +m[1];
      if (n < 1 || n > 12) return null;
      const span = m[2]?.toLowerCase() === 'cuối' ? months(+m[3], 13 - n, 12) : months(+m[3], 1, n);
      return { ...span, granularity: n === 6 ? 'half-year' : n === 12 ? 'year' : n === 3 ? 'quarter' : 'months' };
    },
  },
  {
    re: new RegExp(String.raw`(?<!(?:${alt(YEAR_NOT_PERIOD_WORDS)}|tháng\s+\d{1,2})\s+(?:năm\s+)?)năm\s+(\d{4})`, 'iu'),
    read: (m) => ({ ...months(+m[1], 1, 12), granularity: 'year' }),
  },
];

/**
 * School-year periods, read only as a report's period (a title "Tổng kết năm học 2025-2026", "Sơ kết học kỳ I năm học
 * 2026-2027"), never as dates in the text: the teaching year of the education ministry's calendar, from September to
 * the end of May, its first semester to January and its second from January.
 */
export const SCHOOL_PERIODS: readonly DatePattern[] = [
  {
    re: /học\s+kỳ\s+(I|II|1|2)\s+(?:của\s+)?năm\s+học\s+(\d{4})\s*[-–]\s*(\d{4})(?!\d)/iu,
    read: (m) => {
      const [y1, y2] = [+m[2], +m[3]];
      if (y2 !== y1 + 1) return null;
      const first = m[1] === 'I' || m[1] === 'i' || m[1] === '1';
      return { start: first ? iso(y1, 9, 1) : iso(y2, 1, 1), end: first ? iso(y2, 1, 31) : iso(y2, 5, 31), granularity: 'range' };
    },
  },
  {
    re: /năm\s+học\s+(\d{4})\s*[-–]\s*(\d{4})(?!\d)/iu,
    read: (m) => (+m[2] === +m[1] + 1 ? { start: iso(+m[1], 9, 1), end: iso(+m[2], 5, 31), granularity: 'range' } : null),
  },
];

const globalOf = new Map<RegExp, RegExp>();
function all(re: RegExp): RegExp {
  let g = globalOf.get(re);
  if (!g) globalOf.set(re, (g = new RegExp(re.source, re.flags + 'g')));
  g.lastIndex = 0;
  return g;
}

// Words between what is dated and its date that belong to neither ("ngày", "vào", "sáng ngày").
const LEAD = new RegExp(String.raw`(?:[\s,(]|${edgeAlt(DATE_LEAD_WORDS)})*$`, 'iu');

const HAS_DIGIT = /\d/;

/** What a date dates: the words of its clause just before it (at most eight), or null. */
function datedBy(text: string, from: number): string | null {
  const head = text.slice(0, from);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('. '), head.lastIndexOf('('));
  const words = head.slice(cut + 1).replace(LEAD, '').trim().replace(/^[-+•*–·]\s*/u, '').split(/\s+/).filter(Boolean);
  return words.length ? words.slice(-8).join(' ') : null;
}

/**
 * Every date a text states. Days first; a coarser mention that overlaps a day is dropped ("năm 2024" of
 * "ngày 5 tháng 3 năm 2024"), except an explicit range, which holds its two days.
 */
export function readDates(text: string, block = -1): DateMention[] {
  const out: DateMention[] = [];
  // Every pattern (DAY, PERIODS) holds a year in digits: a text without a digit states no date (most prose lines).
  if (!HAS_DIGIT.test(text)) return out;
  const take = (p: DatePattern, keep: (from: number, to: number) => boolean) => {
    // exec on the pattern's global copy, not matchAll (which clones the regex at every call: ~900 calls a report).
    const g = all(p.re);
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const r = p.read(m);
      const from = m.index;
      const to = from + m[0].length;
      if (!r || !keep(from, to)) continue;
      out.push({ block, from, to, raw: m[0], ...r, dates: datedBy(text, from) });
    }
  };
  take(DAY, () => true);
  const [RANGE, ...rest] = PERIODS;
  take(RANGE, () => true);
  for (const p of rest) take(p, (from, to) => !out.some((d) => d.from < to && from < d.to));
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The date mentions of every block, indexed by block. */
export function extractDates(blocks: readonly Block[]): DateMention[][] {
  // Sized once, as extractSentences' arrays: grown one block at a time it was copied at every doubling.
  const out: DateMention[][] = new Array<DateMention[]>(indexCount(blocks));
  for (const b of blocks) out[b.index] = readDates(b.text, b.index);
  return out;
}
