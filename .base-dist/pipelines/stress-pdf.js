/**
 * stress-pdf: a plain text pdf of many pages from lines, for `npm run stress` (pdf block building
 * across pages). One standard font (Helvetica, no embedding), so Vietnamese letters are folded to
 * ASCII: the stress measures growth, not reading.
 */
const LINES_PER_PAGE = 50;
function ascii(line) {
    return line.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}
/** The bytes of a pdf with these lines, 50 to a page, in 10 pt Helvetica. */
export function pdfOfLines(lines) {
    const pages = [];
    for (let i = 0; i < lines.length; i += LINES_PER_PAGE)
        pages.push(lines.slice(i, i + LINES_PER_PAGE));
    const objects = [];
    const add = (body) => objects.push(body) - 1 + 1; // 1-based object number
    add('<< /Type /Catalog /Pages 2 0 R >>');
    add(''); // pages tree, filled in below
    const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
    const kids = [];
    for (const page of pages) {
        const content = ['BT /F1 10 Tf 14 TL 40 800 Td', ...page.map((l) => `(${ascii(l)}) '`), 'ET'].join('\n');
        const stream = add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
        kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
    }
    objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
    let out = '%PDF-1.4\n';
    const offsets = [];
    objects.forEach((body, i) => {
        offsets.push(Buffer.byteLength(out));
        out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(out);
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(out, 'latin1'));
}
//# sourceMappingURL=stress-pdf.js.map