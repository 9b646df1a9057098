import { io } from 'socket.io-client';
import type { PoolBalanceEvent, SubscribeAck } from '../../server/live/events';
import { expectData, type TestApp } from './app';
import type { LiveClient } from './pledge-helpers';
import { createOrganization, createUser } from './factories';
import type { UserErrorView } from './funds-helpers';

export const TONGZHOU_COUNTIES = ['632623', '632624', '632626'];

export const CREATE_POOL = `mutation($input: CreateMatchingPoolInput!) { createMatchingPool(input: $input) {
  pool { id name ratioNumerator ratioDenominator cap matched remaining regionCodes categories status } userErrors { field code message } } }`;

export interface PoolView {
  id: string;
  cap: string;
  matched: string;
  remaining: string;
  status: string;
}

/** An enterprise with an administrator and a pool; returns the pool and the admin. */
export async function createEnterprisePool(app: TestApp, terms: Partial<{ ratioNumerator: number; ratioDenominator: number; cap: string; regionCodes: string[]; categories: string[] }> = {}) {
  const enterprise = await createOrganization(app.services.db, { kind: 'enterprise', homeRegionCode: '630100', name: `Enterprise ${Math.random().toString(36).slice(2, 8)}` });
  const admin = await createUser(app.services.db, [{ role: 'org_admin', organizationId: enterprise.id }]);
  const input = {
    organizationId: enterprise.gid,
    name: '同舟工程配捐',
    ratioNumerator: 1,
    ratioDenominator: 1,
    cap: '10000000',
    regionCodes: TONGZHOU_COUNTIES,
    categories: [],
    endsAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    ...terms,
  };
  const r = expectData(await app.gql<{ createMatchingPool: { pool: PoolView | null; userErrors: UserErrorView[] } }>(CREATE_POOL, { input }, admin.token)).createMatchingPool;
  if (!r.pool) throw new Error(`pool refused: ${JSON.stringify(r.userErrors)}`);
  return { pool: r.pool, enterprise, admin };
}

/** Watches a pool room for its live balance. */
export async function watchPool(url: string, poolId: string) {
  const socket: LiveClient = io(url, { path: '/socket.io', transports: ['websocket'], forceNew: true });
  const seen: PoolBalanceEvent[] = [];
  const waiters: { pred: (e: PoolBalanceEvent) => boolean; resolve: (e: PoolBalanceEvent) => void }[] = [];
  socket.on('pool.balance', (e) => {
    seen.push(e);
    for (const w of [...waiters]) {
      if (w.pred(e)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(e);
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const ack = await new Promise<SubscribeAck>((resolve) => socket.emit('subscribe', `pool:${poolId}`, resolve));
  return {
    ack,
    until(pred: (e: PoolBalanceEvent) => boolean, timeoutMs = 10_000): Promise<PoolBalanceEvent> {
      const hit = seen.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no matching pool.balance; seen ${JSON.stringify(seen)}`)), timeoutMs);
        waiters.push({ pred, resolve: (e) => (clearTimeout(t), resolve(e)) });
      });
    },
    close: () => socket.close(),
  };
}
