import crypto from 'node:crypto';
import { expect } from 'chai';
import { io, type Socket } from 'socket.io-client';
import type { CaseFundingEvent, ClientToServerEvents, ServerToClientEvents, SubscribeAck } from '../../server/live/events';
import { checkLedger } from '../../scripts/check-ledger';
import type { TestApp } from './app';

export const PLEDGE_FIELDS = `id caseId needId amount requestedAmount method status releaseReason anonymous message refunded
  payment { provider sandbox reference clientSecret instructions }`;

export interface PledgeView {
  id: string;
  caseId: string;
  needId: string;
  amount: string;
  requestedAmount: string;
  method: string;
  status: string;
  releaseReason: string | null;
  anonymous: boolean;
  message: string | null;
  refunded: string;
  payment: { provider: string; sandbox: boolean; reference: string | null; clientSecret: string | null; instructions: string | null };
}

export interface CreatePledgeData {
  createPledge: { pledge: PledgeView | null; payment: PledgeView['payment'] | null; userErrors: { field: string[]; code: string; message: string; amount: string | null }[] };
}

export const CREATE_PLEDGE = `mutation($input: CreatePledgeInput!) { createPledge(input: $input) {
  pledge { ${PLEDGE_FIELDS} } payment { provider sandbox reference clientSecret instructions } userErrors { field code message amount } } }`;

export const newKey = () => `k-${crypto.randomUUID()}`;

export function pledgeInput(caseGid: string, needGid: string, amount: bigint | number | string, extra: Record<string, unknown> = {}) {
  return { caseId: caseGid, needId: needGid, amount: String(amount), method: 'SANDBOX', idempotencyKey: newKey(), ...extra };
}

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client watching a case room; keeps the newest funding figures by version. */
export async function watchCase(url: string, caseId: string, token?: string) {
  const socket: LiveClient = io(url, { path: '/socket.io', transports: ['websocket'], auth: token ? { token } : {}, forceNew: true });
  let latest: CaseFundingEvent | null = null;
  const waiters: { pred: (e: CaseFundingEvent) => boolean; resolve: (e: CaseFundingEvent) => void }[] = [];
  socket.on('case.funding', (e) => {
    if (latest && e.version <= latest.version) return;
    latest = e;
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
  const ack = await new Promise<SubscribeAck>((resolve) => socket.emit('subscribe', `case:${caseId}`, resolve));
  return {
    socket,
    ack,
    latest: () => latest,
    /** Resolves with the first funding event (or the latest seen) that satisfies pred. */
    until(pred: (e: CaseFundingEvent) => boolean, timeoutMs = 10_000): Promise<CaseFundingEvent> {
      if (latest && pred(latest)) return Promise.resolve(latest);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no matching case.funding event; latest ${JSON.stringify(latest)}`)), timeoutMs);
        waiters.push({ pred, resolve: (e) => (clearTimeout(t), resolve(e)) });
      });
    },
    close: () => socket.close(),
  };
}

/** Runs the ledger check and fails the test with its findings. */
export async function expectLedgerOk(app: TestApp): Promise<void> {
  await app.services.funding.idle();
  const problems = await checkLedger(app.services.database.executeSql);
  expect(problems, problems.join('\n')).to.deep.equal([]);
}
