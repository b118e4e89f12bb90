const vi = (n, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });
function duration(seconds) {
    if (seconds < 90)
        return `${vi(Math.ceil(seconds))} giây`;
    if (seconds < 5400)
        return `${vi(Math.ceil(seconds / 60))} phút`;
    return `${vi(seconds / 3600, 1)} giờ`;
}
/** The queue's state in a few aligned lines, then up to 20 failed files with their error codes. */
export function renderQueueStatus(s, database) {
    const lines = [
        `Hàng đợi ${database}`,
        `  chờ         ${vi(s.queued)}`,
        `  đang chạy   ${vi(s.running)}`,
        `  xong        ${vi(s.done)}${s.unreadable ? ` (${vi(s.unreadable)} tệp không đọc được)` : ''}`,
        `  lỗi         ${vi(s.failed)}`,
        `  tốc độ      ${s.perSecond === null ? 'chưa có' : `${vi(s.perSecond, 2)} tệp/giây (10 phút gần nhất)`}`,
        `  còn lại     ${s.etaSeconds === null ? 'chưa ước tính được' : s.etaSeconds === 0 ? 'hết việc' : `khoảng ${duration(s.etaSeconds)}`}`,
    ];
    if (s.failures.length) {
        lines.push('', 'Tệp lỗi:');
        for (const f of s.failures.slice(0, 20))
            lines.push(`  ${f.source}  ${f.code}  ${f.message} (${f.attempts} lần)`);
        if (s.failures.length > 20)
            lines.push(`  … và ${s.failures.length - 20} tệp nữa (--format json)`);
    }
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=queue-status.js.map