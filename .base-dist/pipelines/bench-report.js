/**
 * bench-report: the bench's result as data (written to output/bench.json) and
 * as a plain-text summary with each target marked met or missed.
 */
import { CORPUS_FORMATS } from './bench-corpus.js';
import { stageHeader, stageRows } from './bench-stages.js';
const MB = 1024 * 1024;
const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);
const mark = (ok) => (ok ? 'met' : 'MISSED');
function totalBytes(s) {
    return CORPUS_FORMATS.reduce((a, f) => a + s.bytes[f], 0);
}
function peakMB(s) {
    const m = s.load.memory;
    return Math.max(m.sampledPeakMB, m.maxRssMB, m.vmHwmMB ?? 0);
}
function throughputLines(s) {
    const l = s.load;
    const lines = [`== ${s.files} files (first run ${f2(l.firstSeconds)} s, ${f1(s.files / l.firstSeconds)} files/s, ${f2(totalBytes(s) / MB / l.firstSeconds)} MB/s)`];
    for (const f of CORPUS_FORMATS) {
        const r = l.first[f];
        const extra = f === 'pdf' ? `, ${f1(l.pdfPages / r.seconds)} pages/s (${l.pdfPages} pages)` : '';
        const errs = r.failed ? ` failed ${r.failed} ${JSON.stringify(r.errors)}` : '';
        lines.push(`  ${f.padEnd(5)} ${String(r.files).padStart(6)} files ${f2(r.seconds).padStart(8)} s ${f1(r.files / r.seconds).padStart(8)} files/s ${f2(s.bytes[f] / MB / r.seconds).padStart(6)} MB/s (cpu ${f2(r.cpuSeconds)} s)${extra}${errs}`);
    }
    const rr = l.rerun;
    lines.push(`  re-run ${f2(rr.seconds)} s (${rr.unchanged}/${rr.files} unchanged) = ${f1((100 * rr.seconds) / l.firstSeconds)}% of first run`);
    const m = l.memory;
    lines.push(`  peak RSS ${f1(peakMB(s))} MB (sampled rss ${f1(m.sampledPeakMB)}, resourceUsage.maxRSS ${f1(m.maxRssMB)}, VmHWM ${m.vmHwmMB === null ? 'n/a' : f1(m.vmHwmMB)}; worker threads included)`);
    return lines;
}
function stageLines(stages) {
    const lines = [`== stage times, ms/file, one thread (sample of ${stages.txt.files} files per format)`, stageHeader()];
    for (const f of CORPUS_FORMATS)
        lines.push(...stageRows(f, stages[f]));
    return lines;
}
function toolLines(r) {
    const first = r.sizes[0].load.first;
    const ours = { pdftotext: { format: 'pdf', target: 2.0 }, pandoc: { format: 'docx', target: 0.25 } };
    const lines = ['== against reference tools (same files, 2 processes in parallel)'];
    for (const t of r.tools) {
        if ('skipped' in t) {
            lines.push(`  ${t.tool}: skipped — ${t.skipped}`);
            continue;
        }
        const o = ours[t.tool];
        const ratio = first[o.format].seconds / t.seconds;
        lines.push(`  ${t.tool} (${t.version}): ${t.files} ${o.format} in ${f2(t.seconds)} s; ours ${f2(first[o.format].seconds)} s = ${f2(ratio)}× theirs (target ≤ ${o.target}×: ${mark(ratio <= o.target)})`);
    }
    return lines;
}
function queueLines(r) {
    const q = r.postgres;
    if ('skipped' in q)
        return [`== PostgreSQL queue: skipped — ${q.skipped}`];
    const base = r.sizes[0].load;
    const sqlite = r.sizes[0].files / base.firstSeconds;
    const lines = [
        `== PostgreSQL queue (${q.files} files, enqueued in ${f2(q.enqueueSeconds)} s; worker processes with one analysis thread each, wall time includes their start)`,
        `  SQLite load, one process, ${r.workers ?? 'one per core'} worker threads: ${f1(sqlite)} files/s`,
    ];
    for (const run of q.runs) {
        const failed = run.failed ? `, ${run.failed} failed` : '';
        lines.push(`  ${run.workers} worker${run.workers > 1 ? 's' : ' '} ${f2(run.seconds).padStart(8)} s ${f1(run.perSecond).padStart(8)} files/s  speed-up ${f2(run.speedup)}×  (${run.stored} stored${failed})`);
    }
    return lines;
}
function ocrLines(r) {
    const o = r.ocr;
    if (!o)
        return [];
    if ('skipped' in o)
        return [`== OCR: skipped — ${o.skipped}`];
    const cpu = o.cpuRatio ?? null;
    return [
        `== OCR (${o.pages} scanned pages at 300 dpi, one process per core, cache off; load average ${o.load?.toFixed(1) ?? '?'})`,
        `  wall: tesseract alone ${f2(o.tesseractSeconds)} s (${f2(o.pages / o.tesseractSeconds)} pages/s); ours ${f2(o.oursSeconds)} s (${f2(o.pages / o.oursSeconds)} pages/s) = ${f2(o.ratio)}×`,
        cpu === null
            ? `  (no CPU times on this system; target ≤ 1.2× on the wall: ${mark(o.ratio <= 1.2)})`
            : `  CPU: tesseract alone ${f2(o.tesseractCpu)} s (${f2(o.pages / o.tesseractCpu)} pages per CPU-second); ours ${f2(o.oursCpu)} s (${f2(o.pages / o.oursCpu)}; of which baocao's own process ${f2(o.oursOwnCpu ?? NaN)} s) = ${f2(cpu)}× (target ≤ 1.2×: ${mark(cpu <= 1.2)})`,
    ];
}
function pdfTextLines(r) {
    const p = r.pdfText;
    if (!p)
        return [];
    if ('skipped' in p)
        return [`== PDF text: skipped — ${p.skipped}`];
    const lines = [`== PDF text (one file at a time, this thread; each file's fastest of ${p.rounds} rounds; cpu: this process and its children; ${p.version})`];
    for (const s of p.sets) {
        const row = (name, run, extra = '') => `    ${name.padEnd(26)} ${f2(run.seconds).padStart(8)} s (cpu ${f2(run.cpuSeconds)} s) ${f1(run.pagesPerSecond).padStart(8)} pages/s ${f1(run.filesPerSecond).padStart(8)} files/s${extra}`;
        lines.push(`  ${s.label}: ${s.files} files, ${s.pages} pages`);
        lines.push(row('pdftotext -bbox-layout', s.pdftotext));
        lines.push(row('baocao, poppler reader', s.poppler, `  = ${f2(s.ratio)}× pdftotext (target ≤ 1.5×: ${mark(s.ratio <= 1.5)}); cpu ${f2(s.cpuRatio)}×`));
        lines.push(row('baocao, pdf.js reader', s.pdfjs, `  = ${f2(s.pdfjsRatio)}× pdftotext`));
    }
    return lines;
}
function targetLines(r) {
    const base = r.sizes[0];
    const txtRate = base.load.first.txt.files / base.load.first.txt.seconds;
    const rerunShare = base.load.rerun.seconds / base.load.firstSeconds;
    const lines = ['== other targets', `  txt ≥ 1000 files/s: ${f1(txtRate)} (${mark(txtRate >= 1000)})`];
    lines.push(`  peak RSS < 300 MB: ${r.sizes.map((s) => `${f1(peakMB(s))} MB at ${s.files}`).join(', ')} (${mark(r.sizes.every((s) => peakMB(s) < 300))})`);
    lines.push(`  re-run < 5% of first: ${f1(100 * rerunShare)}% (${mark(rerunShare < 0.05)})`);
    if (r.sizes.length > 1) {
        const per = r.sizes.map((s) => (1000 * s.load.firstSeconds) / s.files);
        lines.push(`  scaling: ${r.sizes.map((s, i) => `${f2(per[i])} ms/file at ${s.files}`).join(', ')}; RSS growth ${f1(peakMB(r.sizes[1]) - peakMB(base))} MB`);
    }
    return lines;
}
/** The summary printed at the end of a bench. */
export function formatReport(r) {
    const m = r.machine;
    const head = [`bench — ${m.cpu} × ${m.cores}, ${f1(m.memoryGB)} GB, node ${m.node}, ${m.os}; workers ${r.workers ?? 'default (one per core)'}`];
    head.push(`corpus: ${CORPUS_FORMATS.map((f) => `${f}: ${r.variation[f]}`).join('; ')}`);
    const body = [...r.sizes.flatMap(throughputLines), ...stageLines(r.stages), ...toolLines(r), ...queueLines(r), ...ocrLines(r), ...pdfTextLines(r), ...targetLines(r)];
    return `${[...head, ...body].join('\n')}\n`;
}
//# sourceMappingURL=bench-report.js.map