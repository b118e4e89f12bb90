import claimMismatch from './claim-mismatch.js';
import dateOutOfPeriod from './date-out-of-period.js';
import garbledNumber from './garbled-number.js';
import headingNumbering from './heading-numbering.js';
import listCountMismatch from './list-count-mismatch.js';
import localityMismatch from './locality-mismatch.js';
import partExceedsWhole from './part-exceeds-whole.js';
import partsSumMismatch from './parts-sum-mismatch.js';
import percentMismatch from './percent-mismatch.js';
import percentOutOfRange from './percent-out-of-range.js';
import repeatedValueConflict from './repeated-value-conflict.js';
import tableTotalMismatch from './table-total-mismatch.js';
import wordsDigitsMismatch from './words-digits-mismatch.js';
export const RULES = [
    claimMismatch,
    dateOutOfPeriod,
    garbledNumber,
    headingNumbering,
    listCountMismatch,
    localityMismatch,
    partExceedsWhole,
    partsSumMismatch,
    percentMismatch,
    percentOutOfRange,
    repeatedValueConflict,
    tableTotalMismatch,
    wordsDigitsMismatch,
];
//# sourceMappingURL=index.js.map