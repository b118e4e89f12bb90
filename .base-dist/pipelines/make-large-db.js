/**
 * A SQLite database with N indicator rows (default 200,000), for measuring `export` and
 * `indicators` at archive scale; never committed, made on demand:
 *   npm run -s build && node dist/pipelines/make-large-db.js output/large.sqlite 200000
 */
import { makeLargeDb } from '../src/store/large.js';
if (process.argv[1]?.endsWith('make-large-db.js')) {
    const [path = 'output/large.sqlite', n = '200000'] = process.argv.slice(2);
    await makeLargeDb(path, Number(n));
    process.stdout.write(`${n} chỉ tiêu → ${path}\n`);
}
//# sourceMappingURL=make-large-db.js.map