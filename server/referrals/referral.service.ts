import type { InferSelectModel } from 'drizzle-orm';
import { afterTimeId } from '../db/keyset';
import { and, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { can, requireAccess } from '../access/access';
import type { Actor } from '../access/actor';
import { memberships } from '../accounts/account.table';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import type { BeneficiaryService } from '../beneficiaries/beneficiary.service';
import { nearestStaff, type AlarmService } from '../cases/alarm.service';
import type { CaseService } from '../cases/case.service';
import type { CaseRecord } from '../cases/case.model';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { ConflictError, NotFoundError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Db, Executor, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import type { LiveHub } from '../live/live-hub';
import { apiName } from '../graphql/enum-values';
import type { RoomName } from '../live/events';
import { organizations } from '../organizations/organization.table';
import { levelOfCode, regionContains, regionPrefix } from '../regions/region.data';
import type { Scheduler } from '../scheduler/scheduler';
import { addWorkingDays } from '../scheduler/working-days';
import type { SettingsService } from '../settings/settings.service';
import { jointMeetingItems, referrals } from './referral.table';

export type ReferralRecord = InferSelectModel<typeof referrals>;
export type JointMeetingItemRecord = InferSelectModel<typeof jointMeetingItems>;

/** Organisation kinds that receive personal details only with the person's share consent. */
const NEEDS_SHARE_CONSENT = new Set(['charity', 'red_cross', 'enterprise', 'social_work_agency', 'insurer', 'mass_org', 'relief_fund']);

/** The county whose joint meeting handles a case of this region. */
export const countyOf = (regionCode: string): string => regionCode.slice(0, 6);

/**
 * Referrals between agencies (转办转介, R2, R3, R6) in both directions, with a due date
 * in working days and escalation when unanswered: backup handler, then approver, then
 * the county joint-meeting queue (R8).
 */
export class ReferralService {
  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    private readonly casesSvc: CaseService,
    private readonly people: BeneficiaryService,
    private readonly settings: SettingsService,
    private readonly scheduler: Scheduler,
    private readonly alarms: AlarmService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    scheduler.register('referral.response', (tx, job, now, afterCommit) => this.onResponseDeadline(tx, String(job.payload.referralId), job.runAt, now, afterCommit));
  }

  private async holdingOrganizations(exec: Executor, caseId: string): Promise<string[]> {
    const rows = await exec.select({ org: referrals.toOrganizationId }).from(referrals).where(and(eq(referrals.caseId, caseId), eq(referrals.status, 'accepted')));
    return rows.map((r) => r.org).filter((o): o is string => !!o);
  }

  async create(actor: Actor, input: { caseId: string; toOrganizationId?: string | null; request: string; dueWorkingDays?: number | null }, req: RequestInfo): Promise<ReferralRecord> {
    const request = v.requiredText(input.request, ['input', 'request'], { max: 2000, label: 'What is asked' });
    const toOrgId = input.toOrganizationId ? fromGlobalId('Organization', input.toOrganizationId, ['input', 'toOrganizationId']) : null;
    const days = input.dueWorkingDays === null || input.dueWorkingDays === undefined ? null : v.intInRange(input.dueWorkingDays, ['input', 'dueWorkingDays'], 1, 60, 'The response time');
    return inTransaction(this.db, async (tx, afterCommit) => {
      const c = await this.casesSvc.load(tx, fromGlobalId('Case', input.caseId, ['input', 'caseId']), true);
      const access = await this.casesSvc.accessOf(tx, c);
      const holding = await this.holdingOrganizations(tx, c.id);
      requireAccess(actor, 'referral.create', { ...access, holdingOrganizationIds: holding }, 'The case');
      if (['rejected', 'duplicate', 'withdrawn', 'closed', 'reported'].includes(c.status)) {
        throw new ConflictError('ILLEGAL_TRANSITION', `A case that is ${c.status} cannot be referred; take it in first.`);
      }
      const fromOrg = holding.find((o) => actor.memberships.some((m) => m.organizationId === o)) ?? null;
      if (toOrgId) {
        const [org] = await tx.select().from(organizations).where(eq(organizations.id, toOrgId));
        if (!org || !org.verified) throw new UserInputError('ORGANIZATION_NOT_FOUND', 'The receiving organisation was not found or is not verified.', ['input', 'toOrganizationId']);
        if (org.id === fromOrg) throw new UserInputError('REFERRAL_TO_SELF', 'An organisation cannot refer a case to itself.', ['input', 'toOrganizationId']);
        if (NEEDS_SHARE_CONSENT.has(org.kind) && !(await this.people.hasConsent(tx, c.beneficiaryId, 'share'))) {
          throw new UserInputError('CONSENT_MISSING', 'The person has not consented to sharing their details with charities and other organisations; record the consent first.', ['input', 'toOrganizationId']);
        }
        const [open] = await tx.select({ id: referrals.id }).from(referrals).where(and(eq(referrals.caseId, c.id), eq(referrals.toOrganizationId, org.id), inArray(referrals.status, ['pending', 'accepted'])));
        if (open) throw new ConflictError('REFERRAL_EXISTS', 'This case is already referred to this organisation.');
      } else if (!fromOrg) {
        throw new UserInputError('RECEIVER_REQUIRED', 'Name the organisation to refer the case to.', ['input', 'toOrganizationId']);
      }
      const st = await this.settings.effective(c.regionCode, tx);
      const now = this.clock();
      const dueAt = addWorkingDays(now, days ?? st.values.referralResponseWorkingDays, st.values.holidays);
      const [row] = await tx
        .insert(referrals)
        .values({ caseId: c.id, fromOrganizationId: fromOrg, toOrganizationId: toOrgId, regionCode: c.regionCode, request, dueAt, createdBy: actor.userId as string, createdAt: now })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await this.scheduler.schedule(tx, { key: `referral.response:${row.id}`, kind: 'referral.response', runAt: dueAt, payload: { referralId: row.id } });
      await recordAudit(tx, { actorUserId: actor.userId, action: 'referral.create', entityType: 'Referral', entityId: row.id, regionCode: c.regionCode, after: row, requestId: req.requestId });
      // Whoever must answer hears of it at once: the receiving organisation's members, or the case's handlers when it comes back to the desk.
      const receivers = toOrgId ? (await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.organizationId, toOrgId))).map((m) => m.userId) : [c.handlerUserId, c.backupHandlerUserId];
      await this.alarms.raise(tx, afterCommit, receivers, { kind: 'referral.received', title: `Referral of ${c.reference}: ${request.slice(0, 100)}`, details: { reference: c.reference, request: request.slice(0, 100) }, caseId: c.id, referralId: row.id, dedupeKey: `referral.received:${row.id}` });
      this.emit(afterCommit, row, c);
      return row;
    });
  }

  private async forReferral(tx: Tx, actor: Actor, globalId: string): Promise<{ r: ReferralRecord; c: CaseRecord }> {
    const id = fromGlobalId('Referral', globalId, ['input', 'referralId']);
    const [r] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update');
    if (!r) throw new NotFoundError('The referral');
    const c = await this.casesSvc.load(tx, r.caseId);
    // Receivers, and anyone who may see the case, may know the referral exists.
    const receiver = r.toOrganizationId ? actor.memberships.some((m) => m.organizationId === r.toOrganizationId) : false;
    if (!receiver && !can(actor, 'case.view', await this.casesSvc.accessOf(tx, c))) throw new NotFoundError('The referral');
    requireAccess(actor, 'referral.respond', { regionCode: r.regionCode, toOrganizationId: r.toOrganizationId }, 'The referral');
    return { r, c };
  }

  async respond(actor: Actor, input: { referralId: string; accept: boolean; reason?: string | null }, req: RequestInfo): Promise<ReferralRecord> {
    const reason = v.optionalText(input.reason, ['input', 'reason'], { max: 2000, label: 'The reason' }) || null;
    if (!input.accept && !reason) throw new UserInputError('REASON_REQUIRED', 'Say why the referral is declined.', ['input', 'reason']);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { r, c } = await this.forReferral(tx, actor, input.referralId);
      if (r.status !== 'pending') throw new ConflictError('ILLEGAL_TRANSITION', `This referral was already answered (${r.status}).`);
      const [row] = await tx
        .update(referrals)
        .set({ status: input.accept ? 'accepted' : 'declined', respondedAt: this.clock(), respondedBy: actor.userId, declineReason: input.accept ? null : reason })
        .where(eq(referrals.id, r.id))
        .returning();
      await this.scheduler.cancel(tx, `referral.response:${r.id}`);
      await recordAudit(tx, { actorUserId: actor.userId, action: input.accept ? 'referral.accept' : 'referral.decline', entityType: 'Referral', entityId: r.id, regionCode: r.regionCode, before: { status: r.status }, after: { status: row?.status, declineReason: row?.declineReason }, requestId: req.requestId });
      await this.alarms.raise(tx, afterCommit, [r.createdBy, c.handlerUserId], { kind: input.accept ? 'referral.accepted' : 'referral.declined', title: `Referral of ${c.reference} ${input.accept ? 'accepted' : `declined: ${reason}`}`, details: input.accept ? { reference: c.reference } : { reference: c.reference, reason: reason ?? '' }, caseId: c.id, referralId: r.id, dedupeKey: `referral.answered:${r.id}` });
      this.emit(afterCommit, row as ReferralRecord, c);
      return row as ReferralRecord;
    });
  }

  async complete(actor: Actor, input: { referralId: string; outcome: string }, req: RequestInfo): Promise<ReferralRecord> {
    const outcome = v.requiredText(input.outcome, ['input', 'outcome'], { max: 2000, label: 'The outcome' });
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { r, c } = await this.forReferral(tx, actor, input.referralId);
      if (r.status !== 'accepted') throw new ConflictError('ILLEGAL_TRANSITION', `Only an accepted referral can be completed; this one is ${r.status}.`);
      const [row] = await tx.update(referrals).set({ status: 'completed', completedAt: this.clock(), outcome }).where(eq(referrals.id, r.id)).returning();
      await recordAudit(tx, { actorUserId: actor.userId, action: 'referral.complete', entityType: 'Referral', entityId: r.id, regionCode: r.regionCode, before: { status: r.status }, after: { status: 'completed', outcome }, requestId: req.requestId });
      await this.alarms.raise(tx, afterCommit, [r.createdBy, c.handlerUserId], { kind: 'referral.completed', title: `Referral of ${c.reference} completed: ${outcome.slice(0, 100)}`, details: { reference: c.reference, outcome: outcome.slice(0, 100) }, caseId: c.id, referralId: r.id, dedupeKey: `referral.completed:${r.id}` });
      this.emit(afterCommit, row as ReferralRecord, c);
      return row as ReferralRecord;
    });
  }

  async ofCase(exec: Executor, caseId: string): Promise<ReferralRecord[]> {
    return exec.select().from(referrals).where(eq(referrals.caseId, caseId)).orderBy(desc(referrals.createdAt));
  }

  async find(exec: Executor, ids: readonly string[]): Promise<ReferralRecord[]> {
    if (ids.length === 0) return [];
    return exec.select().from(referrals).where(inArray(referrals.id, [...ids]));
  }

  /** Referrals sent to the caller's organisations. */
  async incoming(actor: Actor, args: PageArgs & { status?: ReferralRecord['status'] | null }): Promise<Connection<ReferralRecord>> {
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const orgs = actor.memberships.filter((m) => m.organizationId).map((m) => m.organizationId as string);
    // Referrals sent back to the desk (no receiving organisation) are for the desk staff of the case's region.
    const deskRegions = actor.memberships.filter((m) => m.regionCode !== null && (m.role === 'caseworker' || m.role === 'approver' || m.role === 'admin')).map((m) => regionPrefix(m.regionCode as string, levelOfCode(m.regionCode as string)));
    if (orgs.length === 0 && deskRegions.length === 0) return toConnection([], page, () => ['', ''] as TimeIdKey, 0);
    const toMe = or(
      orgs.length > 0 ? inArray(referrals.toOrganizationId, orgs) : undefined,
      deskRegions.length > 0 ? and(isNull(referrals.toOrganizationId), or(...deskRegions.map((p) => like(referrals.regionCode, `${p}%`)))) : undefined,
    );
    const where = and(toMe, args.status ? eq(referrals.status, args.status) : undefined);
    const keyset = afterTimeId(referrals.createdAt, referrals.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(referrals).where(and(where, keyset)).orderBy(desc(referrals.createdAt), desc(referrals.id)).limit(page.limit + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(referrals).where(where),
    ]);
    return toConnection(rows, page, (r) => [r.createdAt.toISOString(), r.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  // ---------------------------------------------------------------- escalation

  private async onResponseDeadline(tx: Tx, referralId: string, dueAt: Date, _now: Date, afterCommit: AfterCommit): Promise<void> {
    const [r] = await tx.select().from(referrals).where(eq(referrals.id, referralId)).for('update');
    if (!r || r.status !== 'pending' || r.escalationLevel >= 3) return;
    const c = await this.casesSvc.load(tx, r.caseId);
    const level = r.escalationLevel + 1;
    await tx.update(referrals).set({ escalationLevel: level }).where(eq(referrals.id, r.id));
    const approvers = await nearestStaff(tx, c.regionCode, 'approver');
    const since = r.dueAt.toISOString().slice(0, 10);
    const title = `Referral of ${c.reference} unanswered since ${since}`;
    const facts = { reference: c.reference, since };
    if (level === 1) {
      await this.alarms.raise(tx, afterCommit, [c.backupHandlerUserId ?? c.handlerUserId, c.handlerUserId], { kind: 'referral.overdue', title: `${title}: escalated to the backup handler`, details: { ...facts, step: 'backup' }, caseId: c.id, referralId: r.id, dedupeKey: `referral.overdue:${r.id}:1` });
    } else if (level === 2) {
      await this.alarms.raise(tx, afterCommit, approvers, { kind: 'referral.overdue', title: `${title}: escalated to the approver`, details: { ...facts, step: 'approver' }, caseId: c.id, referralId: r.id, dedupeKey: `referral.overdue:${r.id}:2` });
    } else {
      const county = countyOf(c.regionCode);
      await tx.insert(jointMeetingItems).values({ regionCode: county, caseId: c.id, referralId: r.id, reason: `Referral unanswered after ${r.escalationLevel} escalations: ${r.request.slice(0, 200)}`, createdAt: dueAt });
      await this.alarms.raise(tx, afterCommit, [...approvers, c.handlerUserId, c.backupHandlerUserId], { kind: 'joint_meeting.item', title: `${title}: sent to the ${county} joint meeting`, details: { ...facts, county }, caseId: c.id, referralId: r.id, dedupeKey: `referral.overdue:${r.id}:3` });
    }
    await recordAudit(tx, { actorUserId: null, action: 'referral.escalate', entityType: 'Referral', entityId: r.id, regionCode: r.regionCode, before: { escalationLevel: r.escalationLevel }, after: { escalationLevel: level } });
    if (level < 3) {
      const st = await this.settings.effective(c.regionCode, tx);
      await this.scheduler.schedule(tx, { key: `referral.response:${r.id}`, kind: 'referral.response', runAt: addWorkingDays(dueAt, st.values.referralResponseWorkingDays, st.values.holidays), payload: { referralId: r.id } });
    }
    this.emit(afterCommit, { ...r, escalationLevel: level }, c);
  }

  // ---------------------------------------------------------------- joint meeting

  async queue(actor: Actor, regionCode: string, args: PageArgs & { openOnly?: boolean | null }): Promise<Connection<JointMeetingItemRecord>> {
    requireAccess(actor, 'jointMeeting.view', { regionCode });
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const where = and(like(jointMeetingItems.regionCode, `${regionPrefix(regionCode, levelOfCode(regionCode))}%`), args.openOnly ? isNull(jointMeetingItems.ownerUserId) : undefined);
    const keyset = afterTimeId(jointMeetingItems.createdAt, jointMeetingItems.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(jointMeetingItems).where(and(where, keyset)).orderBy(desc(jointMeetingItems.createdAt), desc(jointMeetingItems.id)).limit(page.limit + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(jointMeetingItems).where(where),
    ]);
    return toConnection(rows, page, (i) => [i.createdAt.toISOString(), i.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  async assign(actor: Actor, input: { itemId: string; ownerId: string; note?: string | null }, req: RequestInfo): Promise<JointMeetingItemRecord> {
    const itemId = fromGlobalId('JointMeetingItem', input.itemId, ['input', 'itemId']);
    const ownerId = fromGlobalId('User', input.ownerId, ['input', 'ownerId']);
    const note = v.optionalText(input.note, ['input', 'note'], { max: 2000, label: 'The note' }) || null;
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [item] = await tx.select().from(jointMeetingItems).where(eq(jointMeetingItems.id, itemId)).for('update');
      if (!item) throw new NotFoundError('The joint-meeting item');
      requireAccess(actor, 'jointMeeting.view', { regionCode: item.regionCode }, 'The joint-meeting item');
      requireAccess(actor, 'jointMeeting.assign', { regionCode: item.regionCode }, 'The joint-meeting item');
      const ownerRoles = await tx.select().from(memberships).where(eq(memberships.userId, ownerId));
      const fits = ownerRoles.some((m) => (m.regionCode && (regionContains(m.regionCode, item.regionCode) || regionContains(item.regionCode, m.regionCode))) || m.organizationId);
      if (!fits) throw new UserInputError('OWNER_NOT_ELIGIBLE', 'The owner must be staff of this county (or above it) or a member of a helping organisation.', ['input', 'ownerId']);
      const [row] = await tx.update(jointMeetingItems).set({ ownerUserId: ownerId, assignedBy: actor.userId, assignedAt: this.clock(), note }).where(eq(jointMeetingItems.id, item.id)).returning();
      await recordAudit(tx, { actorUserId: actor.userId, action: 'jointMeeting.assign', entityType: 'JointMeetingItem', entityId: item.id, regionCode: item.regionCode, before: { ownerUserId: item.ownerUserId }, after: { ownerUserId: ownerId, note }, requestId: req.requestId });
      await this.alarms.raise(tx, afterCommit, [ownerId], { kind: 'joint_meeting.assigned', title: 'The joint meeting assigned you a case', details: {}, caseId: item.caseId, referralId: item.referralId, dedupeKey: `joint_meeting.assigned:${item.id}:${ownerId}` });
      return row as JointMeetingItemRecord;
    });
  }

  private emit(afterCommit: AfterCommit, r: ReferralRecord, c: CaseRecord): void {
    const rooms: RoomName[] = [`case:${c.id}`, `region:${c.regionCode}`];
    if (r.toOrganizationId) rooms.push(`organization:${r.toOrganizationId}`);
    if (r.fromOrganizationId) rooms.push(`organization:${r.fromOrganizationId}`);
    afterCommit(() => this.live.emit(rooms, 'referral.updated', { referralId: r.id, caseId: c.id, status: apiName('ReferralStatus', r.status), escalationLevel: r.escalationLevel, at: this.clock().toISOString() }));
  }
}
