/**
 * What every command of the CLI shares: the command shape, usage errors, per-file limits and the
 * `--db` option (a SQLite file or a PostgreSQL URL).
 */
import { existsSync } from 'node:fs';
import { databaseSpec, DEFAULT_DB, isPostgresUrl, openStore } from './store/open.js';
/** A wrong command line: printed on one line, exit 2. */
export class UsageError extends Error {
}
/** Per-file limits shared by audit, ingest and enqueue. */
export const LIMIT_OPTIONS = { timeout: { type: 'string' }, 'max-size': { type: 'string' } };
export const LIMIT_HELP = [
    '  --timeout S              giới hạn thời gian cho mỗi tệp, giây (mặc định 120); quá hạn: lỗi TIMEOUT, các tệp khác vẫn chạy',
    '  --max-size MB            bỏ qua tệp lớn hơn MB megabyte (mặc định 100): lỗi TOO_LARGE',
].join('\n');
/** A positive number option (`--name 1,5` accepted), or undefined when absent. */
export function positiveOption(values, name) {
    const raw = values[name];
    if (raw === undefined)
        return undefined;
    const n = Number(raw.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0)
        throw new UsageError(`--${name} phải là một số dương, không phải "${raw}"`);
    return n;
}
/** The per-file limits given on the command line, checked. */
export function limits(values) {
    const timeout = positiveOption(values, 'timeout');
    const size = positiveOption(values, 'max-size');
    return { timeoutMs: timeout === undefined ? undefined : timeout * 1000, maxBytes: size === undefined ? undefined : Math.round(size * 1024 * 1024) };
}
export function needInputs(positionals) {
    if (!positionals.length)
        throw new UsageError('thiếu tệp hoặc thư mục cần đọc');
    return positionals;
}
/** `--db`: no default here, so `BAOCAO_DB` can stand in for it. */
export const DB_OPTION = { db: { type: 'string' } };
export const DB_HELP = [
    `  --db FILE|URL            tệp SQLite (mặc định ${DEFAULT_DB}) hoặc PostgreSQL: postgres://người-dùng[:mật-khẩu]@máy[:cổng]/tên-csdl;`,
    '                           không có --db thì dùng biến môi trường BAOCAO_DB nếu có',
].join('\n');
export const PG_HELP = '  --db URL                 PostgreSQL: postgres://người-dùng[:mật-khẩu]@máy[:cổng]/tên-csdl (hoặc biến môi trường BAOCAO_DB)';
/** Open the store `--db` (or BAOCAO_DB) names, run `work` with it, close it. */
export async function withStore(values, work, options = {}) {
    const store = await openStore(databaseSpec(values.db), options);
    try {
        return await work(store);
    }
    finally {
        await store.close();
    }
}
/**
 * The store of a command that only reads (export, indicators, report): a SQLite file must exist (a
 * mistyped --db is an error, never a new empty database) and is opened read-only, so it works on
 * read-only media.
 */
export async function withReadStore(values, work) {
    const spec = databaseSpec(values.db);
    const sqlite = !isPostgresUrl(spec);
    if (sqlite && spec !== ':memory:' && !existsSync(spec))
        throw new UsageError(`không tìm thấy cơ sở dữ liệu: ${spec}`);
    return withStore(values, work, { readonly: sqlite });
}
/** The PostgreSQL URL a queue command needs; a SQLite file is a usage error. */
export function needPostgres(values) {
    const spec = databaseSpec(values.db);
    if (!isPostgresUrl(spec))
        throw new UsageError('lệnh này cần PostgreSQL: --db postgres://người-dùng@máy/tên-csdl (hoặc BAOCAO_DB)');
    return spec;
}
//# sourceMappingURL=cli-common.js.map