import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { can, requireAccess } from '../access/access';
import { type Actor, isSignedIn } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { caseNeeds, cases, type CaseStatus, type PayeeKind } from '../cases/case.table';
import { ConflictError, NotFoundError, UnauthenticatedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import { formatYuan } from '../common/money';
import * as v from '../common/validate';
import type { Db, Executor, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import { defaultFundSettings, type FundSettingsSource } from '../funds/settings';
import { account, postTransfer } from '../ledger/ledger';
import type { LiveHub } from '../live/live-hub';
import { announceCaseStatus } from '../cases/case-status-event';
import { claims } from '../claims/claim.table';
import { disbursements } from './disbursement.table';
import { apiName } from '../graphql/enum-values';

export type DisbursementRecord = typeof disbursements.$inferSelect;

export interface RequestDisbursementInput {
  caseId: string;
  needId: string;
  payee: { kind: PayeeKind; name?: string | null; invoiceNumber?: string | null; accountNumber?: string | null };
  amount: bigint;
  reference: string;
}

/** Case statuses from which money may be paid out. */
const PAYABLE: readonly CaseStatus[] = ['in_progress', 'funded', 'disbursing'];

/**
 * Disbursement: request, approval (two different people above the region's threshold),
 * and payment out of the case's holding through the ledger. funded → disbursing → closed.
 */
export class DisbursementService {
  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    private readonly settings: FundSettingsSource = defaultFundSettings,
  ) {}

  /** What the disbursement policies look at of a case. */
  accessResource(caseId: string) {
    return this.loadCase(this.db, caseId);
  }

  /** The case, with the organisations handling it (a claim on it, active or fulfilled), for the access checks. */
  private async loadCase(executor: Db | Tx, caseId: string) {
    const [kase] = await executor.select().from(cases).where(eq(cases.id, caseId));
    if (!kase) throw new NotFoundError('The case');
    const handling = await executor
      .selectDistinct({ id: claims.organizationId })
      .from(claims)
      .where(and(eq(claims.caseId, caseId), inArray(claims.status, ['active', 'fulfilled'])));
    return { ...kase, handlingOrganizationIds: handling.map((h) => h.id) };
  }

  async request(actor: Actor, input: RequestDisbursementInput, req: RequestInfo): Promise<DisbursementRecord> {
    if (!isSignedIn(actor)) throw new UnauthenticatedError();
    const caseId = fromGlobalId('Case', input.caseId, ['input', 'caseId']);
    const needId = fromGlobalId('CaseNeed', input.needId, ['input', 'needId']);
    const kase = await this.loadCase(this.db, caseId);
    requireAccess(actor, 'disbursement.request', kase, 'The case');
    if (input.amount <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero fen.', ['input', 'amount']);
    const reference = v.requiredText(input.reference, ['input', 'reference'], { max: 200, label: 'The reference' });
    const p = input.payee;
    let payeeName: string | null = null;
    let invoiceNumber: string | null = null;
    let accountLast4: string | null = null;
    if (p.kind === 'hospital' || p.kind === 'vendor') {
      payeeName = v.requiredText(p.name ?? '', ['input', 'payee', 'name'], { max: 200, label: `The ${p.kind}'s name` });
      invoiceNumber = v.requiredText(p.invoiceNumber ?? '', ['input', 'payee', 'invoiceNumber'], { max: 100, label: 'The invoice number' });
    } else {
      const digits = (p.accountNumber ?? '').replace(/[\s-]/g, '');
      if (!/^\d{8,30}$/.test(digits)) throw new UserInputError('INVALID_ACCOUNT_NUMBER', 'Give the bank or social-security-card account number (8–30 digits).', ['input', 'payee', 'accountNumber']);
      // Only the last four digits are kept; the full number stays with the case desk's encrypted beneficiary record.
      accountLast4 = digits.slice(-4);
    }
    if (!PAYABLE.includes(kase.status)) throw new ConflictError('CASE_NOT_PAYABLE', `A case that is ${kase.status} cannot be paid out.`, ['input', 'caseId']);

    return inTransaction(this.db, async (tx) => {
      const [need] = await tx.select().from(caseNeeds).where(and(eq(caseNeeds.id, needId), eq(caseNeeds.caseId, caseId))).for('update');
      if (!need) throw new NotFoundError('The case need');
      if (need.payeeKind !== p.kind) {
        throw new UserInputError('PAYEE_NOT_ALLOWED', `This need is paid to the ${need.payeeKind}, not to a ${p.kind}.`, ['input', 'payee', 'kind']);
      }
      const available = (await needHoldings(tx, { needId })).get(needId)?.payable ?? 0n;
      if (input.amount > available) {
        throw new UserInputError(
          'EXCEEDS_HOLDING',
          `Only ${formatYuan(available)} (${available} fen) of this need is confirmed and not yet paid out, requested or held for a card dispute.`,
          ['input', 'amount'],
        ).withAmount(available);
      }
      const [row] = await tx
        .insert(disbursements)
        .values({ caseId, needId, payeeKind: p.kind, payeeName, invoiceNumber, accountLast4, amountMinor: input.amount, reference, requestedBy: actor.userId })
        .returning();
      if (!row) throw new Error('no disbursement');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'disbursement.request', entityType: 'Disbursement', entityId: row.id, regionCode: kase.regionCode, after: { amount: row.amountMinor, payeeKind: row.payeeKind, payeeName, invoiceNumber, reference }, requestId: req.requestId });
      return row;
    });
  }

  private async loadForAction(globalId: string) {
    const id = fromGlobalId('Disbursement', globalId, ['input', 'disbursementId']);
    const [row] = await this.db.select().from(disbursements).where(eq(disbursements.id, id));
    if (!row) throw new NotFoundError('The disbursement');
    const kase = await this.loadCase(this.db, row.caseId);
    return { row, kase };
  }

  async approve(actor: Actor, globalId: string, req: RequestInfo): Promise<DisbursementRecord> {
    const { row: found, kase } = await this.loadForAction(globalId);
    requireAccess(actor, 'disbursement.approve', kase, 'The disbursement');
    const userId = actor.userId as string;
    const { secondApprovalAboveMinor } = await this.settings(kase.regionCode);
    return inTransaction(this.db, async (tx) => {
      const [row] = await tx.select().from(disbursements).where(eq(disbursements.id, found.id)).for('update');
      if (!row) throw new NotFoundError('The disbursement');
      if (row.status !== 'requested') throw new ConflictError('NOT_AWAITING_APPROVAL', `This disbursement is ${row.status}, not awaiting approval.`);
      const needsTwo = row.amountMinor > secondApprovalAboveMinor;
      const now = new Date();
      let next: Partial<DisbursementRecord>;
      if (!row.firstApprovedBy) {
        next = { firstApprovedBy: userId, firstApprovedAt: now, status: needsTwo ? 'requested' : 'approved' };
      } else {
        if (row.firstApprovedBy === userId) {
          throw new ConflictError('SAME_APPROVER', `Above ${formatYuan(secondApprovalAboveMinor)} a second, different person must approve; you approved this already.`);
        }
        next = { secondApprovedBy: userId, secondApprovedAt: now, status: 'approved' };
      }
      const [updated] = await tx.update(disbursements).set({ ...next, updatedAt: now }).where(eq(disbursements.id, row.id)).returning();
      if (!updated) throw new Error('disbursement vanished');
      await recordAudit(tx, { actorUserId: userId, action: row.firstApprovedBy ? 'disbursement.approve.second' : 'disbursement.approve', entityType: 'Disbursement', entityId: row.id, regionCode: kase.regionCode, before: { status: row.status }, after: { status: updated.status, needsTwo }, requestId: req.requestId });
      return updated;
    });
  }

  async cancel(actor: Actor, globalId: string, reason: string, req: RequestInfo): Promise<DisbursementRecord> {
    const { row: found, kase } = await this.loadForAction(globalId);
    requireAccess(actor, 'disbursement.approve', kase, 'The disbursement');
    const why = v.requiredText(reason, ['input', 'reason'], { max: 500, label: 'The reason' });
    return inTransaction(this.db, async (tx) => {
      const [row] = await tx.select().from(disbursements).where(eq(disbursements.id, found.id)).for('update');
      if (!row || row.status === 'disbursed' || row.status === 'cancelled') throw new ConflictError('NOT_CANCELLABLE', 'Only a disbursement not yet paid can be cancelled.');
      const [updated] = await tx.update(disbursements).set({ status: 'cancelled', cancelReason: why, updatedAt: new Date() }).where(eq(disbursements.id, row.id)).returning();
      await recordAudit(tx, { actorUserId: actor.userId, action: 'disbursement.cancel', entityType: 'Disbursement', entityId: row.id, regionCode: kase.regionCode, after: { reason: why }, requestId: req.requestId });
      return updated as DisbursementRecord;
    });
  }

  async markDisbursed(actor: Actor, input: { disbursementId: string; paymentReference: string; evidence: string }, req: RequestInfo): Promise<DisbursementRecord> {
    const { row: found, kase } = await this.loadForAction(input.disbursementId);
    requireAccess(actor, 'disbursement.markDisbursed', kase, 'The disbursement');
    const paymentReference = v.requiredText(input.paymentReference, ['input', 'paymentReference'], { max: 100, label: 'The payment reference' });
    const evidence = v.requiredText(input.evidence, ['input', 'evidence'], { max: 500, label: 'The evidence' });
    return inTransaction(this.db, async (tx, afterCommit) => {
      // The need row first (the funding engine locks it too), then the disbursement.
      const [need] = await tx.select().from(caseNeeds).where(eq(caseNeeds.id, found.needId)).for('update');
      const [row] = await tx.select().from(disbursements).where(eq(disbursements.id, found.id)).for('update');
      if (!need || !row) throw new NotFoundError('The disbursement');
      if (row.status === 'disbursed') throw new ConflictError('ALREADY_DISBURSED', 'This disbursement is already paid.');
      if (row.status !== 'approved') throw new ConflictError('NOT_APPROVED', 'This disbursement is not approved yet.');
      // Free of disputes; this disbursement is itself one of the open requests, so those are not taken off.
      const held = (await needHoldings(tx, { needId: need.id })).get(need.id)?.free ?? 0n;
      if (row.amountMinor > held) throw new ConflictError('EXCEEDS_HOLDING', `The need holds only ${formatYuan(held)} (${held} fen) free of card disputes now; the disbursement cannot be paid.`).withAmount(held);
      const now = new Date();
      await postTransfer(tx, {
        kind: 'disbursement',
        debit: account.payee(row.payeeKind, row.caseId),
        credit: account.caseHolding(row.caseId),
        amount: row.amountMinor,
        refs: { caseId: row.caseId, needId: row.needId, disbursementId: row.id, paymentReference },
      });
      await tx.update(caseNeeds).set({ disbursedMinor: need.disbursedMinor + row.amountMinor, version: sql`${caseNeeds.version} + 1`, updatedAt: now }).where(eq(caseNeeds.id, need.id));
      const [updated] = await tx
        .update(disbursements)
        .set({ status: 'disbursed', paymentReference, evidence, disbursedBy: actor.userId, disbursedAt: now, updatedAt: now })
        .where(eq(disbursements.id, row.id))
        .returning();
      await recordAudit(tx, { actorUserId: actor.userId, action: 'disbursement.paid', entityType: 'Disbursement', entityId: row.id, regionCode: kase.regionCode, after: { amount: row.amountMinor, paymentReference, evidence }, requestId: req.requestId });
      await this.afterPayout(tx, row.caseId, actor.userId, afterCommit);
      return updated as DisbursementRecord;
    });
  }

  /**
   * After money left a case: funded → disbursing on the first payout, → closed when every
   * need is paid out in full. Bumps the case version and tells the case room.
   */
  async afterPayout(tx: Tx, caseId: string, actorUserId: string | null, afterCommit: AfterCommit): Promise<CaseStatus> {
    const [kase] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!kase) throw new NotFoundError('The case');
    const [t] = await tx
      .select({
        open: sql<string>`count(*) FILTER (WHERE ${caseNeeds.disbursedMinor} < ${caseNeeds.amountMinor})`,
        held: sql<string>`coalesce(sum(${caseNeeds.confirmedMinor} - ${caseNeeds.disbursedMinor}), 0)`,
        disbursed: sql<string>`coalesce(sum(${caseNeeds.disbursedMinor}), 0)`,
      })
      .from(caseNeeds)
      .where(eq(caseNeeds.caseId, caseId));
    const allPaid = Number(t?.open ?? 1) === 0;
    let next = kase.status;
    if (allPaid && (kase.status === 'funded' || kase.status === 'disbursing')) next = 'closed';
    else if (kase.status === 'funded') next = 'disbursing';
    const now = new Date();
    const [row] = await tx
      .update(cases)
      .set(next === kase.status ? { version: sql`${cases.version} + 1`, updatedAt: now } : { status: next, statusChangedAt: now, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, caseId))
      .returning({ status: cases.status });
    if (next !== kase.status) {
      await recordAudit(tx, { actorUserId, action: 'case.status.disbursement', entityType: 'Case', entityId: caseId, regionCode: kase.regionCode, before: { status: kase.status }, after: { status: next } });
      await announceCaseStatus(tx, this.live, afterCommit, caseId);
    }
    const payload = { caseId, status: apiName('CaseStatus', row?.status ?? next), held: String(t?.held ?? '0'), disbursed: String(t?.disbursed ?? '0') };
    afterCommit(() => this.live.emit([`case:${caseId}`, `region:${kase.regionCode}`], 'case.ledger', payload));
    return next;
  }

  /** Whether a disbursement needs a second approver under its case region's settings. */
  async needsSecondApproval(d: DisbursementRecord): Promise<boolean> {
    const kase = await this.loadCase(this.db, d.caseId);
    return d.amountMinor > (await this.settings(kase.regionCode)).secondApprovalAboveMinor;
  }

  /** A case's disbursements, oldest first (staff of its region). */
  async forCase(actor: Actor, caseGlobalId: string, includeCancelled = false): Promise<DisbursementRecord[]> {
    const caseId = fromGlobalId('Case', caseGlobalId, ['caseId']);
    const kase = await this.loadCase(this.db, caseId);
    requireAccess(actor, 'disbursement.view', kase, 'The case');
    const where = includeCancelled ? eq(disbursements.caseId, caseId) : and(eq(disbursements.caseId, caseId), ne(disbursements.status, 'cancelled'));
    return this.db.select().from(disbursements).where(where).orderBy(asc(disbursements.createdAt), asc(disbursements.id));
  }

  /** What the actor may do with a case's payouts, and what each need can still pay out (the same figure a request is checked against). */
  async rights(actor: Actor, caseGlobalId: string): Promise<{ canRequest: boolean; canApprove: boolean; canMarkDisbursed: boolean; needs: { needId: string; payable: bigint }[] }> {
    const caseId = fromGlobalId('Case', caseGlobalId, ['caseId']);
    const kase = await this.loadCase(this.db, caseId);
    requireAccess(actor, 'disbursement.view', kase, 'The case');
    const holdings = await needHoldings(this.db, { caseId });
    return {
      canRequest: can(actor, 'disbursement.request', kase),
      canApprove: can(actor, 'disbursement.approve', kase),
      canMarkDisbursed: can(actor, 'disbursement.markDisbursed', kase),
      needs: [...holdings].map(([needId, h]) => ({ needId, payable: h.payable })),
    };
  }
}

export interface NeedHolding {
  /** Held for card disputes still open on its pledges. */
  disputed: bigint;
  /** Confirmed, not paid out and not held for disputes: what a payment may take. */
  free: bigint;
  /** What a new request may ask: `free` less the requests not yet paid. */
  payable: bigint;
}

/**
 * The one reckoning of what a case's needs can pay out, by need (in the needs' order). Read under the
 * need's row lock when a decision rests on it: the funding engine takes that lock to change disputes.
 */
export async function needHoldings(ex: Executor, which: { needId: string } | { caseId: string }): Promise<Map<string, NeedHolding>> {
  const where = 'needId' in which ? sql`n.id = ${which.needId}` : sql`n.case_id = ${which.caseId}`;
  const { rows } = (await ex.execute(sql`
    SELECT n.id, (n.confirmed_minor - n.disbursed_minor)::text AS held,
           coalesce((SELECT sum(d.amount_minor) FROM disbursements d WHERE d.need_id = n.id AND d.status IN ('requested', 'approved')), 0)::text AS requested,
           coalesce((SELECT sum(p.disputed_minor) FROM pledges p WHERE p.need_id = n.id AND p.dispute_status = 'open'), 0)::text AS disputed
      FROM case_needs n WHERE ${where} ORDER BY n.created_at, n.id`)) as unknown as { rows: { id: string; held: string; requested: string; disputed: string }[] };
  const atLeastZero = (x: bigint) => (x > 0n ? x : 0n);
  return new Map(
    rows.map((r) => {
      const disputed = BigInt(r.disputed);
      const free = BigInt(r.held) - disputed;
      return [String(r.id), { disputed, free: atLeastZero(free), payable: atLeastZero(free - BigInt(r.requested)) }];
    }),
  );
}
