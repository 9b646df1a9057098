import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { ANONYMOUS } from '../access/actor';
import { DomainError } from '../common/errors';
import type { Config } from '../config';
import type { Context } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { DEFAULT_LIMITS, queryLimitsRule } from '../graphql/limits';
import { createLoaders } from '../graphql/loaders';
import { buildSchema } from '../graphql/schema';
import type { Services } from '../services';
import { EXPLORER_HTML, EXPLORER_JS } from './explorer';
import type { Metrics } from './metrics';
import { fixedWindowLimit } from './rate-limit';

export interface HttpApp {
  app: express.Express;
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Express routers that features mount before the SPA fallback (uploads, webhooks, receipts). */
}

export const bearerToken = (header: string | undefined): string | null => {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m ? (m[1] ?? null) : header.trim() === '' ? null : header;
};

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    log: Logger;
  }
}

export type RouteMounter = (app: express.Express) => void;

/** Security headers of API answers: never sniffed as another type, never framed or run as a page, not read cross-origin. */
export const API_HEADERS: readonly (readonly [string, string])[] = [
  ['x-content-type-options', 'nosniff'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['cross-origin-resource-policy', 'same-origin'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=31536000; includeSubDomains'],
];

/** Builds the Express application: operations endpoints, GraphQL, feature routes and the web app. */
export async function createHttpApp(config: Config, services: Services, logger: Logger, metrics: Metrics, routes: RouteMounter[] = []): Promise<HttpApp> {
  const app = express();
  const server = http.createServer(app);
  app.disable('x-powered-by');
  // Responses here are API answers or files with their own validators (express.static); an ETag would only cost a hash.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);

  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    req.id = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    // The request's logger is made when something first logs (most requests log nothing at the usual levels).
    let log: Logger | undefined;
    Object.defineProperty(req, 'log', { get: () => (log ??= logger.child({ requestId: req.id })), configurable: true });
    res.setHeader('x-request-id', req.id);
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const route = req.route?.path ?? (req.path.startsWith('/graphql') ? '/graphql' : req.path.split('/').slice(0, 2).join('/'));
      metrics.httpDuration.observe({ method: req.method, route: String(route), status: String(res.statusCode) }, seconds);
      if (logger.isLevelEnabled('info')) req.log.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    next();
  });

  const webHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // GraphQL POST answers are JSON for programs: they get the few headers that matter to them, set at once.
    if (req.method === 'POST' && req.path === '/graphql') {
      for (const [name, value] of API_HEADERS) res.setHeader(name, value);
      next();
      return;
    }
    webHeaders(req, res, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await services.database.ping();
      res.json({ status: 'ready', database: services.database.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: services.database.kind });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  const limiter = fixedWindowLimit({
    windowMs: 60_000,
    limit: config.rateLimitPerMinute,
    refuse: (_req, res) => {
      res.status(429).json({ errors: [{ message: 'Too many requests. Slow down and try again in a minute.', extensions: { code: 'RATE_LIMITED' } }] });
    },
  });

  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError: createFormatError(logger),
    validationRules: [queryLimitsRule(DEFAULT_LIMITS)],
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops everything in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse(rc) {
              const outcome = rc.errors?.length ? 'error' : 'ok';
              metrics.graphqlOperations.inc({ operation: rc.operationName ?? 'anonymous', outcome });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  if (!config.isProduction) {
    app.get('/graphql/explorer.js', (_req, res) => {
      res.type('application/javascript').send(EXPLORER_JS);
    });
    app.get('/graphql', (req, res, next) => {
      if (req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
        res.type('html').send(EXPLORER_HTML);
        return;
      }
      next();
    });
  }

  app.use(
    '/graphql',
    limiter,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const request = { ip: req.ip ?? 'unknown', userAgent: req.header('user-agent') ?? '', requestId: req.id };
        let auth = null;
        try {
          auth = await services.accounts.authenticate(bearerToken(req.header('authorization')));
        } catch (err) {
          if (err instanceof DomainError) {
            throw new GraphQLError(err.message, { extensions: { code: 'UNAUTHENTICATED', reason: err.code, http: { status: 401 } } });
          }
          throw err;
        }
        return {
          actor: auth?.actor ?? ANONYMOUS,
          viewer: auth?.viewer ?? null,
          request,
          loaders: createLoaders(services.db),
          services,
          get logger() {
            return req.log;
          },
        };
      },
    }),
  );

  for (const mount of routes) mount(app);

  if (fs.existsSync(path.join(config.webDist, 'index.html'))) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|socket\.io|healthz|readyz|metrics).*/, (_req, res) => {
      res.sendFile(path.join(config.webDist, 'index.html'));
    });
  }

  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    res.status(status).json({ errors: [{ message: status >= 500 ? 'Internal error.' : (err as Error).message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return { app, server, apollo };
}
