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
