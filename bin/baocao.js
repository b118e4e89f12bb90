#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run automatically by `npm ci` through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('baocao: chưa biên dịch; hãy chạy `npm run build` (not built: run `npm run build`)\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
