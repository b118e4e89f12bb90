/**
 * Terminal output in the shape of ESLint's "stylish" formatter: findings grouped
 * by file, `line:col  severity  message  rule-id`, a summary line at the end.
 */
import type { DocumentOut } from '../model/index.js';

export interface TextOptions {
  color: boolean;
  /** Only error-severity findings. */
  quiet?: boolean;
  /** Wrap messages to this many columns. */
  width?: number;
}

const SEVERITY_VI: Record<string, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' };
const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', under: '\x1b[4m' };
const RESET = '\x1b[0m';

/** Render documents' findings and per-file errors for a person at a terminal. */
export function renderText(documents: DocumentOut[], options: TextOptions): string {
  const paint = (style: string, s: string) => (options.color ? `${COLORS[style]}${s}${RESET}` : s);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let flagged = 0;
  for (const doc of documents) {
    const findings = doc.findings.filter((f) => !options.quiet || f.severity === 'error');
    if (!findings.length && !doc.error) continue;
    flagged += 1;
    lines.push(paint('under', doc.source));
    if (doc.error) {
      lines.push(`  ${paint('error', 'không đọc được')}  ${doc.error.message}  ${paint('dim', doc.error.code)}`);
      errors += 1;
    }
    for (const f of findings) {
      const where = f.evidence[0];
      const pos = where.page !== null ? `tr.${where.page}:${where.line ?? ''}` : `${where.line ?? ''}`;
      const sev = SEVERITY_VI[f.severity];
      const hint = f.suggestion ? ` (gợi ý: ${f.suggestion})` : '';
      lines.push(`  ${pos.padEnd(8)} ${paint(f.severity, sev.padEnd(8))} ${f.message}${hint}  ${paint('dim', f.rule)}`);
      if (f.severity === 'error') errors += 1;
      else if (f.severity === 'warning') warnings += 1;
      else infos += 1;
    }
    lines.push('');
  }
  const summary = `${errors} lỗi, ${warnings} cảnh báo${infos ? `, ${infos} ghi chú` : ''} trong ${flagged}/${documents.length} báo cáo`;
  lines.push(paint(errors ? 'error' : 'bold', summary));
  return lines.join('\n') + '\n';
}
