import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DRIVERS = ['better-sqlite3', 'pg', 'pg-boss', 'postgres', 'sqlite3', 'mysql2'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

function importedModules(text: string): string[] {
  const found = [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return [...found, ...[...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1])];
}

describe('the store seam', () => {
  it('keeps every database driver import inside src/store', () => {
    const offenders = ['src', 'pipelines', 'bin']
      .flatMap(sources)
      .filter((file) => relative('src/store', file).startsWith('..'))
      .flatMap((file) => importedModules(readFileSync(file, 'utf8')).filter((m) => DRIVERS.includes(m)).map((m) => `${file}: ${m}`));
    expect(offenders).toEqual([]);
  });

  it('finds a driver import where there is one', () => {
    expect(importedModules("import pg from 'pg';\nimport Database from 'better-sqlite3';")).toEqual(['pg', 'better-sqlite3']);
    expect(sources('src/store').some((f) => importedModules(readFileSync(f, 'utf8')).includes('pg'))).toBe(true);
  });
});
