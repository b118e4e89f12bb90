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
 * same way, for an achievement dated in the future. A date with no dated
 * neighbours is flagged only when its own sentence contradicts it: a finished
 * action ("đã") dated after the report was signed, or an old date on an event
 * the sentence places in the period's year ("Ngày 12/3/2021, … năm 2024").
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
import { extractMeta } from '../extract/meta.js';
import { defineRule, type RuleContext } from './define.js';

/** A full date in a passage: characters [from, to) and its ISO form. */
interface Dated { from: number; to: number; iso: string; raw: string }

const DATE = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\d/])|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/** Words that make a date a founding document's or a deadline, within the clause before it. */
const EXEMPT = /(?:căn cứ|thực hiện|theo|nghị quyết|nghị định|quyết định|kế hoạch|chương trình|đề án|chiến lược|chỉ thị|thông tư|luật|giai đoạn|NQ\/|NĐ-CP|QĐ-TTg|CT-TTg|\/TU|\/HU|\/TW|-KH\/|trước ngày|đến ngày|hạn|dự kiến|từ năm|thành lập)/iu;

function datesIn(text: string): Dated[] {
  const out: Dated[] = [];
  for (const m of text.matchAll(DATE)) {
    const [d, mo, y] = m[1] ? [+m[1], +m[2], +m[3]] : [+m[4], +m[5], +m[6]];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    out.push({ from: m.index, to: m.index + m[0].length, iso, raw: m[0] });
  }
  return out;
}

/** The clause a date sits in: back to the previous "," ";" or sentence end. */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('. '));
  return head.slice(cut + 1);
}

type Side = 'before' | 'after' | 'in';

function sideOf(iso: string, period: Period, latest: string): Side {
  if (iso.slice(0, 4) < period.start.slice(0, 4)) return 'before';
  if (iso > latest) return 'after';
  return 'in';
}

function checkBlock(context: RuleContext, block: number, period: Period, latest: string, reportDate: string | null): void {
  const text = context.source.blocks[block].text;
  const dates = datesIn(text).filter((d) => !EXEMPT.test(clauseBefore(text, d.from)));
  const sides = dates.map((d) => sideOf(d.iso, period, latest));
  const outliers = dates.filter((_, i) => sides[i] !== 'in');
  const inside = dates.filter((_, i) => sides[i] === 'in');
  if (outliers.length === 1 && inside.length < 2) {
    checkAlone(context, block, outliers[0], period, reportDate);
    return;
  }
  if (outliers.length !== 1 || inside.length < 2) return;
  const [d] = outliers;
  const side = sideOf(d.iso, period, latest);
  const places = [{ block, from: d.from, to: d.to }, ...inside.slice(0, 2).map((n) => ({ block, from: n.from, to: n.to }))];
  const expected = `${period.start} – ${period.end} (${period.label})`;
  context.report({ messageId: side === 'before' ? 'dateBeforePeriod' : 'dateAfterPeriod', data: { found: d.raw, expected }, places });
}

/** Words of plans, forecasts and deadlines: a later date there is expected. */
const FUTURE = /(?<![\p{L}])(?:sẽ|dự kiến|kế hoạch|phấn đấu|chuẩn bị|tiếp tục|đề nghị|đề xuất|trước ngày|đến ngày|chậm nhất|hạn)(?![\p{L}])/iu;
const PLAN_SECTION = /phương hướng|nhiệm vụ|kế hoạch|kiến nghị|đề xuất|giải pháp/iu;

/**
 * A date with no dated neighbours is still wrong when its own sentence says so: a finished action
 * ("đã …") dated after the report was signed, or an old date on an event the sentence places in the
 * period's year ("Ngày 12/3/2021, … ra quân Tháng Thanh niên năm 2024").
 */
function checkAlone(context: RuleContext, block: number, d: Dated, period: Period, reportDate: string | null): void {
  const text = context.source.blocks[block].text;
  const sentence = sentenceAround(text, d.from, d.to);
  const s = context.blockSection[block];
  if (s === null || s === undefined) return;
  for (let k: number | null = s; k !== null; k = context.sections[k].parent) if (PLAN_SECTION.test(context.sections[k].title)) return;
  const year = Number(d.iso.slice(0, 4));
  const periodYears = new Set([Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))]);
  const statedYears = [...sentence.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
  const clash = year < Number(period.start.slice(0, 4)) && statedYears.some((y) => periodYears.has(y));
  const future = reportDate !== null && d.iso > reportDate && d.iso > period.end && /(?<![\p{L}])đã(?![\p{L}])/iu.test(sentence) && !FUTURE.test(sentence);
  if (!clash && !future) return;
  const expected = `${period.start} – ${period.end} (${period.label})`;
  context.report({ messageId: clash ? 'dateBeforePeriod' : 'dateAfterReport', data: { found: d.raw, expected, reported: reportDate ?? '' }, places: [{ block, from: d.from, to: d.to }] });
}

function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(text.lastIndexOf('. ', from), text.lastIndexOf('; ', from)) + 1;
  const rest = text.slice(to).search(/[.;](?:\s|$)/u);
  return text.slice(start, rest < 0 ? text.length : to + rest);
}

export default defineRule({
  id: 'date-out-of-period',
  severity: 'warning',
  description: 'Ngày tháng của một hoạt động nằm ngoài kỳ báo cáo trong khi các ngày bên cạnh đều trong kỳ',
  messages: {
    dateBeforePeriod: 'Ngày {found} thuộc năm trước kỳ báo cáo {expected}, trong khi các ngày liệt kê cùng đoạn đều trong kỳ',
    dateAfterPeriod: 'Ngày {found} ở sau kỳ báo cáo {expected} và ngày báo cáo, trong khi các ngày liệt kê cùng đoạn đều trong kỳ',
    dateAfterReport: 'Việc đã làm ghi ngày {found}, sau ngày ký báo cáo {reported} và ngoài kỳ báo cáo {expected}',
  },
  check(context) {
    const meta = extractMeta(context.source);
    if (!meta.period) return;
    const latest = meta.date !== null && meta.date > meta.period.end ? meta.date : meta.period.end;
    context.source.blocks.forEach((b, i) => {
      if (b.kind !== 'row' && context.blockSection[i] !== null && context.blockSection[i] !== undefined) checkBlock(context, i, meta.period!, latest, meta.date);
    });
  },
});
