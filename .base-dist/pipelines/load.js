import { runBatch } from './batch.js';
import { createPool } from './pool.js';
/** Load files and directories into the database. */
export async function load(store, inputs, options = {}) {
    const pool = createPool({ size: options.workers, timeoutMs: options.timeoutMs });
    // A database that fails (full disk, read-only, corrupt) ends the batch: files not yet read are
    // left alone, documents already saved stay saved.
    let broken = null;
    const guard = (write) => write.catch((e) => {
        broken ??= e;
        throw e;
    });
    const failed = async (path, error) => {
        await guard(store.saveFileError(path, error));
        return { path, status: 'failed', sections: 0, figures: 0, findings: 0, error };
    };
    try {
        return await runBatch(inputs, async (path, onPage) => {
            if (broken)
                throw broken;
            const { outcome } = await pool.run({ path, rules: options.rules, ingest: { maxBytes: options.maxBytes }, skipSha: await guard(store.storedSha(path)) }, onPage);
            if (!outcome)
                return { path, status: 'unchanged', sections: 0, figures: 0, findings: 0 };
            if (outcome.error)
                return failed(path, outcome.error);
            const a = outcome.analysis;
            await guard(store.saveAnalysis(a));
            return { path, status: 'loaded', sections: a.sections.length, figures: a.figures.length, findings: a.findings.length };
        }, (m) => failed(m.path, m.error), { concurrency: pool.size * 2, progress: options.progress });
    }
    finally {
        await pool.close();
    }
}
//# sourceMappingURL=load.js.map