import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { ANONYMOUS } from '../access/actor';
import { DomainError } from '../common/errors';
import type { Config } from '../config';
import { type Context, RequestContext } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { DEFAULT_LIMITS, queryLimitsRule } from '../graphql/limits';
import { createLoaders } from '../graphql/loaders';
import { buildSchema } from '../graphql/schema';
import type { Services } from '../services';
import { EXPLORER_HTML, EXPLORER_JS } from './explorer';
import type { Metrics } from './metrics';
import { answerGraphqlPost, isPlainGraphqlPost, writeJsonError } from './graphql-post';
import { fixedWindowLimit } from './rate-limit';
import { clientAddress, requestTracker } from './request-tracking';

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

/** Largest GraphQL request body accepted. */
const GRAPHQL_MAX_BODY_BYTES = 1024 * 1024;

/** Builds the Express application: operations endpoints, GraphQL, feature routes and the web app. */
export async function createHttpApp(config: Config, services: Services, logger: Logger, metrics: Metrics, routes: RouteMounter[] = []): Promise<HttpApp> {
  const app = express();
  const server = http.createServer((req, res) => {
    if (isPlainGraphqlPost(req)) answerGraphql(req, res);
    else void app(req, res);
  });
  app.disable('x-powered-by');
  // Responses here are API answers or files with their own validators (express.static); an ETag would only cost a hash.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);

  const track = requestTracker(logger, metrics);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const tracked = track(
      req,
      res,
      () => String(req.route?.path ?? (req.path.startsWith('/graphql') ? '/graphql' : req.path.split('/').slice(0, 2).join('/'))),
      () => req.path,
    );
    req.id = tracked.id;
    Object.defineProperty(req, 'log', { get: tracked.log, configurable: true });
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

  const limiter = fixedWindowLimit({ windowMs: 60_000, limit: config.rateLimitPerMinute });
  const RATE_LIMITED = { message: 'Too many requests. Slow down and try again in a minute.', code: 'RATE_LIMITED' };

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
      // No field sets a cache hint and answers carry no Cache-Control: without it, resolvers are not wrapped to compute one.
      ApolloServerPluginCacheControlDisabled(),
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

  const context = async (ip: string, userAgent: string, requestId: string, authorization: string | undefined, log: () => Logger): Promise<Context> => {
    let auth = null;
    try {
      auth = await services.accounts.authenticate(bearerToken(authorization));
    } catch (err) {
      if (err instanceof DomainError) {
        throw new GraphQLError(err.message, { extensions: { code: 'UNAUTHENTICATED', reason: err.code, http: { status: 401 } } });
      }
      throw err;
    }
    return new RequestContext(auth?.actor ?? ANONYMOUS, auth?.viewer ?? null, { ip, userAgent, requestId }, createLoaders(services.db), services, log);
  };

  // GraphQL operations posted as JSON are answered before Express (see graphql-post.ts); the rest of
  // /graphql (other content types, compressed bodies, GET) goes through Express, counted against
  // the same limit under the same address.
  const answerGraphql = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const tracked = track(req, res, () => '/graphql', () => '/graphql');
    for (const [name, value] of API_HEADERS) res.setHeader(name, value);
    const ip = clientAddress(req, config.trustProxy);
    if (!limiter.take(ip, res)) {
      writeJsonError(res, 429, RATE_LIMITED.message, RATE_LIMITED.code);
      return;
    }
    answerGraphqlPost(req, res, {
      apollo,
      maxBodyBytes: GRAPHQL_MAX_BODY_BYTES,
      context: () => context(ip, req.headers['user-agent'] ?? '', tracked.id, req.headers.authorization, tracked.log),
      onError: (err) => tracked.log().error({ err }, 'unhandled error'),
    });
  };
  app.use(
    '/graphql',
    (req: Request, res: Response, next: NextFunction) => {
      if (limiter.take(clientAddress(req, config.trustProxy), res)) next();
      else writeJsonError(res, 429, RATE_LIMITED.message, RATE_LIMITED.code);
    },
    express.json({ limit: GRAPHQL_MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: ({ req }) => context(clientAddress(req, config.trustProxy), req.header('user-agent') ?? '', req.id, req.header('authorization'), () => req.log),
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
    if (status < 500) return writeJsonError(res, status, (err as Error).message, 'BAD_REQUEST');
    req.log.error({ err }, 'unhandled error');
    writeJsonError(res, status, 'Internal error.', 'INTERNAL_SERVER_ERROR');
  });

  return { app, server, apollo };
}
