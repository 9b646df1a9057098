import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../../server/db/database';
import { loadRegionsIfEmpty } from '../../server/regions/region.repository';

/**
 * Which database the integration suite runs on: PGlite (default) or, with
 * TEST_DATABASE=postgres, the PostgreSQL server at DATABASE_URL. Each test app
 * gets a database of its own; nothing is shared between tests.
 */
export const testDatabaseKind = (): 'pglite' | 'postgres' => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite');

/** Refuses to touch a server database whose name does not say it is for tests. */
export function assertTestServerUrl(url: string): URL {
  const u = new URL(url);
  const name = u.pathname.replace(/^\//, '');
  if (!/test/i.test(name)) throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  return u;
}

let template: Promise<PGlite> | undefined;

/** A migrated PGlite with regions loaded, made once per process and cloned for each test database. */
async function pgliteTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = await PGlite.create();
    const db = await openDatabase({ pglite: client });
    await db.migrate();
    await loadRegionsIfEmpty(db.db);
    return client;
  })();
  return template;
}

export interface TestDatabase {
  database: Database;
  /** Connection string of the server database (postgres only), for a second process. */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A test database on a PostgreSQL server: it always has a connection string. */
export type ServerTestDatabase = TestDatabase & { url: string };

/** A fresh, migrated database with the region tree loaded. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const clone = (await (await pgliteTemplate()).clone()) as PGlite;
    const database = await openDatabase({ pglite: clone });
    return { database, url: undefined, drop: () => database.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE=postgres needs DATABASE_URL');
  return createServerTestDatabase(base);
}

/**
 * A fresh, migrated database with the region tree loaded on the PostgreSQL server at `base`
 * (whose database name must say it is for tests), whatever TEST_DATABASE says; dropped by `drop`.
 */
export async function createServerTestDatabase(base: string, poolSize = 10, prefix = 'test'): Promise<ServerTestDatabase> {
  const admin = assertTestServerUrl(base);
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    await adminClient.query(`CREATE DATABASE ${name}`);
  } finally {
    await adminClient.end();
  }
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize });
  await database.migrate();
  await loadRegionsIfEmpty(database.db);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
