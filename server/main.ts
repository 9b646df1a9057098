import { DEMO_PASSWORD, DEMO_ROLES } from './demo/demo-data';
import { ConfigError, loadConfig } from './config';
import { startApp } from './app';

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
  const app = await startApp(config);
  app.logger.info({ url: `http://localhost:${app.port}`, database: app.services.database.kind, redis: !!config.redisUrl }, 'listening');
  if (config.demoData) {
    const lines = DEMO_ROLES.map((r) => `  ${`${r}@demo.local`.padEnd(28)} ${DEMO_PASSWORD}`);
    process.stdout.write(
      `\n救急难 platform running at http://localhost:${app.port}  (GraphQL: http://localhost:${app.port}/graphql)\n` +
        `Payments: sandbox (no real money moves)\nDemo accounts:\n${lines.join('\n')}\n\n`,
    );
  }
  const shutdown = (signal: string) => {
    app.logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        app.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
