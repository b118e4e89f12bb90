/**
 * bench-corpus: a benchmark corpus built from the fixture reports, N files in
 * txt/, docx/ and pdf/ folders, each copy with its numbers varied so no two
 * files hash alike and the figures differ.
 *
 *   txt  — every run of two or more digits rewritten (first digit kept, so
 *          years stay years and "04" stays "0x"); headings ("1.", "2.1") keep
 *          their single digits, so the section tree keeps its shape.
 *   docx — the same rewrite inside word/document.xml's text runs (<w:t>).
 *   pdf  — copied as-is (rewriting content streams is out of scope), made
 *          distinct by a trailing "%bench-N" comment line after %%EOF.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
/** The three folders of a corpus. */
export const CORPUS_FORMATS = ['txt', 'docx', 'pdf'];
const SEEDS = 'fixtures/seeds';
/** A small seeded generator (mulberry32), so a corpus is the same on every run. */
export function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Rewrite every run of two or more digits, keeping its length and first digit. */
export function varyDigits(text, random) {
    return text.replace(/\d{2,}/g, (run) => run[0] + run.slice(1).replace(/\d/g, () => String(Math.floor(random() * 10))));
}
/** Vary the digits of a docx's text runs; every other part is copied unchanged. */
async function varyDocx(bytes, random) {
    const zip = await JSZip.loadAsync(bytes);
    const part = zip.file('word/document.xml');
    if (!part)
        return bytes;
    const xml = await part.async('string');
    const varied = xml.replace(/(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g, (_, open, text, close) => open + varyDigits(text, random) + close);
    zip.file('word/document.xml', varied);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
/** Seed files per format: txt reports, their .lo/.pd docx, their .lo/.pd pdf. */
function seedFiles() {
    const names = readdirSync(SEEDS).sort();
    const pick = (ext) => names.filter((n) => n.endsWith(ext)).map((n) => join(SEEDS, n));
    return { txt: pick('.txt'), docx: pick('.docx'), pdf: pick('.pdf') };
}
/** How many of `total` files each format gets: a third each, the remainder to txt. */
export function splitCount(total) {
    const third = Math.floor(total / 3);
    return { txt: total - 2 * third, docx: third, pdf: third };
}
/** Write a fresh corpus of `total` files under `dir` (deleted first); deterministic for a seed. */
export async function buildCorpus(dir, total, seed = 1) {
    if (existsSync(dir))
        rmSync(dir, { recursive: true, force: true });
    const seeds = seedFiles();
    const counts = splitCount(total);
    const random = seededRandom(seed);
    const corpus = {
        dir,
        files: { txt: [], docx: [], pdf: [] },
        bytes: { txt: 0, docx: 0, pdf: 0 },
        variation: {
            txt: 'digit runs of 2+ digits rewritten (first digit kept)',
            docx: 'digit runs of 2+ digits rewritten inside word/document.xml <w:t> runs',
            pdf: 'fixture pdfs copied as-is with a trailing "%bench-N" comment after %%EOF (numbers NOT varied)',
        },
    };
    for (const format of CORPUS_FORMATS) {
        mkdirSync(join(dir, format), { recursive: true });
        const originals = seeds[format].map((path) => ({ path, bytes: readFileSync(path) }));
        for (let i = 0; i < counts[format]; i++) {
            const seedFile = originals[i % originals.length];
            const bytes = await varyCopy(format, seedFile.bytes, i, random);
            const out = join(dir, format, `${String(i).padStart(5, '0')}.${format}`);
            writeFileSync(out, bytes);
            corpus.files[format].push(out);
            corpus.bytes[format] += bytes.length;
        }
    }
    return corpus;
}
async function varyCopy(format, bytes, i, random) {
    if (format === 'txt')
        return Buffer.from(varyDigits(bytes.toString('utf8'), random), 'utf8');
    if (format === 'docx')
        return varyDocx(bytes, random);
    // After the final newline, so "%%EOF" stays on a line of its own.
    const newline = bytes[bytes.length - 1] === 0x0a ? '' : '\n';
    return Buffer.concat([bytes, Buffer.from(`${newline}%bench-${i}\n`, 'latin1')]);
}
//# sourceMappingURL=bench-corpus.js.map