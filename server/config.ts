import { z } from 'zod';
import path from 'node:path';

/** Turns "" into undefined so optional variables can be left empty in a shell. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  DEMO_DATA: optional(boolFlag),
  PII_KEY: optional(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')),
  STRIPE_SECRET_KEY: optional(z.string().startsWith('sk_')),
  STRIPE_WEBHOOK_SECRET: optional(z.string().startsWith('whsec_')),
  STRIPE_API_BASE: optional(z.url()),
  /** Sandbox payments confirm after this many ms; -1 leaves them for the test or operator to drive. */
  SANDBOX_CONFIRM_MS: z.coerce.number().int().min(-1).default(1500),
  PLEDGE_EXPIRY_MINUTES: z.coerce.number().int().min(1).default(30),
  OFFLINE_PLEDGE_EXPIRY_HOURS: z.coerce.number().int().min(1).default(72),
  /** Largest single pledge to one case, in fen (default 100,000 yuan). */
  PLEDGE_MAX_FEN: z.coerce.bigint().positive().default(10_000_000n),
  /** How often expired reservations are released and payments reconciled; 0 turns the sweep off. */
  PAYMENT_SWEEP_SECONDS: z.coerce.number().int().min(0).default(30),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  /** How long a process keeps a resolved session before asking the database again; 0 turns the cache off. */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: optional(boolFlag),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  WEB_DIST: optional(z.string()),
  /** How often each process polls for due deadline jobs; 0 turns polling off (tests drive time themselves). */
  SCHEDULER_POLL_MS: z.coerce.number().int().min(0).default(15_000),
  /** Anonymous public reports accepted per address and hour. */
  PUBLIC_REPORTS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Largest evidence upload, in bytes. */
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  demoData: boolean;
  piiKeyHex: string | undefined;
  stripe: { secretKey: string; webhookSecret: string; apiBase: string | undefined } | undefined;
  pledges: { sandboxConfirmMs: number; expiryMs: number; offlineExpiryMs: number; maxFen: bigint; sweepMs: number };
  sessionTtlMs: number;
  sessionCacheMs: number;
  logLevel: Env['LOG_LEVEL'];
  rateLimitPerMinute: number;
  trustProxy: boolean;
  shutdownGraceMs: number;
  webDist: string;
  schedulerPollMs: number;
  publicReportsPerHour: number;
  evidenceMaxBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment once. Every problem is reported with the
 * variable's name so a bad deployment fails at start with a clear message.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const demoData = e.DEMO_DATA ?? !isProduction;
  const problems: string[] = [];
  if ((e.STRIPE_SECRET_KEY === undefined) !== (e.STRIPE_WEBHOOK_SECRET === undefined)) {
    problems.push('  STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET: set both or neither');
  }
  if (isProduction) {
    if (demoData) problems.push('  DEMO_DATA: demo data is refused when NODE_ENV=production');
    if (!e.PII_KEY) problems.push('  PII_KEY: required when NODE_ENV=production (64 hex characters)');
    if (!e.DATABASE_URL) problems.push('  DATABASE_URL: required when NODE_ENV=production (the embedded database is for development)');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);

  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    demoData,
    piiKeyHex: e.PII_KEY,
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET
        ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET, apiBase: e.STRIPE_API_BASE }
        : undefined,
    pledges: {
      sandboxConfirmMs: e.SANDBOX_CONFIRM_MS,
      expiryMs: e.PLEDGE_EXPIRY_MINUTES * 60_000,
      offlineExpiryMs: e.OFFLINE_PLEDGE_EXPIRY_HOURS * 3600_000,
      maxFen: e.PLEDGE_MAX_FEN,
      sweepMs: e.PAYMENT_SWEEP_SECONDS * 1000,
    },
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    sessionCacheMs: e.SESSION_CACHE_SECONDS * 1000,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY ?? false,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    webDist: path.resolve(e.WEB_DIST ?? 'web/dist'),
    schedulerPollMs: e.SCHEDULER_POLL_MS,
    publicReportsPerHour: e.PUBLIC_REPORTS_PER_HOUR,
    evidenceMaxBytes: e.EVIDENCE_MAX_BYTES,
  };
}
