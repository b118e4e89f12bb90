/**
 * Global setup: one throwaway PostgreSQL server for the whole run (tests make their own
 * databases on it with `freshPostgres`), stopped at the end. Set BAOCAO_TEST_PG=skip to run
 * without PostgreSQL; its tests are then skipped with a note.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startCluster, stopCluster, type Cluster } from '../../pipelines/pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: Cluster | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.BAOCAO_TEST_PG === 'skip') {
    project.provide('postgres', null);
    return () => undefined;
  }
  if (!findPostgresBin()) throw new Error('PostgreSQL is needed for the store tests: apt-get install postgresql (or BAOCAO_TEST_PG=skip)');
  const cluster = await startCluster();
  project.provide('postgres', cluster);
  return () => stopCluster(cluster);
}
