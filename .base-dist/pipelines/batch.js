/**
 * batch: expand inputs and run a per-file job over them with bounded concurrency,
 * keeping results in input order and reporting progress.
 */
import PQueue from 'p-queue';
import { expandInputs } from '../src/ingest/inputs.js';
const MISSING_MESSAGES = {
    NOT_FOUND: 'Không tìm thấy tệp hoặc thư mục',
    PERMISSION_DENIED: 'Không có quyền đọc',
};
/** Run `job` over every file the inputs name, `concurrency` at a time; results come back in input order. */
export async function runBatch(inputs, job, onMissing, options = {}) {
    const files = await expandInputs(inputs);
    const queue = new PQueue({ concurrency: options.concurrency ?? 2 });
    let done = 0;
    const results = await Promise.all(files.map((f) => queue.add(async () => {
        // A scan read page by page shows its pages on the bar ("x.pdf (OCR trang 3/17)").
        const onPage = (page, pages) => options.progress?.(done, files.length, `${f.path} (OCR trang ${page}/${pages})`);
        const result = f.missing ? await onMissing({ path: f.path, error: { code: f.missing, message: `${MISSING_MESSAGES[f.missing]}: ${f.path}` } }) : await job(f.path, onPage);
        done += 1;
        options.progress?.(done, files.length, f.path);
        return result;
    })));
    return results;
}
//# sourceMappingURL=batch.js.map