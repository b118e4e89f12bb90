import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/report/csv.js';
import { RECORD_COLUMNS, type IndicatorRecord } from '../../src/report/indicator-table.js';
import { renderXlsx } from '../../src/report/xlsx.js';

/** An indicator row with every column empty but the given ones. */
function record(fields: Partial<IndicatorRecord>): IndicatorRecord {
  const empty = Object.fromEntries(RECORD_COLUMNS.map((c) => [c.name, null])) as unknown as IndicatorRecord;
  return { ...empty, source: 'a.txt', parents: '', name: 'x', ...fields };
}

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1)', '\tTab', '\rCR'];

describe('exports never hand a spreadsheet a formula', () => {
  it('prefixes a single quote to CSV text that starts with = + - @ tab or CR', () => {
    expect(HOSTILE.map((s) => csvField(s).replace(/^"|"$/g, '').startsWith("'"))).toEqual([true, true, true, true, true, true]);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@A1')).toBe("'@A1");
  });

  it('leaves ordinary text and numbers, negative ones included, as they are in CSV', () => {
    expect(csvField('Tỷ lệ 96.5%')).toBe('Tỷ lệ 96.5%');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(0)).toBe('0');
  });

  it('writes a hostile name as quoted text in a whole CSV file', () => {
    const csv = renderCsv([record({ name: '=cmd|calc', value: -3 })]);
    const line = csv.split('\r\n')[1];
    expect(line).toContain(",'=cmd|calc,");
    expect(line).toContain(',-3,');
  });

  it('writes hostile XLSX text with a leading quote and keeps negative numbers numeric', async () => {
    const bytes = await renderXlsx([record({ name: '=1+2', snippet: '-minus', value: -7, unit: 'người' })]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (name: string) => ws.getRow(2).getCell(header.indexOf(name) + 1);
    expect(cell('name').value).toBe("'=1+2");
    expect(cell('snippet').value).toBe("'-minus");
    expect(cell('value').value).toBe(-7);
    expect(cell('unit').value).toBe('người');
  });
});
