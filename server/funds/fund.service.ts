import { and, eq, sql } from 'drizzle-orm';
import { requireAccess } from '../access/access';
import { type Actor, isSignedIn } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { cases, type PayeeKind } from '../cases/case.table';
import { ConflictError, NotFoundError, UnauthenticatedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import { formatYuan } from '../common/money';
import * as v from '../common/validate';
import type { Db, Executor, Tx } from '../db/database';
import { inTransaction } from '../db/transaction';
import { account, postReliefPayment, postTransfer } from '../ledger/ledger';
import type { OrganizationRecord } from '../organizations/organization.model';
import { findOrganizations } from '../organizations/organization.repository';
import { regionContains } from '../regions/region.data';
import { findRegions } from '../regions/region.repository';
import { FUND_SOURCES, type FundSource, reliefFunds } from './fund.table';

export type ReliefFundRecord = typeof reliefFunds.$inferSelect & { organization: OrganizationRecord };

export interface FundStatementModel {
  fundId: string;
  from: Date;
  to: Date;
  opening: bigint;
  income: { source: FundSource; amount: bigint }[];
  totalIncome: bigint;
  payments: { category: string | null; regionCode: string; amount: bigint; count: number }[];
  totalPayments: bigint;
  closing: bigint;
}

export class FundError extends ConflictError {}

type Row = Record<string, unknown>;
const rowsOf = async (ex: Executor, q: ReturnType<typeof sql>) => ((await ex.execute(q)) as unknown as { rows: Row[] }).rows;

/** A relief fund's balance in the ledger (optionally as it was before `before`). */
export async function fundBalance(ex: Executor, fundId: string, before?: Date): Promise<bigint> {
  const [r] = await rowsOf(
    ex,
    sql`SELECT coalesce(sum(amount_minor), 0)::text AS b FROM ledger_entries WHERE account = ${account.reliefFund(fundId)} ${before ? sql`AND posted_at < ${before.toISOString()}::timestamptz` : sql``}`,
  );
  return BigInt(String(r?.b ?? '0'));
}

export interface FastTrackPayment {
  caseId: string;
  /** The relief fund's organisation id. */
  fundOrganizationId: string;
  amount: bigint;
  payeeKind?: PayeeKind;
  /** The case desk's fast-track decision, kept in the ledger's references. */
  decisionId?: string | null;
  actorUserId?: string | null;
  requestId?: string | null;
}

/**
 * For the case desk: pays a fast-track (先行救助) decision from a relief fund's balance straight to
 * the payee, in the caller's transaction (so it commits with the decision). Locks the fund, checks
 * scope (region, category), the per-case cap and the balance; refuses with a typed error otherwise.
 */
export async function payFastTrack(tx: Tx, p: FastTrackPayment): Promise<string> {
  if (p.amount <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero fen.', ['input', 'amount']);
  const [fund] = await tx.select().from(reliefFunds).where(eq(reliefFunds.organizationId, p.fundOrganizationId)).for('update');
  if (!fund) throw new UserInputError('FUND_NOT_CONFIGURED', 'This relief fund has no scope, cap or income recorded yet, so it cannot pay.', ['input', 'fundOrganizationId']);
  const [kase] = await tx.select({ id: cases.id, regionCode: cases.regionCode, category: cases.category }).from(cases).where(eq(cases.id, p.caseId));
  if (!kase) throw new NotFoundError('The case');
  if (fund.regionCodes.length > 0 && !fund.regionCodes.some((r) => regionContains(r, kase.regionCode))) {
    throw new UserInputError('OUT_OF_FUND_SCOPE', 'This relief fund does not pay in the case\'s region.', ['input', 'fundId']);
  }
  if (fund.categories.length > 0 && (kase.category === null || !fund.categories.includes(kase.category))) {
    throw new UserInputError('OUT_OF_FUND_SCOPE', 'This relief fund does not pay for this kind of case.', ['input', 'fundId']);
  }
  const [paid] = await rowsOf(
    tx,
    sql`SELECT coalesce(sum(t.amount_minor), 0)::text AS paid FROM ledger_transfers t JOIN ledger_entries e ON e.transfer_id = t.id
         WHERE t.kind = 'relief_payment' AND t.case_id = ${p.caseId} AND e.account = ${account.reliefFund(p.fundOrganizationId)}`,
  );
  const already = BigInt(String(paid?.paid ?? '0'));
  if (already + p.amount > fund.perCaseCapMinor) {
    const left = fund.perCaseCapMinor - already;
    throw new UserInputError('ABOVE_CASE_CAP', `This fund pays at most ${formatYuan(fund.perCaseCapMinor)} per case; ${formatYuan(left > 0n ? left : 0n)} remains for this one.`, ['input', 'amount']);
  }
  const balance = await fundBalance(tx, p.fundOrganizationId);
  if (balance < p.amount) throw new FundError('FUND_INSUFFICIENT', `The fund holds only ${formatYuan(balance)} (${balance} fen).`, ['input', 'amount']);
  const transferId = await postReliefPayment(tx, { fundId: p.fundOrganizationId, payeeKind: p.payeeKind ?? 'beneficiary', caseId: p.caseId, amount: p.amount, decisionId: p.decisionId ?? undefined });
  await recordAudit(tx, { actorUserId: p.actorUserId ?? null, action: 'fund.pay', entityType: 'ReliefFund', entityId: p.fundOrganizationId, regionCode: kase.regionCode, after: { caseId: p.caseId, amount: p.amount, payeeKind: p.payeeKind ?? 'beneficiary', decisionId: p.decisionId ?? null }, requestId: p.requestId ?? null });
  return transferId;
}

/**
 * Sets up a relief fund's rules and records its income, in the caller's transaction.
 * For demo data and operations scripts; people do this through `configureReliefFund` and `recordFundIncome`.
 */
export async function setUpReliefFund(
  tx: Tx,
  p: { organizationId: string; regionCodes: string[]; categories?: string[]; perCaseCap: bigint; income: { source: FundSource; amount: bigint; reference: string }[] },
): Promise<void> {
  const values = { organizationId: p.organizationId, regionCodes: p.regionCodes, categories: p.categories ?? [], perCaseCapMinor: p.perCaseCap, updatedAt: new Date() };
  await tx.insert(reliefFunds).values(values).onConflictDoUpdate({ target: reliefFunds.organizationId, set: values });
  for (const i of p.income) {
    await postTransfer(tx, { kind: 'fund_income', debit: account.reliefFund(p.organizationId), credit: account.income(i.source), amount: i.amount, refs: { fundId: p.organizationId, source: i.source, reference: i.reference } });
  }
}

/** Relief funds (救急难帮扶基金): their rules, income, payments and statements, all from the ledger. */
export class FundService {
  constructor(private readonly db: Db) {}

  private async loadOrg(globalId: string, field: string[]): Promise<OrganizationRecord> {
    const id = fromGlobalId('Organization', globalId, field);
    const [org] = await findOrganizations(this.db, [id]);
    if (!org) throw new NotFoundError('The relief fund');
    return org;
  }

  async configure(actor: Actor, input: { fundId: string; regionCodes: readonly string[]; categories?: readonly string[] | null; perCaseCap: bigint }, req: RequestInfo): Promise<ReliefFundRecord> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const org = await this.loadOrg(input.fundId, ['input', 'fundId']);
    requireAccess(actor, 'fund.manage', org, 'The relief fund');
    const regionCodes = v.tags(input.regionCodes, ['input', 'regionCodes'], { pattern: /^\d{6}$/ });
    if (regionCodes.length > 0 && (await findRegions(this.db, regionCodes)).length !== regionCodes.length) throw new UserInputError('REGION_NOT_FOUND', 'One of the regions does not exist.', ['input', 'regionCodes']);
    const categories = v.tags(input.categories ?? [], ['input', 'categories']);
    if (input.perCaseCap <= 0n) throw new UserInputError('CAP_NOT_POSITIVE', 'The per-case cap must be more than zero fen.', ['input', 'perCaseCap']);
    return inTransaction(this.db, async (tx) => {
      const values = { organizationId: org.id, regionCodes, categories, perCaseCapMinor: input.perCaseCap, updatedAt: new Date() };
      const [row] = await tx.insert(reliefFunds).values(values).onConflictDoUpdate({ target: reliefFunds.organizationId, set: values }).returning();
      await recordAudit(tx, { actorUserId: actor.userId, action: 'fund.configure', entityType: 'ReliefFund', entityId: org.id, regionCode: org.homeRegionCode, after: { regionCodes, categories, perCaseCap: input.perCaseCap }, requestId: req.requestId });
      return { ...(row as typeof reliefFunds.$inferSelect), organization: org };
    });
  }

  async recordIncome(actor: Actor, input: { fundId: string; source: FundSource; amount: bigint; reference: string }, req: RequestInfo): Promise<ReliefFundRecord> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const org = await this.loadOrg(input.fundId, ['input', 'fundId']);
    requireAccess(actor, 'fund.manage', org, 'The relief fund');
    if (!FUND_SOURCES.includes(input.source)) throw new UserInputError('INVALID_SOURCE', 'Unknown source of income.', ['input', 'source']);
    if (input.amount <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero fen.', ['input', 'amount']);
    const reference = v.requiredText(input.reference, ['input', 'reference'], { max: 200, label: 'The reference' });
    return inTransaction(this.db, async (tx) => {
      const [fund] = await tx.select().from(reliefFunds).where(eq(reliefFunds.organizationId, org.id)).for('update');
      if (!fund) throw new ConflictError('FUND_NOT_CONFIGURED', 'Set the fund\'s scope and per-case cap first.', ['input', 'fundId']);
      await postTransfer(tx, { kind: 'fund_income', debit: account.reliefFund(org.id), credit: account.income(input.source), amount: input.amount, refs: { fundId: org.id, source: input.source, reference } });
      await recordAudit(tx, { actorUserId: actor.userId, action: 'fund.income', entityType: 'ReliefFund', entityId: org.id, regionCode: org.homeRegionCode, after: { source: input.source, amount: input.amount, reference }, requestId: req.requestId });
      return { ...fund, organization: org };
    });
  }

  /** Staff pay a relief decision (fast track or grant) from the fund to a case's payee. */
  async pay(actor: Actor, input: { fundId: string; caseId: string; amount: bigint; payeeKind: PayeeKind; decisionReference: string }, req: RequestInfo): Promise<{ caseId: string; transferId: string }> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const org = await this.loadOrg(input.fundId, ['input', 'fundId']);
    const caseId = fromGlobalId('Case', input.caseId, ['input', 'caseId']);
    const [kase] = await this.db.select({ published: cases.published, regionCode: cases.regionCode }).from(cases).where(eq(cases.id, caseId));
    if (!kase) throw new NotFoundError('The case');
    requireAccess(actor, 'fund.pay', kase, 'The case');
    const decisionId = v.requiredText(input.decisionReference, ['input', 'decisionReference'], { max: 100, label: 'The decision reference' });
    const transferId = await inTransaction(this.db, (tx) => payFastTrack(tx, { caseId, fundOrganizationId: org.id, amount: input.amount, payeeKind: input.payeeKind, decisionId, actorUserId: actor.userId, requestId: req.requestId }));
    return { caseId, transferId };
  }

  async get(actor: Actor, fundGlobalId: string): Promise<ReliefFundRecord> {
    const org = await this.loadOrg(fundGlobalId, ['fundId']);
    requireAccess(actor, 'fund.view', org, 'The relief fund');
    const [fund] = await this.db.select().from(reliefFunds).where(eq(reliefFunds.organizationId, org.id));
    if (!fund) throw new NotFoundError('The relief fund');
    return { ...fund, organization: org };
  }

  balance(fundId: string): Promise<bigint> {
    return fundBalance(this.db, fundId);
  }

  /** Opening balance, income by source, payments by category and region, closing balance: all from the ledger. */
  async statement(actor: Actor, fundGlobalId: string, from: Date, to: Date): Promise<FundStatementModel> {
    const fund = await this.get(actor, fundGlobalId);
    if (!(from < to)) throw new UserInputError('INVALID_PERIOD', 'The period must end after it starts.', ['to']);
    const acct = account.reliefFund(fund.organizationId);
    const window = and(sql`t.posted_at >= ${from.toISOString()}::timestamptz`, sql`t.posted_at < ${to.toISOString()}::timestamptz`);
    const [opening, closing, incomeRows, paymentRows] = await Promise.all([
      fundBalance(this.db, fund.organizationId, from),
      fundBalance(this.db, fund.organizationId, to),
      rowsOf(this.db, sql`SELECT t.refs->>'source' AS source, sum(t.amount_minor)::text AS amount
          FROM ledger_transfers t JOIN ledger_entries e ON e.transfer_id = t.id AND e.account = ${acct} AND e.amount_minor > 0
         WHERE t.kind = 'fund_income' AND ${window} GROUP BY 1 ORDER BY 1`),
      rowsOf(this.db, sql`SELECT c.category, c.region_code, sum(t.amount_minor)::text AS amount, count(*)::int AS n
          FROM ledger_transfers t JOIN ledger_entries e ON e.transfer_id = t.id AND e.account = ${acct} AND e.amount_minor < 0
          LEFT JOIN cases c ON c.id = t.case_id
         WHERE t.kind = 'relief_payment' AND ${window} GROUP BY 1, 2 ORDER BY 2, 1`),
    ]);
    const income = incomeRows.map((r) => ({ source: r.source as FundSource, amount: BigInt(String(r.amount)) }));
    const payments = paymentRows.map((r) => ({ category: (r.category as string | null) ?? null, regionCode: String(r.region_code), amount: BigInt(String(r.amount)), count: Number(r.n) }));
    const totalIncome = income.reduce((s, i) => s + i.amount, 0n);
    const totalPayments = payments.reduce((s, p) => s + p.amount, 0n);
    if (opening + totalIncome - totalPayments !== closing) throw new Error(`fund ${fund.organizationId}: statement does not add up`);
    return { fundId: fund.organizationId, from, to, opening, income, totalIncome, payments, totalPayments, closing };
  }
}
