import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../pipelines/audit.js';
import { load } from '../../pipelines/load.js';
import { reportFromStore } from '../../pipelines/report.js';
import type { DocumentView } from '../../src/model/index.js';
import { escapeHtml, h } from '../../src/report/html-escape.js';
import { placeEvidence } from '../../src/report/html-place.js';
import { renderHtml } from '../../src/report/html.js';
import { openStore } from '../../src/store/open.js';

const SEED = 'fixtures/seeds/001_311a9839200255dd.txt';
const P = '<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=1">\'javascript:alert(1)';

/** A document with a payload in every string the renderer shows. */
function payloadDocument(): DocumentView {
  const text = `Có 21/22 cán bộ ${P}, đạt tỉ lệ 100%.`;
  return {
    source: `bao-cao${P}.txt`, format: 'txt', sha256: null, encoding: null,
    meta: { unit: { name: `xã ${P}`, level: 'xã' }, parents: [{ name: P, level: 'huyện' }], period: { start: '2024-01-01', end: '2024-03-31', label: P }, date: P, number: P, title: P, draft: true },
    sections: [{ number: P, title: P, level: 1, path: [P], line: 1, page: null }],
    passages: [{ block: 1, text, line: 2, page: null }],
    figures: [{ raw: P, kind: 'count', value: 1, numerator: null, denominator: null, percent: null, unit: P, label: P, line: 2, page: null, block: 1, from: 0, to: 1, snippet: P, high: null }],
    indicators: [{ section_path: P, name: P, key: P, match_score: null, value: 1, unit: P, numerator: null, denominator: null, percent: null, target: null, cumulative: null, period_start: null, period_end: null, line: 2, page: null, block: 1, from: 0, to: 1, snippet: P }],
    findings: [{
      rule: `rule${P}`, severity: 'error', messageId: P, message: `Tỷ lệ ${P}`, data: { [P]: P, expected: P }, section: P,
      evidence: [{ block: 1, quote: '100%', offset: null, snippet: text, line: 2, page: null }, { block: 1, quote: P, offset: null, snippet: text, line: 2, page: null }], suggestion: P,
    }],
    error: null,
    blocks: [{ block: 0, text: `I. ${P}`, line: 1, page: null }, { block: 1, text, line: 2, page: null }],
  };
}

describe('escaping in the HTML report', () => {
  it('escapes the five HTML metacharacters and the backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\``)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
  });

  it('escapes every slot of a template but keeps nested templates as markup', () => {
    const inner = h`<b>${'<i>'}</b>`;
    expect(h`<p title="${'"'}">${inner}${['<', 1]}${null}</p>`.value).toBe('<p title="&quot;"><b>&lt;i&gt;</b>&lt;1</p>');
  });

  it('turns a payload in every field into text: no element, attribute or link comes from the document', () => {
    const html = renderHtml([payloadDocument()]);
    expect(html).not.toMatch(/<img/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('onerror="');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&#39;javascript:alert(1)');
    for (const [, url] of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) expect(url).toMatch(/^#[\w-]+$/);
  });

  it('loads nothing from the network and allows only its own style and script', () => {
    const html = renderHtml([payloadDocument()]);
    expect(html).not.toMatch(/https?:\/\//);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1].replace(/&#39;/g, "'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain("default-src 'none'");
  });
});

describe('placing evidence in the text', () => {
  it('finds each quote at its offset in the block with the same line and text', () => {
    const { ranges, whole } = placeEvidence(payloadDocument());
    expect(whole).toBe(true);
    const text = payloadDocument().blocks![1].text;
    expect(ranges[0]).toMatchObject({ finding: 0, evidence: 0, block: 1, from: text.indexOf('100%'), to: text.indexOf('100%') + 4 });
    expect(ranges[1]).toMatchObject({ block: 1, from: text.indexOf(P) });
  });

  it('without blocks shows each evidence passage once, in reading order', () => {
    const doc = { ...payloadDocument(), blocks: undefined };
    doc.passages = [{ block: 0, text: 'Đoạn đầu 18', line: 1, page: null }, ...doc.passages, { block: 5, text: 'Đoạn của một số liệu 7', line: 6, page: null }];
    doc.findings[0].evidence.push({ block: 0, quote: '18', offset: 9, snippet: 'Đoạn đầu 18', line: 1, page: null });
    const placement = placeEvidence(doc);
    expect(placement.whole).toBe(false);
    // The passage only a figure points at is not shown; the one two evidences share is shown once.
    expect(placement.blocks.map((b) => b.line)).toEqual([1, 2]);
    expect(placement.ranges.map((r) => r.block)).toEqual([1, 1, 0]);
    expect(placement.ranges[2]).toMatchObject({ block: 0, from: 9, to: 11 });
  });

  it('highlights the quote at its stored offset, not the first equal text of the block', () => {
    const text = 'Năm trước đạt 100%. Có 21/22 cán bộ đạt tỉ lệ 100%.';
    const doc = { ...payloadDocument(), blocks: [{ block: 0, text, line: 2, page: null }] };
    doc.findings = [{ ...doc.findings[0], evidence: [{ block: 0, quote: '100%', offset: text.lastIndexOf('100%'), snippet: text, line: 2, page: null }] }];
    expect(placeEvidence(doc).ranges[0]).toMatchObject({ block: 0, from: text.lastIndexOf('100%'), to: text.lastIndexOf('100%') + 4 });
  });

  it('highlights the whole passage when the quote is not in it', () => {
    const doc = payloadDocument();
    doc.findings[0].evidence[0].quote = 'không có';
    const { ranges, blocks } = placeEvidence(doc);
    expect(ranges[0]).toMatchObject({ from: 0, to: blocks[1].text.length });
  });
});

describe('the HTML report of real reports', () => {
  it('shows a document with its text, each finding marked where its evidence is, and its figures', async () => {
    const [doc] = await audit([SEED], { workers: 1, blocks: true });
    expect(doc.blocks!.length).toBeGreaterThan(100);
    const html = renderHtml([doc]);
    expect(html).toContain('<h3>Văn bản</h3>');
    expect(html).toContain('Phú Tân');
    const marks = html.match(/<mark class="ev/g) ?? [];
    expect(marks.length).toBeGreaterThanOrEqual(doc.findings.length);
    for (const f of doc.findings) expect(html).toContain(escapeHtml(f.message));
    expect(html).toContain('Số liệu (');
  });

  it('leaves audit output without blocks unless asked', async () => {
    const [doc] = await audit([SEED], { workers: 1 });
    expect('blocks' in doc).toBe(false);
  });

  it('builds a report from a loaded database with evidence passages, figures and indicators', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-report-'));
    const dbPath = join(dir, 'db.sqlite');
    const db = await openStore(dbPath);
    await load(db, [SEED, 'no/such/file.txt'], { workers: 1 });
    await db.close();
    const { file, documents } = await reportFromStore(await openStore(dbPath, { readonly: true }), join(dir, 'out'));
    expect(documents).toBe(2);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('Các đoạn có phát hiện');
    expect(html).toContain('Tỷ lệ 100% không khớp với 21/22');
    expect(html).toContain('xã Phú Tân');
    expect(html).toContain('NOT_FOUND');
    expect(html).toContain('Số liệu (');
  });

  it('writes the report with `baocao report --db FILE --out DIR` and refuses a missing database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-report-'));
    const missing = spawnSync(process.execPath, ['bin/baocao.js', 'report', '--db', join(dir, 'none.sqlite'), '--out', dir], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
  });
});
