/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return may be run as a formula when the file is
 * opened in Excel or LibreOffice ("=HYPERLINK(...)", "@SUM(...)", "-2+3+cmd|' /C calc'!A0").
 * Such cells get a leading single quote, which spreadsheets show as text. Numbers are never
 * touched: a negative value stays a number.
 */
const RISKY_START = /^[=+\-@\t\r]/;
/** The text with a leading `'` when it could start a formula; other text unchanged. */
export function neutraliseFormula(text) {
    return RISKY_START.test(text) ? `'${text}` : text;
}
//# sourceMappingURL=formula-guard.js.map