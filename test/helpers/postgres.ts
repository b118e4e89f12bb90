/** Databases on the test run's PostgreSQL server (test/setup/postgres.ts). */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase } from '../../pipelines/pg-cluster.js';

/** True when the run has a PostgreSQL server. */
export const hasPostgres = inject('postgres') !== null;

/** A new empty database on the test server; returns its URL. */
export function freshPostgres(prefix = 't'): string {
  const cluster = inject('postgres');
  if (!cluster) throw new Error('no PostgreSQL server in this run');
  return createDatabase(cluster, `${prefix}_${randomBytes(6).toString('hex')}`);
}
