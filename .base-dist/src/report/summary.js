import { terminalLine } from './terminal-safe.js';
const STATUS_VI = { loaded: 'đã nạp', unchanged: 'không đổi', failed: 'lỗi' };
/** The table `ingest --summary` prints, and a closing line. */
export function renderLoadSummary(results, db, options) {
    const lines = [];
    if (options.table) {
        const nameWidth = Math.min(60, results.reduce((w, r) => Math.max(w, r.path.length), 8));
        lines.push(`${'Tệp'.padEnd(nameWidth)}  ${'Trạng thái'.padEnd(10)} ${'Mục'.padStart(5)} ${'Số liệu'.padStart(8)} ${'Phát hiện'.padStart(9)}`);
        for (const r of results) {
            const path = terminalLine(r.path);
            const name = path.length > nameWidth ? '…' + path.slice(-(nameWidth - 1)) : path.padEnd(nameWidth);
            const tail = r.error ? `  ${r.error.code}: ${terminalLine(r.error.message)}` : '';
            lines.push(`${name}  ${STATUS_VI[r.status].padEnd(10)} ${String(r.sections).padStart(5)} ${String(r.figures).padStart(8)} ${String(r.findings).padStart(9)}${tail}`);
        }
    }
    const count = (s) => results.filter((r) => r.status === s).length;
    lines.push(`${results.length} tệp: ${count('loaded')} đã nạp, ${count('unchanged')} không đổi, ${count('failed')} lỗi → ${db}`);
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=summary.js.map