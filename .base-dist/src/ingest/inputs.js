import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep, isAbsolute } from 'node:path';
/** Extensions a directory walk picks up; files named explicitly are always read, whatever their name. */
export const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.docx', '.doc', '.odt', '.rtf', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);
/**
 * Expand files and directories (recursively, sorted by name) into the files to read, in the order
 * given. A file is named by its real path (symlinks followed; relative to the working folder when
 * inside it), so `a/x.docx`, `./a/x.docx` and a link to it are one document, read once.
 */
export async function expandInputs(paths) {
    const found = await expandAll(paths);
    const seen = new Set();
    const out = [];
    for (const f of found) {
        if (f.missing) {
            out.push(f);
            continue;
        }
        const name = await canonical(f.path);
        if (seen.has(name))
            continue;
        seen.add(name);
        out.push({ path: name });
    }
    return out;
}
/** The real path of a file, relative to the working folder when it lies inside it. */
async function canonical(path) {
    let real;
    try {
        real = await realpath(path);
    }
    catch {
        return path;
    }
    const rel = relative(process.cwd(), real);
    return rel && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel : real;
}
async function expandAll(paths) {
    const out = [];
    for (const p of paths) {
        let isDir = false;
        try {
            isDir = (await stat(p)).isDirectory();
        }
        catch (e) {
            const code = e.code;
            out.push({ path: p, missing: code === 'EACCES' || code === 'EPERM' ? 'PERMISSION_DENIED' : 'NOT_FOUND' });
            continue;
        }
        if (isDir)
            await walk(p, out);
        else
            out.push({ path: p });
    }
    return out;
}
async function walk(dir, out) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    }
    catch {
        out.push({ path: dir, missing: 'PERMISSION_DENIED' });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        if (e.name.startsWith('.'))
            continue;
        const full = join(dir, e.name);
        if (e.isDirectory())
            await walk(full, out);
        else if (e.isFile() && REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()))
            out.push({ path: full });
    }
}
//# sourceMappingURL=inputs.js.map