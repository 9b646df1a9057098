import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database';
import type { TransferKind } from './ledger.table';

/** Kinds of ledger account; an account is named `type:id` (or just `type` for the house accounts). */
export const ACCOUNT_TYPES = ['donor', 'pool', 'case', 'relief_fund', 'payee', 'refunds', 'fees', 'income', 'surplus'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** Account names, built in one place. */
export const account = {
  donor: (userId: string) => `donor:${userId}`,
  /** An enterprise's or charity's giving pool. */
  pool: (organizationId: string) => `pool:${organizationId}`,
  /** What a case holds for its needs until paid out. */
  caseHolding: (caseId: string) => `case:${caseId}`,
  /** A 救急难 relief fund (by organisation id or region code). */
  reliefFund: (id: string) => `relief_fund:${id}`,
  /** A payee of a case: `payee:hospital:<caseId>` etc. */
  payee: (kind: 'beneficiary' | 'hospital' | 'vendor', caseId: string) => `payee:${kind}:${caseId}`,
  refunds: () => 'refunds',
  fees: () => 'fees',
  /** Where a relief fund's income comes from: `income:lottery`, `income:government`, ... */
  income: (source: string) => `income:${source}`,
  /** A paid pledge's money taken out of a case as surplus, until refunded or redirected. */
  surplus: (pledgeId: string) => `surplus:${pledgeId}`,
};

const ACCOUNT_NAME = /^(donor|pool|case|relief_fund|income|surplus):[0-9A-Za-z-]{1,64}$|^payee:(beneficiary|hospital|vendor):[0-9a-f-]{36}$|^(refunds|fees)$/;

export function accountType(name: string): AccountType | null {
  if (!ACCOUNT_NAME.test(name)) return null;
  return name.split(':')[0] as AccountType;
}

/** Which account types each kind of transfer may debit (money goes to) and credit (money comes from). */
export const LEGAL_PAIRS: Record<TransferKind, { debit: readonly AccountType[]; credit: readonly AccountType[] }> = {
  pledge_confirmed: { debit: ['case'], credit: ['donor', 'pool', 'surplus'] },
  refund: { debit: ['refunds'], credit: ['case'] },
  relief_payment: { debit: ['payee'], credit: ['relief_fund'] },
  disbursement: { debit: ['payee'], credit: ['case'] },
  fee: { debit: ['fees'], credit: ['case'] },
  /** A relief fund's income from one of its sources. */
  fund_income: { debit: ['relief_fund'], credit: ['income'] },
  /** Surplus of a pledge taken out of the case's holding (need reduced or case closed). */
  surplus_hold: { debit: ['surplus'], credit: ['case'] },
  /** Surplus returned to the donor. */
  surplus_refund: { debit: ['refunds'], credit: ['surplus'] },
};

export interface Transfer {
  /** The account the money goes to. */
  debit: string;
  /** The account the money comes from. */
  credit: string;
  amount: bigint;
  kind: TransferKind;
  refs?: { caseId?: string | null; needId?: string | null; pledgeId?: string | null; [k: string]: unknown };
}

export class LedgerError extends Error {
  override name = 'LedgerError';
}

/** Checks a transfer without writing it; throws LedgerError for an unbalanced or illegal one. */
export function validateTransfer(t: Transfer): void {
  if (typeof t.amount !== 'bigint' || t.amount <= 0n) throw new LedgerError(`transfer amount must be a positive bigint, got ${String(t.amount)}`);
  const rule = LEGAL_PAIRS[t.kind];
  if (!rule) throw new LedgerError(`unknown transfer kind ${String(t.kind)}`);
  const d = accountType(t.debit);
  const c = accountType(t.credit);
  if (!d || !c) throw new LedgerError(`malformed account name in ${t.debit} / ${t.credit}`);
  if (t.debit === t.credit) throw new LedgerError('a transfer needs two different accounts');
  if (!rule.debit.includes(d) || !rule.credit.includes(c)) throw new LedgerError(`${t.kind} may not debit ${d} and credit ${c}`);
}

/**
 * THE one function that writes the ledger. Posts balanced transfers (a debit line and an
 * equal credit line each) in the caller's transaction, so they commit or roll back with the
 * change that caused them. Refuses the whole list if any transfer is unbalanced or illegal.
 */
export async function postTransfers(tx: Executor, transfers: readonly Transfer[]): Promise<string[]> {
  if (transfers.length === 0) return [];
  for (const t of transfers) validateTransfer(t);
  const ids = transfers.map(() => crypto.randomUUID());
  const json = JSON.stringify(
    transfers.map((t, i) => {
      const { caseId, needId, pledgeId, ...rest } = t.refs ?? {};
      return { id: ids[i], kind: t.kind, amount: t.amount.toString(), case_id: caseId ?? null, need_id: needId ?? null, pledge_id: pledgeId ?? null, refs: rest, debit: t.debit, credit: t.credit };
    }),
  );
  // Transfers and their two lines in one statement: both commit or neither does.
  const { rows } = (await tx.execute(sql`
    WITH x AS (
      SELECT * FROM jsonb_to_recordset(${json}::jsonb)
        AS x(id uuid, kind text, amount bigint, case_id uuid, need_id uuid, pledge_id uuid, refs jsonb, debit text, credit text)),
    t AS (
      INSERT INTO ledger_transfers (id, kind, amount_minor, case_id, need_id, pledge_id, refs)
      SELECT id, kind, amount, case_id, need_id, pledge_id, refs FROM x
      RETURNING id),
    e AS (
      INSERT INTO ledger_entries (transfer_id, account, amount_minor)
      SELECT t.id, line.account, line.amount
        FROM t JOIN x ON x.id = t.id
        CROSS JOIN LATERAL (VALUES (x.debit, x.amount), (x.credit, -x.amount)) AS line(account, amount)
      RETURNING 1)
    SELECT (SELECT count(*) FROM t)::int AS transfers, (SELECT count(*) FROM e)::int AS lines`)) as unknown as { rows: { transfers: number; lines: number }[] };
  const r = rows[0];
  if (!r || Number(r.transfers) !== transfers.length || Number(r.lines) !== transfers.length * 2) throw new LedgerError('ledger insert wrote the wrong number of rows');
  return ids;
}

/** Posts one transfer; see postTransfers. */
export async function postTransfer(tx: Executor, transfer: Transfer): Promise<string> {
  const [id] = await postTransfers(tx, [transfer]);
  return id as string;
}

/**
 * For the case desk: a fast-track relief payment from a relief fund straight to a payee
 * (hospital, beneficiary, vendor), posted in the caller's transaction.
 */
export function postReliefPayment(
  tx: Executor,
  p: { fundId: string; payeeKind: 'beneficiary' | 'hospital' | 'vendor'; caseId: string; amount: bigint; decisionId?: string },
): Promise<string> {
  return postTransfer(tx, {
    kind: 'relief_payment',
    debit: account.payee(p.payeeKind, p.caseId),
    credit: account.reliefFund(p.fundId),
    amount: p.amount,
    refs: { caseId: p.caseId, decisionId: p.decisionId ?? null },
  });
}
