/**
 * Choosing the database: a `postgres://` URL is PostgreSQL, anything else a SQLite file.
 * Without `--db`, `BAOCAO_DB` names it, else output/baocao.sqlite.
 */
import { openSqliteStore } from './sqlite.js';
import { isPostgresUrl } from './url.js';
export { StoreUnavailable, isPostgresUrl, redactUrl } from './url.js';
/** Default database path, relative to the working directory. */
export const DEFAULT_DB = 'output/baocao.sqlite';
/** The database a command uses: the `--db` value, else `BAOCAO_DB`, else the default file. */
export function databaseSpec(db) {
    return db || process.env.BAOCAO_DB || DEFAULT_DB;
}
/** Open the store `spec` names (migrations applied); `readonly` opens an existing SQLite file as it is. */
export async function openStore(spec = databaseSpec(), options = {}) {
    // The PostgreSQL driver is loaded only for a PostgreSQL database (~0.2 s CPU to import, which every SQLite command would pay).
    return isPostgresUrl(spec) ? (await import('./postgres.js')).openPostgresStore(spec) : openSqliteStore(spec, options);
}
//# sourceMappingURL=open.js.map