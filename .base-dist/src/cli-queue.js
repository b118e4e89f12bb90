/**
 * The queue's commands: `enqueue` files, run a `worker` on any machine, see the queue's `status`.
 * Each needs PostgreSQL (the queue and the documents live in the same database).
 */
import { LIMIT_HELP, LIMIT_OPTIONS, limits, needInputs, needPostgres, PG_HELP, positiveOption, UsageError } from './cli-common.js';
import { renderQueueStatus } from './report/queue-status.js';
import { openStore } from './store/open.js';
/** Open the store and the queue on the same database, run `work`, close both. */
async function withQueue(url, work, options = {}) {
    const store = await openStore(url);
    try {
        // pg-boss and pg are loaded only by the queue's commands (~0.25 s CPU to import).
        const { openQueue } = await import('./store/queue.js');
        const queue = await openQueue(url, options);
        try {
            return await work(store, queue);
        }
        finally {
            await queue.close();
        }
    }
    finally {
        await store.close();
    }
}
const EXAMPLE_URL = 'postgres://baocao@db.so-tttt.local/baocao';
export const QUEUE_COMMANDS = {
    enqueue: {
        summary: 'Xếp các tệp vào hàng đợi PostgreSQL để nhiều máy cùng xử lý (baocao worker)',
        usage: 'baocao enqueue --db URL [--upload] [--timeout S] [--max-size MB] <tệp-hoặc-thư-mục>...',
        options: { db: { type: 'string' }, upload: { type: 'boolean', default: false }, ...LIMIT_OPTIONS },
        help: [
            PG_HELP,
            '  --upload                 lưu nội dung tệp vào cơ sở dữ liệu (theo sha256), máy chạy worker không cần thấy thư mục;',
            '                           không có --upload thì worker đọc tệp theo đường dẫn tuyệt đối (thư mục dùng chung)',
            LIMIT_HELP,
            'Mỗi tệp là một việc. Tệp đã nạp với cùng nội dung, hoặc đã có trong hàng đợi, không được thêm lần nữa.',
        ].join('\n'),
        examples: [`baocao enqueue --db ${EXAMPLE_URL} /mnt/chung/luu-tru/`, `baocao enqueue --db ${EXAMPLE_URL} --upload --timeout 600 --max-size 300 bao-cao-quet/`],
        async run(values, positionals) {
            const url = needPostgres(values);
            const inputs = needInputs(positionals);
            const options = { ...limits(values), upload: values.upload };
            return withQueue(url, async (store, queue) => {
                const { enqueue } = await import('../pipelines/enqueue.js');
                const s = await enqueue(store, queue, inputs, options);
                for (const f of s.failed)
                    process.stderr.write(`${f.path}: ${f.error.code}: ${f.error.message}\n`);
                process.stdout.write(`${s.files} tệp: ${s.queued} đã xếp hàng, ${s.alreadyQueued} đã có trong hàng đợi, ${s.unchanged} đã nạp (không đổi), ${s.failed.length} lỗi → ${store.label}\n`);
                return s.failed.length ? 2 : 0;
            });
        },
    },
    worker: {
        summary: 'Lấy việc từ hàng đợi PostgreSQL, phân tích và lưu từng báo cáo (chạy trên bao nhiêu máy cũng được)',
        usage: 'baocao worker --db URL [--concurrency N] [--drain]',
        options: { db: { type: 'string' }, concurrency: { type: 'string' }, drain: { type: 'boolean', default: false } },
        help: [
            PG_HELP,
            '  --concurrency N          số tệp xử lý cùng lúc, mỗi tệp một luồng (mặc định 1; thường bằng số lõi CPU)',
            '  --drain                  dừng khi hàng đợi hết việc (mặc định: chạy mãi, chờ việc mới)',
            'Mỗi tệp được lưu trong một giao dịch, đúng một lần dù việc chạy lại bao nhiêu lần. Quá thời gian, lỗi nội bộ',
            'hay mất kết nối: thử lại sau vài giây (tăng dần), tối đa 3 lần, rồi ghi vào danh sách lỗi (baocao status).',
            'SIGTERM hoặc Ctrl-C: làm xong các tệp đang xử lý rồi dừng.',
        ].join('\n'),
        examples: [`baocao worker --db ${EXAMPLE_URL} --concurrency 4`, `BAOCAO_DB=${EXAMPLE_URL} baocao worker --drain`],
        async run(values) {
            const url = needPostgres(values);
            const concurrency = positiveOption(values, 'concurrency') ?? 1;
            if (!Number.isInteger(concurrency))
                throw new UsageError(`--concurrency phải là số nguyên dương, không phải "${values.concurrency}"`);
            return withQueue(url, async (store, queue) => {
                const stop = new AbortController();
                const onSignal = () => {
                    if (!stop.signal.aborted)
                        process.stderr.write('baocao worker: đang dừng, chờ các tệp đang xử lý xong…\n');
                    stop.abort();
                };
                process.on('SIGTERM', onSignal);
                process.on('SIGINT', onSignal);
                try {
                    process.stderr.write(`baocao worker: ${concurrency} luồng, hàng đợi ${store.label}\n`);
                    const { runQueueWorker } = await import('../pipelines/queue-worker.js');
                    const s = await runQueueWorker(store, queue, { concurrency, drain: values.drain, signal: stop.signal });
                    process.stdout.write(`${s.loaded} đã nạp, ${s.unchanged} không đổi, ${s.unreadable} không đọc được, ${s.failed} lần thất bại (sẽ thử lại hoặc đã vào danh sách lỗi)\n`);
                    return 0;
                }
                finally {
                    process.off('SIGTERM', onSignal);
                    process.off('SIGINT', onSignal);
                }
            }, { supervise: true });
        },
    },
    status: {
        summary: 'Tình trạng hàng đợi: chờ, đang chạy, xong, lỗi, tốc độ và thời gian còn lại',
        usage: 'baocao status --db URL [--format text|json]',
        options: { db: { type: 'string' }, format: { type: 'string', default: 'text' } },
        help: [PG_HELP, '  --format text|json       json: một đối tượng JSON cho script (mặc định text)'].join('\n'),
        examples: [`baocao status --db ${EXAMPLE_URL}`, `baocao status --db ${EXAMPLE_URL} --format json | jq .queued`],
        async run(values) {
            const url = needPostgres(values);
            const format = values.format;
            if (!['text', 'json'].includes(format))
                throw new UsageError(`--format phải là text hoặc json, không phải "${format}"`);
            return withQueue(url, async (store, queue) => {
                const status = await queue.status();
                process.stdout.write(format === 'json' ? `${JSON.stringify({ database: store.label, ...status }, null, 2)}\n` : renderQueueStatus(status, store.label));
                return 0;
            });
        },
    },
};
//# sourceMappingURL=cli-queue.js.map