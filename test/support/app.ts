import { startApp, type RunningApp, type StartOptions } from '../../server/app';
import { loadConfig, type Config } from '../../server/config';
import { createTestDatabase, type TestDatabase } from './database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; [k: string]: unknown } }[];
}

export interface TestApp extends RunningApp {
  config: Config;
  testDb: TestDatabase;
  /** Sends a GraphQL operation over real HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    RATE_LIMIT_PER_MINUTE: '100000',
    DATA_DIR: '/tmp/jiujinan-test-data',
    ...overrides,
  });
}

/** Starts the whole service on a fresh database and a free port. */
export async function startTestApp(options: StartOptions & { env?: Record<string, string> } = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const config = testConfig(options.env);
  const app = await startApp(config, { ...options, database: testDb.database });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };
  return {
    ...app,
    config,
    testDb,
    gql,
    close: async () => {
      await app.stop();
      await testDb.drop();
    },
  };
}

/** Returns `data` or fails the test with the errors. */
export function expectData<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors (HTTP ${res.status}): ${JSON.stringify(res.errors)}`);
  return res.data;
}
