/**
 * Command line: argument parsing, help and exit codes only; the work is in pipelines/.
 * Exit codes (ESLint's): 0 no error findings, 1 error findings, 2 a file failed or the command was wrong.
 */
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { audit, auditExitCode } from '../pipelines/audit.js';
import { load } from '../pipelines/load.js';
import { reportFromStore } from '../pipelines/report.js';
import { renderHtml } from './report/html.js';
import { EXPORT_FORMATS, writeAll, writeExport } from '../pipelines/export.js';
import { streamIndicatorTable } from './report/indicator-table.js';
import { renderJsonParts } from './report/json.js';
import { progressBar } from './report/progress.js';
import { renderText, shouldColor } from './report/text.js';
import { terminalLine } from './report/terminal-safe.js';
import { renderLoadSummary } from './report/summary.js';
import { auditJsonSchema } from './report/schema.js';
import { databaseSpec, StoreUnavailable } from './store/open.js';
import { DB_HELP, DB_OPTION, LIMIT_HELP, LIMIT_OPTIONS, limits, needInputs, UsageError, withReadStore, withStore } from './cli-common.js';
import { QUEUE_COMMANDS } from './cli-queue.js';
const COMMANDS = {
    audit: {
        summary: 'Kiểm tra báo cáo, in các lỗi tìm thấy (không ghi cơ sở dữ liệu)',
        usage: 'baocao audit [--format text|json|html] [--out FILE] [--quiet] [--rule ID[=MỨC]]... [--timeout S] [--max-size MB] <tệp-hoặc-thư-mục>...',
        options: {
            format: { type: 'string', default: 'text' },
            out: { type: 'string' },
            quiet: { type: 'boolean', default: false },
            rule: { type: 'string', multiple: true },
            ...LIMIT_OPTIONS,
        },
        help: [
            '  --format text|json|html  text: nhóm theo tệp như ESLint (mặc định); json: một đối tượng JSON trên stdout',
            '                           (lược đồ: baocao schema); html: một tệp HTML tự chứa, mở được không cần mạng',
            '  --out FILE               ghi kết quả vào FILE thay vì stdout (tạo thư mục nếu cần)',
            '  --quiet                  chỉ in lỗi (error), bỏ cảnh báo và ghi chú',
            '  --rule ID                chỉ chạy quy tắc ID (lặp lại được, hoặc ID1,ID2); --rule=-ID để bỏ quy tắc ID;',
            '                           --rule ID=warning (error, info, off) đặt mức của quy tắc ID',
            LIMIT_HELP,
            'Màu chỉ bật khi stdout là terminal; NO_COLOR=1 tắt, FORCE_COLOR=1 bật. Thanh tiến độ in ra stderr khi chạy lâu.',
        ].join('\n'),
        examples: [
            'baocao audit fixtures/',
            'baocao audit --format json bao-cao.docx > ket-qua.json',
            'baocao audit --format html --out output/audit.html fixtures/seeds/',
            'baocao audit --quiet --rule percent-mismatch reports/',
            'baocao audit --rule=-heading-numbering --out loi.txt reports/',
            'baocao audit --rule percent-out-of-range=warning reports/',
            'baocao audit --timeout 30 --max-size 50 --format json luu-tru/',
        ],
        async run(values, positionals) {
            const format = values.format;
            if (!['text', 'json', 'html'].includes(format))
                throw new UsageError(`--format phải là text, json hoặc html, không phải "${format}"`);
            const rules = await ruleOptions(values.rule);
            const out = values.out;
            const quiet = values.quiet;
            if (out)
                prepareOut(out);
            const bar = progressBar();
            const documents = await audit(needInputs(positionals), { rules, progress: bar?.update, blocks: format === 'html', ...limits(values) });
            bar?.end();
            if (format === 'json')
                emit(renderJsonParts(documents), out);
            else if (format === 'html')
                emit(renderHtml(quiet ? documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })) : documents), out);
            else
                emit(renderText(documents, { color: !out && shouldColor(process.stdout), quiet, width: terminalWidth() }), out);
            if (!documents.some((d) => !d.error)) {
                process.stderr.write(`baocao audit: không đọc được tệp báo cáo nào (txt, docx, doc, pdf) trong: ${positionals.map(terminalLine).join(', ')}\n`);
                return 2;
            }
            return auditExitCode(documents);
        },
    },
    ingest: {
        summary: 'Đọc, phân tích và nạp báo cáo vào cơ sở dữ liệu (SQLite hoặc PostgreSQL)',
        usage: 'baocao ingest [--db FILE|URL] [--summary] [--timeout S] [--max-size MB] <tệp-hoặc-thư-mục>...',
        options: { ...DB_OPTION, summary: { type: 'boolean', default: false }, ...LIMIT_OPTIONS },
        help: [
            DB_HELP + '; tạo bảng nếu chưa có',
            '  --summary                in bảng tóm tắt từng tệp (mục, số liệu, phát hiện)',
            LIMIT_HELP,
        ].join('\n'),
        examples: [
            'baocao ingest fixtures/',
            'baocao ingest --db kho.sqlite --summary /luu-tru/2023/',
            'baocao ingest --db postgres://baocao@db.so-tttt.local/baocao /luu-tru/',
            'baocao ingest --timeout 60 --max-size 200 /luu-tru/',
        ],
        async run(values, positionals) {
            const inputs = needInputs(positionals);
            const options = limits(values);
            return withStore(values, async (store) => {
                const bar = progressBar();
                const results = await load(store, inputs, { progress: bar?.update, ...options });
                bar?.end();
                process.stdout.write(renderLoadSummary(results, store.label, { table: values.summary }));
                return results.some((r) => r.status === 'failed') ? 2 : 0;
            });
        },
    },
    export: {
        summary: 'Xuất các chỉ tiêu đã nạp (kèm đơn vị, kỳ, số, ngày báo cáo) ra CSV, JSON hoặc XLSX',
        usage: 'baocao export [--db FILE|URL] [--format csv|json|xlsx] [--out FILE]',
        options: { ...DB_OPTION, format: { type: 'string', default: 'csv' }, out: { type: 'string' } },
        help: [
            DB_HELP,
            '  --format csv|json|xlsx    csv: UTF-8 có BOM, mở được bằng Excel (mặc định); json; xlsx: ô tỷ lệ định dạng %',
            '  --out FILE                ghi vào FILE thay vì stdout (xlsx bắt buộc có --out)',
        ].join('\n'),
        examples: [
            'baocao export --out output/indicators.csv',
            'baocao export --db kho.sqlite --format xlsx --out chi-tieu.xlsx',
            'BAOCAO_DB=postgres://baocao@db.so-tttt.local/baocao baocao export --format json --out chi-tieu.json',
        ],
        async run(values) {
            const format = values.format;
            if (!EXPORT_FORMATS.includes(format))
                throw new UsageError(`--format phải là csv, json hoặc xlsx, không phải "${format}"`);
            const out = values.out;
            if (format === 'xlsx' && !out)
                throw new UsageError('xlsx cần --out FILE');
            if (out)
                prepareOut(out);
            return withReadStore(values, async (store) => {
                if (!out) {
                    await writeExport(store, format, process.stdout);
                    return 0;
                }
                // A failed write (a full disk) closes the stream; its error is the command's, never a short file.
                let failure = null;
                const file = createWriteStream(out).on('error', (e) => (failure ??= Object.assign(e, { path: e.path ?? out })));
                const closed = once(file, 'close');
                try {
                    const count = await writeExport(store, format, file);
                    file.end();
                    await closed;
                    if (failure)
                        throw failure;
                    process.stderr.write(`${count} chỉ tiêu → ${terminalLine(out)}\n`);
                }
                finally {
                    file.destroy();
                }
                return 0;
            });
        },
    },
    indicators: {
        summary: 'In bảng chỉ tiêu qua các báo cáo, lọc theo khóa, địa phương, kỳ',
        usage: 'baocao indicators [--db FILE|URL] [--key K] [--locality L] [--period P]',
        options: { ...DB_OPTION, key: { type: 'string' }, locality: { type: 'string' }, period: { type: 'string' } },
        help: [
            DB_HELP,
            '  --key K         chỉ tiêu có khóa K (ví dụ hoso.online_rate)',
            '  --locality L    đơn vị hoặc đơn vị cấp trên chứa L (không phân biệt hoa thường, kiểu bỏ dấu "hoà"/"hòa")',
            '  --period P      kỳ giao với P: 2024, 2024-05, Q1/2024',
        ].join('\n'),
        examples: ['baocao indicators --key vanban.signed_rate', 'baocao indicators --locality "Hưng Hà" --period 2024', 'baocao indicators --db kho.sqlite --period Q1/2024'],
        async run(values) {
            const filter = { key: values.key, locality: values.locality, period: values.period };
            return withReadStore(values, async (store) => {
                try {
                    await writeAll(process.stdout, streamIndicatorTable(() => store.iterateIndicators(filter)));
                }
                catch (e) {
                    if (e instanceof RangeError)
                        throw new UsageError(e.message);
                    throw e;
                }
                return 0;
            });
        },
    },
    report: {
        summary: 'Tạo báo cáo HTML từ cơ sở dữ liệu đã nạp (các đoạn có phát hiện, số liệu, chỉ tiêu)',
        usage: 'baocao report [--db FILE|URL] --out THƯ-MỤC',
        options: { ...DB_OPTION, out: { type: 'string' } },
        help: [
            DB_HELP + ' (đã nạp bằng `baocao ingest` hoặc `baocao worker`)',
            '  --out THƯ-MỤC            thư mục ghi tệp index.html (tạo nếu chưa có)',
        ].join('\n'),
        examples: ['baocao report --out output/bao-cao/', 'baocao report --db kho.sqlite --out /media/usb/kiem-tra/'],
        async run(values, positionals) {
            if (positionals.length)
                throw new UsageError(`không nhận tệp đầu vào: "${positionals[0]}" (dùng --db)`);
            const spec = databaseSpec(values.db);
            if (!values.out)
                throw new UsageError('thiếu --out THƯ-MỤC');
            return withReadStore(values, async (store) => {
                const { file, documents } = await reportFromStore(store, values.out);
                process.stdout.write(`Đã ghi ${file} (${documents} báo cáo)\n`);
                return 0;
            });
        },
    },
    ...QUEUE_COMMANDS,
    schema: {
        summary: 'In JSON Schema của kết quả `audit --format json`',
        usage: 'baocao schema',
        options: {},
        help: '',
        examples: ['baocao schema > audit.schema.json'],
        async run() {
            process.stdout.write(JSON.stringify(auditJsonSchema(), null, 2) + '\n');
            return 0;
        },
    },
    rules: {
        summary: 'Liệt kê các quy tắc kiểm tra',
        usage: 'baocao rules',
        options: {},
        help: '',
        examples: ['baocao rules'],
        async run() {
            const { RULES } = await rulesCatalogue();
            for (const r of RULES)
                process.stdout.write(`${r.id.padEnd(26)} ${r.severity.padEnd(8)} ${r.description}\n`);
            return 0;
        },
    },
};
/** The rules' catalogue, loaded only where it is listed or a `--rule` is checked: it brings every extractor, which the CLI's own process otherwise never runs (the workers analyse). */
const rulesCatalogue = () => import('./rules/index.js');
const LEVELS = new Set(['error', 'warning', 'info', 'off']);
/** `--rule ID` (run only ID), `--rule=-ID` (never ID), `--rule ID=warning|error|info|off` (ID at that severity). */
async function ruleOptions(specs) {
    if (!specs?.length)
        return {};
    const { RULES } = await rulesCatalogue();
    const known = new Set(RULES.map((r) => r.id));
    const only = [];
    const severity = {};
    for (const spec of specs.flatMap((s) => s.split(','))) {
        const [name, level] = spec.split('=');
        const id = name.replace(/^-/, '');
        if (!known.has(id))
            throw new UsageError(`không có quy tắc "${id}" (xem: baocao rules)`);
        if (level !== undefined) {
            if (!LEVELS.has(level))
                throw new UsageError(`mức "${level}" không hợp lệ cho quy tắc ${id} (error, warning, info, off)`);
            severity[id] = level;
        }
        else if (spec.startsWith('-'))
            severity[id] = 'off';
        else
            only.push(id);
    }
    return { only, severity };
}
/** Wrap text output to the terminal's width (at most 160), or 100 columns when not a terminal. */
function terminalWidth() {
    return process.stdout.isTTY && process.stdout.columns ? Math.min(160, Math.max(60, process.stdout.columns)) : 100;
}
/** Check `--out FILE` before the work: a folder there is a usage error; a missing parent folder is created. */
function prepareOut(out) {
    if (existsSync(out) && statSync(out).isDirectory())
        throw new UsageError(`--out ${terminalLine(out)} là một thư mục; cần tên tệp`);
    makeFolder(dirname(out));
}
/** mkdir -p, one level at a time: node 20's recursive mkdirSync never returns under /proc. */
function makeFolder(dir) {
    if (existsSync(dir) || dirname(dir) === dir)
        return;
    makeFolder(dirname(dir));
    mkdirSync(dir);
}
function emit(text, out) {
    const parts = typeof text === 'string' ? [text] : text;
    if (!out) {
        for (const part of parts)
            process.stdout.write(part);
        return;
    }
    const fd = openSync(out, 'w');
    try {
        for (const part of parts)
            writeSync(fd, part);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * `baocao audit | head`: the reader closes the pipe and the next write fails with EPIPE. That
 * is no error of ours: the rest of the output is dropped and the command ends with its own code.
 */
let stdoutGuarded = false;
function ignoreClosedStdout() {
    if (stdoutGuarded)
        return;
    stdoutGuarded = true;
    process.stdout.on('error', (e) => {
        if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED')
            throw e;
    });
}
/** File-system errors a user can fix (a path, a permission, a full disk): one line, exit 2. */
const FS_MESSAGES = {
    EACCES: 'không có quyền ghi hoặc đọc', EPERM: 'không được phép', ENOSPC: 'hết chỗ trên đĩa', EROFS: 'ổ đĩa chỉ đọc',
    EISDIR: 'là một thư mục', ENOTDIR: 'một phần của đường dẫn không phải thư mục', ENOENT: 'không tìm thấy', EEXIST: 'đã có',
};
function fsErrorLine(e) {
    const err = e;
    const text = err?.code ? FS_MESSAGES[err.code] : undefined;
    return text && `${terminalLine(err.path ?? '')}: ${text} (${err.code})`;
}
/** node:util's parse errors, in one Vietnamese line. */
function parseErrorMessage(e) {
    const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `tuỳ chọn không có: ${option}`;
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return `tuỳ chọn ${option} cần một giá trị`;
    return e.message.split('\n')[0];
}
function mainHelp() {
    const lines = ['baocao — đọc, kiểm tra và nạp báo cáo của xã, phường, huyện (txt, docx, pdf)', '', 'Cách dùng: baocao <lệnh> [tuỳ chọn] <tệp-hoặc-thư-mục>...', '', 'Lệnh:'];
    for (const [name, c] of Object.entries(COMMANDS))
        lines.push(`  ${name.padEnd(8)} ${c.summary}`);
    lines.push('', 'Cơ sở dữ liệu: --db tệp.sqlite (mặc định) hoặc --db postgres://… (hoặc biến BAOCAO_DB).', 'Xem tuỳ chọn của một lệnh: baocao <lệnh> --help', 'Mã thoát: 0 không có lỗi; 1 có lỗi trong báo cáo; 2 tệp không đọc được hoặc lệnh sai.');
    return lines.join('\n') + '\n';
}
function commandHelp(name, c) {
    return [`baocao ${name} — ${c.summary}`, '', `Cách dùng: ${c.usage}`, '', c.help ? `Tuỳ chọn:\n${c.help}\n` : '', 'Ví dụ:', ...c.examples.map((e) => `  ${e}`), ''].join('\n');
}
/** Run the CLI with these arguments; resolves to the exit code. */
export async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(mainHelp());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        process.stdout.write('baocao 0.1.0\n');
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        process.stderr.write(`baocao: lệnh không có: "${name}" (xem: baocao --help)\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(commandHelp(name, command));
        return 0;
    }
    ignoreClosedStdout();
    try {
        const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
        return await command.run(values, positionals);
    }
    catch (e) {
        if (e instanceof StoreUnavailable) {
            process.stderr.write(`baocao ${name}: ${terminalLine(e.message)}\n`);
            return 2;
        }
        if (e instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
            const message = e instanceof UsageError ? e.message : parseErrorMessage(e);
            process.stderr.write(`baocao ${name}: ${message} (xem: baocao ${name} --help)\n`);
            return 2;
        }
        const fsError = fsErrorLine(e);
        if (fsError) {
            process.stderr.write(`baocao ${name}: ${fsError}\n`);
            return 2;
        }
        throw e;
    }
}
//# sourceMappingURL=cli.js.map