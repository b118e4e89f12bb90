#!/usr/bin/env -S node --no-regexp-tier-up
// --no-regexp-tier-up: V8 compiles each pattern to machine code at its first use instead of interpreting it over the
// first reports (a fresh process reads its first reports about a third faster). A V8 flag is given on the command
// line only: set at run time (v8.setFlagsFromString) it races with threads already running patterns.
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
