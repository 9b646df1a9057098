import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { hasOrgRole, hasStaffRoleCovering } from './access/actor';
import type { Config } from './config';
import { type Database, openDatabase } from './db/database';
import { seedDemoData } from './demo/demo-data';
import { createHttpApp, type RouteMounter } from './http/app';
import { createMetrics } from './http/metrics';
import { LiveHub } from './live/live-hub';
import { matchingJobs, startTimedWork } from './matching/timed-work';
import { findOrganizations } from './organizations/organization.repository';
import { paymentRoutes } from './payments/payment.routes';
import { receiptRoutes } from './receipts/receipt.routes';
import { loadRegionsIfEmpty } from './regions/region.repository';
import { createServices, type ServiceOptions, type Services } from './services';
import { mountEvidenceRoutes } from './evidence/evidence.service';

export interface StartOptions extends ServiceOptions {
  /** Use this database instead of opening one from the config (tests pass their own). */
  database?: Database;
  logger?: Logger;
  routes?: RouteMounter[];
  /** Whether this process runs the periodic matching and claim work (on by default; tests drive it directly). */
  timedWork?: boolean;
}

export interface RunningApp {
  url: string;
  port: number;
  services: Services;
  logger: Logger;
  /** Stops accepting, finishes in-flight requests, closes sockets and the database. */
  stop(): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'jiujinan', pid: process.pid },
    redact: { paths: ['req.headers.authorization', '*.password', '*.token', '*.idNumber', '*.phone'], censor: '[redacted]' },
  });
}

/** Opens the database, migrates, loads regions and demo data as configured, and starts serving. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config);
  const ownsDatabase = !options.database;
  const database =
    options.database ??
    (await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: `${config.dataDir}/pgdata` }));
  await database.migrate();
  const loaded = await loadRegionsIfEmpty(database.db);
  if (loaded > 0) logger.info({ regions: loaded }, 'regions loaded');

  const live = new LiveHub();
  const services = createServices(config, database, live, { ...options, logger });
  live.authorizeRooms('organization', async (actor, id) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) return false;
    const [org] = await findOrganizations(database.db, [id]);
    return !!org && (hasOrgRole(actor, org.id) || hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], org.homeRegionCode));
  });
  live.authorizeRooms('case', async (actor, id) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) return false;
    const c = await services.cases.load(database.db, id).catch(() => null);
    return !!c && (c.published || (await services.cases.canView(actor, c)));
  });
  // Matching pools' balances are public, like their terms.
  live.authorizeRooms('pool', async (_actor, id) => /^[0-9a-f-]{36}$/.test(id) && (await services.pools.byId(id)) !== null);
  live.authorizeRooms('region', (actor, code) => hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker', 'social_worker'], code));

  if (config.demoData) {
    const seeded = await seedDemoData(services);
    if (seeded) logger.info('demo data seeded');
  }

  // Sessions cached in another process are forgotten when this one changes them, and the reverse.
  live.onPeerSignal('sessions.forget', (userId) => services.sessionCache.forgetLocally(userId));
  services.sessionCache.peers = (userId) => live.signalPeers('sessions.forget', userId);

  const metrics = createMetrics();
  const { server, apollo } = await createHttpApp(config, services, logger, metrics, [mountEvidenceRoutes(services), paymentRoutes(services), receiptRoutes(services), ...(options.routes ?? [])]);
  await live.attach(
    server,
    async (token) => (await services.accounts.authenticate(token))?.actor ?? null,
    config.redisUrl,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  services.scheduler.start(config.schedulerPollMs);
  services.payments.startSweeper();
  services.surplus.startSweeper(config.pledges.sweepMs);
  const timedWork = options.timedWork === false ? null : startTimedWork(matchingJobs(services), logger);
  const url = `http://127.0.0.1:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await services.scheduler.stop();
      // Apollo's drain plugin stops accepting, waits for in-flight requests, then closes idle connections.
      const timer = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
      await apollo.stop();
      clearTimeout(timer);
      await services.payments.stop();
      services.surplus.stop();
      await timedWork?.stop();
      await live.close();
      if (ownsDatabase) await database.close();
    })());

  return { url, port, services, logger, stop };
}
