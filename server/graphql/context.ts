import type { Logger } from 'pino';
import type { Actor } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import type { ViewerModel } from '../accounts/account.model';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** Everything a resolver may use, built fresh for each request. */
export interface Context {
  actor: Actor;
  viewer: ViewerModel | null;
  request: RequestInfo;
  loaders: Loaders;
  services: Services;
  logger: Logger;
}

/**
 * A request's context. Apollo copies a context's own fields for each operation it runs, so the
 * logger, made on first use, is a getter on the prototype: copying does not make it.
 */
export class RequestContext implements Context {
  constructor(
    public actor: Actor,
    public viewer: ViewerModel | null,
    public request: RequestInfo,
    public loaders: Loaders,
    public services: Services,
    private readonly makeLogger: () => Logger,
  ) {}

  get logger(): Logger {
    return this.makeLogger();
  }
}
