/**
 * date-out-of-period — a dated action among the report's own actions must
 * fall in the report's period.
 *
 * Why: in a 2024 report, "công văn số 1214/UBND-VHTT ngày 17/9/2023" among
 * the year's other 2024 dispatches is a wrong year or a pasted old item.
 * Conservative on purpose (precision first): only a full date in a numbered
 * section, in a passage listing at least two other dates inside the period
 * and no other outlier; never a founding document (anything after "Căn cứ",
 * "Thực hiện", "theo", resolutions, decrees, decisions, plans, programmes:
 * those are old by nature), never a deadline ("trước ngày", "đến ngày").
 * A date after the period's end (and after the report date) is flagged the
 * same way, for an achievement dated in the future. The passage is one block,
 * or a run of sibling list items of one section that each open with their
 * date ("+ Ngày 20/4/2024: …", "+ Ngày 15/5/2023: …"; in a one-year period an item's day
 * without its year, "+ Ngày 05/4: …", is a day of the period when it falls in it): a chronicle of the
 * period's activities, where one item of another year is a slip (unless the
 * item cites a document or plan, or the list's lead-in or heading names that
 * year or a "giai đoạn"). A date is also flagged when its own sentence
 * contradicts it: a finished action ("đã", "hoàn thành" after the date, or a
 * sentence opening "Ngày <d>, …" that narrates the day) dated after the report was signed, even inside the period (an annual report
 * signed 15/12 cannot have finished something on 20/12), or an old date on an
 * event the sentence places in the period's year ("Ngày 12/3/2021, … năm 2024").
 * A day listed with days before signing ("các vụ … xảy ra vào các ngày 14/3, 09/7 và 23/12") in a sentence of incidents that
 * happened or were found is told as done too.
 * Bare "được" is not taken as finished: "được tổ chức vào ngày …" announces.
 * A sentence opening "Đến ngày <d>, … đã …" states what stood on that day (a month's end may be an estimate);
 * a full day months after signing, in a year past the period's, is told as done unless plan words say otherwise; so is a day
 * followed in its sentence by the event's measured outcome ("… ngày 12/7 tiếp nhận 418 đơn vị").
 * A report that counts its figures from a day of the year before ("năm 2024 (số liệu tính từ ngày 15/12/2023 …)")
 * holds the days from that one on as its own: a plan issued 18/12/2023 is no date before the period.
 * A day its month does not have ("31/9/2023", "29/02/2023") is told wherever the text writes it: it belongs to no period.
 * When no period is read from the title (a crop season, "vụ Hè Thu 2025"), only a finished action dated after signing
 * is told (with the same words; a far day is not told as done by its distance alone).
 * A full day its month does not have ("30/02/2025", "31/4/2024") is an error wherever it stands: no reading makes it right.
 * A day of the period's own year more than a month before it ("Ngày 18/3/2025, tổ chức …" after "Trong quý …" of quý III/2025)
 * is told only by the period's own narration; a law or decree after "phổ biến", "quán triệt" is the session's topic, no basis.
 * A day of the year before whose day and month fall in a period shorter than its year, told as done ("…; ngày 22/8/2023 đã
 * tiếp …" of quý III/2024), is a slip of the year, unless its block names another period, a span or that year.
 * Told as done also by a clause opening with the day, then its subject and a deed ("Hưởng ứng …, ngày 05/4/2024 UBND xã tổ
 * chức ra quân …" of 6 tháng đầu năm 2025), as a sentence opening "Ngày <d>, …" is.
 * A paper amending ("điều chỉnh", "bổ sung", "sửa đổi" … "tại Quyết định …") the period's own paper in one chain of its
 * sentence ("Dự toán ngân sách năm 2024 … giao tại … ngày 08/01/2024, … và bổ sung … tại … ngày 21/10/2022") cannot be dated
 * before the period and the paper it amends, basis though a paper's date otherwise is.
 * An anniversary of a known body (lexicon FOUNDING_YEARS: "kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh" → 2025)
 * places its sentence in the founding year plus the age.
 * A date its statement compares with ("So với năm 2024 (cơn bão số 3 đổ bộ ngày 07/9/2024 …)", "cùng kỳ năm trước") or sets
 * in its year by name is a past event cited as a reference, no outlier; an event dated a year early and told by its measured
 * outcome ("từ ngày 12 đến ngày 14/3/2024, thu hút khoảng 15 000 lượt người") is told as held, so a slip of the year.
 * A school year (năm học 2024 - 2025: 9/2024–5/2025) holds no day of its first calendar year before September whose day and
 * month fall in it ("14/01/2024"): that is the school year before. An occurrence named as the one before ("lần diễn tập
 * trước vào ngày …", "đợt kiểm tra trước") is cited for comparison, no outlier.
 * Such a slip is told as done also by the outcome its sentence gives past the date's own statement ("Lễ giao nhận quân được tổ
 * chức … vào ngày 14/02/2024; xã giao đủ 32/32 công dân, đạt 100% chỉ tiêu" of 6 tháng đầu năm 2025) when its block names a
 * year of the period in words ("Chỉ tiêu huyện giao năm 2025 …"): the whole sentence is then read for plans, bases and comparisons.
 * An item may open with the numbered round of a series before its day ("+ Đợt 3 ngày 22/9/2023, …"): such a run flags only
 * the round whose year breaks the rounds' order and whose day in the period's year keeps it. A chronicle of clauses each
 * opening with its day ("Ngày 10/01/2025, …; ngày 20/3/2024, UBND xã tổ chức …" of năm 2025) flags a step a year before
 * the period, told after a step of the period as its subject's deed, that keeps the order with the period's year.
 * An incident its statement counts as happened on a day ("xảy ra 01 vụ ngộ độc … vào ngày 14/7/2025, làm 17 người mắc")
 * is told as done: after signing it cannot have happened yet (when the period is read too; no risk or forecast before it).
 * A work the lead-in classes as a new start of the plan year ("+ Dự án khởi công mới: … khởi công ngày 16/9/2024" of 7
 * tháng đầu năm 2025) cannot have started a year before the period; a project carried over, a decision's day or an earlier
 * phase's is no start of the item.
 * A span of days wholly before the period ("Lễ hội … diễn ra từ ngày 08/11/2023 đến ngày 10/11/2023, thu hút 46 500 lượt khách"
 * of năm 2024) is one date, both its ends one event's, never two outliers; an event held on it is placed in the period also by
 * a sentence before it in its paragraph opening with the period ("Năm 2024, huyện đã tổ chức 05 sự kiện …"), unless the
 * paragraph names the span's year elsewhere or the sentence compares with an earlier time.
 * Section titles that name only the period's years ("A. KẾT QUẢ CÔNG TÁC NĂM 2024") place such a held event there as well
 * ("* Lễ hội … được tổ chức ngày 25/02/2023 …, thu hút trên 300 đoàn viên"), on the same conditions.
 *
 * @example {"name": "ok.txt"}
 *   BÁO CÁO
 *   Kết quả chuyển đổi số năm 2024
 *
 *   I. KẾT QUẢ
 *   Căn cứ Quyết định số 969/QĐ-UBND ngày 18/3/2022 của UBND tỉnh, đã ban hành Công văn số 04/UBND ngày 10/01/2024, Công văn số 70/UBND ngày 30/8/2024.
 * @example {"name": "not-ok.txt", "expect": "dateBeforePeriod"}
 *   BÁO CÁO
 *   Kết quả chuyển đổi số năm 2024
 *
 *   I. KẾT QUẢ
 *   Đã ban hành Công văn số 04/UBND ngày 10/01/2024, Công văn số 70/UBND ngày 30/8/2024, Công văn số 1214/UBND-VHTT ngày 17/9/2023 về cuộc thi.
 */
import type { Period } from '../model/index.js';
import { markerOf } from '../extract/claims-bullets.js';
import { defineRule, type RuleContext } from './define.js';
import { alt, CURRENT_PERIOD_WORDS } from '../text/lexicon.js';
import {
  amendsChain, anniversaryAges, dayOpensDeed, backgroundWords, comparedTime, currentPeriodSaid, eventHeldOn, ownSpanStart, basisBefore, citesBasis, citesBasisBeyondTopic, completedInClause, cutOffBefore, dayCutOffOpens, doneBefore, doneInstance, earlyInYear, farPastSigning, finishedWords, foundingAnniversaryYears, happenedOn, newStartClass, workStartOn, futureTold, futureToldOnDay, futureWords, happenedCount, listJoin, measuredResult, multiYearWords, namesYear, occurredWords, otherPeriodNamed, otherSpanCounted, opensWithDate, opensWithSeriesDate, dayOpensStep, subjectDeedAfter, planSectionTitle, opensWithPeriod, opensWithOwnPeriod, opensWithLabel, withoutEstimatedOutcome,
  attainedTarget, withoutAttained, priorCycleDay, sinceWords, slippedYear, tookPart, spanBetween, yearlessLeadDay, yearsIn,
} from '../extract/date-context.js';

/**
 * A full date in a passage: characters [from, to) and its ISO form. A span of days read as one ("từ ngày 08/11/2023 đến ngày
 * 10/11/2023") runs from its first day to its last, `open` where its own words start ("từ").
 */
interface Dated { from: number; to: number; iso: string; raw: string; statement: { from: number; to: number }; series?: boolean; open?: number }

/**
 * The days of a block with each span of days wholly before the period ("diễn ra từ ngày 08/11/2023 đến ngày 10/11/2023" of
 * năm 2024, read as a range in extract/dates.ts) taken as one date: its two ends are one event's days, not two outliers.
 */
function spansJoined(context: RuleContext, block: number, days: Dated[], f: Frame): Dated[] {
  const text = context.source.blocks[block].text;
  let out = days;
  for (const r of context.dates[block] ?? []) {
    if (r.granularity !== 'range') continue;
    const ends = out.filter((d) => d.from >= r.from && d.to <= r.to);
    if (ends.length !== 2 || !ends.every((d) => beforePeriod(d.iso, f))) continue;
    const [first, last] = ends;
    out = out.filter((d) => !ends.includes(d)).concat({ ...first, to: last.to, raw: text.slice(first.from, last.to), open: r.from }).sort((a, b) => a.from - b.from);
  }
  return out;
}

/** The full days a block states (read once in extract/dates.ts). */
function daysIn(context: RuleContext, block: number): Dated[] {
  const statements = context.textReadings.dateStatements[block] ?? [];
  return (context.dates[block] ?? []).flatMap((d, k) => (d.granularity === 'day' ? [{ from: d.from, to: d.to, iso: d.start, raw: d.raw, statement: statements[k] }] : []));
}

/** The full days and the whole months ("tháng 10/2025") a block states: a month after signing is after it from its first day. */
function daysAndMonthsIn(context: RuleContext, block: number): Dated[] {
  const statements = context.textReadings.dateStatements[block] ?? [];
  return (context.dates[block] ?? []).flatMap((d, k) => (d.granularity === 'day' || d.granularity === 'month' ? [{ from: d.from, to: d.to, iso: d.start, raw: d.raw, statement: statements[k] }] : []));
}

type Side = 'before' | 'after' | 'in';

/** What the rule knows of the report: its period, the latest date it may speak of, its signing date. */
interface Frame { period: Period; latest: string; signed: string | null; periodKnown?: boolean; windowStart?: string; runBlocks?: Set<number> }

/**
 * A date of a year before the period's is before it, unless the report counts its figures from that date on ("năm
 * 2024 (số liệu tính từ ngày 15/12/2023 …)": a plan issued 18/12/2023 is the period's own).
 */
const beforePeriod = (iso: string, f: Frame): boolean => (iso.slice(0, 4) < f.period.start.slice(0, 4) || priorCycleDay(iso, f.period))
  && !(f.windowStart !== undefined && iso >= f.windowStart);

function sideOf(iso: string, f: Frame): Side {
  if (beforePeriod(iso, f)) return 'before';
  if (iso > f.latest) return 'after';
  return 'in';
}

const expectedOf = (p: Period): string => `${p.start} – ${p.end} (${p.label})`;

/** Titles of the block's section and its ancestors. */
function sectionTitles(context: RuleContext, block: number): string[] {
  const out: string[] = [];
  for (let k = context.blockSection[block] ?? null; k !== null; k = context.sections[k].parent) out.push(context.sections[k].title);
  return out;
}

const inPlanSection = (context: RuleContext, block: number): boolean => sectionTitles(context, block).some(planSectionTitle);

/** One block as the passage: exactly one outlier among at least two dates inside the period. Returns the date flagged. */
function checkBlock(context: RuleContext, block: number, f: Frame): Dated | null {
  const text = context.source.blocks[block].text;
  const all = daysIn(context, block);
  // "kỷ niệm 115 năm … (08/3/1910 - 08/3/2025)": a span that runs into the period counts from its start, no action then.
  const opensSpan = (d: Dated) => all.some((e) => e.from > d.to && e.iso >= f.period.start && spanBetween(text.slice(d.to, e.from)));
  // A span's end after "đến ngày" sets no deadline: the span is joined before the bases are set aside.
  const dates = spansJoined(context, block, all, f).filter((d) => !basisBefore(text, d.from) && !opensSpan(d));
  const outliers = dates.filter((d) => sideOf(d.iso, f) !== 'in');
  const inside = dates.filter((d) => sideOf(d.iso, f) === 'in');
  if (outliers.length === 1 && inside.length < 2) return checkClash(context, block, outliers[0], f);
  if (outliers.length === 0) {
    // "Trong quý tổ chức 03 hội nghị … . Ngày 18/3/2025, tổ chức …" of quý III/2025: a day of the period's year long before it.
    const early = inside.filter((d) => earlyInYear(d.iso, f.period.start, f.windowStart));
    return early.length === 1 ? checkClash(context, block, early[0], f, true) : null;
  }
  if (outliers.length !== 1 || inside.length < 2 || citedAsReference(context, block, outliers[0])) return null;
  const [d] = outliers;
  const places = [d, ...inside.slice(0, 2)].map((n) => ({ block, from: n.from, to: n.to }));
  context.report({ messageId: sideOf(d.iso, f) === 'before' ? 'dateBeforePeriod' : 'dateAfterPeriod', data: { found: d.raw, expected: expectedOf(f.period) }, places });
  return d;
}

/**
 * "So với năm 2024 (cơn bão số 3 đổ bộ ngày 07/9/2024 …)": a date its own statement compares with ("so với", "cùng kỳ"
 * before it) or sets in its year by name ("năm 2024" beside it) is another time cited as a reference, no slip among the
 * period's dates.
 */
function citedAsReference(context: RuleContext, block: number, d: Dated): boolean {
  const text = context.source.blocks[block].text;
  if (comparedTime(text.slice(d.statement.from, d.from))) return true;
  const year = d.iso.slice(0, 4);
  return (context.dates[block] ?? []).some((m) => m.from !== d.from && m.from >= d.statement.from && m.to <= d.statement.to
    && namesYear(m.raw) && m.start.slice(0, 4) === year && m.end.slice(0, 4) === year);
}

const NARRATED_LEAD = /^\s*(?:[-+•*]\s*)?ngày\s*$/iu;
// A paragraph opening with its own period: "Trong năm, …", "Trong kỳ, …".
const PERIOD_OPENER = new RegExp(String.raw`^\s*(?:[-+•*]\s*)?(?:${alt(CURRENT_PERIOD_WORDS)})\s*,`, 'iu');

/** An old date on an event its own sentence places in the period's year ("Ngày 12/3/2021, … năm 2024"). */
function checkClash(context: RuleContext, block: number, d: Dated, f: Frame, early = false): Dated | null {
  if (inPlanSection(context, block)) return null;
  const sentence = d.statement;
  const periodYears = new Set([f.period.start.slice(0, 4), f.period.end.slice(0, 4)]);
  // The years the sentence states in words ("năm 2024", "6 tháng đầu năm 2024", "ngày 5 tháng 3 năm 2024").
  const stated = (context.dates[block] ?? [])
    .filter((m) => m.from !== d.from && m.from >= sentence.from && m.to <= sentence.to && namesYear(m.raw))
    .map((m) => m.end.slice(0, 4));
  // "Riêng trong bão số 10, ngày 27/9/2024 UBND xã đã …" where the report listed "Bão số 10 (ngày 28–29/9/2025)": the
  // occurrence it names places the sentence in its year, unless the sentence compares or counts from an earlier time.
  const sentenceWords = context.source.blocks[block].text.slice(sentence.from, sentence.to);
  if (!sinceWords(sentenceWords) && !citesBasis(sentenceWords) && !futureWords(sentenceWords)) {
    const k = (context.dates[block] ?? []).findIndex((m) => m.from === d.from);
    stated.push(...(context.textReadings.dateEventYears[block]?.[k] ?? []));
  }
  // "Ngày 25/7/2023, … tổ chức Lễ kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024)": a span as many years
  // long as the anniversary's age ends on the anniversary day, which places the ceremony in that day's year.
  const text = context.source.blocks[block].text;
  const ages = anniversaryAges(text.slice(sentence.from, sentence.to));
  const inSentence = ages.length === 0 ? [] : daysIn(context, block).filter((e) => e.from !== d.from && e.from >= sentence.from && e.to <= sentence.to);
  for (const a of inSentence) for (const b of inSentence) {
    if (b.from > a.to && spanBetween(text.slice(a.to, b.from)) && ages.includes(Number(b.iso.slice(0, 4)) - Number(a.iso.slice(0, 4)))) stated.push(b.iso.slice(0, 4));
  }
  // "Ngày 26/3/2024, … nhân dịp kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh": a known body's founding year and
  // the anniversary's age place the ceremony in their sum.
  stated.push(...foundingAnniversaryYears(text.slice(sentence.from, sentence.to)));
  // "Ngày 11/7/2023, UBND phường tổ chức …" opening a paragraph of "KẾT QUẢ … NĂM 2024": the section places its
  // actions in the period's year, unless the sentence compares or counts from an earlier time.
  const paragraph = context.source.blocks[block].text;
  const opens = leadDate(context, block)?.from === d.from && !sinceWords(paragraph) && !citesBasis(paragraph) && !backgroundWords(paragraph);
  const titled = sectionTitles(context, block).flatMap(yearsIn);
  // "Trong năm, Ban … đã hỗ trợ … Ngày 05/9/2023, Ban đã tổ chức …": a paragraph opened by the period itself places each
  // done action it narrates there, a sentence opening with its day included (unless that sentence counts from earlier).
  const sentenceText = paragraph.slice(sentence.from, sentence.to);
  const narrated = NARRATED_LEAD.test(paragraph.slice(sentence.from, d.from)) && /^\s*,/u.test(paragraph.slice(d.to, d.to + 3))
    && (finishedWords(paragraph.slice(d.to, sentence.to)) || doneBefore(paragraph.slice(d.to, sentence.to)));
  const inPeriodParagraph = narrated && PERIOD_OPENER.test(paragraph) && !sinceWords(sentenceText) && !citesBasisBeyondTopic(sentenceText) && !futureWords(sentenceText);
  // "Trong 6 tháng, đã hoàn thành 02 công trình …: ngày 28/4/2025, khánh thành …; ngày 12/3/2024, đưa vào vận hành …": an item
  // opening with its day after the colon of a lead-in that opens with the period and tells its deeds as done is one of them.
  const whole = context.sentences.of(block).find((x) => x.from <= d.from && d.from < x.to);
  const colon = whole ? paragraph.lastIndexOf(':', d.from) : -1;
  const leadIn = whole && colon >= whole.from ? paragraph.slice(whole.from, colon) : '';
  const wholeText = whole ? paragraph.slice(whole.from, whole.to) : '';
  const inPeriodList = leadIn !== '' && NARRATED_LEAD.test(paragraph.slice(Math.max(sentence.from, colon + 1), d.from)) && /^\s*,/u.test(paragraph.slice(d.to, d.to + 3))
    && opensWithPeriod(leadIn, f.period.label) && finishedWords(leadIn) && !sinceWords(wholeText) && !citesBasisBeyondTopic(wholeText) && !futureWords(wholeText);
  // "Trong quý ghi nhận 01 ca … . Ngày 18/3/2024, Trạm phối hợp … tổ chức xử lý ổ dịch …": a sentence opening with its day
  // and a comma narrates that day's deed; after an earlier sentence of its paragraph that opens with the period itself, the
  // deed is one of the period's (a day before the period cannot announce a plan), unless the sentence counts from earlier,
  // cites a basis, or tells background.
  const toldDay = NARRATED_LEAD.test(paragraph.slice(sentence.from, d.from)) && /^\s*,/u.test(paragraph.slice(d.to, d.to + 3));
  const periodBefore = toldDay && context.sentences.of(block).some((x) => x.to <= sentence.from && opensWithOwnPeriod(paragraph.slice(x.from, x.to), f.period.label));
  const inPeriodNarration = periodBefore && !sinceWords(sentenceText) && !citesBasisBeyondTopic(sentenceText) && !futureWords(sentenceText) && !backgroundWords(sentenceText);
  // "Trong năm xảy ra 01 vụ cháy rừng: ngày 14/10/2023 tại …": an item opening with its day after the colon of a lead-in that
  // opens with the period and counts incidents that happened in it (not only found: lexicon HAPPENED_WORDS) dates one of
  // them, a comma after the day or not; unless the paragraph names that year, several years or another period.
  const between = leadIn !== '' ? paragraph.slice(Math.max(sentence.from, colon + 1), d.from) : '';
  const inPeriodIncident = leadIn !== '' && NARRATED_LEAD.test(between) && opensWithOwnPeriod(leadIn, f.period.label) && happenedCount(leadIn)
    && !sinceWords(wholeText) && !citesBasisBeyondTopic(wholeText) && !futureWords(wholeText) && !multiYearWords(paragraph) && !otherPeriodNamed(paragraph)
    && !(paragraph.slice(0, d.from) + paragraph.slice(d.to)).includes(d.iso.slice(0, 4));
  const toldInPeriod = inPeriodParagraph || inPeriodList || inPeriodNarration || inPeriodIncident;
  // "Hội nghị đối thoại do Chi cục Thuế … tổ chức hôm 26/9/2024 đã tuyên truyền … cho 230 hộ; kết quả trong năm có 11 hộ …":
  // an event the sentence makes its subject, held on the day, told as done after it, in a sentence that places what it did
  // in the report's own period by a word of it ("trong năm", "trong kỳ"), is one of the period's events — unless the sentence
  // compares or counts from earlier, cites a basis, plans, recalls background, or frames several years or another period.
  // "Năm 2024, huyện đã tổ chức 05 sự kiện … . Lễ hội … diễn ra từ ngày 08/11/2023 đến ngày 10/11/2023, thu hút 46 500 lượt
  // khách": a sentence before it in its paragraph that opens with the period itself places the events it goes on to tell
  // there too, unless the paragraph names the day's year elsewhere or the sentence compares with an earlier time. A span's
  // own "từ" counts from no earlier time.
  // An estimate of what the event brought ("doanh thu ước đạt 38,6 tỷ đồng") plans nothing.
  const heldText = withoutEstimatedOutcome(d.open === undefined ? wholeText : paragraph.slice(whole?.from ?? 0, d.open) + paragraph.slice(d.to, whole?.to ?? 0));
  const periodOpened = whole !== undefined && context.sentences.of(block).some((x) => x.to <= whole.from && opensWithLabel(paragraph.slice(x.from, x.to), f.period.label))
    && !(paragraph.slice(0, d.open ?? d.from) + paragraph.slice(d.to)).includes(d.iso.slice(0, 4)) && !comparedTime(heldText);
  // "A. KẾT QUẢ CÔNG TÁC NĂM 2024 … * Lễ hội … được tổ chức ngày 25/02/2023 …, thu hút trên 300 đoàn viên": the titles above
  // name only the period's years, so they place the events held in the section there too, unless the paragraph names the
  // day's year elsewhere or the sentence compares with an earlier time.
  const sectionPlaced = titled.length > 0 && titled.every((y) => periodYears.has(y))
    && !(paragraph.slice(0, d.open ?? d.from) + paragraph.slice(d.to)).includes(d.iso.slice(0, 4)) && !comparedTime(heldText);
  const heldInPeriod = whole !== undefined && !early && eventHeldOn(paragraph.slice(whole.from, d.from)) && toldDone(paragraph.slice(d.to, whole.to))
    && (currentPeriodSaid(wholeText) || periodOpened || sectionPlaced) && !sinceWords(heldText) && !citesBasisBeyondTopic(heldText) && !futureWords(heldText)
    && !backgroundWords(heldText) && !otherPeriodNamed(heldText) && !multiYearWords(heldText);
  // A day of the period's own year before it is told only by the period's own narration (the year says nothing).
  if (early) {
    if (!toldInPeriod || daysIn(context, block).some((e) => e.from > d.to && e.iso >= f.period.start && spanBetween(paragraph.slice(d.to, e.from)))) return null;
    context.report({ messageId: 'dateEarlierInYear', data: { found: d.raw, expected: expectedOf(f.period) }, places: [{ block, from: d.from, to: d.to }] });
    return d;
  }
  const placedByYear = stated.some((y) => periodYears.has(y)) || (opens && titled.length > 0 && titled.every((y) => periodYears.has(y))) || toldInPeriod || heldInPeriod;
  // "…, ngày 05/4/2024 UBND xã tổ chức ra quân …": a clause opening with its day and its subject's deed narrates that day too.
  const deedDay = toldDay || dayOpensDeed(paragraph.slice(sentence.from, d.from), paragraph.slice(d.to, sentence.to));
  const slipped = !placedByYear && yearSlip(context, block, d, f, titled, deedDay);
  if (!beforePeriod(d.iso, f) || !(placedByYear || slipped)) return null;
  // "số liệu từ ngày 15/12/2023 đến ngày 14/6/2024": the date opens a span that runs into the period (a count's own window).
  if (daysIn(context, block).some((e) => e.from > d.to && e.iso >= f.period.start && spanBetween(paragraph.slice(d.to, e.from)))) return null;
  context.report({ messageId: slipped ? 'dateYearSlip' : 'dateBeforePeriod', data: { found: d.raw, expected: expectedOf(f.period) }, places: [{ block, from: d.from, to: d.to }] });
  return d;
}

/** The words after a date tell its event as done: "đã" in the clause right after it, or the event's measured outcome or head count. */
const toldDone = (after: string): boolean => finishedWords(after.split(/[,;.]/u)[0]) || measuredResult(after) || tookPart(after);

/**
 * "… hằng tuần; ngày 22/8/2023 đã tiếp đột xuất …" in a report on quý III năm 2024: a day whose day and month fall in a
 * period shorter than its year (on or before signing), written with the year before, told as done — by "đã" or "hoàn
 * thành" in its own clause after it, or by a sentence opening "Ngày <d>, …" — is the period's day with a slip of the year.
 * Not when the sentence compares or counts from earlier, cites a basis, plans, recalls background or frames several
 * years, nor when the block names another period ("quý trước", "cùng kỳ", "trong 12 tháng") or that year elsewhere, or a title
 * above names it.
 */
function yearSlip(context: RuleContext, block: number, d: Dated, f: Frame, titled: string[], toldDay: boolean): boolean {
  // An item of a run of dated items is judged with its run (checkRun), which shows its dated siblings.
  if (f.runBlocks?.has(block) || !slippedYear(d.iso, f.period, f.signed ?? f.period.end)) return false;
  const text = context.source.blocks[block].text;
  // "từ ngày 12 đến ngày 14/3/2024": the "từ" opening the date's own span counts from no earlier time.
  const sentence = text.slice(d.statement.from, Math.max(d.statement.from, ownSpanStart(text, d.from))) + text.slice(d.from, d.statement.to);
  const clauseAfter = text.slice(d.to, d.statement.to).split(/[,;.]/u)[0];
  // "… diễn ra từ ngày 12 đến ngày 14/3/2024, thu hút khoảng 15 000 lượt người": the event's measured outcome tells it as held.
  const outcome = (words: string) => measuredResult(words) || tookPart(words) || attainedTarget(words);
  const whole = context.sentences.of(block).find((x) => x.from <= d.from && d.from < x.to);
  // "Chỉ tiêu huyện giao năm 2025 là 32 công dân … Lễ giao nhận quân được tổ chức … vào ngày 14/02/2024; xã giao đủ 32/32
  // công dân, đạt 100% chỉ tiêu": in a passage naming the period's year, the outcome the sentence gives after the date's own
  // statement (past a ";") tells the deed as done too; the whole sentence is then read for plans, comparisons and bases.
  const beyond = whole !== undefined && whole.to > d.statement.to ? text.slice(d.statement.to, whole.to) : '';
  const toldBeyond = beyond !== '' && periodYearNamed(context, block, d, f) && outcome(beyond);
  if (!toldDay && !finishedWords(clauseAfter) && !outcome(text.slice(d.to, d.statement.to)) && !toldBeyond) return false;
  // "đạt 100% kế hoạch" measures the deed against its target: no plan, no paper cited.
  const read = withoutAttained(toldBeyond ? sentence + beyond : sentence);
  // Another period named only in a later sentence ("… . Tại kỳ thi cấp tỉnh …, tăng 12 giải so với năm học trước") is that
  // sentence's comparison: it places no earlier sentence in that period.
  const upTo = text.slice(0, Math.max(whole?.to ?? text.length, d.statement.to));
  if (sinceWords(read) || citesBasisBeyondTopic(read) || futureWords(read) || backgroundWords(read) || multiYearWords(text) || otherPeriodNamed(upTo)
    || otherSpanCounted(text, f.period.label)) return false;
  const year = d.iso.slice(0, 4);
  const rest = text.slice(0, d.from) + text.slice(d.to);
  // A title naming the period running over two years ("năm học 2024 - 2025") names its first year as the period's own, no
  // other time the day could belong to.
  const ownYear = year === f.period.start.slice(0, 4);
  return !rest.includes(year) && (ownYear || !titled.includes(year));
}

/** Another date of the block names a year of the period in words ("Chỉ tiêu huyện giao năm 2025 …", "6 tháng đầu năm 2025"). */
function periodYearNamed(context: RuleContext, block: number, d: Dated, f: Frame): boolean {
  const years = new Set([f.period.start.slice(0, 4), f.period.end.slice(0, 4)]);
  return (context.dates[block] ?? []).some((m) => m.from !== d.from && namesYear(m.raw) && years.has(m.start.slice(0, 4)) && years.has(m.end.slice(0, 4)));
}

/**
 * A finished action dated after the report was signed, inside the period or not: the block's only
 * such day or month ("Trong tháng 10/2025, đã hoàn thành …" signed in September), followed in its
 * sentence by "đã" / "hoàn thành" (or narrated by a sentence opening "Ngày <d>, …", or its own clause holding a particle of
 * finishing: "dứt điểm toàn bộ diện tích vào ngày …"), with no plan, estimate or cut-off words.
 */
function checkAfterSigning(context: RuleContext, block: number, f: Frame, flagged: Dated | null): void {
  const signed = f.signed;
  if (signed === null || inPlanSection(context, block)) return;
  const text = context.source.blocks[block].text;
  const days = daysAndMonthsIn(context, block);
  // A span both ends of which come after signing ("từ ngày 05/10 đến ngày 12/10/2025, … đã tổ chức") is one date: its start.
  const spanEnd = (d: Dated) => days.find((e) => e.from > d.to && e.iso > signed && spanBetween(text.slice(d.to, e.from)));
  // "Dư nợ đến 30/6/2025 đạt …" in a report signed 28/6: a cut-off inside the period states the period's own figures (an
  // estimate to its end), no action dated after signing — so beside another late date it is set aside. Alone it stays:
  // "Đến ngày 25/6/2025, toàn xã đã thu hoạch xong" in a report signed 12/6 dates an action.
  const periodCutOff = (d: Dated) => d.iso <= f.period.end && cutOffBefore(text, d.from);
  const pastSigning = days.filter((d) => d.iso > signed && !days.some((s) => s.iso > signed && spanEnd(s) === d));
  // "… (ngày 25/10/2025); nhà còn lại đang thi công, dự kiến bàn giao trong tháng 11/2025" signed 06/10: a later day its own
  // statement plans or forecasts is no second deed after signing either, so beside another late date it is set aside too.
  const planned = (d: Dated) => futureTold(text.slice(d.statement.from, d.statement.to));
  const late = pastSigning.length > 1 ? pastSigning.filter((d) => !periodCutOff(d) && !planned(d)) : pastSigning;
  if (late.length !== 1 || flagged?.from === late[0].from) return;
  const [d] = late;
  const end = spanEnd(d);
  const after = text.slice(end?.to ?? d.to, Math.max(d.to, d.statement.to));
  const lead = text.slice(d.statement.from, d.from);
  // A full day long past signing, in a later year, is told as done unless plan words say otherwise.
  const far = f.periodKnown !== false && daysIn(context, block).some((x) => x.from === d.from) && farPastSigning(d.iso, signed, f.period.end);
  // "Ngày 14/10/2025, Đội phối hợp … kiểm tra …": a sentence opening with its day, then a comma, narrates what was done that day.
  const narrated = !end && NARRATED_LEAD.test(lead) && /^\s*,/u.test(text.slice(d.to, d.to + 3));
  // "Các vụ … bị phát hiện vào các ngày 14/3/2024, 09/7/2024 và 23/12/2024, đều xảy ra …": one list of the days incidents
  // happened, the others before signing; the last one cannot have happened yet.
  const listed = !end && occurredWords(text.slice(d.statement.from, d.statement.to)) && pastListMates(text, days, d, signed, f) >= 2;
  // "đợt thứ 06 tổ chức ngày 12/7/2025 … tiếp nhận 418 đơn vị": the event's measured outcome after the day tells it as held.
  // "… đã tổ chức 17 cuộc cưỡng chế. Điển hình là cuộc cưỡng chế … ngày 14/10/2024 …": an instance of what was told as done.
  const instance = !end && doneInstance(text, d.from);
  // "Trên địa bàn xảy ra 01 vụ ngộ độc thực phẩm tại … vào ngày 14/7/2025, làm 17 người mắc": an incident its statement counts
  // as happened on the day cannot have happened after the report was signed (told only when the period is read too).
  const happened = !end && f.periodKnown !== false && happenedOn(lead);
  const done = finishedWords(after) || doneBefore(lead) || (!end && completedInClause(lead)) || far || narrated || listed || instance || happened || (!end && measuredResult(after));
  // "Đến ngày 18/3/2026, … đã hoàn thành": the state on a day not yet come when signed (a month's end may be an estimate).
  const stateOn = !end && dayCutOffOpens(lead, d.iso) && finishedWords(after);
  const sentence = (stateOn ? '' : lead) + text.slice(end?.to ?? d.from, d.statement.to);
  if (stateOn ? futureWords(sentence) || !done : basisBefore(text, d.from) || cutOffBefore(text, d.from) || (narrated ? futureToldOnDay : futureTold)(sentence) || !done) return;
  if (f.periodKnown === false) context.report({ messageId: 'dateAfterSigning', data: { found: d.raw, reported: signed }, places: [{ block, from: d.from, to: d.to }] });
  else context.report({ messageId: 'dateAfterReport', data: { found: d.raw, expected: expectedOf(f.period), reported: signed }, places: [{ block, from: d.from, to: d.to }] });
}

/**
 * How many other days share `d`'s list in its sentence ("các ngày A, B và C": only commas or "và" between), each in the
 * period and on or before signing; 0 when any listed day is not.
 */
function pastListMates(text: string, days: Dated[], d: Dated, signed: string, f: Frame): number {
  const inSentence = days.filter((x) => x.from >= d.statement.from && x.to <= d.statement.to).sort((a, b) => a.from - b.from);
  let k = inSentence.findIndex((x) => x.from === d.from);
  if (k < 0) return 0;
  let lo = k;
  let hi = k;
  while (lo > 0 && listJoin(text.slice(inSentence[lo - 1].to, inSentence[lo].from))) lo--;
  while (hi < inSentence.length - 1 && listJoin(text.slice(inSentence[hi].to, inSentence[hi + 1].from))) hi++;
  const mates = inSentence.slice(lo, hi + 1).filter((x) => x.from !== d.from);
  k = mates.length;
  return mates.every((x) => x.iso <= signed && sideOf(x.iso, f) === 'in') ? k : 0;
}

/**
 * The date an item opens with ("+ Ngày 20/4/2024: …"), or null. Given the frame of a one-year period, an item's
 * day without its year ("+ Ngày 05/4: …") is a day of that year when it falls inside the period (else no date).
 */
function leadDate(context: RuleContext, block: number, f?: Frame): Dated | null {
  const text = context.source.blocks[block].text;
  const [first] = daysIn(context, block);
  if (first && opensWithDate(text.slice(0, first.from))) return first;
  if (first && opensWithSeriesDate(text.slice(0, first.from))) return { ...first, series: true };
  const year = f?.period.start.slice(0, 4);
  if (!f || year !== f.period.end.slice(0, 4)) return null;
  const day = yearlessLeadDay(text, year);
  if (!day || day.iso < f.period.start || day.iso > f.period.end) return null;
  return { ...day, statement: { from: 0, to: text.length } };
}

/** Runs of at least three consecutive sibling items of one section (same list marker), each opening with its date. */
function datedRuns(context: RuleContext, f: Frame): Array<Array<{ block: number; date: Dated }>> {
  const runs: Array<Array<{ block: number; date: Dated }>> = [];
  let run: Array<{ block: number; date: Dated }> = [];
  const close = (): void => { if (run.length >= 3) runs.push(run); run = []; };
  context.source.blocks.forEach((b, i) => {
    const date = b.kind === 'paragraph' && context.blockSection[i] != null ? leadDate(context, i, f) : null;
    const prev = run.at(-1);
    const sibling = prev && prev.block === i - 1 && context.blockSection[i] === context.blockSection[prev.block] && markerOf(b.text) === markerOf(context.source.blocks[prev.block].text);
    if (!date || !sibling) close();
    if (date) run.push({ block: i, date });
  });
  close();
  return runs;
}

/** The sentence of an item holding its date: a pdf may join the next paragraph to the item's block ("… 38 m². Chi phí … theo quy định."). */
function itemSentence(context: RuleContext, block: number, at: number): string {
  const text = context.source.blocks[block].text;
  const s = context.sentences.of(block).find((x) => x.from <= at && at < x.to);
  return s ? text.slice(s.from, s.to) : text;
}

/**
 * A run of dated sibling items as the passage: one item of another year among at least two of the
 * period. Not when the item cites a document or plan, or the lead-in or a heading above names that
 * year or a "giai đoạn" (a chronicle over several years).
 */
function checkRun(context: RuleContext, run: Array<{ block: number; date: Dated }>, f: Frame, flagged: Map<number, Dated>): void {
  const outliers = run.filter((it) => sideOf(it.date.iso, f) !== 'in');
  const inside = run.filter((it) => sideOf(it.date.iso, f) === 'in');
  if (outliers.length !== 1 || inside.length < 2) return;
  const [odd] = outliers;
  if (flagged.has(odd.block) || inPlanSection(context, odd.block) || citesBasis(itemSentence(context, odd.block, odd.date.from))) return;
  // Rounds of a series ("+ Đợt 3 ngày 22/9/2023, …" among "Đợt 1 … 2024"): only the round whose year breaks the series' order,
  // and whose day in the period's year keeps it, is a slip; a series begun the year before runs in order as written.
  if (run.some((it) => it.date.series) && !ordersOnceMoved(run.map((it) => it.date.iso), run.indexOf(odd), f)) return;
  const leadIn = context.blockSection[run[0].block - 1] === context.blockSection[run[0].block] ? context.source.blocks[run[0].block - 1].text : '';
  const frame = [leadIn, ...sectionTitles(context, odd.block)].join('\n');
  if (frame.includes(odd.date.iso.slice(0, 4)) || multiYearWords(frame)) return;
  const places = [odd, ...inside.slice(0, 2)].map((it) => ({ block: it.block, from: it.date.from, to: it.date.to }));
  context.report({ messageId: sideOf(odd.date.iso, f) === 'before' ? 'dateBeforePeriod' : 'dateAfterPeriod', data: { found: odd.date.raw, expected: expectedOf(f.period) }, places });
  flagged.set(odd.block, odd.date);
}

/** The day and month of a day outside the period, written one year nearer to it, when that day lies in the period and by signing. */
function movedIntoPeriod(iso: string, f: Frame): string | null {
  const side = sideOf(iso, f);
  if (side === 'in') return null;
  const moved = `${Number(iso.slice(0, 4)) + (side === 'before' ? 1 : -1)}${iso.slice(4, 10)}`;
  return sideOf(moved, f) === 'in' && (f.signed === null || moved <= f.signed) ? moved : null;
}

const inOrder = (isos: readonly string[]): boolean => isos.every((d, k) => k === 0 || isos[k - 1] <= d);

/** Days told one after another are out of order as written, and in order once day `k` takes the year nearer the period. */
function ordersOnceMoved(isos: readonly string[], k: number, f: Frame): boolean {
  const moved = movedIntoPeriod(isos[k], f);
  return moved !== null && !inOrder(isos) && inOrder(isos.map((d, j) => (j === k ? moved : d)));
}

/**
 * "Ngày 10/01/2025, Ban Chỉ đạo tổ chức hội nghị triển khai …; ngày 20/3/2024, Ủy ban nhân dân xã tổ chức lễ ra quân …" of
 * năm 2025: a chronicle of a block, each step a clause opening with its day (extract/date-context.ts, dayOpensStep), told
 * in order. One step a year before the period, told after a step of the period as its subject's own deed, that keeps the
 * order with the period's year (20/3/2025) is that day with its year slipped. Not when its statement counts from, compares
 * with or plans another time, cites a basis, or the block or a title above names that year, several years or another period.
 */
function checkChronicle(context: RuleContext, block: number, f: Frame): Dated | null {
  if (inPlanSection(context, block)) return null;
  const text = context.source.blocks[block].text;
  const steps = daysIn(context, block).filter((d) => dayOpensStep(text.slice(d.statement.from, d.from), text.slice(d.to, d.statement.to)));
  const outliers = steps.filter((d) => sideOf(d.iso, f) !== 'in');
  if (steps.length < 2 || outliers.length !== 1 || !beforePeriod(outliers[0].iso, f)) return null;
  const [d] = outliers;
  const k = steps.indexOf(d);
  const sentence = text.slice(d.statement.from, d.statement.to);
  const year = d.iso.slice(0, 4);
  if (!ordersOnceMoved(steps.map((x) => x.iso), k, f) || !subjectDeedAfter(text.slice(d.to, d.statement.to)) || basisBefore(text, d.from)
    || sinceWords(sentence) || citesBasisBeyondTopic(sentence) || futureWords(sentence) || comparedTime(text.slice(d.statement.from, d.from))
    || multiYearWords(text) || otherPeriodNamed(text) || (text.slice(0, d.from) + text.slice(d.to)).includes(year)
    || sectionTitles(context, block).some((t) => yearsIn(t).includes(year))) return null;
  const previous = steps[k - 1];
  context.report({
    messageId: 'dateOutOfOrder',
    data: { found: d.raw, previous: previous.raw, suggested: d.raw.replace(year, (movedIntoPeriod(d.iso, f) ?? year).slice(0, 4)), expected: expectedOf(f.period) },
    places: [{ block, from: d.from, to: d.to }, { block, from: previous.from, to: previous.to }],
  });
  return d;
}

/**
 * "Dự toán ngân sách năm 2024 … được giao tại Quyết định số 02/QĐ-UBND ngày 08/01/2024, điều chỉnh tại Quyết định số 45/…
 * ngày 16/7/2024 và bổ sung có mục tiêu tại Quyết định số 78/… ngày 21/10/2022": a sentence naming the period's year before
 * its first dated paper, each later paper amending what the first set (extract/date-context.ts, amendsChain), is a chain
 * of the period's own acts. A link dated before the period and before a paper of the chain it amends is a slip, though a
 * paper's date is otherwise exempt as a basis.
 */
function checkAmendedChain(context: RuleContext, block: number, f: Frame): Dated | null {
  if (inPlanSection(context, block)) return null;
  const text = context.source.blocks[block].text;
  const periodYears = new Set([f.period.start.slice(0, 4), f.period.end.slice(0, 4)]);
  const days = daysIn(context, block);
  for (let head = 0; head < days.length; head++) {
    const s = days[head].statement;
    if ((head > 0 && days[head - 1].statement.from === s.from) || !yearsIn(text.slice(s.from, days[head].from)).some((y) => periodYears.has(y))) continue;
    for (let j = head + 1; j < days.length && days[j].statement.from === s.from && amendsChain(text.slice(days[j - 1].to, days[j].from)); j++) {
      const d = days[j];
      const amended = days.slice(head, j).find((e) => e.iso > d.iso && sideOf(e.iso, f) === 'in');
      if (!beforePeriod(d.iso, f) || !amended) continue;
      context.report({ messageId: 'dateBeforeAmended', data: { found: d.raw, amended: amended.raw, expected: expectedOf(f.period) }, places: [{ block, from: d.from, to: d.to }, { block, from: amended.from, to: amended.to }] });
      return d;
    }
  }
  return null;
}

/**
 * The words that class a block's items: its text before the colon the day follows (from its last sentence), or the
 * lead-in block ending with one above the run of sibling items (same list marker, same section) the block closes.
 */
function itemClass(context: RuleContext, block: number, at: number): string {
  const { blocks } = context.source;
  const text = blocks[block].text;
  const colon = text.lastIndexOf(':', at);
  if (colon >= 0) return text.slice(Math.max(text.lastIndexOf('.', colon), text.lastIndexOf(';', colon)) + 1, colon);
  const marker = markerOf(text);
  let k = block - 1;
  while (k >= 0 && marker !== '' && blocks[k].kind === 'paragraph' && context.blockSection[k] === context.blockSection[block] && markerOf(blocks[k].text) === marker) k--;
  const lead = blocks[k];
  if (!lead || lead.kind !== 'paragraph' || context.blockSection[k] !== context.blockSection[block] || !lead.text.trimEnd().endsWith(':')) return '';
  return lead.text.slice(lead.text.lastIndexOf('.', lead.text.length - 2) + 1);
}

/**
 * "+ Dự án khởi công mới: công trình … khởi công ngày 10/3/2025; Trường mầm non … khởi công ngày 16/9/2024" of 7 tháng đầu
 * năm 2025: an item of the works the lead-in classes as newly started in the plan year, whose day follows its start verb
 * (the start itself, not a decision's or an earlier phase's), cannot have started a year before the period. Not when the
 * lead-in names a year other than the period's, nor when the statement cites a paper, plans, counts from earlier or tells
 * the work carried over (extract/date-context.ts, workStartOn).
 */
function checkNewStart(context: RuleContext, block: number, f: Frame): Dated | null {
  if (inPlanSection(context, block)) return null;
  const text = context.source.blocks[block].text;
  const periodYears = new Set([f.period.start.slice(0, 4), f.period.end.slice(0, 4)]);
  for (const d of daysIn(context, block)) {
    if (!beforePeriod(d.iso, f) || !workStartOn(text.slice(d.statement.from, d.from))) continue;
    const lead = itemClass(context, block, d.from);
    const statement = text.slice(d.statement.from, d.statement.to);
    // A paper cited before the day ("Thực hiện Quyết định …, … khởi công ngày …") frames it; "giá trị khối lượng thực hiện" after it does not.
    if (!newStartClass(lead) || yearsIn(lead).some((y) => !periodYears.has(y)) || basisBefore(text, d.from) || citesBasis(text.slice(d.statement.from, d.from))
      || futureWords(statement) || sinceWords(statement) || comparedTime(statement)) continue;
    context.report({ messageId: 'dateNewStartBefore', data: { found: d.raw, expected: expectedOf(f.period) }, places: [{ block, from: d.from, to: d.to }] });
    return d;
  }
  return null;
}

/**
 * "ngày 30/02/2025", "31/4/2024": a full day its month does not have is no day at all, wherever it stands (a slip of the
 * day or the month); an error, since no reading makes it right. A leap year's 29/02 is a day.
 */
function reportImpossibleDays(context: RuleContext): void {
  context.dates.forEach((dates, block) => {
    for (const d of dates ?? []) {
      if (d.granularity !== 'day') continue;
      const [year, month, day] = d.start.slice(0, 10).split('-').map(Number);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day <= last) continue;
      context.report({ messageId: 'dateNotExists', data: { found: d.raw, month: String(month), year: String(year), last: String(last) }, places: [{ block, from: d.from, to: d.to }], severity: 'error' });
    }
  });
}

export default defineRule({
  id: 'date-out-of-period',
  severity: 'warning',
  description: 'Ngày tháng của một hoạt động nằm ngoài kỳ báo cáo trong khi các ngày bên cạnh đều trong kỳ',
  messages: {
    dateBeforePeriod: 'Ngày {found} thuộc năm trước kỳ báo cáo {expected}, trong khi đoạn văn kể nó như việc làm trong kỳ',
    dateEarlierInYear: 'Ngày {found} ở trước kỳ báo cáo {expected} hơn một tháng, trong khi đoạn văn kể nó như việc làm trong kỳ',
    dateYearSlip: 'Ngày {found} thuộc năm trước kỳ báo cáo {expected}, nhưng được kể như việc đã làm và ngày tháng ấy nằm trong kỳ: có thể ghi nhầm năm',
    dateOutOfOrder: 'Ngày {found} thuộc năm trước kỳ báo cáo {expected}, nhưng được kể sau ngày {previous} như một bước tiếp theo trong kỳ: có thể ghi nhầm năm ({suggested})',
    dateBeforeAmended: 'Văn bản điều chỉnh, bổ sung ghi ngày {found}, trước văn bản ngày {amended} mà nó điều chỉnh và trước kỳ báo cáo {expected}',
    dateNewStartBefore: 'Công trình khởi công mới trong kỳ ghi ngày khởi công {found}, trước kỳ báo cáo {expected}',
    dateAfterPeriod: 'Ngày {found} ở sau kỳ báo cáo {expected} và ngày báo cáo, trong khi đoạn văn kể nó như việc đã làm trong kỳ',
    dateAfterReport: 'Việc đã làm ghi ngày {found}, sau ngày ký báo cáo {reported} (kỳ báo cáo {expected})',
    dateAfterSigning: 'Việc đã làm ghi ngày {found}, sau ngày ký báo cáo {reported}',
    dateNotExists: 'Ngày {found} không có thật: tháng {month}/{year} chỉ có {last} ngày',
  },
  check(context) {
    reportImpossibleDays(context);
    const { period, date, window } = context.meta;
    // A period not read from the title ("vụ Hè Thu 2025"): only a finished action dated after signing can be told.
    if (!period) {
      if (date === null) return;
      const f: Frame = { period: { start: date, end: date, label: '' }, latest: date, signed: date, periodKnown: false };
      for (let i = 0; i < context.source.blocks.length; i++) {
        if (context.source.blocks[i].kind !== 'row' && context.blockSection[i] != null) checkAfterSigning(context, i, f, null);
      }
      return;
    }
    const f: Frame = { period, latest: date !== null && date > period.end ? date : period.end, signed: date, windowStart: window?.start };
    const runs = datedRuns(context, f);
    f.runBlocks = new Set(runs.flatMap((run) => run.map((it) => it.block)));
    const body = context.source.blocks.map((b, i) => i).filter((i) => context.source.blocks[i].kind !== 'row' && context.blockSection[i] != null);
    const flagged = new Map<number, Dated>();
    for (const i of body) {
      const d = checkBlock(context, i, f) ?? checkAmendedChain(context, i, f) ?? checkChronicle(context, i, f) ?? checkNewStart(context, i, f);
      if (d) flagged.set(i, d);
    }
    for (const run of runs) checkRun(context, run, f, flagged);
    for (const i of body) checkAfterSigning(context, i, f, flagged.get(i) ?? null);
  },
});
