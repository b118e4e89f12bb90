import { h } from './html-escape.js';
import { placeLabel } from './html-place.js';
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const num = (v) => (v === null ? '' : vi.format(v));
const KIND_VI = { count: 'số đếm', decimal: 'số thập phân', percent: 'tỷ lệ', fraction: 'phân số', money: 'tiền', range: 'khoảng' };
function table(caption, head, rows) {
    return h `<details class="data-table"><summary>${caption} (${rows.length})</summary><div class="scroll"><table>
<thead><tr>${head.map((c) => h `<th scope="col">${c}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}
/** Every figure the document states. */
export function renderFigures(doc) {
    if (!doc.figures.length)
        return '';
    // A scan's figures carry the OCR confidence of their least sure word; typed documents have no such column.
    const ocr = doc.figures.some((f) => f.confidence !== undefined);
    const rows = doc.figures.map((f) => h `<tr><td>${f.raw}</td><td>${KIND_VI[f.kind] ?? f.kind}</td><td class="n">${num(f.value)}</td><td class="n">${num(f.numerator)}</td><td class="n">${num(f.denominator)}</td><td class="n">${num(f.percent)}</td><td>${f.unit ?? ''}</td><td>${f.label ?? ''}</td>${ocr ? h `<td class="n">${f.confidence === undefined ? '' : `${Math.round(f.confidence)}%`}</td>` : ''}<td class="pos">${placeLabel(doc.format, f)}</td></tr>`);
    const head = ['Nguyên văn', 'Loại', 'Giá trị', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)', 'Đơn vị', 'Nội dung', ...(ocr ? ['Độ tin cậy OCR'] : []), 'Vị trí'];
    return table('Số liệu', head, rows);
}
/** Every indicator read from the document. */
export function renderIndicators(doc) {
    if (!doc.indicators.length)
        return '';
    const rows = doc.indicators.map((i) => h `<tr><td>${i.name}</td><td><code>${i.key ?? ''}</code></td><td class="n">${num(i.value)}</td><td>${i.unit ?? ''}</td><td class="n">${num(i.numerator)}</td><td class="n">${num(i.denominator)}</td><td class="n">${num(i.percent)}</td><td class="n">${num(i.target)}</td><td class="n">${num(i.cumulative)}</td><td>${i.section_path}</td><td class="pos">${placeLabel(doc.format, i)}</td></tr>`);
    return table('Chỉ tiêu', ['Tên', 'Mã', 'Giá trị', 'Đơn vị', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)', 'Kế hoạch', 'Lũy kế', 'Mục', 'Vị trí'], rows);
}
//# sourceMappingURL=html-tables.js.map