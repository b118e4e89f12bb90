/**
 * garbled-number — two counts run together where the sentence has room for one.
 *
 * Why: "đã lắp đặt 23 18 cụm loa" leaves the reader (and every
 * other check) unable to tell whether there are 23 or 18 loudspeakers; an edit
 * that replaced a number without deleting the old one reads exactly so.
 *
 * Policy (read in src/extract/run-together.ts): in a paragraph, two plain integers (or two decimals of one or
 * two places: "2,5 3,5 tỷ đồng") separated by nothing but one space — no comma,
 * "và", unit or sign between them — followed by one lowercase counted noun.
 * Not flagged: a run of three or more numbers (phone numbers, pdf table rows
 * flattened into a line), a number that names rather than counts ("tổ 3",
 * "khu phố 5", "mức độ 3 4", "quý 2 2024", "năm 2023 15 hộ"; a level is one digit, so
 * "cấp 120 210 thẻ" — the verb "cấp", issue — is still read), years, numbers
 * with a leading zero of three digits or more (phone prefixes), durations
 * ("3 6 tháng"), a second number that starts a list item, and an integer beside a decimal.
 * Nor a pair the extraction read as one number grouped by a space ("2 650 hộ" in a
 * document that groups thousands so; see src/extract/numbers.ts).
 * In a table (not one read from a pdf, whose neighbouring cells may merge), a value cell holding nothing but two
 * such integers in a row with a counted unit ("Hộ | 45 54"); not when the pair could be one number grouped by a space
 * ("125 152") nor in the STT, label, unit or notes column.
 * Also three numbers of one to three digits run together right before an amount's scale word or currency ("số tiền
 * 1 12 4 triệu đồng") that are no number grouped by spaces (a lead, then groups of exactly three digits): no suggestion.
 * The finding suggests either value: only the writer knows which was meant.
 * Also a number whose separators are broken before a quantity word (read in src/extract/malformed-numbers.ts): a doubled
 * mark ("42,,6 km", suggesting "42,6") or groups of other than three digits ("2.3.450 m2", "4.56.200.000 đồng": no
 * suggestion, the value cannot be told), or a group of thousands cut by a stray space before a counted noun ("15.2 48,6 ha",
 * suggesting "15.248,6", which the figure reader takes), or, in a document grouping its thousands with spaces, three numbers
 * joined by its spaces in groups not of three before a counted noun or an amount ("2 3 15 hồ sơ", "3 1 48,6 tỷ đồng"; no part of
 * such a run is a figure for other rules), or two decimals of one size and precision glued
 * by the decimal mark ("14,614,2 tấn/ngày", suggesting "14,6 hoặc 14,2"). Never a dotted date, a heading's or a section's number, nor OCR'd text.
 *
 * @example {"name": "ok.txt"}
 *   Xã đã lắp đặt 23 cụm loa truyền thanh; năm 2023 15 hộ đăng ký, mức độ 3 4 được cung cấp.
 * @example {"name": "not-ok.txt", "expect": "garbledNumber"}
 *   Xã đã lắp đặt 23 18 cụm loa truyền thanh thông minh.
 * @example {"name": "malformed.txt", "expect": "malformedNumber"}
 *   Nạo vét 12,,4 km kênh mương nội đồng.
 */
import { defineRule } from './define.js';

export default defineRule({
  id: 'garbled-number',
  severity: 'error',
  description: 'Hai số viết liền nhau ở chỗ chỉ cần một số',
  messages: {
    garbledNumber: 'Số lượng {unit} ghi "{raw}": hai số {first} và {second} viết liền nhau, chỉ cần một số',
    malformedNumber: 'Số {unit} ghi "{raw}": dấu phân cách sai nên không đọc được giá trị',
    garbledAmount: 'Số tiền ghi "{raw} {unit}": các số {first}, {second} và {third} viết liền nhau không thành một số',
  },
  check(context) {
    for (const { block, from, end, raw, unit, suggestion } of context.textReadings.malformedNumbers) {
      context.report({ messageId: 'malformedNumber', data: { raw, unit }, places: [{ block, from, to: end }], suggestion: suggestion ? `${raw} → ${suggestion}` : null });
    }
    for (const { block, from, end, raw, first, second, third, unit } of context.textReadings.runTogether) {
      if (third !== undefined) {
        context.report({ messageId: 'garbledAmount', data: { raw, first, second, third, unit }, places: [{ block, from, to: end }], suggestion: null });
        continue;
      }
      context.report({
        messageId: 'garbledNumber',
        data: { raw, first, second, unit },
        places: [{ block, from, to: end }],
        suggestion: `${raw} → ${first} hoặc ${second}`,
      });
    }
  },
});
