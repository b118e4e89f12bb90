/**
 * Document identity: who issued a report (unit and parent units), for what
 * period, on what date, under what number and title — read from the header,
 * the title, the intro and the unit mentions of the whole text.
 *
 * The issuer is voted for, not taken from the first unit named: the intro's
 * "Thực hiện Công văn … của UBND thị xã Bắc Sơn" names the parent, and a title
 * may name the province of the resolution it reports on.
 */
import type { Block, DocumentMeta, Period, Source, Unit, UnitLevel } from '../model/index.js';
import { recogniseHeading } from '../segment/index.js';
import { LEVEL_RANK, LEVEL_WORDS, findUnitMentions, placeKey, rankOf, type UnitMention } from './places.js';
import { iso, PERIODS, SCHOOL_PERIODS } from './dates.js';
import { memoMap, MEMO_KEY_MAX, remembered } from '../text/memo.js';
import { ADMIN_LEVEL_WORDS, COUNCIL_WORDS, DATA_WINDOW_WORDS, ISSUING_BODY_WORDS, NATIONAL_HEADING_OPENINGS, edgeAlt } from '../text/lexicon.js';

/**
 * The parts of a report's opening: header paragraphs, title, intro; and `heads`, every piece of text above the
 * title, a two-column header's cells included ("Số: 15/BC-UBND" | "Hòa Thắng, ngày 31 tháng 3 năm 2025" as one
 * TAB-separated row, a Word table, or a pdf line with a wide gap between its columns).
 */
interface Layout { header: Block[]; titleBlocks: Block[]; intro: Block[]; heads: string[] }

/**
 * The texts of the blocks before the title: a row's cells, a paragraph's columns split at a TAB or a wide gap. Where the
 * gap between the columns was lost (spaces run together, a cell's lines joined), a piece is split again where the right
 * column's national heading opens ("UBND XÃ TÂN HÒA Độc lập - Tự do - Hạnh phúc"), where the place line follows the
 * number ("Số: 87/BC-UBND Tân Hòa, ngày 05 …") and where a second committee line follows the first in capitals ("UBND
 * HUYỆN A UBND XÃ B": the parent above, the issuer below).
 */
function headsOf(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'row' && b.cells ? b.cells : b.text.split(/\t|\s{3,}/u)))
    .flatMap((t) => t.split(NATIONAL_HEADING_AT))
    .flatMap((t) => t.split(PLACE_AFTER_NUMBER))
    .flatMap((t) => (/\p{Ll}/u.test(t) ? [t] : t.split(SECOND_COMMITTEE)))
    .map((t) => t.trim()).filter((t) => t.length > 0);
}
const phrase = (w: string) => w.replace(/\s*-\s*/gu, '\\s*[-–]\\s*').replace(/ /gu, '\\s+');
const NATIONAL_HEADING_AT = new RegExp(String.raw`\s+(?=(?:${NATIONAL_HEADING_OPENINGS.map(phrase).join('|')})(?![\p{L}]))`, 'iu');
const NATIONAL_HEADING_START = new RegExp(String.raw`^(?:${NATIONAL_HEADING_OPENINGS.map(phrase).join('|')})(?![\p{L}])`, 'iu');
const PLACE_AFTER_NUMBER = /(?<=^Số\s*:\s*[^\s,]+)\s+(?=\p{Lu}[^,\d]{0,40},\s*ngày(?![\p{L}]))/u;
const SECOND_COMMITTEE = new RegExp(String.raw`(?<=\p{Lu})\s+(?=(?:${COUNCIL_WORDS.map((w) => w.toUpperCase().replace(/\s+/gu, '\\s+')).join('|')})\s)`, 'u');

function layoutOf(source: Source): Layout {
  const paragraphs = source.blocks.filter((b) => b.kind === 'paragraph').slice(0, 60);
  const at = paragraphs.findIndex((b) => /^BÁO CÁO\b/iu.test(b.text.trim()) && b.text.trim().length < 200);
  if (at < 0) return { header: paragraphs.slice(0, 6), titleBlocks: [], intro: [], heads: headsOf(paragraphs.slice(0, 6)) };
  const titleBlocks: Block[] = [];
  const inline = paragraphs[at].text.trim().replace(/^BÁO CÁO\s*/iu, '');
  if (inline) titleBlocks.push({ ...paragraphs[at], text: inline });
  for (let i = at + 1; i < paragraphs.length; i++) {
    const b = paragraphs[i];
    const prev = titleBlocks.at(-1);
    const continues = !prev || (/^\p{Ll}/u.test(b.text.trim()) || /[;,–-]$/u.test(prev.text.trim()));
    if (!continues || recogniseHeading(b.text)) break;
    titleBlocks.push(b);
  }
  const rest = paragraphs.slice(at + 1 + titleBlocks.length - (inline ? 1 : 0));
  const end = rest.findIndex((b) => recogniseHeading(b.text) !== null);
  const above = source.blocks.slice(0, Math.min(paragraphs[at].index, 60)).filter((b) => b.kind === 'paragraph' || b.kind === 'row');
  return { header: paragraphs.slice(0, at), titleBlocks, intro: rest.slice(0, end < 0 ? 6 : Math.min(end, 10)), heads: headsOf(above) };
}

/** The texts above a report's title (its header's lines and cells), where the issuer names itself and its body. */
export function readHeads(source: Source): string[] {
  return layoutOf(source).heads;
}

/** How far after a period's words a "(từ ngày … đến ngày …)" may start and still gloss them. */
const GLOSS = /^\s*[(:,–-]?\s*(?:tính\s+)?$/u;

/** The reporting period stated in a text ("6 tháng đầu năm 2023", "Quý I/2024", "năm 2024"), or null. */
export function readPeriod(text: string): Period | null {
  if (text.length > MEMO_KEY_MAX) return readPeriodOnce(text);
  const period = remembered(PERIOD_OF, text, readPeriodOnce);
  // A copy: the answer is kept for the next title or header of the same words.
  return period && { ...period };
}
// Section titles and table headers are read again for each figure, indicator and column under them (as for `canonicalLabel`).
const PERIOD_OF = memoMap<string, Period | null>();

function readPeriodOnce(text: string): Period | null {
  // The first period the text states is the one reported on ("… 9 tháng đầu năm 2024; nhiệm vụ quý IV năm 2024").
  let best: { at: number; end: number; period: Period } | null = null;
  for (const { re, read } of [...PERIODS, ...SCHOOL_PERIODS]) {
    const m = re.exec(text);
    const range = m && read(m);
    if (m && range && (!best || m.index < best.at)) best = { at: m.index, end: m.index + m[0].length, period: { start: range.start, end: range.end, label: m[0].trim() } };
  }
  if (!best) return null;
  // "tháng 10/2024 (từ ngày 15/9/2024 đến ngày 14/10/2024)": the explicit dates are the period, the words its name.
  const [RANGE] = PERIODS;
  const rest = text.slice(best.end);
  const gloss = RANGE.re.exec(rest);
  const dates = gloss && GLOSS.test(rest.slice(0, gloss.index)) ? RANGE.read(gloss) : null;
  return dates ? { start: dates.start, end: dates.end, label: best.period.label } : best.period;
}

// "(số liệu tính từ ngày …": the words that make the span after them the window the figures are counted over.
const WINDOW_LEAD = new RegExp(String.raw`${edgeAlt(DATA_WINDOW_WORDS)}\s*:?\s*$`, 'iu');

/**
 * The window a text says its figures are counted over, "(số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024)", or
 * null: the first span of two full dates led by the data words. A span of an event ("đợt ra quân từ … đến …") is none.
 */
export function readWindow(text: string): { start: string; end: string } | null {
  const [RANGE] = PERIODS;
  for (const m of text.matchAll(new RegExp(RANGE.re.source, RANGE.re.flags + 'g'))) {
    const span = RANGE.read(m as RegExpExecArray);
    if (span && span.start <= span.end && WINDOW_LEAD.test(text.slice(Math.max(0, m.index - 40), m.index))) return { start: span.start, end: span.end };
  }
  return null;
}

/**
 * "Hà Nội, ngày 12 tháng 3 năm 2024". The place is at most 200 characters: a lazy `(.*?)` tried every comma of a
 * header block that is one long line (half of `extractMeta`'s time on a line of 3M characters).
 */
const PLACE_LINE = /^(.{0,200}?),\s*ngày\s*(\d{1,2})?\s*(?:tháng|\/)\s*(\d{1,2})?(?:\s*(?:năm|\/)\s*(\d{4})?)?/iu;

/** A pdf's narrow right column may wrap the place line's year onto the next line, where it joins the left column's text ("Số: 15/BC-UBND năm 2025"). */
const WRAPPED_YEAR = /(?:^|\s)năm\s*(\d{4})\s*$/u;

function readPlaceLine(heads: string[]): { place: string; date: string | null } | null {
  for (let k = 0; k < heads.length; k++) {
    const m = PLACE_LINE.exec(heads[k]);
    if (!m) continue;
    const year = m[4] ?? (m[2] && m[3] && /^\s*$/u.test(heads[k].slice(m.index + m[0].length)) ? heads.slice(k + 1, k + 3).map((t) => WRAPPED_YEAR.exec(t)?.[1]).find(Boolean) : undefined);
    return { place: m[1].trim(), date: m[2] && m[3] && year ? iso(+year, +m[3], +m[2]) : null };
  }
  return null;
}

function readNumber(heads: string[]): string | null {
  for (const text of heads) {
    const m = /^Số\s*:\s*(.*)$/u.exec(text);
    if (m) return /^\d/.test(m[1]) ? m[1].replace(WRAPPED_YEAR, '').replace(/\s+/g, '') : null;
  }
  return null;
}

/**
 * The level the report speaks of itself at: the issuer's line of the capitals header ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐÔNG VĨNH",
 * the lowest level when it names its parent too), else the most frequent "UBND <level>" — a ward reporting to its province
 * may name "UBND tỉnh" more often than itself.
 */
function selfRank(source: Source, heads: string[]): number | null {
  const issuer = heads.map((t) => ISSUER_LINE.exec(t.trim())?.[1]).filter((w) => w !== undefined)
    .map((w) => LEVEL_RANK[w.toLowerCase() as UnitLevel]).filter((r) => r !== undefined);
  if (issuer.length > 0) return Math.max(...issuer);
  const votes = new Map<number, number>();
  const re = new RegExp(`(?:UBND|[ỦUỷu][ỷỶyY]\\s+ban\\s+nhân\\s+dân)\\s+(${LEVEL_WORDS})(?!\\p{L})`, 'giu');
  for (const m of source.text.matchAll(re)) {
    const rank = LEVEL_RANK[m[1].toLowerCase() as UnitLevel];
    votes.set(rank, (votes.get(rank) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : null;
}

// A header line in capitals naming a unit by its level word: "PHƯỜNG ĐÔNG VĨNH", "UBND HUYỆN KIM BẢNG".
// Another body of the unit may head the line ("BAN CHỈ HUY QUÂN SỰ XÃ HÒA THẠNH", "CÔNG AN PHƯỜNG …").
const ISSUER_LINE = new RegExp(String.raw`^(?:(?:UBND|[ỦU][ỶY]\s+BAN\s+NHÂN\s+DÂN|${ISSUING_BODY_WORDS.map((w) => w.toUpperCase().replace(/\s+/gu, '\\s+')).join('|')})\s+)?(${ADMIN_LEVEL_WORDS.map((w) => w.toUpperCase()).join('|')})\s+\p{Lu}[\p{Lu}\s'’ʼ-]*$`, 'u');

/**
 * The issuing body named before the issuing unit on a header line in capitals ("HỘI CHỮ THẬP ĐỎ HUYỆN THANH BA"), the line
 * of the unit's own level; none when that line opens with the people's committee or names the unit alone.
 */
function readBody(heads: string[], unit: Unit | null): string | undefined {
  if (unit === null) return undefined;
  for (const text of heads) {
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" reads as a body before a commune's level word: the national heading is none.
    if (NATIONAL_HEADING_START.test(text.trim())) continue;
    const m = BODY_LINE.exec(text.trim());
    if (!m || m[2].toLowerCase() !== unit.level || COUNCIL_LINE.test(m[1])) continue;
    return m[1].replace(/\s+/gu, ' ').toLowerCase();
  }
  return undefined;
}
const BODY_LINE = new RegExp(String.raw`^(\p{Lu}[\p{Lu}\s]*?)\s+(${ADMIN_LEVEL_WORDS.map((w) => w.toUpperCase().replace(/\s+/gu, '\\s+')).join('|')})\s+\p{Lu}[\p{Lu}\s'’ʼ-]*$`, 'u');
const COUNCIL_LINE = new RegExp(String.raw`^(?:${COUNCIL_WORDS.map((w) => w.toUpperCase().replace(/\s+/gu, '\\s+')).join('|')})$`, 'u');

/** Score the candidates for issuer: mentions, plus the header, title, "… báo cáo" and place-line signals. */
function chooseUnit(source: Source, mentions: UnitMention[], layout: Layout, place: string | null): UnitMention | null {
  const rank = selfRank(source, layout.heads);
  const pool = mentions.filter((m) => rank === null || rankOf(m.unit) === rank);
  const titles = new Set(layout.titleBlocks.map((b) => b.index));
  const intro = new Set([...layout.header, ...layout.intro].map((b) => b.index));
  const scores = new Map<string, { first: UnitMention; score: number }>();
  for (const m of pool) {
    const text = source.blocks[m.block].text;
    let score = 1;
    if (titles.has(m.block)) score += 5;
    if (intro.has(m.block) && /^\s*(?:đã\s+)?báo cáo/iu.test(text.slice(m.to))) score += 8;
    if (m.block < 15 && /\p{Lu}{3}/u.test(text.slice(m.from, m.to))) score += 10;
    if (place !== null && placeKey(place) === m.key) score += 5;
    const k = `${m.unit.level}|${m.key}`;
    const entry = scores.get(k) ?? { first: m, score: 0 };
    entry.score += score;
    scores.set(k, entry);
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.first.block - b.first.block)[0]?.first ?? null;
}

/** For each rank above the unit's, the most often named unit of that rank, nearest first. */
function chooseParents(mentions: UnitMention[], unit: Unit | null): Unit[] {
  const own = unit ? rankOf(unit) : 4;
  const parents: Unit[] = [];
  for (let rank = own - 1; rank >= 1; rank--) {
    const counts = new Map<string, { unit: Unit; n: number; first: number }>();
    mentions.filter((m) => rankOf(m.unit) === rank).forEach((m, i) => {
      const k = `${m.unit.level}|${m.key}`;
      const e = counts.get(k) ?? { unit: m.unit, n: 0, first: i };
      e.n++;
      counts.set(k, e);
    });
    const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
    if (best) parents.push(best.unit);
  }
  return parents;
}

/** Read a report's identity from its header, title, intro and unit mentions. */
export function extractMeta(source: Source): DocumentMeta {
  const layout = layoutOf(source);
  const mentions = findUnitMentions(source);
  const placeLine = readPlaceLine(layout.heads);
  const title = layout.titleBlocks.map((b) => b.text.trim()).join(' ') || null;
  const chosen = chooseUnit(source, mentions, layout, placeLine?.place ?? null);
  const unit = chosen ? { ...chosen.unit } : null;
  const intro = layout.intro.map((b) => b.text).join('\n');
  const period = (title !== null ? readPeriod(title) : null) ?? readPeriod(intro);
  const window = (title !== null ? readWindow(title) : null) ?? readWindow(intro);
  const body = readBody(layout.heads, unit);
  return {
    unit,
    parents: chooseParents(mentions, unit),
    period,
    ...(window ? { window } : {}),
    date: placeLine?.date ?? null,
    number: readNumber(layout.heads),
    title,
    ...(body !== undefined ? { body } : {}),
    draft: layout.header.some((b) => /DỰ\s*THẢO/iu.test(b.text)),
  };
}

/** The report's title: the line(s) after "BÁO CÁO", or null. */
export function titleOf(source: Source): string | null {
  return extractMeta(source).title;
}
