/**
 * Database addresses: telling a PostgreSQL URL from a SQLite file, printing it without its
 * password, and turning a failed connection into one readable line.
 */
/** A connection that could not be made or a URL that cannot be used: the CLI prints it and exits 2. */
export class StoreUnavailable extends Error {
}
/** True for `postgres://…` and `postgresql://…`. */
export function isPostgresUrl(spec) {
    return /^postgres(ql)?:\/\//i.test(spec);
}
/** The URL with any password replaced by `***` (in the user part and in a `password=` parameter). */
export function redactUrl(url) {
    return url.replace(/^([a-z]+:\/\/[^:/@?#]*:)[^@/?#]*@/i, '$1***@').replace(/([?&]password=)[^&#]*/gi, '$1***');
}
/** The password a URL carries, if any (to scrub it from messages that might echo it). */
function passwordOf(url) {
    try {
        const p = new URL(url).password;
        return p ? decodeURIComponent(p) : new URL(url).searchParams.get('password');
    }
    catch {
        return /^[a-z]+:\/\/[^:/@?#]*:([^@/?#]*)@/i.exec(url)?.[1] ?? null;
    }
}
/** Check a PostgreSQL URL's shape before connecting; throws StoreUnavailable with the reason. */
export function checkPostgresUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new StoreUnavailable(`địa chỉ PostgreSQL không hợp lệ: ${redactUrl(url)} (dạng đúng: postgres://người-dùng@máy:cổng/tên-cơ-sở-dữ-liệu)`);
    }
    const socketHost = parsed.searchParams.get('host');
    if (!parsed.hostname && !socketHost)
        throw new StoreUnavailable(`địa chỉ PostgreSQL thiếu tên máy: ${redactUrl(url)}`);
    if (parsed.pathname.length <= 1 && !parsed.searchParams.get('dbname'))
        throw new StoreUnavailable(`địa chỉ PostgreSQL thiếu tên cơ sở dữ liệu: ${redactUrl(url)}`);
}
const REASONS = {
    ECONNREFUSED: 'máy chủ từ chối kết nối (PostgreSQL chưa chạy, hoặc sai cổng)',
    ENOTFOUND: 'không tìm thấy máy chủ (sai tên máy)',
    EAI_AGAIN: 'không phân giải được tên máy',
    ETIMEDOUT: 'hết thời gian chờ kết nối',
    ECONNRESET: 'máy chủ ngắt kết nối',
    ENOENT: 'không có socket PostgreSQL ở thư mục đã cho',
    '28P01': 'sai mật khẩu',
    '28000': 'máy chủ không cho người dùng này kết nối',
    '3D000': 'cơ sở dữ liệu chưa được tạo (createdb TÊN)',
    '57P03': 'máy chủ đang khởi động hoặc dừng',
    '53300': 'máy chủ đã đủ số kết nối',
};
/** One line saying why connecting to `url` failed, never containing its password. */
export function connectionError(url, e) {
    const err = e;
    let reason = (err.code && REASONS[err.code]) || err.message || String(e);
    const password = passwordOf(url);
    if (password)
        reason = reason.split(password).join('***');
    return new StoreUnavailable(`không kết nối được PostgreSQL ${redactUrl(url)}: ${reason}`);
}
//# sourceMappingURL=url.js.map