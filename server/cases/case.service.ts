import crypto from 'node:crypto';
import { caseStatusEvent, caseStatusRooms } from './case-status-event';
import { afterTimeId } from '../db/keyset';
import { and, desc, eq, inArray, isNotNull, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { can, requireAccess } from '../access/access';
import { type Actor, actorOrganizations, hasStaffRoleCovering, isSignedIn, staffRegions } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { consents, type ConsentKind } from '../beneficiaries/beneficiary.table';
import type { AssistanceRecordRow, BeneficiaryService, PersonInput } from '../beneficiaries/beneficiary.service';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Db, Executor, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import type { LiveHub } from '../live/live-hub';
import type { RoomName } from '../live/events';
import { apiName } from '../graphql/enum-values';
import { organizations } from '../organizations/organization.table';
import { levelOfCode, regionPrefix } from '../regions/region.data';
import { findRegions } from '../regions/region.repository';
import { referrals } from '../referrals/referral.table';
import type { Scheduler } from '../scheduler/scheduler';
import { addWorkingDays, cstDate, cstYear } from '../scheduler/working-days';
import type { CategorySpec } from '../settings/defaults';
import type { EffectiveSettings, SettingsService } from '../settings/settings.service';
import { type AlarmService, nearestStaff, pickHandlers } from './alarm.service';
import { AIDED_STATUSES, type CaseAction, type CaseActorRole, decide, OPEN_STATUSES, PUBLIC_STATUSES } from './case.lifecycle';
import { payFastTrack } from '../funds/fund.service';
import type { CaseAccess, CaseNeedRecord, CaseRecord, FastTrackRecord, IntakeNoticeModel } from './case.model';
import { caseNeeds, cases, type CaseStatus, type HardshipType, type IntakeChannel, type NeedKind, type PayeeKind, type Urgency } from './case.table';
import { caseReferenceSeq, evidenceFiles, fastTracks, publicReportLimits } from './casedesk.table';

export const REPORTER_KINDS = ['grid_worker', 'police', 'traffic_police', 'city_management', 'rescue_station', 'minors_protection', 'village_committee', 'cadre', 'taxi_driver', 'social_worker', 'charity_worker', 'volunteer', 'hotline', 'public'] as const;
export const VERIFICATION_OUTCOMES = ['eligible', 'ineligible', 'pending_documents', 'waived_emergency'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

export interface CaseFilter {
  status?: CaseStatus[] | null;
  regionCode?: string | null;
  category?: string | null;
  urgency?: Urgency | null;
  overdue?: boolean | null;
  handlerId?: string | null;
}

export interface NeedInput {
  kind: NeedKind;
  description?: string | null;
  amount: bigint;
  payeeKind?: PayeeKind | null;
  payeeName?: string | null;
}

export interface IntakeResult {
  case: CaseRecord;
  notice: IntakeNoticeModel;
  possibleDuplicateOf: CaseRecord | null;
}

export interface DuplicateReport {
  openCases: CaseRecord[];
  sameReasonCases: CaseRecord[];
  sameReasonAssistance: AssistanceRecordRow[];
  assistance: AssistanceRecordRow[];
  repeatAidThisYear: boolean;
}

export interface CaseServiceOptions {
  publicReportsPerHour: number;
  clock?: () => Date;
}

const under = (column: SQL | typeof cases.regionCode, code: string) => like(column, `${regionPrefix(code, levelOfCode(code))}%`);
const REF_STATUSES_SHARED = ['pending', 'accepted', 'completed'] as const;

/** The case desk: intake, verification, fast track, duplicates, deadlines (issue 3). */
/** The moves people make through the case desk's mutations; the others are made by funding, claims and payouts. */
const PERSON_ACTIONS = ['triage', 'start_verification', 'verify', 'reject', 'mark_duplicate', 'withdraw', 'fast_track'] as const satisfies readonly CaseAction[];
export type PersonCaseAction = (typeof PERSON_ACTIONS)[number];

export class CaseService {
  private readonly clock: () => Date;
  private readonly verifiedListeners: ((caseId: string) => Promise<unknown>)[] = [];

  /** Runs after a verification has committed (matching computes the case's matches). */
  onVerified(listener: (caseId: string) => Promise<unknown>): void {
    this.verifiedListeners.push(listener);
  }

  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    private readonly people: BeneficiaryService,
    private readonly settings: SettingsService,
    private readonly scheduler: Scheduler,
    private readonly alarms: AlarmService,
    private readonly options: CaseServiceOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    scheduler.register('case.triage', (tx, job, now, afterCommit) => this.onTriageDeadline(tx, String(job.payload.caseId), now, afterCommit));
    scheduler.register('case.decision', (tx, job, now, afterCommit) => this.onDecisionDeadline(tx, String(job.payload.caseId), now, afterCommit));
    scheduler.register('fasttrack.paperwork', (tx, job, _now, afterCommit) => this.onPaperworkDeadline(tx, String(job.payload.caseId), afterCommit));
  }

  // ---------------------------------------------------------------- access

  /** What the access module needs about a case: region, people, and organisations it is shared with. */
  async accessOf(exec: Executor, c: CaseRecord): Promise<CaseAccess> {
    let shared: string[] = [];
    if (c.beneficiaryId && (await this.people.hasConsent(exec, c.beneficiaryId, 'share'))) {
      const rows = await exec
        .select({ org: referrals.toOrganizationId })
        .from(referrals)
        .where(and(eq(referrals.caseId, c.id), inArray(referrals.status, [...REF_STATUSES_SHARED]), isNotNull(referrals.toOrganizationId)));
      shared = rows.map((r) => r.org as string);
    }
    return { regionCode: c.regionCode, referrerUserId: c.referrerUserId, reporterUserId: c.reporterUserId, published: c.published, sharedWithOrganizationIds: shared };
  }

  async load(exec: Executor, id: string, lock = false): Promise<CaseRecord> {
    const q = exec.select().from(cases).where(eq(cases.id, id));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw new NotFoundError('The case');
    return row;
  }

  /** Loads a case the actor may see (NOT_FOUND otherwise). */
  async get(actor: Actor, globalId: string, field: string[] = ['id']): Promise<CaseRecord> {
    const c = await this.load(this.db, fromGlobalId('Case', globalId, field));
    requireAccess(actor, 'case.view', await this.accessOf(this.db, c), 'The case');
    return c;
  }

  async canView(actor: Actor, c: CaseRecord): Promise<boolean> {
    return can(actor, 'case.view', await this.accessOf(this.db, c));
  }

  /** Loads, locks and checks a case for a desk action, in the caller's transaction. */
  private async forAction(tx: Tx, actor: Actor, globalId: string, action: 'case.handle' | 'case.withdraw' | 'case.manageConsent' | 'case.uploadEvidence' = 'case.handle'): Promise<{ c: CaseRecord; access: CaseAccess }> {
    const c = await this.load(tx, fromGlobalId('Case', globalId, ['input', 'caseId']), true);
    const access = await this.accessOf(tx, c);
    requireAccess(actor, action, access, 'The case');
    return { c, access };
  }

  /** The status moves a person may make on a case now (the lifecycle table for its state and their roles). */
  allowedActions(actor: Actor, c: CaseRecord): PersonCaseAction[] {
    const roles = this.rolesOn(actor, c);
    return PERSON_ACTIONS.filter((a) => decide(c.status, a, roles).ok);
  }

  private rolesOn(actor: Actor | 'system', c: CaseRecord): CaseActorRole[] {
    if (actor === 'system') return ['system'];
    const roles: CaseActorRole[] = [];
    if (hasStaffRoleCovering(actor, ['caseworker'], c.regionCode)) roles.push('caseworker');
    if (hasStaffRoleCovering(actor, ['approver'], c.regionCode)) roles.push('approver');
    if (actor.userId && c.referrerUserId === actor.userId) roles.push('referrer');
    return roles;
  }

  // ---------------------------------------------------------------- the one transition function

  /**
   * Every change of status goes through here: checks the rule table for the state and
   * the caller's role in the case's region, applies the change, writes the audit event,
   * schedules (or cancels) the next deadline, and sends the live event after commit.
   */
  async transition(
    tx: Tx,
    afterCommit: AfterCommit,
    actor: Actor | 'system',
    c: CaseRecord,
    action: CaseAction,
    changes: Partial<typeof cases.$inferInsert> = {},
    meta: { requestId?: string | null; auditExtra?: Record<string, unknown> } = {},
  ): Promise<CaseRecord> {
    const d = decide(c.status, action, this.rolesOn(actor, c));
    if (!d.ok) {
      if (d.code === 'ROLE_NOT_ALLOWED') throw new ForbiddenError(d.message, d.code);
      throw new ConflictError(d.code, d.message);
    }
    const now = this.clock();
    const st = await this.settings.effective(c.regionCode, tx);
    const due = this.dueFor(d.to, c, now, st);
    const [row] = await tx
      .update(cases)
      .set({ ...changes, status: d.to, version: c.version + 1, updatedAt: now, statusChangedAt: now, dueAt: due })
      .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
      .returning();
    if (!row) throw new ConflictError('CASE_CHANGED', 'The case was changed by someone else meanwhile; reload it and try again.');
    await this.scheduleDeadline(tx, row, c.status);
    await recordAudit(tx, {
      actorUserId: actor === 'system' ? null : actor.userId,
      action: `case.${action}`,
      entityType: 'Case',
      entityId: c.id,
      regionCode: c.regionCode,
      before: { status: c.status, version: c.version, ...pick(c, Object.keys(changes)) },
      after: { status: row.status, version: row.version, ...pick(row, Object.keys(changes)), ...meta.auditExtra },
      requestId: meta.requestId ?? null,
    });
    afterCommit(() => this.emitStatus(row));
    return row;
  }

  private dueFor(status: CaseStatus, c: CaseRecord, now: Date, st: EffectiveSettings): Date | null {
    if (status === 'reported') return addWorkingDays(now, st.values.triageWorkingDays, st.values.holidays);
    if (status === 'intake') return addWorkingDays(now, st.values.decisionWorkingDays, st.values.holidays);
    if (status === 'verifying') return c.status === 'intake' && c.dueAt ? c.dueAt : addWorkingDays(now, st.values.decisionWorkingDays, st.values.holidays);
    return null;
  }

  private async scheduleDeadline(tx: Executor, c: CaseRecord, previous: CaseStatus | null): Promise<void> {
    if (c.status === 'reported' && c.dueAt) {
      await this.scheduler.schedule(tx, { key: `case.triage:${c.id}`, kind: 'case.triage', runAt: c.dueAt, payload: { caseId: c.id } });
      return;
    }
    if (previous === 'reported') await this.scheduler.cancel(tx, `case.triage:${c.id}`);
    if ((c.status === 'intake' || c.status === 'verifying') && c.dueAt) {
      await this.scheduler.schedule(tx, { key: `case.decision:${c.id}`, kind: 'case.decision', runAt: c.dueAt, payload: { caseId: c.id } });
    } else if (previous === 'intake' || previous === 'verifying') {
      await this.scheduler.cancel(tx, `case.decision:${c.id}`);
    }
  }

  private rooms(c: CaseRecord): RoomName[] {
    return caseStatusRooms(c);
  }

  private emitStatus(c: CaseRecord): void {
    this.live.emit(this.rooms(c), 'case.status', caseStatusEvent(c));
  }

  // ---------------------------------------------------------------- the three ways in

  /** A discovery report (R7): by a registered reporter of any kind, or anonymously by the public (rate-limited). */
  async reportDiscovery(
    actor: Actor,
    input: { regionCode: string; reporterKind?: string | null; situation: string; category?: string | null; urgency?: Urgency | null; person?: PersonInput | null },
    req: RequestInfo,
  ): Promise<IntakeResult> {
    requireAccess(actor, 'case.report', { regionCode: input.regionCode });
    const region = await this.requireRegion(input.regionCode);
    const st = await this.settings.effective(region);
    const category = input.category ? this.requireCategory(st, input.category, ['input', 'category']) : null;
    const situation = v.requiredText(input.situation, ['input', 'situation'], { max: 4000, label: 'The description of the situation' });
    const kind = input.reporterKind ?? (isSignedIn(actor) ? 'volunteer' : 'public');
    if (!(REPORTER_KINDS as readonly string[]).includes(kind)) throw new UserInputError('UNKNOWN_REPORTER_KIND', `Reporter kinds are: ${REPORTER_KINDS.join(', ')}.`, ['input', 'reporterKind']);
    const person = await this.people.validatePerson(this.db, input.person ?? {}, ['input', 'person']);
    const anonymous = !isSignedIn(actor);
    const channel: IntakeChannel = anonymous || kind === 'public' ? 'public_report' : kind === 'hotline' ? 'hotline' : 'discovery';
    return inTransaction(this.db, async (tx, afterCommit) => {
      if (anonymous) await this.countPublicReport(tx, req.ip);
      return this.createCase(tx, afterCommit, actor, req, {
        region,
        status: 'reported',
        channel,
        category,
        urgency: input.urgency ?? 'normal',
        person,
        situation,
        reporterKind: kind,
        reporterUserId: actor.userId,
        referrerUserId: null,
        consents: [],
        st,
      });
    });
  }

  /** A referral by a social worker (R7), with the person's consent to be referred and any further consents. */
  async referCase(
    actor: Actor,
    input: { regionCode: string; category: string; urgency?: Urgency | null; person: PersonInput; situation: string; personConsented: boolean; consentToPublish?: boolean | null; consentToShare?: boolean | null },
    req: RequestInfo,
  ): Promise<IntakeResult> {
    const region = await this.requireRegion(input.regionCode);
    requireAccess(actor, 'case.refer', { regionCode: region });
    if (!input.personConsented) throw new UserInputError('CONSENT_MISSING', 'A referral needs the person’s consent to be referred; record it first.', ['input', 'personConsented']);
    return this.intakeBy(actor, req, { ...input, regionCode: region }, 'referral');
  }

  /** An application registered by a caseworker at the window for an applicant (R7). */
  async registerApplication(
    actor: Actor,
    input: { regionCode: string; category: string; urgency?: Urgency | null; person: PersonInput; situation: string; consentToPublish?: boolean | null; consentToShare?: boolean | null },
    req: RequestInfo,
  ): Promise<IntakeResult> {
    const region = await this.requireRegion(input.regionCode);
    requireAccess(actor, 'case.register', { regionCode: region });
    return this.intakeBy(actor, req, { ...input, regionCode: region }, 'application');
  }

  private async intakeBy(
    actor: Actor,
    req: RequestInfo,
    input: { regionCode: string; category: string; urgency?: Urgency | null; person: PersonInput; situation: string; consentToPublish?: boolean | null; consentToShare?: boolean | null },
    channel: 'referral' | 'application',
  ): Promise<IntakeResult> {
    const st = await this.settings.effective(input.regionCode);
    const category = this.requireCategory(st, input.category, ['input', 'category']);
    const situation = v.requiredText(input.situation, ['input', 'situation'], { max: 4000, label: 'The description of the situation' });
    const person = await this.people.validatePerson(this.db, input.person, ['input', 'person']);
    const granted: ConsentKind[] = [...(input.consentToPublish ? (['publish'] as const) : []), ...(input.consentToShare ? (['share'] as const) : [])];
    return inTransaction(this.db, (tx, afterCommit) =>
      this.createCase(tx, afterCommit, actor, req, {
        region: input.regionCode,
        status: 'intake',
        channel,
        category,
        urgency: input.urgency ?? 'normal',
        person,
        situation,
        reporterKind: channel === 'referral' ? 'social_worker' : null,
        reporterUserId: null,
        referrerUserId: channel === 'referral' ? actor.userId : null,
        consents: granted,
        st,
      }),
    );
  }

  private async createCase(
    tx: Tx,
    afterCommit: AfterCommit,
    actor: Actor,
    req: RequestInfo,
    p: {
      region: string;
      status: 'reported' | 'intake';
      channel: IntakeChannel;
      category: CategorySpec | null;
      urgency: Urgency;
      person: Awaited<ReturnType<BeneficiaryService['validatePerson']>>;
      situation: string;
      reporterKind: string | null;
      reporterUserId: string | null;
      referrerUserId: string | null;
      consents: ConsentKind[];
      st: EffectiveSettings;
    },
  ): Promise<IntakeResult> {
    const now = this.clock();
    const beneficiary = await this.people.findOrCreate(tx, p.person, actor.userId);
    for (const kind of p.consents) await this.people.grantConsent(tx, beneficiary.id, kind, actor.userId as string);
    // Duplicate flag: an open case of the same person for the same reason.
    let possibleDuplicate: CaseRecord | null = null;
    if (beneficiary.identified) {
      const open = await tx
        .select()
        .from(cases)
        .where(and(eq(cases.beneficiaryId, beneficiary.id), inArray(cases.status, [...OPEN_STATUSES])))
        .orderBy(desc(cases.createdAt));
      possibleDuplicate = open.find((o) => p.category && o.category === p.category.code) ?? null;
    }
    const [handler, backup] = await pickHandlers(tx, p.region);
    const [seq] = await tx.select({ n: sql<string>`nextval(${sql.raw(`'${caseReferenceSeq.seqName}'`)})::text` }).from(sql`(SELECT 1) AS one`);
    const reference = `JJN-${p.region.slice(0, 6)}-${cstYear(now)}-${String(seq?.n ?? '0').padStart(6, '0')}`;
    const dueAt = addWorkingDays(now, p.status === 'reported' ? p.st.values.triageWorkingDays : p.st.values.decisionWorkingDays, p.st.values.holidays);
    const [row] = await tx
      .insert(cases)
      .values({
        reference,
        beneficiaryId: beneficiary.id,
        regionCode: p.region,
        category: p.category?.code ?? null,
        hardshipType: p.category?.hardshipType ?? null,
        urgency: p.urgency,
        intakeChannel: p.channel,
        status: p.status,
        reporterUserId: p.reporterUserId,
        referrerUserId: p.referrerUserId,
        handlerUserId: handler,
        backupHandlerUserId: backup,
        reporterKind: p.reporterKind,
        situationEnc: this.people.pii.encrypt(p.situation),
        possibleDuplicateOfCaseId: possibleDuplicate?.id ?? null,
        dueAt,
        createdAt: now,
        updatedAt: now,
        statusChangedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await this.scheduleDeadline(tx, row, null);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: `case.${p.channel === 'application' ? 'registerApplication' : p.channel === 'referral' ? 'refer' : 'report'}`,
      entityType: 'Case',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { ...row, situationEnc: undefined, consents: p.consents, possibleDuplicateOf: possibleDuplicate?.reference ?? null },
      requestId: req.requestId,
    });
    await this.alarms.raise(tx, afterCommit, [handler, backup], { kind: 'case.assigned', title: `New case ${reference} (${p.status})`, details: { reference, status: apiName('CaseStatus', p.status) }, caseId: row.id, dedupeKey: `case.assigned:${row.id}` });
    if (possibleDuplicate) {
      await this.alarms.raise(tx, afterCommit, [handler, backup], { kind: 'case.possible_duplicate', title: `Case ${reference} may duplicate open case ${possibleDuplicate.reference}`, details: { reference, other: possibleDuplicate.reference }, caseId: row.id, dedupeKey: `case.possible_duplicate:${row.id}` });
    }
    afterCommit(() => this.emitStatus(row));
    return { case: row, notice: await this.notice(tx, row, p.st), possibleDuplicateOf: possibleDuplicate };
  }

  /** The one-time notification (一次性告知): every document of the category's checklist not yet provided. */
  async notice(exec: Executor, c: CaseRecord, st?: EffectiveSettings): Promise<IntakeNoticeModel> {
    const settings = st ?? (await this.settings.effective(c.regionCode, exec));
    const category = settings.values.categories.find((k) => k.code === c.category);
    if (!category) return { category: c.category, missingDocuments: [], message: 'The category is not yet known; the handler will tell every document needed once it is set.' };
    const have = new Set((await exec.select({ kind: evidenceFiles.documentKind }).from(evidenceFiles).where(eq(evidenceFiles.caseId, c.id))).map((r) => r.kind));
    const missing = category.documents.filter((d) => !have.has(d.code));
    return {
      category: category.code,
      missingDocuments: missing,
      message: missing.length === 0 ? 'All documents of the checklist have been provided.' : `Please provide these ${missing.length} documents: ${missing.map((d) => d.label).join('; ')}.`,
    };
  }

  private async countPublicReport(tx: Executor, ip: string): Promise<void> {
    const key = `ip:${crypto.createHash('sha256').update(ip).digest('hex').slice(0, 32)}`;
    const now = this.clock();
    const windowStart = new Date(now.getTime() - 3600_000);
    const [row] = await tx
      .insert(publicReportLimits)
      .values({ key, windowStartedAt: now, count: 1 })
      .onConflictDoUpdate({
        target: publicReportLimits.key,
        set: {
          count: sql`CASE WHEN ${publicReportLimits.windowStartedAt} < ${windowStart} THEN 1 ELSE ${publicReportLimits.count} + 1 END`,
          windowStartedAt: sql`CASE WHEN ${publicReportLimits.windowStartedAt} < ${windowStart} THEN ${now} ELSE ${publicReportLimits.windowStartedAt} END`,
        },
      })
      .returning();
    if (row && row.count > this.options.publicReportsPerHour) {
      const retry = Math.max(1, Math.ceil((row.windowStartedAt.getTime() + 3600_000 - now.getTime()) / 1000));
      throw new RateLimitedError('Too many reports from this address; please call the 12345 hotline or try again later.', retry, 'TOO_MANY_REPORTS');
    }
  }

  // ---------------------------------------------------------------- triage and verification

  async triage(actor: Actor, input: { caseId: string; category?: string | null; urgency?: Urgency | null }, req: RequestInfo): Promise<{ case: CaseRecord; notice: IntakeNoticeModel }> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      const st = await this.settings.effective(c.regionCode, tx);
      const category = input.category ? this.requireCategory(st, input.category, ['input', 'category']) : null;
      const row = await this.transition(tx, afterCommit, actor, c, 'triage', {
        ...(category ? { category: category.code, hardshipType: category.hardshipType } : {}),
        ...(input.urgency ? { urgency: input.urgency } : {}),
      }, { requestId: req.requestId });
      return { case: row, notice: await this.notice(tx, row, st) };
    });
  }

  async startVerification(actor: Actor, input: { caseId: string }, req: RequestInfo): Promise<CaseRecord> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      if (!c.category) throw new UserInputError('CATEGORY_REQUIRED', 'Set the category (triage) before verification.', ['input', 'caseId']);
      return this.transition(tx, afterCommit, actor, c, 'start_verification', {}, { requestId: req.requestId });
    });
  }

  /** Records the economic verification (核对) outcome; the case stays in verification. */
  async recordVerification(actor: Actor, input: { caseId: string; outcome: VerificationOutcome; notes?: string | null }, req: RequestInfo): Promise<CaseRecord> {
    const notes = v.optionalText(input.notes, ['input', 'notes'], { max: 4000, label: 'The notes' });
    return inTransaction(this.db, async (tx) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      if (c.status !== 'verifying') throw new ConflictError('ILLEGAL_TRANSITION', `Verification can be recorded only while the case is verifying; it is ${c.status.replace('_', ' ')}.`);
      const [row] = await tx
        .update(cases)
        .set({ verificationOutcome: input.outcome, verificationNotesEnc: this.people.pii.encryptOptional(notes), version: c.version + 1, updatedAt: this.clock() })
        .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
        .returning();
      if (!row) throw new ConflictError('CASE_CHANGED', 'The case was changed by someone else meanwhile; reload it and try again.');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'case.recordVerification', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, before: { verificationOutcome: c.verificationOutcome }, after: { verificationOutcome: row.verificationOutcome, verificationNotes: notes ? '[recorded]' : null }, requestId: req.requestId });
      return row;
    });
  }

  async verify(
    actor: Actor,
    input: { caseId: string; category: string; hardshipType: HardshipType; urgency: Urgency; needs: NeedInput[]; publish: boolean; publicSummary?: string | null; repeatAidOverrideReason?: string | null },
    req: RequestInfo,
  ): Promise<CaseRecord> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c, access } = await this.forAction(tx, actor, input.caseId);
      const legal = decide(c.status, 'verify', this.rolesOn(actor, c));
      if (!legal.ok) throw legal.code === 'ROLE_NOT_ALLOWED' ? new ForbiddenError(legal.message, legal.code) : new ConflictError(legal.code, legal.message);
      const st = await this.settings.effective(c.regionCode, tx);
      const category = this.requireCategory(st, input.category, ['input', 'category']);
      if (c.verificationOutcome !== 'eligible' && c.verificationOutcome !== 'waived_emergency') {
        throw new UserInputError('VERIFICATION_INCOMPLETE', 'Record an economic verification outcome of ELIGIBLE (or WAIVED_EMERGENCY) before verifying the case.', ['input', 'caseId']);
      }
      const needs = this.validateNeeds(input.needs, st);
      const override = await this.checkRepeatAid(tx, actor, c, access, category.code, input.repeatAidOverrideReason);
      let summary: string | null = null;
      if (input.publish) {
        if (!(await this.people.hasConsent(tx, c.beneficiaryId, 'publish'))) {
          throw new UserInputError('CONSENT_MISSING', 'The person has not consented to publishing a redacted story; record the consent or verify without publishing.', ['input', 'publish']);
        }
        summary = v.requiredText(input.publicSummary ?? '', ['input', 'publicSummary'], { max: 2000, label: 'The public summary' });
        await this.requireRedacted(tx, c, summary);
      }
      await tx.delete(caseNeeds).where(eq(caseNeeds.caseId, c.id));
      await tx.insert(caseNeeds).values(needs.map((n) => ({ caseId: c.id, kind: n.kind, description: n.description, amountMinor: n.amount, payeeKind: n.payeeKind, payeeName: n.payeeName })));
      const now = this.clock();
      afterCommit(async () => {
        for (const listener of this.verifiedListeners) await listener(c.id);
      });
      return this.transition(
        tx,
        afterCommit,
        actor,
        c,
        'verify',
        {
          category: category.code,
          hardshipType: input.hardshipType,
          urgency: input.urgency,
          published: input.publish,
          publicSummary: summary,
          publishedAt: input.publish ? now : null,
          repeatAidOverrideReason: override,
        },
        { requestId: req.requestId, auditExtra: { needs: needs.map((n) => ({ kind: n.kind, amount: n.amount })) } },
      );
    });
  }

  async reject(actor: Actor, input: { caseId: string; reason: string }, req: RequestInfo): Promise<CaseRecord> {
    const reason = v.requiredText(input.reason, ['input', 'reason'], { max: 2000, label: 'The reason' });
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      const row = await this.transition(tx, afterCommit, actor, c, 'reject', { decisionReason: reason, published: false }, { requestId: req.requestId });
      await this.alarms.raise(tx, afterCommit, [c.referrerUserId, c.reporterUserId], { kind: 'case.rejected', title: `Case ${c.reference} was not taken on: ${reason}`, details: { reference: c.reference, reason }, caseId: c.id, dedupeKey: `case.rejected:${c.id}` });
      return row;
    });
  }

  async markDuplicate(actor: Actor, input: { caseId: string; duplicateOfCaseId: string; reason?: string | null }, req: RequestInfo): Promise<CaseRecord> {
    const otherId = fromGlobalId('Case', input.duplicateOfCaseId, ['input', 'duplicateOfCaseId']);
    const reason = v.optionalText(input.reason, ['input', 'reason'], { max: 2000, label: 'The reason' });
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      if (otherId === c.id) throw new UserInputError('DUPLICATE_OF_ITSELF', 'A case cannot duplicate itself.', ['input', 'duplicateOfCaseId']);
      const [other] = await tx.select().from(cases).where(eq(cases.id, otherId));
      if (!other || !can(actor, 'case.view', await this.accessOf(tx, other))) throw new UserInputError('CASE_NOT_FOUND', 'The case it duplicates was not found.', ['input', 'duplicateOfCaseId']);
      if (other.duplicateOfCaseId) throw new UserInputError('DUPLICATE_OF_DUPLICATE', `Case ${other.reference} is itself a duplicate; link to the case it duplicates.`, ['input', 'duplicateOfCaseId']);
      const row = await this.transition(tx, afterCommit, actor, c, 'mark_duplicate', { duplicateOfCaseId: other.id, decisionReason: reason ?? `Duplicate of ${other.reference}`, published: false }, { requestId: req.requestId });
      await this.alarms.raise(tx, afterCommit, [c.referrerUserId, c.reporterUserId], { kind: 'case.duplicate', title: `Case ${c.reference} is already handled as ${other.reference}`, details: { reference: c.reference, other: other.reference }, caseId: c.id, dedupeKey: `case.duplicate:${c.id}` });
      return row;
    });
  }

  async withdraw(actor: Actor, input: { caseId: string; reason: string }, req: RequestInfo): Promise<CaseRecord> {
    const reason = v.requiredText(input.reason, ['input', 'reason'], { max: 2000, label: 'The reason' });
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId, 'case.withdraw');
      return this.transition(tx, afterCommit, actor, c, 'withdraw', { decisionReason: reason, published: false }, { requestId: req.requestId });
    });
  }

  // ---------------------------------------------------------------- fast track

  async fastTrack(actor: Actor, input: { caseId: string; amount: bigint; fundOrganizationId: string; repeatAidOverrideReason?: string | null }, req: RequestInfo): Promise<{ case: CaseRecord; fastTrack: FastTrackRecord }> {
    const fundId = fromGlobalId('Organization', input.fundOrganizationId, ['input', 'fundOrganizationId']);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c, access } = await this.forAction(tx, actor, input.caseId);
      const legal = decide(c.status, 'fast_track', this.rolesOn(actor, c));
      if (!legal.ok) throw legal.code === 'ROLE_NOT_ALLOWED' ? new ForbiddenError(legal.message, legal.code) : new ConflictError(legal.code, legal.message);
      if (!c.category) throw new UserInputError('CATEGORY_REQUIRED', 'Set the category before fast-tracking the case.', ['input', 'caseId']);
      const st = await this.settings.effective(c.regionCode, tx);
      const cap = st.values.dibaoMonthlyStandardMinor * BigInt(st.values.capMultiplier);
      if (input.amount <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero.', ['input', 'amount']);
      if (input.amount > cap) throw new UserInputError('AMOUNT_ABOVE_CAP', `The amount is above this region’s cap of ${cap} fen (${st.values.capMultiplier} × the monthly 低保 standard).`, ['input', 'amount']);
      if (input.amount > st.values.townshipApprovalLimitMinor && !can(actor, 'case.approve', access)) {
        throw new ForbiddenError(`Fast-track relief above ${st.values.townshipApprovalLimitMinor} fen needs an approver.`, 'ABOVE_TOWNSHIP_LIMIT');
      }
      const [fund] = await tx.select().from(organizations).where(eq(organizations.id, fundId));
      if (!fund || fund.kind !== 'relief_fund') throw new UserInputError('NOT_A_RELIEF_FUND', 'Fast-track relief is paid from a relief fund (an organisation of kind RELIEF_FUND).', ['input', 'fundOrganizationId']);
      const override = await this.checkRepeatAid(tx, actor, c, access, c.category, input.repeatAidOverrideReason);
      const now = this.clock();
      const due = addWorkingDays(now, st.values.paperworkWorkingDays, st.values.holidays);
      const [ft] = await tx
        .insert(fastTracks)
        .values({ caseId: c.id, amountMinor: input.amount, fundOrganizationId: fund.id, decidedBy: actor.userId as string, decidedAt: now, paperworkDueAt: due, overrideReason: override })
        .onConflictDoNothing()
        .returning();
      if (!ft) throw new ConflictError('ALREADY_FAST_TRACKED', 'This case was already fast-tracked once.');
      // The relief is paid from the fund through the ledger, in this same transaction: no decision without its money movement.
      await payFastTrack(tx, { caseId: c.id, fundOrganizationId: fund.id, amount: input.amount, payeeKind: 'beneficiary', decisionId: ft.id, actorUserId: actor.userId, requestId: req.requestId });
      await this.people.recordAssistance(tx, { beneficiaryId: c.beneficiaryId as string, caseId: c.id, kind: 'fast_track', amountMinor: input.amount, category: c.category, givenOn: cstDate(now), organizationId: fund.id, regionCode: c.regionCode, recordedBy: actor.userId });
      await this.scheduler.schedule(tx, { key: `fasttrack.paperwork:${c.id}`, kind: 'fasttrack.paperwork', runAt: due, payload: { caseId: c.id } });
      const row = await this.transition(tx, afterCommit, actor, c, 'fast_track', { repeatAidOverrideReason: override ?? c.repeatAidOverrideReason }, { requestId: req.requestId, auditExtra: { amount: input.amount, fund: fund.id, paperworkDueAt: due } });
      return { case: row, fastTrack: ft };
    });
  }

  async clearPaperwork(actor: Actor, input: { caseId: string }, req: RequestInfo): Promise<{ case: CaseRecord; fastTrack: FastTrackRecord }> {
    return inTransaction(this.db, async (tx) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      const [ft] = await tx.select().from(fastTracks).where(eq(fastTracks.caseId, c.id)).for('update');
      if (!ft) throw new ConflictError('NOT_FAST_TRACKED', 'This case was not fast-tracked; it owes no paperwork.');
      if (ft.clearedAt) throw new ConflictError('PAPERWORK_ALREADY_CLEARED', 'The paperwork of this case was already cleared.');
      const missing = (await this.notice(tx, c)).missingDocuments;
      if (missing.length > 0) throw new UserInputError('DOCUMENTS_MISSING', `Documents still missing: ${missing.map((d) => d.code).join(', ')}.`, ['input', 'caseId']);
      const [cleared] = await tx.update(fastTracks).set({ clearedAt: this.clock(), clearedBy: actor.userId }).where(eq(fastTracks.id, ft.id)).returning();
      await this.scheduler.cancel(tx, `fasttrack.paperwork:${c.id}`);
      await recordAudit(tx, { actorUserId: actor.userId, action: 'case.clearPaperwork', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, before: { clearedAt: null }, after: { clearedAt: cleared?.clearedAt }, requestId: req.requestId });
      return { case: c, fastTrack: cleared as FastTrackRecord };
    });
  }

  async fastTrackOf(exec: Executor, caseId: string): Promise<FastTrackRecord | null> {
    const [ft] = await exec.select().from(fastTracks).where(eq(fastTracks.caseId, caseId));
    return ft ?? null;
  }

  // ---------------------------------------------------------------- duplicates and missed aid (R11)

  async duplicateReport(exec: Executor, c: CaseRecord, category: string | null = c.category): Promise<DuplicateReport> {
    if (!c.beneficiaryId) return { openCases: [], sameReasonCases: [], sameReasonAssistance: [], assistance: [], repeatAidThisYear: false };
    const year = cstYear(this.clock());
    const others = await exec.select().from(cases).where(and(eq(cases.beneficiaryId, c.beneficiaryId), ne(cases.id, c.id))).orderBy(desc(cases.createdAt));
    const openCases = others.filter((o) => OPEN_STATUSES.includes(o.status));
    const sameReasonCases = category ? others.filter((o) => o.category === category && AIDED_STATUSES.includes(o.status) && cstYear(o.statusChangedAt) === year) : [];
    const assistance = await this.people.assistance(exec, c.beneficiaryId);
    const sameReasonAssistance = category ? assistance.filter((a) => a.category === category && a.givenOn.startsWith(String(year)) && a.caseId !== c.id) : [];
    return { openCases, sameReasonCases, sameReasonAssistance, assistance, repeatAidThisYear: sameReasonCases.length + sameReasonAssistance.length > 0 };
  }

  async duplicateCheck(actor: Actor, globalId: string): Promise<DuplicateReport> {
    const c = await this.load(this.db, fromGlobalId('Case', globalId, ['caseId']));
    requireAccess(actor, 'case.handle', await this.accessOf(this.db, c), 'The case');
    return this.duplicateReport(this.db, c);
  }

  /** The once-per-reason-per-year rule: refuses repeat aid unless an approver gives a reason. Returns the recorded override. */
  private async checkRepeatAid(tx: Executor, actor: Actor, c: CaseRecord, access: CaseAccess, category: string, overrideReason: string | null | undefined): Promise<string | null> {
    const report = await this.duplicateReport(tx, c, category);
    const reason = v.optionalText(overrideReason, ['input', 'repeatAidOverrideReason'], { max: 2000, label: 'The reason' }) || null;
    if (!report.repeatAidThisYear) return null;
    if (!reason) {
      const refs = report.sameReasonCases.map((o) => o.reference).join(', ');
      throw new UserInputError('REPEAT_AID_THIS_YEAR', `This person was already helped for the same reason this year${refs ? ` (${refs})` : ''}; an approver may override with a recorded reason.`, ['input', 'repeatAidOverrideReason']);
    }
    if (!can(actor, 'case.approve', access)) throw new ForbiddenError('Only an approver may allow repeat aid for the same reason in one year.', 'OVERRIDE_NEEDS_APPROVER');
    return reason;
  }

  async recordAssistance(actor: Actor, input: { caseId: string; kind: string; amount: bigint; givenOn?: string | null; organizationId?: string | null }, req: RequestInfo): Promise<AssistanceRecordRow> {
    const kind = v.tags([input.kind], ['input', 'kind'], { maxLength: 30 })[0] as string;
    if (input.amount < 0n) throw new UserInputError('AMOUNT_NEGATIVE', 'The amount must not be negative.', ['input', 'amount']);
    const givenOn = input.givenOn ?? cstDate(this.clock());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(givenOn) || Number.isNaN(Date.parse(givenOn))) throw new UserInputError('INVALID_DATE', 'The date is YYYY-MM-DD.', ['input', 'givenOn']);
    const orgId = input.organizationId ? fromGlobalId('Organization', input.organizationId, ['input', 'organizationId']) : null;
    return inTransaction(this.db, async (tx) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      if (!c.beneficiaryId || !c.category) throw new UserInputError('CATEGORY_REQUIRED', 'Set the category before recording aid.', ['input', 'caseId']);
      const rec = await this.people.recordAssistance(tx, { beneficiaryId: c.beneficiaryId, caseId: c.id, kind, amountMinor: input.amount, category: c.category, givenOn, organizationId: orgId, regionCode: c.regionCode, recordedBy: actor.userId });
      await recordAudit(tx, { actorUserId: actor.userId, action: 'case.recordAssistance', entityType: 'AssistanceRecordRow', entityId: rec.id, regionCode: c.regionCode, after: rec, requestId: req.requestId });
      return rec;
    });
  }

  // ---------------------------------------------------------------- consents and identity

  async setConsent(actor: Actor, input: { caseId: string; kind: ConsentKind; granted: boolean }, req: RequestInfo): Promise<CaseRecord> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId, 'case.manageConsent');
      if (!c.beneficiaryId) throw new UserInputError('NO_BENEFICIARY', 'This case has no person recorded.', ['input', 'caseId']);
      if (input.granted) {
        const consent = await this.people.grantConsent(tx, c.beneficiaryId, input.kind, actor.userId as string);
        await recordAudit(tx, { actorUserId: actor.userId, action: 'consent.grant', entityType: 'Consent', entityId: consent.id, regionCode: c.regionCode, after: { kind: input.kind, beneficiaryId: c.beneficiaryId, caseId: c.id }, requestId: req.requestId });
        return c;
      }
      const revoked = await this.people.revokeConsent(tx, c.beneficiaryId, input.kind, actor.userId as string);
      for (const r of revoked) await recordAudit(tx, { actorUserId: actor.userId, action: 'consent.revoke', entityType: 'Consent', entityId: r.id, regionCode: c.regionCode, after: { kind: r.kind, beneficiaryId: c.beneficiaryId }, requestId: req.requestId });
      if (input.kind === 'publish') {
        // Unpublish every case of the person, at once.
        const unpublished = await tx
          .update(cases)
          .set({ published: false, updatedAt: this.clock(), version: sql`${cases.version} + 1` })
          .where(and(eq(cases.beneficiaryId, c.beneficiaryId), eq(cases.published, true)))
          .returning();
        for (const u of unpublished) {
          await recordAudit(tx, { actorUserId: actor.userId, action: 'case.unpublish', entityType: 'Case', entityId: u.id, regionCode: u.regionCode, before: { published: true }, after: { published: false, reason: 'consent revoked' }, requestId: req.requestId });
          afterCommit(() => this.emitStatus(u));
        }
      }
      // Sharing stops at once: organisations see a case only while the share consent holds (checked on every read).
      return this.load(tx, c.id);
    });
  }

  async identify(actor: Actor, input: { caseId: string; idNumber: string; name?: string | null }, req: RequestInfo): Promise<{ case: CaseRecord; merged: boolean }> {
    const person = await this.people.validatePerson(this.db, { idNumber: input.idNumber, name: input.name }, ['input']);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const { c } = await this.forAction(tx, actor, input.caseId);
      if (!c.beneficiaryId) throw new UserInputError('NO_BENEFICIARY', 'This case has no person recorded.', ['input', 'caseId']);
      const [b] = await this.people.find(tx, [c.beneficiaryId]);
      if (b?.identified) throw new ConflictError('ALREADY_IDENTIFIED', 'This person is already identified.');
      const result = await this.people.identify(tx, c.beneficiaryId, person.idNumber as string, person.name);
      if (result.merged) await tx.update(cases).set({ beneficiaryId: result.beneficiaryId }).where(eq(cases.beneficiaryId, c.beneficiaryId));
      const [row] = await tx.update(cases).set({ version: c.version + 1, updatedAt: this.clock() }).where(eq(cases.id, c.id)).returning();
      await recordAudit(tx, { actorUserId: actor.userId, action: 'beneficiary.identify', entityType: 'Beneficiary', entityId: result.beneficiaryId, regionCode: c.regionCode, after: { caseId: c.id, merged: result.merged, idNumber: person.idNumber }, requestId: req.requestId });
      afterCommit(() => undefined);
      return { case: row as CaseRecord, merged: result.merged };
    });
  }

  // ---------------------------------------------------------------- reads

  /** SQL for "the actor may see this case", mirroring the `case.view` policy. */
  private visibleTo(actor: Actor): SQL {
    const parts: SQL[] = [];
    for (const r of staffRegions(actor, ['admin', 'approver', 'auditor', 'caseworker'])) parts.push(under(cases.regionCode, r));
    if (actor.userId) parts.push(eq(cases.referrerUserId, actor.userId));
    const orgs = actorOrganizations(actor);
    if (orgs.length > 0) {
      parts.push(sql`(EXISTS (SELECT 1 FROM ${referrals} r WHERE r.case_id = ${cases.id} AND r.to_organization_id IN (${sql.join(orgs.map((o) => sql`${o}::uuid`), sql`, `)}) AND r.status IN ('pending','accepted','completed'))
        AND EXISTS (SELECT 1 FROM ${consents} k WHERE k.beneficiary_id = ${cases.beneficiaryId} AND k.kind = 'share' AND k.revoked_at IS NULL))`);
    }
    return parts.length > 0 ? (or(...parts) as SQL) : sql`false`;
  }

  async list(actor: Actor, filter: CaseFilter | null | undefined, args: PageArgs): Promise<Connection<CaseRecord>> {
    if (filter?.regionCode) requireAccess(actor, 'case.list', { regionCode: filter.regionCode });
    if (!isSignedIn(actor)) return toConnection([], { limit: 1, after: null }, () => '', 0);
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const conds: SQL[] = [this.visibleTo(actor)];
    if (filter?.regionCode) conds.push(under(cases.regionCode, filter.regionCode));
    if (filter?.status?.length) conds.push(inArray(cases.status, filter.status));
    if (filter?.category) conds.push(eq(cases.category, filter.category));
    if (filter?.urgency) conds.push(eq(cases.urgency, filter.urgency));
    if (filter?.handlerId) {
      const h = fromGlobalId('User', filter.handlerId, ['filter', 'handlerId']);
      conds.push(or(eq(cases.handlerUserId, h), eq(cases.backupHandlerUserId, h)) as SQL);
    }
    if (filter?.overdue !== undefined && filter?.overdue !== null) {
      const now = this.clock();
      const overdue = sql`((${cases.dueAt} IS NOT NULL AND ${cases.dueAt} < ${now}) OR EXISTS (SELECT 1 FROM ${fastTracks} f WHERE f.case_id = ${cases.id} AND f.cleared_at IS NULL AND f.paperwork_due_at < ${now}))`;
      conds.push(filter.overdue ? overdue : sql`NOT ${overdue}`);
    }
    const where = and(...conds);
    const keyset = afterTimeId(cases.createdAt, cases.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(cases).where(and(where, keyset)).orderBy(desc(cases.createdAt), desc(cases.id)).limit(page.limit + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
    ]);
    return toConnection(rows, page, (c) => [c.createdAt.toISOString(), c.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  /** The reports a reporter filed, for their status only. */
  async myReports(actor: Actor, args: PageArgs): Promise<Connection<CaseRecord>> {
    if (!isSignedIn(actor)) return toConnection([], { limit: 1, after: null }, () => '', 0);
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const where = eq(cases.reporterUserId, actor.userId);
    const keyset = afterTimeId(cases.createdAt, cases.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(cases).where(and(where, keyset)).orderBy(desc(cases.createdAt), desc(cases.id)).limit(page.limit + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
    ]);
    return toConnection(rows, page, (c) => [c.createdAt.toISOString(), c.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  private publicWhere(): SQL {
    return and(eq(cases.published, true), inArray(cases.status, [...PUBLIC_STATUSES])) as SQL;
  }

  async publicList(filter: { regionCode?: string | null; category?: string | null; urgency?: Urgency | null } | null | undefined, args: PageArgs): Promise<Connection<CaseRecord>> {
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const conds: SQL[] = [this.publicWhere(), isNotNull(cases.publishedAt)];
    if (filter?.regionCode) conds.push(under(cases.regionCode, filter.regionCode));
    if (filter?.category) conds.push(eq(cases.category, filter.category));
    if (filter?.urgency) conds.push(eq(cases.urgency, filter.urgency));
    const where = and(...conds);
    const keyset = afterTimeId(cases.publishedAt, cases.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(cases).where(and(where, keyset)).orderBy(desc(cases.publishedAt), desc(cases.id)).limit(page.limit + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
    ]);
    return toConnection(rows, page, (c) => [(c.publishedAt as Date).toISOString(), c.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  async publicGet(globalId: string): Promise<CaseRecord> {
    const id = fromGlobalId('Case', globalId);
    const [row] = await this.db.select().from(cases).where(and(eq(cases.id, id), this.publicWhere()));
    if (!row) throw new NotFoundError('The case');
    return row;
  }

  async needsOf(exec: Executor, caseIds: readonly string[]): Promise<CaseNeedRecord[]> {
    if (caseIds.length === 0) return [];
    return exec.select().from(caseNeeds).where(inArray(caseNeeds.caseId, [...caseIds])).orderBy(caseNeeds.createdAt);
  }

  async evidenceOf(exec: Executor, caseId: string) {
    return exec.select().from(evidenceFiles).where(eq(evidenceFiles.caseId, caseId)).orderBy(evidenceFiles.createdAt);
  }

  decryptCaseText(value: string | null): string | null {
    return this.people.pii.decryptOptional(value);
  }

  // ---------------------------------------------------------------- deadlines

  private async onTriageDeadline(tx: Tx, caseId: string, _now: Date, afterCommit: AfterCommit): Promise<void> {
    const [c] = await tx.select().from(cases).where(eq(cases.id, caseId));
    if (!c || c.status !== 'reported') return;
    const approvers = await nearestStaff(tx, c.regionCode, 'approver');
    await this.alarms.raise(tx, afterCommit, [c.handlerUserId, c.backupHandlerUserId, ...approvers], { kind: 'report.untriaged', title: `Report ${c.reference} was not triaged in time`, details: { reference: c.reference }, caseId: c.id, dedupeKey: `report.untriaged:${c.id}` });
    await recordAudit(tx, { actorUserId: null, action: 'case.deadlineMissed', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, after: { step: 'triage', dueAt: c.dueAt } });
  }

  private async onDecisionDeadline(tx: Tx, caseId: string, _now: Date, afterCommit: AfterCommit): Promise<void> {
    const [c] = await tx.select().from(cases).where(eq(cases.id, caseId));
    if (!c || (c.status !== 'intake' && c.status !== 'verifying')) return;
    const approvers = await nearestStaff(tx, c.regionCode, 'approver');
    await this.alarms.raise(tx, afterCommit, [c.handlerUserId, c.backupHandlerUserId, ...approvers], { kind: 'case.overdue', title: `Case ${c.reference} is past its decision deadline`, details: { reference: c.reference }, caseId: c.id, dedupeKey: `case.overdue:${c.id}:${c.dueAt?.toISOString() ?? ''}` });
    await recordAudit(tx, { actorUserId: null, action: 'case.deadlineMissed', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, after: { step: 'decision', dueAt: c.dueAt } });
  }

  private async onPaperworkDeadline(tx: Tx, caseId: string, afterCommit: AfterCommit): Promise<void> {
    const [ft] = await tx.select().from(fastTracks).where(and(eq(fastTracks.caseId, caseId), isNull(fastTracks.clearedAt)));
    if (!ft) return;
    const c = await this.load(tx, caseId);
    const approvers = await nearestStaff(tx, c.regionCode, 'approver');
    await this.alarms.raise(tx, afterCommit, [c.handlerUserId, c.backupHandlerUserId, ...approvers], { kind: 'paperwork.overdue', title: `Fast-track paperwork of ${c.reference} is overdue`, details: { reference: c.reference }, caseId: c.id, dedupeKey: `paperwork.overdue:${c.id}` });
    await recordAudit(tx, { actorUserId: null, action: 'case.deadlineMissed', entityType: 'Case', entityId: c.id, regionCode: c.regionCode, after: { step: 'paperwork', dueAt: ft.paperworkDueAt } });
  }

  // ---------------------------------------------------------------- validation helpers

  private async requireRegion(code: string): Promise<string> {
    const [region] = await findRegions(this.db, [code]);
    if (!region) throw new UserInputError('REGION_NOT_FOUND', `There is no region with code "${code.slice(0, 20)}".`, ['input', 'regionCode']);
    if (region.level === 'province' || region.level === 'prefecture') {
      throw new UserInputError('REGION_TOO_BROAD', 'A case belongs to a county or township; give its code.', ['input', 'regionCode']);
    }
    return region.code;
  }

  requireCategory(st: EffectiveSettings, code: string, field: string[]): CategorySpec {
    const cat = st.values.categories.find((c) => c.code === code.trim().toLowerCase());
    if (!cat) throw new UserInputError('CATEGORY_NOT_USED', `This region does not use the category "${code.slice(0, 40)}"; it uses: ${st.values.categories.map((c) => c.code).join(', ')}.`, field);
    return cat;
  }

  private validateNeeds(needs: NeedInput[], st: EffectiveSettings) {
    if (needs.length === 0) throw new UserInputError('NEEDS_REQUIRED', 'A verified case has at least one need.', ['input', 'needs']);
    if (needs.length > 20) throw new UserInputError('TOO_MANY_NEEDS', 'At most 20 needs per case.', ['input', 'needs']);
    const cap = st.values.dibaoMonthlyStandardMinor * BigInt(st.values.capMultiplier);
    let total = 0n;
    const out = needs.map((n, i) => {
      const f = ['input', 'needs', String(i)];
      if (n.amount <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount of a need must be more than zero.', [...f, 'amount']);
      total += n.amount;
      const payeeKind = n.payeeKind ?? 'beneficiary';
      const payeeName = v.optionalText(n.payeeName, [...f, 'payeeName'], { max: 200, label: 'The payee' }) || null;
      if (payeeKind !== 'beneficiary' && !payeeName) throw new UserInputError('PAYEE_NAME_REQUIRED', 'Name the hospital or vendor paid directly.', [...f, 'payeeName']);
      if (payeeKind === 'beneficiary' && payeeName) throw new UserInputError('PAYEE_NAME_NOT_ALLOWED', 'A payment to the person carries no payee name (personal data stays out of needs).', [...f, 'payeeName']);
      return { kind: n.kind, description: v.optionalText(n.description, [...f, 'description'], { max: 500, label: 'The description' }) ?? '', amount: n.amount, payeeKind, payeeName };
    });
    if (total > cap) {
      throw new UserInputError('AMOUNT_ABOVE_CAP', `The needs add up to ${total} fen, above this region’s cap of ${cap} fen (${st.values.capMultiplier} × the monthly 低保 standard).`, ['input', 'needs']);
    }
    return out;
  }

  /** Refuses a public summary that carries the person's name, ID number or phone, or anything shaped like them. */
  private async requireRedacted(exec: Executor, c: CaseRecord, summary: string): Promise<void> {
    const [b] = c.beneficiaryId ? await this.people.find(exec, [c.beneficiaryId]) : [];
    const view = b ? this.people.decrypt(b, true) : null;
    const leaks = [view?.name, view?.idNumber, view?.phone].filter((x): x is string => !!x && x.length >= 2 && summary.includes(x));
    if (leaks.length > 0 || /\d{15,18}|\d{17}[Xx]|1[3-9]\d{9}/.test(summary)) {
      throw new UserInputError('SUMMARY_HAS_PERSONAL_DATA', 'The public summary contains personal data (a name, ID number or phone number); redact it.', ['input', 'publicSummary']);
    }
  }
}

function pick(row: object, keys: string[]): Record<string, unknown> {
  const r = row as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => k in r).map((k) => [k, r[k]]));
}

