/**
 * Scoring an audit against gold annotations (see fixtures/gold/README.md).
 */
import type { DocumentOut, FindingOut } from '../model/index.js';
import { passagesByBlock } from '../model/index.js';
import { SCALE_WORDS } from '../text/lexicon.js';

/** A gold file. */
export interface Gold {
  report: string;
  errors: Array<{ id?: string; rule: string; quotes: string[]; subtle?: boolean; note?: string }>;
  mustNotFlag: Array<{ quote: string; rules?: string[]; note?: string }>;
  /** Optional: every numbered heading of the body in order (number as written without its final "." or ")"). */
  headings?: Array<{ number: string; title: string; depth: number }>;
  /** Optional: figures as written (one number each) and the value they mean. */
  figures?: Array<{ quote: string; value: number }>;
  /** Optional: passages with digits that are not figures (dates, document numbers, phones). */
  notFigures?: string[];
}

/** Headings and figures of one document against its gold (absent when the gold has none). */
export interface ReadingScore {
  headingsGold: number;
  headingsFound: number;
  headingsRight: number;
  figuresGold: number;
  figuresRight: number;
  notFiguresGold: number;
  notFiguresRead: number;
  misses: string[];
}

/** One document's score. */
export interface Score {
  source: string;
  form: string;
  error: string | null;
  /** Gold errors, each with whether a finding of its rule matched it. */
  errors: Array<{ id: string; rule: string; subtle: boolean; found: boolean }>;
  /** Error/warning findings: rule and whether they matched a gold error. */
  findings: Array<{ rule: string; severity: string; matched: boolean; message: string; text: string }>;
  mustNotFlagHits: Array<{ quote: string; rule: string; message: string }>;
  reading: ReadingScore | null;
}

/** Compare text ignoring case and all white space, so docx and pdf forms match the txt quotes. */
export function squash(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, '');
}

/** Each passage's text squashed, by block, computed once per block. */
function passageTexts(doc: DocumentOut): (block: number) => string {
  const passages = passagesByBlock(doc);
  const cache = new Map<number, string>();
  return (block) => {
    let t = cache.get(block);
    if (t === undefined) cache.set(block, (t = squash(passages.get(block)?.text ?? '')));
    return t;
  };
}

/**
 * True when a finding is of the gold error's rule. Three equivalences, each a slip that is plainly of both rules:
 * - a table row's rate cell that disagrees with its own row's numbers ("Khu vực 8 | 1 776 | 1 768 | 99,10": 1.768/1.776 =
 *   99,55%) is a percent that is not its own fraction, which golds record as percent-mismatch; baocao reports it as
 *   table-total-mismatch (percentColumnMismatch), since percent-mismatch reads sentences only and never a table row. So
 *   that finding also matches a gold percent-mismatch quoting its row (the reverse cannot arise). A row's change cell
 *   in percent that is not its own (current − previous)/previous ("Đường bộ | 30 | 26 | -4 | -15,4": -13,3%;
 *   changeColumnMismatch) is the same slip in a change column and matches likewise.
 * - "17/18 chi bộ … đạt 100%": a 100% its own fraction contradicts is a percent that is not its fraction (baocao's
 *   percent-mismatch, as STYLE.md and the seeds' gold have it) and a claim of "all" its own count denies, which golds
 *   written from a brief listing it under claim-mismatch record so. A percent-mismatch stating 100% against a fraction
 *   below it also matches a gold claim-mismatch quoting its passage; any other stated value does not.
 * - "tăng 14,8% so với năm 2023 (6.084,3 tỷ đồng)" after 6.842,5: a growth in percent its own two amounts deny (12,5%) is a
 *   percent that is not its own ratio less 100, which some golds record as percent-mismatch; baocao reports every change
 *   told against its base as claim-mismatch (changeMismatch). A changeMismatch in percent also matches a gold
 *   percent-mismatch quoting its passage; a change told as an amount ("tăng 90 lao động") does not.
 */
/** table-total-mismatch messages of a row's own percent cell (a share or a change) its row's numbers deny. */
const ROW_PERCENT_MESSAGES = new Set(['percentColumnMismatch', 'changeColumnMismatch']);

function ofRule(f: Pick<FindingOut, 'rule' | 'messageId' | 'data'>, rule: string): boolean {
  if (f.rule === rule) return true;
  if (rule === 'percent-mismatch') return (f.rule === 'table-total-mismatch' && ROW_PERCENT_MESSAGES.has(f.messageId)) || percentChangeDenied(f);
  return rule === 'claim-mismatch' && f.rule === 'percent-mismatch' && fullShareDenied(f.data);
}

/** A claim-mismatch of a change stated in percent against the two amounts it compares. */
function percentChangeDenied(f: Pick<FindingOut, 'rule' | 'messageId' | 'data'>): boolean {
  return f.rule === 'claim-mismatch' && f.messageId === 'changeMismatch' && f.data?.unit === '%';
}

/** A percent-mismatch's data stating 100% of a fraction whose part is below its whole. */
function fullShareDenied(data: FindingOut['data']): boolean {
  const [stated, num, den] = [Number(data?.stated), Number(data?.num), Number(data?.den)];
  return stated === 100 && num >= 0 && den > 0 && num < den;
}

/** Score one audited document against its gold. */
export function scoreDocument(doc: DocumentOut, gold: Gold, form: string): Score {
  const findings = doc.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const passage = passageTexts(doc);
  const texts = findings.map((f) => f.evidence.map((e) => passage(e.block)));
  const matches = (ruleOf: string, quotes: string[], i: number) =>
    ofRule(findings[i], ruleOf) && quotes.some((q) => texts[i].some((t) => t.includes(squash(q))));
  const matched = new Set<number>();
  const errors = gold.errors.map((g, gi) => {
    let found = false;
    findings.forEach((_, i) => {
      if (matches(g.rule, g.quotes, i)) {
        found = true;
        matched.add(i);
      }
    });
    return { id: g.id ?? `${g.rule}#${gi}`, rule: g.rule, subtle: Boolean(g.subtle), found };
  });
  const mustNotFlagHits: Score['mustNotFlagHits'] = [];
  findings.forEach((f, i) => {
    if (matched.has(i)) return;
    for (const m of gold.mustNotFlag) {
      if (m.rules && !m.rules.includes(f.rule)) continue;
      if (texts[i][0].includes(squash(m.quote))) mustNotFlagHits.push({ quote: m.quote, rule: f.rule, message: f.message });
    }
  });
  return {
    source: doc.source,
    form,
    error: doc.error ? `${doc.error.code}: ${doc.error.message}` : null,
    errors,
    findings: findings.map((f, i) => ({ rule: f.rule, severity: f.severity, matched: matched.has(i), message: f.message, text: f.evidence[0].snippet.slice(0, 160) })),
    mustNotFlagHits,
    reading: scoreReading(doc, gold),
  };
}

/**
 * A heading number without its final punctuation (any dash: "1-", "1 –" and "I —" are "1" and "I", as the gold writes
 * them), nor the opening bracket of a bracketed one ("(ii)" is "ii").
 */
const headingKey = (n: string) => squash(n).replace(/[.)\-–—:/]+$/, '').replace(/^\((?=[^()]+$)/, '');
/**
 * The same heading number: "PHẦN A", "Mục II", "Chương 2" and "Phần thứ nhất" are also recorded by their numeral alone
 * ("A", "II", "2", "thứ nhất"), the word being the style's name (older golds keep the word, some newer ones drop it);
 * the part word is optional on both sides, so either spelling matches the same numeral.
 */
const sameNumber = (found: string, gold: string) => {
  const a = headingKey(found);
  const b = headingKey(gold);
  const bare = (k: string) => k.replace(/^(?:phần|mục|chương)(?=[ivxl]+$|\d{1,2}$|\p{L}$|thứ\p{L}+$)/u, '');
  return a === b || bare(a) === bare(b);
};
const sameTitle = (a: string, b: string) => {
  const x = squash(a).replace(/[.:;]+$/, '');
  const y = squash(b).replace(/[.:;]+$/, '');
  const n = Math.min(x.length, y.length, 30);
  return n > 0 && x.slice(0, n) === y.slice(0, n);
};

/**
 * True when a quote opens with the high end of a range figure ("135.000 đồng/kg" of "110.000 - 135.000 đồng/kg"), or with
 * the range word right before it ("đến 500.000 đồng/trẻ/tháng" of "từ 300.000 đồng đến 500.000 đồng/trẻ/tháng").
 */
function highEndOpens(q: string, f: { raw: string }): boolean {
  const m = /\s*[-–—]\s*|\s+(đến|tới)\s+/u.exec(f.raw);
  const high = m === null ? undefined : f.raw.slice(m.index + m[0].length);
  return high !== undefined && /^\d/u.test(high) && (q.startsWith(squash(high)) || (m![1] !== undefined && q.startsWith(squash(`${m![1]} ${high}`))));
}

/** The number a squashed raw text opens with ("1.250" of "1.250triệuđồng"), empty when it opens otherwise. */
function leadingNumber(raw: string): string {
  return /^[-+]?\d(?:[\d.,]*\d)?/u.exec(raw)?.[0] ?? '';
}

const SCALE_OF: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
/** What a figure's own scale words multiply its number by ("1,5 triệu đồng" → 1e6, "2 nghìn tỷ" → 1e12; 1 without one). */
/**
 * "4,48 tỷ đồng" for a gold 4 479 900 000: an amount written with a scale word and decimals is right for a gold value that
 * rounds to it at the decimals written (a gold may hold the exact amount the writer rounded; the text gives no more).
 */
function roundedTo(f: { raw: string; value: number }, v: number): boolean {
  const scale = scaleOf(f.raw);
  if (scale <= 1) return false;
  const written = f.value / scale;
  const decimals = [1, 2, 3].find((d) => Math.abs(written * 10 ** d - Math.round(written * 10 ** d)) < 1e-6);
  if (decimals === undefined || Number.isInteger(Math.round(written * 1e6) / 1e6)) return false;
  return Math.abs(f.value - v) <= 0.5 * 10 ** -decimals * scale * (1 + 1e-9);
}

function scaleOf(raw: string): number {
  const words = raw.normalize('NFC').toLowerCase().split(/[^\p{L}]+/u);
  return words.filter((w) => (SCALE_WORDS as readonly string[]).includes(w)).reduce((m, w) => m * (SCALE_OF[w] ?? 1), 1);
}

/**
 * Headings: a gold heading is right when a section has its number, its title (first 30 characters,
 * case and spaces ignored) and its depth; the share right is right / max(gold, found), so both missed
 * and invented headings count (appendix headings aside: the gold lists the body's). Figures: a gold figure is right when a figure whose raw text lies
 * inside the quote (a range's low end closing it), in a passage holding the quote, has the gold value (a fraction matches by either
 * side, as written or scaled by its unit's scale word, and a quote opening at its denominator by that side; an amount by its value as written or as scaled by its own scale word, "13.550 triệu đồng" being 13550 or
 * 13 550 000 000, or by its unit's, a table cell under "ĐVT: triệu đồng"; one written with a scale word and decimals by a gold value that
 * rounds to it there, "4,48 tỷ" for 4 479 900 000); a figure may run past the quote's end when its number lies inside the quote; a quote
 * with a line break may run on from a passage's end into the next passage's start, answered by a figure in its part in the first. Not-figures: a passage counts as read when a figure's raw text occurs in its passage only
 * inside the quote, unless that figure is one the gold lists as a figure.
 */
export function scoreReading(doc: DocumentOut, gold: Gold): ReadingScore | null {
  if (!gold.headings && !gold.figures && !gold.notFigures) return null;
  const misses: string[] = [];
  const hs = gold.headings ?? [];
  let headingsRight = 0;
  const used = new Set<number>();
  for (const h of hs) {
    const i = doc.sections.findIndex((s, k) => !used.has(k) && sameNumber(s.number, h.number) && sameTitle(s.title, h.title));
    if (i >= 0 && doc.sections[i].level === h.depth) {
      used.add(i);
      headingsRight += 1;
    } else {
      misses.push(i >= 0 ? `heading level ${h.number} ${h.title.slice(0, 40)}: ${doc.sections[i].level} ≠ ${h.depth}` : `heading missed ${h.number} ${h.title.slice(0, 40)}`);
      if (i >= 0) used.add(i);
    }
  }
  // The gold lists the body's headings: an appendix heading ("PHỤ LỤC 01") is neither right nor invented.
  const appendix = (s: { number: string }) => /^phụ\s*lục/iu.test(s.number.normalize('NFC'));
  const extra = gold.headings ? doc.sections.filter((s, k) => !used.has(k) && !appendix(s)) : [];
  for (const s of extra) misses.push(`heading invented ${s.number} ${s.title.slice(0, 40)}`);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  const passage = passageTexts(doc);
  let figuresRight = 0;
  // A range ("350 - 500 mm") is the figure of its low end: a quote may stop there ("phổ biến 350"); and of its high end,
  // which a quote may open with ("500 mm"), the unit written once after both ends.
  // A figure may run past the quote when its number lies inside it ("tỉnh 1.250 triệu" of "1.250 triệu đồng"):
  // the quote then ends inside the figure's raw text, past its number, and the passage goes on with the rest.
  const rawIn = (q: string, f: DocumentOut['figures'][number]) => {
    const raw = squash(f.raw);
    if (q.includes(raw) || (f.kind === 'range' && q.endsWith(squash(f.raw.split(/\s*[-–]\s*/u)[0])))) return true;
    const num = leadingNumber(raw).length;
    if (num === 0) return false;
    for (let k = raw.length - 1; k >= num; k -= 1) {
      if (q.endsWith(raw.slice(0, k))) return passage(f.block).includes(q + raw.slice(k));
    }
    return false;
  };
  // A value as written, or scaled by the figure's own scale word ("13.550 triệu đồng" = 13550 or 13 550 000 000), or by
  // its unit's ("9.846" in a table noted "ĐVT: triệu đồng", its unit "triệu đồng", = 9846 or 9 846 000 000).
  const sameValue = (f: DocumentOut['figures'][number], v: number) =>
    close(f.value, v) || close(f.value, v * scaleOf(f.raw)) || (f.kind !== 'money' && close(f.value * scaleOf(f.unit ?? ''), v)) || roundedTo(f, v);
  // A quote opening at a range's high end is answered by that end's value alone.
  const highRight = (q: string, f: DocumentOut['figures'][number], v: number) =>
    f.kind === 'range' && f.high !== null && highEndOpens(q, f) && passage(f.block).includes(q) && (close(f.high, v) || close(f.high, v * scaleOf(f.raw)));
  // A side of a fraction as written, or scaled by the scale word of the unit after it ("11.756/27.300 triệu đồng").
  const sideMatches = (f: DocumentOut['figures'][number], side: number, v: number) => close(side, v) || close(side * scaleOf(f.unit ?? ''), v);
  // A quote opening at a fraction's denominator, right after its slash ("1.428 học sinh" of "1.406/1.428 học sinh"), is
  // answered by that side alone (a quote closing at the numerator, "đạt 1.406", is a figure running past it, above).
  // So is a quote opening at the unit words and slash between the sides ("ha/1.450,0 ha" of "1.528,5 ha/1.450,0 ha"), or at
  // the slash alone ("/11 350 công dân" of "9 842/11 350 công dân").
  const denominatorRight = (q: string, f: DocumentOut['figures'][number], v: number) => {
    const raw = squash(f.raw);
    const slash = raw.indexOf('/');
    const den = leadingNumber(raw.slice(slash + 1));
    if (f.denominator === null || slash <= 0 || den === '') return false;
    const between = raw.slice(leadingNumber(raw).length, slash + 1);
    const lead = q.startsWith(den) ? '' : [...Array(between.length).keys()].map((k) => between.slice(k)).find((t) => /^[\p{L}/]/u.test(t) && q.startsWith(t + den)) ?? null;
    if (lead === null) return false;
    const rest = q.slice(lead.length);
    return !/^[.,]?\d/u.test(rest.slice(den.length)) && passage(f.block).includes(raw.slice(0, slash + 1) + rest) && sideMatches(f, f.denominator, v);
  };
  // "(Bằng chữ: Ba tỷ, bảy trăm chín mươi bảy triệu đồng)" beside "3.797.000.000 đồng": a quote of the words alone is
  // answered by the figure whose words stand inside it and say its value.
  const rawPassages = passagesByBlock(doc);
  const wordsRight = (q: string, f: DocumentOut['figures'][number], v: number) => {
    const w = f.words;
    // Valued as the digits are written or scaled ("4 350 triệu đồng" = 4350, its words "Bốn tỷ, ba trăm năm mươi triệu").
    if (!w || w.to <= w.from || !(close(w.value, v) || close(w.value, v * scaleOf(f.raw)))) return false;
    const said = squash(rawPassages.get(w.block)?.text.slice(w.from, w.to) ?? '');
    return said !== '' && q.includes(said) && passage(w.block).includes(q);
  };
  // A quote may run from the end of one passage into the start of the next ("| 1 | 6 |\n| 6": a table row's last cells and the
  // next row's first, quoted so as to be unique): it is answered in the first passage, by the part of the quote inside it.
  const headIn = (block: number, q: string): string | null => {
    const t = passage(block);
    const next = passage(block + 1);
    for (let k = q.length - 1; k >= 1; k -= 1) if (t.endsWith(q.slice(0, k)) && next.startsWith(q.slice(k))) return q.slice(0, k);
    return null;
  };
  const runOnRight = (g: { quote: string; value: number }, f: DocumentOut['figures'][number]) => {
    if (!/\n/u.test(g.quote)) return false;
    const head = headIn(f.block, squash(g.quote));
    return head !== null && squash(f.raw) !== '' && head.includes(squash(f.raw)) && sameValue(f, g.value);
  };
  // The figures that answer a gold figure: a not-figure passage holding one of them ("năm học 2023-2024 (3,97%)" with
  // "3,97%" listed as a figure) is not misread by it.
  const answering = new Set<DocumentOut['figures'][number]>();
  for (const g of gold.figures ?? []) {
    const q = squash(g.quote);
    const right = doc.figures.filter((f) => (rawIn(q, f) && passage(f.block).includes(q) &&
      (sameValue(f, g.value) || [f.numerator, f.denominator].some((side) => side !== null && sideMatches(f, side, g.value)))) ||
      highRight(q, f, g.value) || denominatorRight(q, f, g.value) || wordsRight(q, f, g.value) || runOnRight(g, f));
    for (const f of right) answering.add(f);
    const hit = right.length > 0;
    if (hit) figuresRight += 1;
    else misses.push(`figure ${g.quote} = ${g.value}: ${doc.figures.filter((f) => rawIn(q, f) && passage(f.block).includes(q)).map((f) => `${f.raw}→${f.value}`).join(', ') || 'not read'}`);
  }
  let notFiguresRead = 0;
  const ownOf = ownTextOf(rawPassages);
  for (const nf of gold.notFigures ?? []) {
    const q = squash(nf);
    const own = ownOf(nf);
    const bad = doc.figures.find((f) => {
      const t = passage(f.block);
      const raw = squash(f.raw);
      return !answering.has(f) && t.includes(q) && own.includes(raw) && !t.split(q).join('|').includes(raw);
    });
    if (bad) {
      notFiguresRead += 1;
      misses.push(`not a figure, read as one: ${nf} (${bad.raw})`);
    }
  }
  return {
    headingsGold: hs.length, headingsFound: gold.headings ? used.size + extra.length : 0, headingsRight,
    figuresGold: gold.figures?.length ?? 0, figuresRight,
    notFiguresGold: gold.notFigures?.length ?? 0, notFiguresRead, misses,
  };
}

// "(tháng 9 - 12/2024) | 312": a not-figure quoted on into the next table cell, a bare number, because its own text stands
// twice in the document ("Học kỳ I (tháng 9 - 12/2024)" opens two rows) — the cell only makes the quote unique. Its own
// text is the part before the cell (when that part holds a number of its own): only a number there read as a figure
// misreads it. Any other quote is its own text whole ("| 9 | Thôn Bình Lâm": the row number is the not-figure).
const TRAILING_CELL = /^(.*\d.*?)\s*\|\s*\d[\d.,\s\u00a0]*$/su;
function ownTextOf(passages: ReturnType<typeof passagesByBlock>): (nf: string) => string {
  let whole: string | undefined;
  return (nf) => {
    const m = TRAILING_CELL.exec(nf);
    if (!m) return squash(nf);
    whole ??= [...passages.values()].map((p) => squash(p.text)).join('\n');
    const head = squash(m[1]);
    const first = whole.indexOf(head);
    return first >= 0 && whole.indexOf(head, first + 1) >= 0 ? head : squash(nf);
  };
}

interface Tally {
  gold: number; found: number; subtleMissed: number; flagged: number; correct: number; mnf: number;
  /** Errors not marked subtle (plainly visible to a careful reader), and how many of them were found. */
  plainGold: number; plainFound: number;
  /** Findings of severity error, and how many of them match a planted error. */
  errFlagged: number; errCorrect: number;
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** Per-rule and per-form tables, plus the list of misses and false alarms. */
export function summarise(scores: Score[]): { text: string; totals: Record<string, Tally> } {
  const byRule = new Map<string, Tally>();
  const byForm = new Map<string, Tally>();
  const tally = (m: Map<string, Tally>, k: string) => {
    if (!m.has(k)) m.set(k, { gold: 0, found: 0, subtleMissed: 0, flagged: 0, correct: 0, mnf: 0, plainGold: 0, plainFound: 0, errFlagged: 0, errCorrect: 0 });
    return m.get(k)!;
  };
  const lines: string[] = [];
  for (const s of scores) {
    for (const e of s.errors) {
      for (const t of [tally(byRule, e.rule), tally(byForm, s.form), tally(byRule, 'ALL')]) {
        t.gold += 1;
        if (e.found) t.found += 1;
        else if (e.subtle) t.subtleMissed += 1;
        if (!e.subtle) {
          t.plainGold += 1;
          if (e.found) t.plainFound += 1;
        }
      }
      if (!e.found) lines.push(`  missed      ${s.source}: ${e.rule} ${e.id}${e.subtle ? ' (subtle)' : ''}`);
    }
    for (const f of s.findings) {
      for (const t of [tally(byRule, f.rule), tally(byForm, s.form), tally(byRule, 'ALL')]) {
        t.flagged += 1;
        if (f.matched) t.correct += 1;
        if (f.severity === 'error') {
          t.errFlagged += 1;
          if (f.matched) t.errCorrect += 1;
        }
      }
      if (!f.matched) lines.push(`  false alarm ${s.source}: ${f.rule} — ${f.message}`);
    }
    for (const h of s.mustNotFlagHits) {
      for (const t of [tally(byRule, h.rule), tally(byForm, s.form), tally(byRule, 'ALL')]) t.mnf += 1;
      lines.push(`  MUST-NOT    ${s.source}: ${h.rule} flagged "${h.quote}"`);
    }
    if (s.error) lines.push(`  unreadable  ${s.source}: ${s.error}`);
  }
  const table = (title: string, m: Map<string, Tally>) => {
    const rows = [`${title.padEnd(26)} ${'recall'.padStart(7)} ${'found'.padStart(9)} ${'precision'.padStart(9)} ${'flags'.padStart(9)} ${'must-not'.padStart(8)}`];
    for (const [k, t] of [...m.entries()].sort(([a], [b]) => (a === 'ALL' ? 1 : b === 'ALL' ? -1 : a.localeCompare(b)))) {
      rows.push(`${k.padEnd(26)} ${pct(t.found, t.gold).padStart(7)} ${`${t.found}/${t.gold}`.padStart(9)} ${pct(t.correct, t.flagged).padStart(9)} ${`${t.correct}/${t.flagged}`.padStart(9)} ${String(t.mnf).padStart(8)}`);
    }
    return rows.join('\n');
  };
  // The measures issue 10's done-when names: plainly visible errors found, all errors found, precision
  // of errors and warnings, and precision of the error-severity findings alone.
  const doneWhen = [`${'set / form'.padEnd(26)} ${'plain'.padStart(7)} ${'found'.padStart(9)} ${'all'.padStart(7)} ${'prec e+w'.padStart(9)} ${'prec err'.padStart(9)} ${'errors'.padStart(9)}`];
  for (const [k, t] of [...byForm.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    doneWhen.push(`${k.padEnd(26)} ${pct(t.plainFound, t.plainGold).padStart(7)} ${`${t.plainFound}/${t.plainGold}`.padStart(9)} ${pct(t.found, t.gold).padStart(7)} ${pct(t.correct, t.flagged).padStart(9)} ${pct(t.errCorrect, t.errFlagged).padStart(9)} ${`${t.errCorrect}/${t.errFlagged}`.padStart(9)}`);
  }
  const reading = readingTable(scores);
  const text = [table('rule', byRule), '', table('set / form', byForm), '', doneWhen.join('\n'), '', ...(reading ? [reading, ''] : []), ...lines, ''].join('\n');
  return { text, totals: Object.fromEntries(byRule) };
}

/** Headings, figures and not-figures per set / form, for the documents whose gold lists them. */
function readingTable(scores: Score[]): string | null {
  const by = new Map<string, { hg: number; hf: number; hr: number; fg: number; fr: number; ng: number; nr: number }>();
  const misses: string[] = [];
  for (const s of scores) {
    if (!s.reading) continue;
    const r = s.reading;
    const t = by.get(s.form) ?? { hg: 0, hf: 0, hr: 0, fg: 0, fr: 0, ng: 0, nr: 0 };
    t.hg += r.headingsGold; t.hf += r.headingsFound; t.hr += r.headingsRight;
    t.fg += r.figuresGold; t.fr += r.figuresRight; t.ng += r.notFiguresGold; t.nr += r.notFiguresRead;
    by.set(s.form, t);
    for (const m of r.misses) misses.push(`  reading     ${s.source}: ${m}`);
  }
  if (by.size === 0) return null;
  const rows = [`${'reading: set / form'.padEnd(26)} ${'headings'.padStart(9)} ${'right/max'.padStart(11)} ${'figures'.padStart(9)} ${'right'.padStart(9)} ${'not-fig read'.padStart(12)}`];
  for (const [k, t] of [...by.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push(`${k.padEnd(26)} ${pct(t.hr, Math.max(t.hg, t.hf)).padStart(9)} ${`${t.hr}/${Math.max(t.hg, t.hf)}`.padStart(11)} ${pct(t.fr, t.fg).padStart(9)} ${`${t.fr}/${t.fg}`.padStart(9)} ${`${t.nr}/${t.ng}`.padStart(12)}`);
  }
  return [...rows, ...misses].join('\n');
}
