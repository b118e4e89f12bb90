import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { DocumentOut } from '../../src/model/index.js';
import { progressBar, progressLine } from '../../src/report/progress.js';
import { displayWidth, quoteColumn, quoteInLine, renderText, shouldColor, wrap } from '../../src/report/text.js';

const BIN = 'bin/baocao.js';
const run = (args: string[], env: Record<string, string> = {}, node: string[] = []) =>
  spawnSync(process.execPath, [...node, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } });

const LONG = 'Báo cáo của phường Bắc Sơn nhưng đoạn này nói về xã Quang Trung, một đơn vị khác hẳn trong cùng huyện, nên cần kiểm tra lại nguồn số liệu đã dùng';

type Written = { text: string; quote: string; line: number | null; page: null | number };
type FindingIn = Partial<Omit<DocumentOut['findings'][number], 'evidence'>> & { evidence?: Written[] };

/** A document whose findings quote the given passages: each passage once in `passages`, evidence pointing at it. */
function doc(source: string, findings: FindingIn[]): DocumentOut {
  const passages: DocumentOut['passages'] = [];
  const blockOf = (e: Written) => {
    const found = passages.find((p) => p.text === e.text);
    if (found) return found.block;
    passages.push({ block: passages.length, text: e.text, line: e.line, page: e.page });
    return passages.length - 1;
  };
  return {
    source, format: 'txt', sha256: null, encoding: null, meta: null, sections: [], passages, figures: [], indicators: [], error: null,
    findings: findings.map(({ evidence, ...f }) => ({
      rule: 'percent-mismatch', severity: 'error', messageId: 'm', message: 'Tỷ lệ 100% không khớp với 21/22 = 95,5%', data: {}, section: '', suggestion: null,
      evidence: (evidence ?? [{ text: 'Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%.', quote: '100%', line: 41, page: null }]).map((e) => ({
        block: blockOf(e), quote: e.quote, offset: null, snippet: e.text, line: e.line, page: e.page,
      })),
      ...f,
    })),
  };
}

const sample = [
  doc('a.txt', [{}, { severity: 'warning', rule: 'locality-mismatch', message: LONG, suggestion: 'phường Bắc Sơn', evidence: [{ text: `Trạm y tế xã Quang Trung ${'rất dài '.repeat(30)}`, quote: 'xã Quang Trung', line: 7, page: null }] }]),
  doc('b.pdf', []),
  doc('c.pdf', [{ evidence: [{ text: 'đạt 100%', quote: '100%', line: 3, page: 2 }] }]),
];

describe('terminal output (stylish)', () => {
  const out = renderText(sample, { color: false, width: 100 });
  const lines = out.split('\n');

  it('groups findings by file as `line:col  severity  message  rule-id`, sorted by place', () => {
    expect(lines[0]).toBe('a.txt');
    expect(lines[1]).toMatch(/^ {2}7:11 +cảnh báo {2}Báo cáo của phường Bắc Sơn/);
    const error = lines.find((l) => l.startsWith('  41:62'))!;
    expect(error).toMatch(/^ {2}41:62 +lỗi +Tỷ lệ 100% không khớp với 21\/22 = 95,5% {2}percent-mismatch$/);
    expect(out).toContain('  tr.2 3:5  lỗi');
    expect(out).not.toContain('b.pdf');
  });

  it('wraps long messages with a hanging indent and keeps every line within the width', () => {
    const start = lines.findIndex((l) => l.includes('Báo cáo của phường'));
    const indent = lines[start].indexOf('Báo cáo');
    expect(lines[start + 1].slice(0, indent).trim()).toBe('');
    expect(lines[start + 1].length).toBeGreaterThan(indent);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(100);
    expect(out.replace(/\s+/g, ' ')).toContain('(gợi ý: phường Bắc Sơn)');
  });

  it('shows the quote inside its line, cut to fit', () => {
    expect(out).toContain('Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ «100%».');
    const e = sample[0].findings[1].evidence[0];
    const [before, quote, after] = quoteInLine({ ...e, text: sample[0].passages.find((p) => p.block === e.block)!.text }, 50);
    expect(quote).toBe('xã Quang Trung');
    expect(before).toBe('Trạm y tế ');
    expect(after.endsWith('…')).toBe(true);
    expect(displayWidth(before + quote + after)).toBeLessThanOrEqual(50);
  });

  it('ends with a summary of errors and warnings over the reports', () => {
    expect(lines.at(-2)).toBe('✖ 2 lỗi, 1 cảnh báo trong 2/3 báo cáo');
  });

  it('with quiet shows errors only', () => {
    const quiet = renderText(sample, { color: false, quiet: true });
    expect(quiet).not.toContain('cảnh báo  ');
    expect(quiet).toContain('✖ 2 lỗi, 0 cảnh báo trong 2/3 báo cáo');
  });

  it('colours only when asked', () => {
    expect(out).not.toContain('\x1b[');
    expect(renderText(sample, { color: true })).toContain('\x1b[31m');
  });

  it('wraps at spaces and breaks words longer than the width', () => {
    expect(wrap('một hai ba bốn', 7)).toEqual(['một hai', 'ba bốn']);
    expect(wrap('x'.repeat(12), 5)).toEqual(['xxxxx', 'xxxxx', 'xx']);
  });
});

describe('colour choice', () => {
  it('follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });
});

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTty(isTTY = true): Writable & { isTTY: boolean; columns: number; text: string } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number; text: string };
  Object.assign(s, { isTTY, columns: 60, text: '' });
  return s;
}

describe('the progress bar', () => {
  it('stays silent during the first second, then shows files done, elapsed time and the current file', () => {
    let t = 0;
    const tty = fakeTty();
    const bar = progressBar(tty, { now: () => t })!;
    bar.update(1, 10, 'a.docx');
    expect(tty.text).toBe('');
    t = 2500;
    bar.update(4, 10, 'thu-muc/b.pdf');
    expect(tty.text).toBe(`\r${'[########------------] 4/10  2s  thu-muc/b.pdf'.padEnd(59)}`);
    t = 2550;
    bar.update(5, 10, 'c.txt');
    expect(tty.text).not.toContain('5/10');
    bar.update(10, 10, 'd.txt');
    expect(tty.text).toContain('10/10');
    bar.end();
    expect(tty.text.endsWith(`\r${' '.repeat(59)}\r`)).toBe(true);
  });

  it('is absent when the stream is not a terminal', () => {
    expect(progressBar(fakeTty(false))).toBeUndefined();
  });

  it('cuts a long file name from the left to fit the line', () => {
    const line = progressLine(1, 2, `/a/${'x'.repeat(100)}/tail.docx`, 0, 60);
    expect(line).toHaveLength(60);
    expect(line).toMatch(/…x+\/tail\.docx$/);
  });
});

describe('the audit command at a terminal', () => {
  it('prints fixture findings readable at 100 columns, with a summary line', () => {
    const r = run(['audit', 'fixtures/seeds/']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(100);
    expect(lines.at(-1)).toMatch(/^✖ \d+ lỗi, \d+ cảnh báo trong \d+\/25 báo cáo$/);
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +lỗi {2}/m);
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stderr).toBe('');
  });

  it('colours with FORCE_COLOR even through a pipe', () => {
    expect(run(['audit', 'fixtures/seeds/004_9d8bea49ef95c194.txt'], { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain('\x1b[');
  });

  it('prints only JSON on stdout while the progress bar goes to stderr', () => {
    const fakeStderrTty = 'data:text/javascript,process.stderr.isTTY=true;process.stderr.columns=80;';
    const r = run(['audit', '--format', 'json', 'fixtures/seeds/', 'fixtures/synthetic/'], {}, ['--import', fakeStderrTty]);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/\r\[[#-]{20}\] \d+\/\d+ +\d+s +fixtures\//);
    expect(r.stdout).not.toContain('\r');
  });

  it('runs only the rules named, or all but those named with a minus', () => {
    const inputs = ['fixtures/seeds/000_d822b3314a80c054.txt', 'fixtures/seeds/001_311a9839200255dd.txt'];
    const only = JSON.parse(run(['audit', '--format', 'json', '--rule', 'percent-mismatch', ...inputs]).stdout);
    const rules = new Set(only.documents.flatMap((d: DocumentOut) => d.findings.map((f) => f.rule)));
    expect([...rules]).toEqual(['percent-mismatch']);
    const skip = JSON.parse(run(['audit', '--format', 'json', '--rule=-heading-numbering', ...inputs]).stdout);
    expect(skip.documents.flatMap((d: DocumentOut) => d.findings).some((f: { rule: string }) => f.rule === 'heading-numbering')).toBe(false);
    const bad = run(['audit', '--rule', 'no-such-rule', ...inputs]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('help and usage errors', () => {
  const main = run(['--help']);
  const commands = [...main.stdout.matchAll(/^ {2}([a-z]+) +\S/gm)].map((m) => m[1]);

  it('lists every command, and each command help lists every option with an example using it', () => {
    expect(main.status).toBe(0);
    expect(commands).toEqual(expect.arrayContaining(['audit', 'ingest', 'report', 'schema', 'rules']));
    for (const c of commands) {
      const help = run([c, '--help']);
      expect(help.status).toBe(0);
      const examples = help.stdout.split('Ví dụ:')[1] ?? '';
      expect(examples.trim(), c).not.toBe('');
      const options = [...help.stdout.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
      for (const o of options) expect(examples, `${c} ${o}`).toContain(o);
    }
    // One process per command (~16): at load ~18 on 2 cores each start took 3-4 s and the default 60 s ran out twice.
  }, 240_000);

  it('gives a one-line error and exit code 2 for an unknown option, a missing value or an unknown command', () => {
    for (const args of [['audit', '--bogus', 'fixtures/seeds/'], ['audit', 'fixtures/seeds/', '--format'], ['audit', '--format', 'xml', 'x'], ['nonsense'], ['audit']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(run(['audit', '--bogus', 'x']).stderr).toContain('tuỳ chọn không có: --bogus');
  });

  it('reports a missing file on one line and exits 2', () => {
    const r = run(['audit', 'no/such/file.docx']);
    expect(r.status).toBe(2);
    const lines = r.stdout.split('\n').filter((l) => l.includes('no/such/file.docx'));
    expect(lines).toHaveLength(2);
    expect(r.stdout).toMatch(/không đọc +Không tìm thấy tệp hoặc thư mục: no\/such\/file\.docx {2}NOT_FOUND/);
  });
});

describe('the column of a finding', () => {
  const text = 'Năm trước đạt 100%. Có 21/22 cán bộ đạt tỉ lệ 100%.';
  it('is the stored offset of the quote, not the first equal text', () => {
    expect(quoteColumn({ text, quote: '100%', offset: text.lastIndexOf('100%'), line: 1, page: null })).toBe(text.lastIndexOf('100%') + 1);
    expect(quoteInLine({ text, quote: '100%', offset: text.lastIndexOf('100%'), line: 1, page: null }, 200)[2]).toBe('.');
  });
  it('falls back to the first equal text when the offset is unknown or stale', () => {
    expect(quoteColumn({ text, quote: '100%', offset: null, line: 1, page: null })).toBe(text.indexOf('100%') + 1);
    expect(quoteColumn({ text, quote: '100%', offset: 3, line: 1, page: null })).toBe(text.indexOf('100%') + 1);
  });
});

