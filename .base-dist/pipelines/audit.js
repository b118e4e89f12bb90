import { toDocumentOut } from '../src/report/json.js';
import { runBatch } from './batch.js';
import { createPool } from './pool.js';
/** Audit files and directories; one DocumentOut per file, in the order given. */
export async function audit(inputs, options = {}) {
    const pool = createPool({ size: options.workers, timeoutMs: options.timeoutMs });
    try {
        return await runBatch(inputs, async (path, onPage) => {
            const { outcome } = await pool.run({ path, rules: options.rules, ingest: { maxBytes: options.maxBytes } }, onPage);
            const doc = toDocumentOut(path, outcome?.analysis, outcome?.error);
            if (options.blocks && outcome?.analysis)
                doc.blocks = outcome.analysis.source.blocks.map((b) => ({ block: b.index, text: b.text, line: b.span.line, page: b.span.page }));
            return doc;
        }, (m) => toDocumentOut(m.path, undefined, m.error), { concurrency: pool.size * 2, progress: options.progress });
    }
    finally {
        await pool.close();
    }
}
/** ESLint-style exit code: 2 if a file failed, 1 if any error finding, else 0. */
export function auditExitCode(documents) {
    if (documents.some((d) => d.error))
        return 2;
    return documents.some((d) => d.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
//# sourceMappingURL=audit.js.map