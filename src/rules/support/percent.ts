/**
 * What the percent rules share: the percent arithmetic (src/extract/percent-arith.ts) and the fulfilment
 * cells of tables (src/extract/table-fulfilment.ts), both read in extract, and the document's tables.
 */
import type { Table } from '../../model/index.js';

export { actualPercent, firstSlip, percentAgrees, singleSlips } from '../../extract/percent-arith.js';
export { fulfilmentCells, PLAN_HEADER, ratesByCount, restatedCells, tableFulfilment, type Rate } from '../../extract/table-fulfilment.js';

/** The document's tables, as the analysis read them (a rule never re-reads them). */
export function tablesOf(context: { tables: Table[] }): Table[] {
  return context.tables;
}
