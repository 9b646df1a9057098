import { DEMO_PASSWORD, DEMO_ROLES } from './demo/demo-data';
import { ConfigError, loadConfig } from './config';
import { startApp, type RunningApp } from './app';

let app: RunningApp | undefined;
let shuttingDown = false;

function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  // A signal during start-up is handled once start-up has finished (see main).
  if (!app) return;
  app.logger.info({ signal }, 'shutting down');
  app.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      app?.logger.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
}

// Registered first, so there is no moment in which a signal kills the process mid-start.
// `on`, not `once`: a library's signal-exit handler re-raises the signal when it sees no other listener left.
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  app = await startApp(config);
  if (config.demoData) {
    const lines = DEMO_ROLES.map((r) => `  ${`${r}@demo.local`.padEnd(28)} ${DEMO_PASSWORD}`);
    process.stdout.write(
      `\n救急难 platform running at http://localhost:${app.port}  (GraphQL: http://localhost:${app.port}/graphql)\n` +
        `Payments: sandbox (no real money moves)\nDemo accounts:\n${lines.join('\n')}\n\n`,
    );
  }
  app.logger.info({ url: `http://localhost:${app.port}`, database: app.services.database.kind, redis: !!config.redisUrl }, 'listening');
  if (shuttingDown) {
    shuttingDown = false;
    shutdown('SIGTERM');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
