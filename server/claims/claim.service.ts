import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { afterTimeId } from '../db/keyset';
import { findOrganizations } from '../organizations/organization.repository';
import { requireAccess } from '../access/access';
import { type Actor, actorOrganizations, hasStaffRoleCovering } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { caseNeeds, cases } from '../cases/case.table';
import { ConflictError, NotFoundError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import { formatYuan } from '../common/money';
import * as v from '../common/validate';
import type { Db, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import type { LiveHub } from '../live/live-hub';
import { findCase, isCaseOpenTo, isOpenStatus } from '../matching/case.repository';
import { type NeedRecord, remainingOf } from '../matching/matching.model';
import { HOUR_MS, type MatchingSettingsSource } from '../matching/matching.settings';
import { actingOrganization } from './acting-organization';
import { announceCaseStatus } from '../cases/case-status-event';
import { markCaseInProgress } from './case-progress';
import type { AssistanceRecordRow, ClaimLineRecord, ClaimRecord } from './claim.model';
import { type AssistanceKind, assistanceRecords, type ClaimStatus, claimLines, claims } from './claim.table';
import { apiName } from '../graphql/enum-values';

export interface ClaimCaseInput {
  caseId: string;
  organizationId?: string | null;
  needIds: string[];
  amount?: bigint | null;
  note?: string | null;
  expectedVersion: number;
}

export interface FulfilClaimInput {
  claimId: string;
  kind: AssistanceKind;
  amount?: bigint | null;
  givenAt?: Date | null;
  note?: string | null;
}

/** Called after a claim changes what remains of a case's needs (the case is matched again). */
export type NeedsChanged = (caseId: string, now: Date) => Promise<void>;

const MAX_NEEDS_PER_CLAIM = 50;
/** Clock skew tolerated for "given at" times sent by clients. */
const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Claims: an organisation commits to all or part of a case's needs. Every claim locks the case row and then
 * the need rows (in id order) and increases `claimed_minor` with a conditional UPDATE, so two claims for the
 * last part, in one process or several, cannot both succeed; the database CHECK is the last line of defence.
 */
export class ClaimService {
  private needsChanged: NeedsChanged = async () => undefined;

  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    private readonly settings: MatchingSettingsSource,
  ) {}

  /** Registers what to do when a claim changes the remaining need (re-matching). */
  onNeedsChanged(handler: NeedsChanged): void {
    this.needsChanged = handler;
  }

  async get(actor: Actor, globalId: string, field: string[] = ['id']): Promise<ClaimRecord> {
    const id = fromGlobalId('Claim', globalId, field);
    const [claim] = await this.db.select().from(claims).where(eq(claims.id, id));
    if (!claim) throw new NotFoundError('The claim');
    const c = await findCase(this.db, claim.caseId);
    if (!c) throw new NotFoundError('The claim');
    requireAccess(actor, 'claim.view', { organizationId: claim.organizationId, regionCode: c.regionCode }, 'The claim');
    return claim;
  }

  /** Claims on a case: all of them for staff of its region, the caller's organisations' own otherwise. */
  async forCase(actor: Actor, caseGid: string): Promise<ClaimRecord[]> {
    const caseId = fromGlobalId('Case', caseGid, ['caseId']);
    const c = await findCase(this.db, caseId);
    if (!c) throw new NotFoundError('The case');
    if (hasStaffRoleCovering(actor, ['social_worker', 'caseworker', 'approver', 'auditor', 'admin'], c.regionCode)) {
      return this.db.select().from(claims).where(eq(claims.caseId, c.id)).orderBy(desc(claims.createdAt), desc(claims.id));
    }
    const orgs = actorOrganizations(actor);
    const visible = [];
    for (const orgId of new Set(orgs)) if (await isCaseOpenTo(this.db, c.id, orgId)) visible.push(orgId);
    if (visible.length === 0) throw new NotFoundError('The case');
    return this.db
      .select()
      .from(claims)
      .where(and(eq(claims.caseId, c.id), inArray(claims.organizationId, visible)))
      .orderBy(desc(claims.createdAt), desc(claims.id));
  }

  /** An organisation's claims, newest first, for its members and the staff of its home region. */
  async forOrganization(actor: Actor, args: PageArgs & { organizationId: string; status?: ClaimStatus | null }): Promise<Connection<ClaimRecord>> {
    const organizationId = fromGlobalId('Organization', args.organizationId, ['organizationId']);
    const [org] = await findOrganizations(this.db, [organizationId]);
    if (!org) throw new NotFoundError('The organisation');
    requireAccess(actor, 'claim.view', { organizationId, regionCode: org.homeRegionCode }, 'The organisation');
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const where = and(eq(claims.organizationId, organizationId), args.status ? eq(claims.status, args.status) : undefined);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(claims).where(and(where, afterTimeId(claims.createdAt, claims.id, page.after))).orderBy(desc(claims.createdAt), desc(claims.id)).limit(page.limit + 1),
      this.db.select({ n: count() }).from(claims).where(where),
    ]);
    return toConnection(rows, page, (c) => [c.createdAt.toISOString(), c.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  async linesOf(claimIds: readonly string[]): Promise<ClaimLineRecord[]> {
    if (claimIds.length === 0) return [];
    return this.db.select().from(claimLines).where(inArray(claimLines.claimId, [...claimIds])).orderBy(asc(claimLines.position));
  }

  async claimCase(actor: Actor, input: ClaimCaseInput, req: RequestInfo, now = new Date()): Promise<{ claim: ClaimRecord; caseId: string }> {
    const caseId = fromGlobalId('Case', input.caseId, ['input', 'caseId']);
    if (input.needIds.length === 0) throw new UserInputError('NEEDS_REQUIRED', 'Name at least one need to claim.', ['input', 'needIds']);
    if (input.needIds.length > MAX_NEEDS_PER_CLAIM) throw new UserInputError('TOO_MANY_ITEMS', `At most ${MAX_NEEDS_PER_CLAIM} needs per claim.`, ['input', 'needIds']);
    const needIds = input.needIds.map((g, i) => fromGlobalId('CaseNeed', g, ['input', 'needIds', String(i)]));
    if (new Set(needIds).size !== needIds.length) throw new UserInputError('DUPLICATE_NEED', 'Each need may be listed once.', ['input', 'needIds']);
    if (input.amount !== null && input.amount !== undefined && input.amount <= 0n) {
      throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero.', ['input', 'amount']);
    }
    const note = v.optionalText(input.note, ['input', 'note'], { max: 1000, label: 'The note' });
    const org = await actingOrganization(this.db, actor, input.organizationId, ['input', 'organizationId']);
    const found = await findCase(this.db, caseId);
    // Organisations see only the cases matched (or referred) to them.
    if (!found || !(await isCaseOpenTo(this.db, found.id, org.id))) throw new NotFoundError('The case');
    const settings = await this.settings(found.regionCode);

    return inTransaction(this.db, async (tx, afterCommit) => {
      const [c] = await tx.select().from(cases).where(eq(cases.id, found.id)).for('update');
      if (!c) throw new NotFoundError('The case');
      if (!isOpenStatus(c.status)) {
        throw new UserInputError('CASE_NOT_CLAIMABLE', `This case is ${c.status.replace('_', ' ')} and cannot be claimed.`, ['input', 'caseId']);
      }
      if (c.version !== input.expectedVersion) {
        throw new ConflictError(
          'STALE_VERSION',
          `The case has changed since you saw it (you saw version ${input.expectedVersion}, it is now ${c.version}). Reload it and claim again.`,
          ['input', 'expectedVersion'],
        );
      }
      const locked = await tx
        .select()
        .from(caseNeeds)
        .where(and(eq(caseNeeds.caseId, c.id), inArray(caseNeeds.id, needIds)))
        .orderBy(asc(caseNeeds.id))
        .for('update');
      const byId = new Map(locked.map((n) => [n.id, n]));
      const needs: NeedRecord[] = needIds.map((id, i) => {
        const n = byId.get(id);
        if (!n) throw new UserInputError('NEED_NOT_FOUND', 'This is not a need of this case.', ['input', 'needIds', String(i)]);
        return n;
      });
      const remaining = needs.map(remainingOf);
      const total = remaining.reduce((a, b) => a + b, 0n);
      if (total <= 0n && (input.amount === null || input.amount === undefined)) {
        throw new UserInputError('NOTHING_REMAINS', 'Nothing remains to be claimed on these needs (0 fen): they are fully covered.', ['input', 'needIds']);
      }
      const amount = input.amount ?? total;
      if (amount > total) {
        const parts = needs.map((n, i) => `${n.description || n.kind}: ${remaining[i]} fen`).join('; ');
        throw new UserInputError(
          'AMOUNT_EXCEEDS_REMAINING',
          `Only ${total} fen (${formatYuan(total)}) remains unclaimed on these needs (${parts}). Claim at most that.`,
          ['input', 'amount'],
        ).withAmount(total);
      }

      // Spread the amount over the needs in the order given.
      const lines: { needId: string; amount: bigint }[] = [];
      let left = amount;
      needs.forEach((n, i) => {
        const take = left < (remaining[i] as bigint) ? left : (remaining[i] as bigint);
        if (take > 0n) lines.push({ needId: n.id, amount: take });
        left -= take;
      });
      for (const line of lines) {
        const updated = await tx
          .update(caseNeeds)
          .set({ claimedMinor: sql`${caseNeeds.claimedMinor} + ${line.amount.toString()}::bigint`, version: sql`${caseNeeds.version} + 1`, updatedAt: now })
          .where(
            and(
              eq(caseNeeds.id, line.needId),
              sql`${caseNeeds.amountMinor} - ${caseNeeds.reservedMinor} - ${caseNeeds.confirmedMinor} - ${caseNeeds.claimedMinor} >= ${line.amount.toString()}::bigint`,
            ),
          )
          .returning({ id: caseNeeds.id });
        if (updated.length === 0) throw new ConflictError('NEED_CHANGED', 'A need changed while claiming; reload the case and try again.', ['input', 'needIds']);
      }
      const [claim] = await tx
        .insert(claims)
        .values({
          caseId: c.id,
          organizationId: org.id,
          amountMinor: amount,
          note: note ?? null,
          deadlineAt: new Date(now.getTime() + settings.claimDeadlineHours * HOUR_MS),
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!claim) throw new Error('insert returned nothing');
      await tx.insert(claimLines).values(lines.map((l, position) => ({ claimId: claim.id, needId: l.needId, amountMinor: l.amount, position })));
      if (await markCaseInProgress(tx, c, actor.userId, now, req.requestId)) await announceCaseStatus(tx, this.live, afterCommit, c.id);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'claim.create',
        entityType: 'Claim',
        entityId: claim.id,
        regionCode: c.regionCode,
        after: { caseId: c.id, organizationId: org.id, amount, lines, deadlineAt: claim.deadlineAt },
        requestId: req.requestId,
      });
      this.announce(afterCommit, claim, now);
      afterCommit(() => this.needsChanged(c.id, now));
      return { claim, caseId: c.id };
    });
  }

  async releaseClaim(actor: Actor, input: { claimId: string; reason?: string | null }, req: RequestInfo, now = new Date()): Promise<ClaimRecord> {
    const claim = await this.get(actor, input.claimId, ['input', 'claimId']);
    const c = await findCase(this.db, claim.caseId);
    if (!c) throw new NotFoundError('The claim');
    requireAccess(actor, 'claim.release', { organizationId: claim.organizationId, regionCode: c.regionCode }, 'The claim');
    const reason = v.optionalText(input.reason, ['input', 'reason'], { max: 500, label: 'The reason' });
    const closed = await this.close(claim.id, 'released', { actorUserId: actor.userId, reason: reason || 'Released', now, requestId: req.requestId });
    if (!closed) throw new UserInputError('CLAIM_NOT_ACTIVE', 'Only an active claim can be released.', ['input', 'claimId']);
    return closed;
  }

  async fulfilClaim(actor: Actor, input: FulfilClaimInput, req: RequestInfo, now = new Date()): Promise<{ claim: ClaimRecord; assistanceRecords: AssistanceRecordRow[] }> {
    const found = await this.get(actor, input.claimId, ['input', 'claimId']);
    const c = await findCase(this.db, found.caseId);
    if (!c) throw new NotFoundError('The claim');
    requireAccess(actor, 'claim.fulfil', { organizationId: found.organizationId, regionCode: c.regionCode }, 'The claim');
    if (input.amount !== null && input.amount !== undefined && input.amount <= 0n) {
      throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero.', ['input', 'amount']);
    }
    const givenAt = input.givenAt ?? now;
    if (givenAt.getTime() > now.getTime() + FUTURE_SKEW_MS) throw new UserInputError('GIVEN_AT_IN_FUTURE', 'Aid cannot be recorded as given in the future.', ['input', 'givenAt']);
    const note = v.optionalText(input.note, ['input', 'note'], { max: 1000, label: 'The note' });
    const settings = await this.settings(c.regionCode);

    return inTransaction(this.db, async (tx, afterCommit) => {
      const [claim] = await tx.select().from(claims).where(eq(claims.id, found.id)).for('update');
      if (!claim || claim.status !== 'active') throw new UserInputError('CLAIM_NOT_ACTIVE', 'Aid can be recorded only against an active claim.', ['input', 'claimId']);
      const rest = claim.amountMinor - claim.fulfilledMinor;
      const amount = input.amount ?? rest;
      if (amount > rest) throw new UserInputError('AMOUNT_EXCEEDS_CLAIM', `Only ${rest} fen (${formatYuan(rest)}) of this claim is still to be given.`, ['input', 'amount']).withAmount(rest);
      const lines = await tx.select().from(claimLines).where(eq(claimLines.claimId, claim.id)).orderBy(asc(claimLines.position));
      // Aid covers the lines in order; skip what earlier aid covered.
      let skip = claim.fulfilledMinor;
      let left = amount;
      const portions: { needId: string; amount: bigint }[] = [];
      for (const line of lines) {
        const done = skip < line.amountMinor ? skip : line.amountMinor;
        skip -= done;
        const open = line.amountMinor - done;
        const take = left < open ? left : open;
        if (take > 0n) portions.push({ needId: line.needId, amount: take });
        left -= take;
      }
      const records = await tx
        .insert(assistanceRecords)
        .values(
          portions.map((p) => ({
            beneficiaryId: c.beneficiaryId,
            caseId: c.id,
            needId: p.needId,
            organizationId: claim.organizationId,
            claimId: claim.id,
            kind: input.kind,
            amountMinor: p.amount,
            category: c.category ?? 'other',
            note: note ?? null,
            // The calendar day in China Standard Time, as the once-per-year rule counts it.
            givenOn: new Date(givenAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10),
            regionCode: c.regionCode,
            recordedBy: actor.userId,
          })),
        )
        .returning();
      const fulfilled = claim.fulfilledMinor + amount;
      const complete = fulfilled === claim.amountMinor;
      const [updated] = await tx
        .update(claims)
        .set({
          fulfilledMinor: fulfilled,
          status: complete ? 'fulfilled' : 'active',
          // Partial aid is progress: the deadline starts again.
          deadlineAt: complete ? claim.deadlineAt : new Date(now.getTime() + settings.claimDeadlineHours * HOUR_MS),
          closedAt: complete ? now : null,
          closedBy: complete ? actor.userId : null,
          updatedAt: now,
          version: sql`${claims.version} + 1`,
        })
        .where(eq(claims.id, claim.id))
        .returning();
      if (!updated) throw new Error('update returned nothing');
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'claim.fulfil',
        entityType: 'Claim',
        entityId: claim.id,
        regionCode: c.regionCode,
        before: { status: claim.status, fulfilled: claim.fulfilledMinor },
        after: { status: updated.status, fulfilled, kind: input.kind, records: records.map((r) => r.id) },
        requestId: req.requestId,
      });
      this.announce(afterCommit, updated, now);
      return { claim: updated, assistanceRecords: records };
    });
  }

  /** Expires active claims whose deadline has passed, releasing their unfulfilled amounts; returns how many. */
  async expireStaleClaims(now: Date): Promise<number> {
    const due = await this.db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.status, 'active'), lte(claims.deadlineAt, now)))
      .orderBy(asc(claims.deadlineAt))
      .limit(500);
    let expired = 0;
    for (const { id } of due) {
      if (await this.close(id, 'expired', { actorUserId: null, reason: 'No progress by the deadline', now, requestId: null, onlyIfDue: true })) expired++;
    }
    return expired;
  }

  /**
   * Closes an active claim (released or expired): gives its unfulfilled part back to the needs, audits,
   * announces and re-matches the case. Returns null when the claim was not active (or not yet due).
   */
  private async close(
    claimId: string,
    status: 'released' | 'expired',
    o: { actorUserId: string | null; reason: string; now: Date; requestId: string | null; onlyIfDue?: boolean },
  ): Promise<ClaimRecord | null> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      // Another process expiring or releasing the same claim skips it instead of waiting.
      const query = tx.select().from(claims).where(eq(claims.id, claimId));
      const [claim] = o.onlyIfDue ? await query.for('update', { skipLocked: true }) : await query.for('update');
      if (!claim || claim.status !== 'active') return null;
      if (o.onlyIfDue && claim.deadlineAt > o.now) return null;
      const [c] = await tx.select().from(cases).where(eq(cases.id, claim.caseId));
      if (!c) return null;
      const given = await this.giveBack(tx, claim, o.now);
      const [updated] = await tx
        .update(claims)
        .set({ status, closedAt: o.now, closedBy: o.actorUserId, closeReason: o.reason, updatedAt: o.now, version: sql`${claims.version} + 1` })
        .where(eq(claims.id, claim.id))
        .returning();
      if (!updated) return null;
      await recordAudit(tx, {
        actorUserId: o.actorUserId,
        action: status === 'expired' ? 'claim.expire' : 'claim.release',
        entityType: 'Claim',
        entityId: claim.id,
        regionCode: c.regionCode,
        before: { status: 'active' },
        after: { status, reason: o.reason, returned: given },
        requestId: o.requestId,
      });
      this.announce(afterCommit, updated, o.now);
      afterCommit(() => this.needsChanged(claim.caseId, o.now));
      return updated;
    });
  }

  /** Returns a claim's unfulfilled part to its needs (last lines first, as aid covers lines in order). */
  private async giveBack(tx: Tx, claim: ClaimRecord, now: Date): Promise<{ needId: string; amount: bigint }[]> {
    const lines = await tx.select().from(claimLines).where(eq(claimLines.claimId, claim.id)).orderBy(asc(claimLines.position));
    const needIds = [...new Set(lines.map((l) => l.needId))].sort();
    if (needIds.length > 0) await tx.select({ id: caseNeeds.id }).from(caseNeeds).where(inArray(caseNeeds.id, needIds)).orderBy(asc(caseNeeds.id)).for('update');
    let covered = claim.fulfilledMinor;
    const back: { needId: string; amount: bigint }[] = [];
    for (const line of lines) {
      const done = covered < line.amountMinor ? covered : line.amountMinor;
      covered -= done;
      const amount = line.amountMinor - done;
      if (amount <= 0n) continue;
      await tx
        .update(caseNeeds)
        .set({ claimedMinor: sql`${caseNeeds.claimedMinor} - ${amount.toString()}::bigint`, version: sql`${caseNeeds.version} + 1`, updatedAt: now })
        .where(eq(caseNeeds.id, line.needId));
      back.push({ needId: line.needId, amount });
    }
    return back;
  }

  private announce(afterCommit: AfterCommit, claim: ClaimRecord, now: Date): void {
    afterCommit(() =>
      this.live.emit([`case:${claim.caseId}`, `organization:${claim.organizationId}`], 'claim.changed', {
        claimId: claim.id,
        caseId: claim.caseId,
        organizationId: claim.organizationId,
        status: apiName('ClaimStatus', claim.status),
        amount: claim.amountMinor.toString(),
        at: now.toISOString(),
      }),
    );
  }
}
