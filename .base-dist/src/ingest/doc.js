/**
 * Word 97–2003 `.doc` (OLE) and `.rtf` files.
 *
 * Best fidelity: LibreOffice converts them headless to .docx, which the .docx
 * reader reads — Word's automatic numbering ("I.", "1.", "a)") survives the
 * conversion as `w:numPr`, and so do tables, notes and run fonts (".VnTime"
 * runs are converted from TCVN3 as in any .docx). Each process (or worker
 * thread) converts through its own LibreOffice profile in a private temp
 * folder, one file at a time, so parallel conversions never share a profile
 * (LibreOffice refuses a profile already in use); a conversion that outlasts
 * the timeout (90 s) is killed with its whole process group.
 *
 * Without LibreOffice, a .doc is read by word-extractor (pure JS, in a child
 * process: it can abort V8 on a damaged file): text,
 * paragraphs, table cells (as tab-separated rows) and footnotes, but no
 * automatic numbering (Word stores the numbers as list properties, not text)
 * and no fonts, so legacy TCVN3/VNI text is found by content, as in .txt.
 * An .rtf without LibreOffice is refused with CONVERTER_UNAVAILABLE.
 *
 * `BAOCAO_SOFFICE` names the soffice binary; `BAOCAO_SOFFICE=none` turns the
 * conversion off (the pure-JS reader then reads .doc).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { buildSource, sha256 } from './build-source.js';
import { ingestDocx } from './docx.js';
import { fail } from './index.js';
import { convertMarkedRuns, markUnknownFontRun } from './legacy.js';
import { toSuperscript } from '../text/normalize.js';
/** How long one LibreOffice conversion may take: under the default per-file timeout (120 s), so our kill of its process group comes first. */
export const CONVERT_TIMEOUT_MS = 90_000;
let sofficePath;
/** The soffice binary to convert with, or null when LibreOffice is not installed (or turned off). */
export function findSoffice() {
    if (sofficePath !== undefined)
        return sofficePath;
    const configured = process.env.BAOCAO_SOFFICE;
    if (configured === 'none')
        return (sofficePath = null);
    const candidates = configured ? [configured] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((d) => [join(d, 'soffice'), join(d, 'libreoffice')]);
    sofficePath = null;
    for (const c of candidates) {
        try {
            accessSync(c, constants.X_OK);
            sofficePath = c;
            break;
        }
        catch {
            // not here
        }
    }
    return sofficePath;
}
let profile = null;
let queue = Promise.resolve();
const PROFILE_PREFIX = 'baocao-lo-profile-';
/**
 * This thread's private LibreOffice profile (~4 s to create on first use, so it is kept
 * for the thread's next conversions). Removed at exit; a terminated worker thread gets no
 * exit event, so each new profile first sweeps the profiles of processes no longer alive
 * (the pid is in the name).
 */
async function profileDir() {
    if (!profile) {
        await sweepStaleProfiles();
        profile = await mkdtemp(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
        const dir = profile;
        process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    return profile;
}
async function sweepStaleProfiles() {
    let names = [];
    try {
        names = await readdir(tmpdir());
    }
    catch {
        return;
    }
    for (const name of names) {
        const pid = Number(/^baocao-lo-profile-(\d+)-/.exec(name)?.[1]);
        if (!pid || pid === process.pid || alive(pid))
            continue;
        await rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => undefined);
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** Run soffice, killing its process group after `timeoutMs`. */
function run(soffice, args, timeoutMs) {
    return new Promise((resolve, reject) => {
        const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => {
            if (stderr.length < 2000)
                stderr += d.toString();
        });
        const timer = setTimeout(() => {
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            reject(new Error(`LibreOffice quá ${Math.round(timeoutMs / 1000)} giây`));
        }, timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (code === 0)
                resolve();
            else
                reject(new Error(`LibreOffice thoát với mã ${code}: ${stderr.trim().slice(0, 300)}`));
        });
    });
}
/** Convert .doc/.rtf bytes to .docx bytes with LibreOffice; one conversion at a time per process. */
export function convertToDocx(soffice, bytes, ext, timeoutMs = CONVERT_TIMEOUT_MS) {
    const job = queue.then(async () => {
        const dir = await mkdtemp(join(tmpdir(), 'baocao-convert-'));
        try {
            const input = join(dir, `input.${ext}`);
            await writeFile(input, bytes);
            const args = [`-env:UserInstallation=${pathToFileURL(await profileDir()).href}`, '--headless', '--invisible', '--norestore', '--nolockcheck', '--nodefault', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input];
            await run(soffice, args, timeoutMs);
            try {
                return await readFile(join(dir, 'input.docx'));
            }
            catch {
                throw new Error('LibreOffice không tạo ra tệp .docx (tệp hỏng hoặc không phải văn bản Word)');
            }
        }
        finally {
            await rm(dir, { recursive: true, force: true });
        }
    });
    queue = job.catch(() => undefined);
    return job;
}
/** Read a .doc or .rtf file into a Source, converting with `soffice` (null: without LibreOffice); never throws. */
export async function ingestDoc(path, bytes, kind, soffice = findSoffice()) {
    const name = kind === 'doc' ? 'Word 97–2003 (.doc)' : 'RTF';
    let converterProblem = null;
    if (soffice) {
        try {
            const docx = await convertToDocx(soffice, bytes, kind);
            const result = await ingestDocx(path, docx);
            if (result.ok) {
                const warnings = [{ stage: 'ingest', message: `Tệp ${name} đã được LibreOffice chuyển sang .docx để đọc`, span: null }, ...result.source.warnings];
                return { ok: true, source: { ...result.source, format: kind, sha256: sha256(bytes), warnings } };
            }
            converterProblem = result.error.message;
        }
        catch (e) {
            converterProblem = e.message;
        }
    }
    if (kind === 'rtf') {
        if (converterProblem)
            return fail('CORRUPT_RTF', `Không đọc được tệp RTF: ${converterProblem}`);
        return fail('CONVERTER_UNAVAILABLE', 'Đọc tệp RTF cần LibreOffice; hãy cài (apt-get install libreoffice-writer-nogui) hoặc lưu lại dưới dạng .docx');
    }
    const result = await readWithWordExtractor(path, bytes);
    if (!result.ok) {
        const why = converterProblem ? `LibreOffice: ${converterProblem}; ` : '';
        return fail('CORRUPT_DOC', `Tệp Word 97–2003 (.doc) bị hỏng hoặc không đọc được (${why}word-extractor: ${result.error.message})`);
    }
    const note = soffice
        ? `LibreOffice không chuyển được tệp (${converterProblem}); đã đọc bằng word-extractor, không có số tự động của Word`
        : 'Không có LibreOffice: tệp .doc được đọc bằng word-extractor, không có số tự động của Word (cài libreoffice-writer-nogui để đọc đủ)';
    result.source.warnings.unshift({ stage: 'ingest', message: note, span: null });
    return result;
}
/** The pure-JS reading: paragraphs, tab-separated rows for table cells, footnotes and endnotes after the body. */
async function readWithWordExtractor(path, bytes) {
    let doc;
    try {
        doc = await extractInChild(bytes);
    }
    catch (e) {
        return fail('CORRUPT_DOC', e.message);
    }
    const blocks = [];
    let line = 0;
    let table = -1;
    let row = 0;
    let inRows = false;
    for (const text of softHyphens(doc.body).split('\n')) {
        line += 1;
        if (text.includes('\t') && text.trim()) {
            if (!inRows) {
                table += 1;
                row = 0;
                inRows = true;
            }
            const cells = text.split('\t').map(markUnknownFontRun);
            while (cells.length > 1 && cells[cells.length - 1] === '')
                cells.pop();
            blocks.push({ kind: 'row', text: '', cells, table, row: row++, line, page: null });
        }
        else {
            if (text.trim())
                inRows = false;
            blocks.push({ kind: 'paragraph', text: markUnknownFontRun(text), line, page: null });
        }
    }
    let note = 0;
    for (const notes of [doc.footnotes, doc.endnotes]) {
        for (const text of softHyphens(notes).split('\n').filter((t) => t.trim())) {
            line += 1;
            blocks.push({ kind: 'footnote', text: `${toSuperscript(String(++note))} ${markUnknownFontRun(text)}`, line, page: null });
        }
    }
    const warnings = [];
    const legacy = convertMarkedRuns(blocks);
    if (legacy)
        warnings.push({ stage: 'ingest', message: legacy, span: null });
    return { ok: true, source: buildSource({ path, format: 'doc', bytes, encoding: 'utf-8', blocks, warnings }) };
}
/**
 * word-extractor 1.0.4 writes Word's optional hyphen (0x1F) as the string "undefined" (its
 * replacement table has no entry for it). Inside a word it is a soft hyphen again: dropped
 * from Unicode text, "ư" in TCVN3 text (LibreOffice and ABC keyboards store that letter's
 * 0xAD as an optional hyphen).
 */
function softHyphens(text) {
    return text.replace(/(?<=[\p{L}\u00A1-\u00FF])undefined|undefined(?=[\p{L}\u00A1-\u00FF])/gu, '\u00AD');
}
/**
 * word-extractor runs in a child process: on a damaged .doc it can ask V8 for an array of
 * impossible size (a fatal error no try/catch or worker thread survives: measured on
 * mutated fixtures), or loop on a cyclic sector chain. The child gets the bytes on stdin,
 * a 512 MB heap and `WORD_EXTRACTOR_TIMEOUT_MS`; any other end is CORRUPT_DOC.
 */
const WORD_EXTRACTOR_TIMEOUT_MS = 30_000;
const CHILD = `
const WordExtractor = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  try {
    const d = await new WordExtractor().extract(Buffer.concat(chunks));
    process.stdout.write(JSON.stringify({ body: d.getBody(), footnotes: d.getFootnotes(), endnotes: d.getEndnotes() }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String((e && e.message) || e) }));
  }
});`;
function extractInChild(bytes) {
    const module = createRequire(import.meta.url).resolve('word-extractor');
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--max-old-space-size=512', '-e', CHILD, module], { stdio: ['pipe', 'pipe', 'ignore'] });
        const out = [];
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`word-extractor quá ${WORD_EXTRACTOR_TIMEOUT_MS / 1000} giây`));
        }, WORD_EXTRACTOR_TIMEOUT_MS);
        child.stdout.on('data', (d) => out.push(d));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            try {
                const answer = JSON.parse(Buffer.concat(out).toString('utf8'));
                if (answer.error !== undefined)
                    reject(new Error(answer.error));
                else
                    resolve(answer);
            }
            catch {
                reject(new Error(`word-extractor dừng bất thường (${signal ?? `mã ${code}`})`));
            }
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
}
//# sourceMappingURL=doc.js.map