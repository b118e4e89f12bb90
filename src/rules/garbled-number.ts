/**
 * garbled-number — two counts run together where the sentence has room for one.
 *
 * Why: "đã lắp đặt 23 18 cụm loa" leaves the reader (and every
 * other check) unable to tell whether there are 23 or 18 loudspeakers; an edit
 * that replaced a number without deleting the old one reads exactly so.
 *
 * Policy: in a paragraph (never a table row, whose cells legitimately sit side
 * by side), two plain integers separated by nothing but one space — no comma,
 * "và", unit or sign between them — followed by one lowercase counted noun.
 * Not flagged: a run of three or more numbers (phone numbers, pdf table rows
 * flattened into a line), a number that names rather than counts ("tổ 3",
 * "khu phố 5", "mức độ 3 4", "quý 2 2024", "năm 2023 15 hộ"; a level is one digit, so
 * "cấp 120 210 thẻ" — the verb "cấp", issue — is still read), years, numbers
 * with a leading zero of three digits or more (phone prefixes), durations
 * ("3 6 tháng") and a second number that starts a list item or a decimal.
 * Nor a pair the extraction read as one number grouped by a space ("2 650 hộ" in a
 * document that groups thousands so; see src/extract/numbers.ts).
 * The finding suggests either value: only the writer knows which was meant.
 *
 * @example {"name": "ok.txt"}
 *   Xã đã lắp đặt 23 cụm loa truyền thanh; năm 2023 15 hộ đăng ký, mức độ 3 4 được cung cấp.
 * @example {"name": "not-ok.txt", "expect": "garbledNumber"}
 *   Xã đã lắp đặt 23 18 cụm loa truyền thanh thông minh.
 */
import { defineRule } from './define.js';
import { findUnit } from '../extract/labels.js';
import { foldKey } from '../text/normalize.js';
import { figuresByBlock } from './support/sentences.js';

// Two integers (Vietnamese grouping allowed) separated by exactly one space.
const PAIR = /(?<![\p{L}\d.,/:%-])(\d{1,3}(?:\.\d{3})*|\d+) (\d{1,3}(?:\.\d{3})*|\d+)(?![\d%]|[.,/:-]\d)/gu;
// Words after which a number is a name or a level, not a count ("tổ 3", "mức độ 3 4", "năm 2023").
const NAMING = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:tổ|tổ dân phố|khu phố|khu|thôn|xóm|ấp|bản|đội|ô|lô|phòng|tầng|` +
    String.raw`năm|tháng|quý|tuần|ngày|kỳ|đợt|lần|lần thứ|khóa|khoá|giai đoạn|bước|điều|khoản|mục|phụ lục|biểu|mẫu|bảng|` +
    String.raw`quyết định|nghị định|nghị quyết|thông tư|công văn|kế hoạch|chỉ thị|tiêu chí|chỉ tiêu|nhóm|hạng|loại|phiên bản|` +
    String.raw`quốc lộ|tỉnh lộ|đường|lớp|iso|tcvn|covid|windows|office|version)\s*$`,
  'iu',
);
// A level ("mức độ 3 4", "cấp 1 2"): levels are single digits, so "cấp 146 164 chứng thư" is the verb "cấp" (issue) and a count.
const LEVEL = /(?:^|[^\p{L}])(?:mức|mức độ|cấp|cấp độ|level)\s*$/iu;
const TIME_UNIT = /^(?:năm|tháng|tuần|ngày|giờ|tiếng|phút|giây|quý|tuổi|lần)$/iu;
const YEAR = /^(?:19|20)\d\d$/;

export default defineRule({
  id: 'garbled-number',
  severity: 'error',
  description: 'Hai số viết liền nhau ở chỗ chỉ cần một số',
  messages: {
    garbledNumber: 'Số lượng {unit} ghi "{raw}": hai số {first} và {second} viết liền nhau, chỉ cần một số',
  },
  check(context) {
    const byBlock = figuresByBlock(context.figures);
    for (const block of context.source.blocks) {
      if (block.kind === 'row') continue;
      const text = block.text;
      // Numbers the extraction read as one, grouped by spaces ("2 650 hộ" in a document that groups so).
      const grouped = (byBlock.get(block.index) ?? []).filter((f) => /\d\s\d/u.test(f.raw)).map((f) => [f.span.start - block.span.start, f.span.end - block.span.start]);
      PAIR.lastIndex = 0;
      for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
        const [raw, first, second] = m;
        const from = m.index;
        const to = from + raw.length;
        PAIR.lastIndex = from + first.length + 1;
        if (grouped.some(([s, e]) => s <= from && e >= to) || !isGarbled(text, from, to, first, second)) continue;
        const unit = findUnit(text, to)!.unit;
        context.report({
          messageId: 'garbledNumber',
          data: { raw, first, second, unit },
          places: [{ block: block.index, from, to: to + 1 + unit.length }],
          suggestion: `${raw} → ${first} hoặc ${second}`,
        });
        PAIR.lastIndex = to;
      }
    }
  },
});

function isGarbled(text: string, from: number, to: number, first: string, second: string): boolean {
  if (YEAR.test(first) || YEAR.test(second)) return false;
  if (/^0\d{2,}/.test(first) || /^0\d{2,}/.test(second)) return false;
  // A third number on either side: a phone number, a code, or a table row flattened by pdf.
  if (/\d[\s.,]*$/u.test(text.slice(Math.max(0, from - 3), from)) || /^\s?\d/u.test(text.slice(to, to + 2))) return false;
  const before = foldKey(text.slice(Math.max(0, from - 24), from));
  if (NAMING.test(before) || (LEVEL.test(before) && first.length === 1)) return false;
  // The second number opening a list item or a heading: "… 3 2. Kết quả".
  if (/^[.)]/u.test(text.slice(to, to + 1))) return false;
  const unit = findUnit(text, to);
  if (!unit || unit.start !== to + 1 || unit.unit === '%' || !/^\p{Ll}/u.test(unit.unit)) return false;
  return !TIME_UNIT.test(unit.unit.split(/[\s/]/)[0]);
}
