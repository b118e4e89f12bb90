/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core. These tests
 * fail (never skip) when chromium is missing: CI installs it (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// Written to output/ on every run; fixtures/screenshots/audit-report.png (shown in README) is a copy looked at by hand.
const SCREENSHOT = 'output/audit-report.png';

let dir: string;
let context: BrowserContext;

function auditHtml(out: string, ...inputs: string[]): void {
  const r = spawnSync(process.execPath, ['bin/baocao.js', 'audit', '--format', 'html', '--out', out, ...inputs], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.status);
}

/** Open a report, recording console errors (a CSP violation shows there) and dialogs. */
async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(resolve(file)).href);
  return { page, problems };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baocao-browser-'));
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1366, height: 860 },
  });
});

afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the HTML audit report in chromium', () => {
  it('filters to errors, and clicking a finding highlights its evidence and scrolls it into view', async () => {
    const file = join(dir, 'audit.html');
    auditHtml(file, 'fixtures/seeds/', 'fixtures/synthetic/');
    const { page, problems } = await open(file);
    await page.selectOption('#f-sev', 'error');
    expect(await page.locator('.findings li.fi[data-sev="warning"]:visible').count()).toBe(0);
    const errors = page.locator('.findings li.fi[data-sev="error"]:visible');
    expect(await errors.count()).toBeGreaterThan(0);

    const item = page.locator('.findings li.fi[data-sev="error"][data-rule="percent-mismatch"]:visible a.go').first();
    await item.click();
    const target = page.locator('mark.ev.is-target');
    await expect.poll(() => target.count()).toBe(1);
    await expect.poll(() => target.evaluate((el) => el.classList.contains('is-active'))).toBe(true);
    const box = await target.boundingBox();
    const view = page.viewportSize()!;
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(view.height);
    // The finding's note beside the text is marked too, and names the expected value.
    const note = page.locator('.note.is-active').first();
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/Tính được/);
    await page.screenshot({ path: SCREENSHOT });

    // The note links the places the conflict connects: following the other one moves the target.
    const other = note.locator('.links a.go').nth(1);
    const otherId = await other.getAttribute('data-e');
    await other.click();
    expect(await page.locator('mark.ev.is-target').getAttribute('data-e')).toContain(otherId!);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts the index by a column and filters it by rule', async () => {
    const file = join(dir, 'audit.html');
    const { page, problems } = await open(file);
    const errorsHeader = page.locator('#index th', { hasText: 'Lỗi' });
    await errorsHeader.click();
    await errorsHeader.click();
    const counts = await page.locator('#index tbody tr td:nth-child(5)').allTextContents();
    expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a));
    await page.selectOption('#f-rule', 'locality-mismatch');
    const rows = await page.locator('#index tbody tr:visible').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(await page.locator('#index tbody tr').count());
    expect(await page.locator('.fi:visible:not([data-rule="locality-mismatch"])').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows script payloads in a report as text and runs none of them', async () => {
    const inputs = join(dir, 'payload');
    mkdirSync(inputs);
    const name = join(inputs, '"><img src=x onerror="window.__pwned=1">.txt');
    writeFileSync(name, [
      'ỦY BAN NHÂN DÂN',
      'XÃ PHÚ TÂN <script>window.__pwned=1</script>',
      'BÁO CÁO',
      'Kết quả chuyển đổi số Quý I/2024 "><img src=x onerror="window.__pwned=1">',
      'I. KẾT QUẢ <script>window.__pwned=1</script>',
      '1. Hạ tầng "><img src=x onerror="window.__pwned=1">',
      'Có 21/22 cán bộ, công chức được trang bị máy tính, đạt tỉ lệ 100%. <script>window.__pwned=1</script>',
      'Xem <a href="javascript:window.__pwned=1">liên kết</a>',
      'hoặc javascript:window.__pwned=1',
      '3. Ứng dụng <img src=x onerror="window.__pwned=1">',
      '',
    ].join('\n'));
    const file = join(dir, 'payload.html');
    auditHtml(file, inputs);
    const { page, problems } = await open(file);
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const a of await page.locator('a').all()) await a.click();
    for (const m of await page.locator('mark.ev').all()) await m.click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.startsWith('#'))).toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('"><img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<a href="javascript:window.__pwned=1">');
    expect(await page.locator('mark.ev', { hasText: '100%' }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
