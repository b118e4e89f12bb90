export { actualPercent, firstSlip, percentAgrees, singleSlips } from '../../extract/percent-arith.js';
export { fulfilmentCells, PLAN_HEADER, ratesByCount, restatedCells, tableFulfilment } from '../../extract/table-fulfilment.js';
/** The document's tables, as the analysis read them (a rule never re-reads them). */
export function tablesOf(context) {
    return context.tables;
}
//# sourceMappingURL=percent.js.map