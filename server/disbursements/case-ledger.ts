import { eq, sql } from 'drizzle-orm';
import { requireAccess } from '../access/access';
import type { Actor } from '../access/actor';
import { cases } from '../cases/case.table';
import { NotFoundError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import type { Db } from '../db/database';

export type MoneyInKind = 'public' | 'enterprise_match' | 'enterprise' | 'charity' | 'relief_fund' | 'redirected';
export type MoneyOutKind = 'disbursement' | 'relief_payment' | 'refund' | 'surplus';

export interface MoneyInModel {
  kind: MoneyInKind;
  amount: bigint;
  count: number;
}
export interface MoneyInEntryModel {
  kind: MoneyInKind;
  amount: bigint;
  at: Date;
  /** Donor or organisation name; null for anonymous donors. */
  donorName: string | null;
}
export interface MoneyOutModel {
  kind: MoneyOutKind;
  payeeKind: string | null;
  /** Hospital or vendor name; never the beneficiary's. */
  payeeName: string | null;
  amount: bigint;
  at: Date;
  reference: string | null;
}
export interface CaseLedgerModel {
  caseId: string;
  status: string;
  moneyIn: MoneyInModel[];
  incoming: MoneyInEntryModel[];
  moneyOut: MoneyOutModel[];
  totalIn: bigint;
  totalOut: bigint;
  /** What the case holds now (its ledger account). */
  held: bigint;
}

type Row = Record<string, unknown>;

/**
 * The public money story of a case, read from the ledger only: money in by kind, money
 * out by payee kind with dates and references, and what is held. No personal data:
 * beneficiary payments show neither name nor account, anonymous donors show no name.
 */
export async function readCaseLedger(db: Db, actor: Actor, caseGlobalId: string): Promise<CaseLedgerModel> {
  const caseId = fromGlobalId('Case', caseGlobalId, ['caseId']);
  const [kase] = await db.select({ id: cases.id, status: cases.status, published: cases.published, regionCode: cases.regionCode }).from(cases).where(eq(cases.id, caseId));
  if (!kase) throw new NotFoundError('The case');
  requireAccess(actor, 'caseLedger.view', kase, 'The case');
  return caseLedgerOf(db, kase.id, kase.status);
}

export async function caseLedgerOf(db: Db, caseId: string, status: string): Promise<CaseLedgerModel> {
  const exec = async (q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: Row[] }).rows;
  const incomingRows = await exec(sql`
    SELECT t.amount_minor::text AS amount, t.posted_at AS at, t.kind,
           CASE
             WHEN t.kind = 'relief_payment' THEN 'relief_fund'
             WHEN m.id IS NOT NULL THEN 'enterprise_match'
             WHEN c.account LIKE 'surplus:%' THEN 'redirected'
             WHEN c.account LIKE 'donor:%' THEN 'public'
             WHEN o.kind = 'relief_fund' THEN 'relief_fund'
             WHEN o.kind = 'enterprise' THEN 'enterprise'
             ELSE 'charity'
           END AS in_kind,
           CASE
             WHEN t.kind = 'relief_payment' THEN rf.name
             WHEN p.anonymous THEN NULL
             WHEN p.organization_id IS NOT NULL THEN o.name
             ELSE u.name
           END AS donor_name
      FROM ledger_transfers t
      JOIN ledger_entries c ON c.transfer_id = t.id AND c.amount_minor < 0
      LEFT JOIN pledges p ON p.id = t.pledge_id
      LEFT JOIN pool_matches m ON m.match_pledge_id = p.id
      LEFT JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN users u ON u.id = p.donor_user_id
      LEFT JOIN organizations rf ON t.kind = 'relief_payment' AND rf.id::text = substr(c.account, 13)
     WHERE t.case_id = ${caseId} AND t.kind IN ('pledge_confirmed', 'relief_payment')
     ORDER BY t.posted_at, t.id`);
  const outRows = await exec(sql`
    SELECT t.kind, t.amount_minor::text AS amount, t.posted_at AS at, d.account AS debit,
           dis.payee_name, dis.payment_reference, dis.invoice_number, t.refs->>'decisionId' AS decision
      FROM ledger_transfers t
      JOIN ledger_entries d ON d.transfer_id = t.id AND d.amount_minor > 0
      LEFT JOIN disbursements dis ON t.kind = 'disbursement' AND dis.id::text = t.refs->>'disbursementId'
     WHERE t.case_id = ${caseId} AND t.kind IN ('disbursement', 'relief_payment', 'refund', 'surplus_hold')
     ORDER BY t.posted_at, t.id`);
  const [held] = await exec(sql`SELECT coalesce(sum(amount_minor), 0)::text AS held FROM ledger_entries WHERE account = ${`case:${caseId}`}`);

  const incoming: MoneyInEntryModel[] = incomingRows.map((r) => ({ kind: r.in_kind as MoneyInKind, amount: BigInt(String(r.amount)), at: new Date(String(r.at)), donorName: (r.donor_name as string | null) ?? null }));
  const byKind = new Map<MoneyInKind, MoneyInModel>();
  for (const e of incoming) {
    const k = byKind.get(e.kind) ?? { kind: e.kind, amount: 0n, count: 0 };
    k.amount += e.amount;
    k.count += 1;
    byKind.set(e.kind, k);
  }
  const moneyOut: MoneyOutModel[] = outRows.map((r) => {
    const kind = (r.kind === 'surplus_hold' ? 'surplus' : r.kind) as MoneyOutKind;
    const payeeKind = String(r.debit).startsWith('payee:') ? String(r.debit).split(':')[1] ?? null : null;
    return {
      kind,
      payeeKind,
      payeeName: payeeKind === 'hospital' || payeeKind === 'vendor' ? ((r.payee_name as string | null) ?? null) : null,
      amount: BigInt(String(r.amount)),
      at: new Date(String(r.at)),
      reference: kind === 'disbursement' ? [r.invoice_number, r.payment_reference].filter(Boolean).join(' / ') || null : ((r.decision as string | null) ?? null),
    };
  });
  const totalIn = incoming.reduce((s, e) => s + e.amount, 0n);
  const totalOut = moneyOut.reduce((s, e) => s + e.amount, 0n);
  return { caseId, status, moneyIn: [...byKind.values()], incoming, moneyOut, totalIn, totalOut, held: BigInt(String(held?.held ?? '0')) };
}
