/**
 * OCR caution: a finding that rests on characters Tesseract was unsure of is reported as a warning
 * that says so, never as an error. Applied after the rules, like severity options: rules judge the
 * text as read; this step knows how the text was read.
 *
 * Unsure: a word that holds a digit, or is a numbering marker ("II.", "b)"), read with confidence
 * under `UNSURE_BELOW`, or a digit run with a letter OCR often confuses with a digit inside it
 * ("1O5", "l5", "S0"), or a word with digits that a second reading of its cut-out image read with
 * other digits ("84,0" read "34,0", then "84,0"): the warning names both readings, the one the text keeps first (a cell
 * that took its second reading keeps the first as the other), so the wording says two readings, not which came first. Such a word inside
 * any evidence passage of an error turns it into a warning. So does a table of a scanned page that
 * holds a number OCR garbled ("1Ó", "#4"): an error that sums its rows rests on every row. A check of one row's own
 * cells (its share, its difference) rests on that row only: it is cautioned when the misreading touches that row (the
 * garbled cell's row; a row whose name was lost, its numbers joined to the row above, and that row above).
 *
 * A number whose separators are broken ("3.45.600 đồng", garbled-number's malformedNumber) rests on its
 * marks, which OCR confuses and makes of specks: on a scan it is a warning that says so. So are two numbers run together
 * ("23 18 cụm loa"): they rest on the gap between them, which a scan cannot tell from a space grouping thousands.
 *
 * A count or sum short of what the report states (fewer names than "05 bài học", rows summing under their total)
 * rests on every item having been read: on a scan, where the passage's own markers skip one ("(1) (2) (4)", "a) b) d)",
 * rows 1, 2, 4) or a line of it was read with confidence under `LOST_BELOW`, it is a warning that the scan may have lost
 * an item. A count over what is listed, a sum over its total, no lost item makes: those stay errors.
 *
 * A heading numbered too late ("IV)" first, or "II)" then "IV)") rests on no heading being read in
 * between: on a scan, a line there that opens with a word that may be a misread marker ("I_", "ID",
 * an unsure "2.") may be the missing heading, so the error is a warning that names the line.
 */
import type { Finding, Source } from '../model/index.js';
import { garbledTables, hiddenMarker, lostItem, unsureWords, wordWithDigits } from '../extract/ocr-confidence.js';

/** Downgrade the errors whose evidence holds an unsure OCR word; other findings are returned as they are. */
export function cautionOcr(findings: Finding[], source: Source): Finding[] {
  if (!source.ocrPages?.length) return findings;
  const unsure = unsureWords(source);
  const garbled = garbledTables(source);
  if (unsure.length === 0 && garbled.size === 0 && !findings.some((f) => LATE.has(f.messageId) || f.messageId === MARKS || GAPS.has(f.messageId) || short(f) || f.data.stated !== undefined)) return findings;
  const tableAt = (at: number) => source.blocks.find((b) => b.table !== undefined && at >= b.span.start && at < b.span.end)?.table;
  return findings.map((f) => {
    if (f.severity !== 'error') return f;
    if (f.rule === 'garbled-number' && f.messageId === MARKS && f.evidence.some((e) => source.blocks[e.block]?.ocr)) {
      const raw = typeof f.data.raw === 'string' ? f.data.raw : '';
      return {
        ...f,
        severity: 'warning',
        message: `${f.message} (đọc bằng OCR: dấu phân cách trong "${raw}" có thể bị nhận dạng sai)`,
        data: { ...f.data, ocrUnsure: raw },
      };
    }
    if (f.rule === 'garbled-number' && GAPS.has(f.messageId) && f.evidence.some((e) => source.blocks[e.block]?.ocr)) {
      const raw = typeof f.data.raw === 'string' ? f.data.raw : '';
      return {
        ...f,
        severity: 'warning',
        message: `${f.message} (đọc bằng OCR: khoảng trống giữa các số trong "${raw}" có thể là khoảng ngăn nghìn, bản quét không phân biệt được)`,
        data: { ...f.data, ocrUnsure: raw },
      };
    }
    const shift = movedMark(f, source);
    if (shift) {
      const said = shift.word ? `"${shift.word}"` : `số ghi ${f.data.stated}`;
      return {
        ...f,
        severity: 'warning',
        message: `${f.message} (đọc bằng OCR: ${said} bằng số tính được nhân ${10 ** shift.power}, dấu thập phân có thể bị mất hoặc nhận dạng sai)`,
        data: { ...f.data, ...(shift.word ? { ocrUnsure: shift.word } : {}), ocrDecimalShift: shift.power },
      };
    }
    const hit = unsure.find((u) => f.evidence.some((e) => u.start < e.span.end && u.end > e.span.start));
    const lost = hit ? null : lostHeading(f, source);
    if (lost) {
      return {
        ...f,
        severity: 'warning',
        message: `${f.message} (đọc bằng OCR: dòng bắt đầu bằng "${lost.text}" có thể là đề mục bị nhận dạng sai, độ tin cậy ${Math.round(lost.conf)}%)`,
        data: { ...f.data, ocrUnsure: lost.text, ocrConfidence: Math.round(lost.conf) },
      };
    }
    if (!hit) {
      // A check of one row's own cells (a share, a difference on the row) rests on that row only; a sum on every row.
      const blocks = new Set(f.evidence.map((e) => e.block));
      const oneRow = blocks.size === 1 ? source.blocks[[...blocks][0]] : undefined;
      const touches = (t: number) => !(oneRow?.kind === 'row' && oneRow.table === t && !garbled.get(t)!.rows.has(oneRow.row ?? -1));
      const table = f.evidence.map((e) => tableAt(e.span.start)).find((t) => t !== undefined && garbled.has(t) && touches(t));
      if (table === undefined) {
        const gone = short(f) ? lostItem(source, f.evidence.map((e) => e.block)) : null;
        if (!gone) return f;
        const why = gone.conf !== undefined
          ? `${gone.digit ? 'số' : 'dòng'} "${gone.text}" đọc với độ tin cậy ${Math.round(gone.conf)}%`
          : `số thứ tự nhảy qua "${gone.text}"`;
        return {
          ...f,
          severity: 'warning',
          message: `${f.message} (đọc bằng OCR: bản quét có thể đã mất một mục, ${why})`,
          data: { ...f.data, ocrLost: gone.text, ...(gone.conf !== undefined ? { ocrConfidence: Math.round(gone.conf) } : {}) },
        };
      }
      const cell = garbled.get(table)!.cell;
      return {
        ...f,
        severity: 'warning',
        message: `${f.message} (đọc bằng OCR: bảng có ô "${cell}" không đọc được thành số, có thể bị nhận dạng sai)`,
        data: { ...f.data, ocrUnsure: cell },
      };
    }
    const why = hit.alt !== undefined
      ? `hai lần đọc cho "${hit.text}" và "${hit.alt}", có thể bị nhận dạng sai`
      : `"${hit.text}" có thể bị nhận dạng sai, độ tin cậy ${Math.round(hit.conf)}%`;
    return {
      ...f,
      severity: 'warning',
      message: `${f.message} (đọc bằng OCR: ${why})`,
      data: { ...f.data, ocrUnsure: hit.text, ocrConfidence: Math.round(hit.conf), ...(hit.alt !== undefined ? { ocrSecondReading: hit.alt } : {}) },
    };
  });
}

/** garbled-number's finding of a number whose marks no grammar reads. */
const MARKS = 'malformedNumber';

/**
 * garbled-number's findings of numbers run together: they rest on the gaps between digits, which a scan cannot tell from
 * a space grouping thousands (typed plain, no-break or narrow) and which OCR words may gain or lose.
 */
const GAPS = new Set(['garbledNumber', 'garbledAmount']);

/**
 * A count or sum that comes out short of what the report states: fewer names than the count, parts that sum to less
 * than their whole, rows to less than their total. An item the scan lost makes exactly that, never the other way.
 */
function short(f: Finding): boolean {
  const n = (k: string) => (typeof f.data[k] === 'number' ? (f.data[k] as number) : NaN);
  if (f.rule === 'list-count-mismatch') return n('listed') < n('count');
  if (f.rule === 'parts-sum-mismatch' && f.messageId === 'partsSumMismatch') return n('sum') < n('whole');
  if (f.rule === 'table-total-mismatch' && SUMS.has(f.messageId)) return n('actual') < n('stated');
  return false;
}

/** table-total-mismatch's findings of a sum of rows or cells. */
const SUMS = new Set(['totalRowMismatch', 'groupRowMismatch', 'partsMismatch']);

/** heading-numbering's findings that a heading comes too late: one before it may have been lost. */
const LATE = new Set(['numberStartsLate', 'numberGap']);

/**
 * For a heading numbered too late, a line between it and the heading before it (its previous
 * sibling for a gap, its parent or the document's start for a list that starts late) that may hold
 * the missing heading's marker misread.
 */
function lostHeading(f: Finding, source: Source): { text: string; conf: number } | null {
  if (f.rule !== 'heading-numbering' || !LATE.has(f.messageId) || typeof f.data.found !== 'string') return null;
  const at = f.evidence[0].block;
  const before = f.evidence.length > 1 && f.evidence[1].block < at ? f.evidence[1].block : -1;
  return hiddenMarker(source, before, at, f.data.found);
}

/**
 * A stated value that is the value the rule computed times a power of ten (1159 for 115,9, 12,621 for 12.621): a
 * decimal mark OCR lost, moved, or read as the other mark (`,` and `.`, which Vietnamese uses the other way round
 * from Tesseract's training, are among the characters it confuses most), in the stated number or in one it was
 * computed from. On an OCR'd block that is the likelier reading than the report's own slip: the power (−3 to 3, never
 * 0) and the OCR word of the evidence written with the stated number's digits, when there is one.
 */
function movedMark(f: Finding, source: Source): { power: number; word: string | null } | null {
  const { stated, actual, num, den } = f.data;
  if (typeof stated !== 'number' || typeof actual !== 'number' || stated === 0 || actual === 0) return null;
  if (!f.evidence.some((e) => source.blocks[e.block]?.ocr)) return null;
  const decimals = (n: number) => (String(Math.abs(n)).split('.')[1] ?? '').length;
  // A percentage of a fraction the rule names (num/den) is taken unrounded; else the computed value as the rule gives it.
  const ratio = typeof num === 'number' && typeof den === 'number' && den !== 0 ? (num / den) * 100 : NaN;
  const exact = Math.abs(ratio - actual) <= 0.5 * 10 ** -decimals(actual) + 1e-9;
  for (const power of [1, -1, 2, -2, 3, -3]) {
    const moved = stated / 10 ** power;
    const unit = 10 ** -Math.max(0, decimals(stated) + power);
    // The moved number read as the rules read a stated one, rounded or truncated at its own precision, against the
    // exact value; against a computed value rounded at its own precision, rounded either way.
    const fits = exact
      ? ratio >= moved - 0.5 * unit - 1e-9 && ratio < moved + unit
      : Math.abs(moved - actual) <= 0.5 * unit + 0.5 * 10 ** -decimals(actual) + 1e-9;
    if (fits) return { power, word: wordWithDigits(source, f.evidence, stated) };
  }
  return null;
}
