import { and, asc, count, desc, eq, inArray, isNull, like, notInArray, sql, type SQL } from 'drizzle-orm';
import { ESCALATION_TIERS, type EscalationTier, type MatchResource, nextTier, rankResources, type RankedResource, resourcesInTier } from '../../matcher';
import { requireAccess } from '../access/access';
import type { Actor } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { caseNeeds, cases, type Urgency } from '../cases/case.table';
import { actingOrganization } from '../claims/acting-organization';
import { claims } from '../claims/claim.table';
import { type Connection, readPage, toConnection, type PageArgs } from '../common/connection';
import { NotFoundError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Db, Tx } from '../db/database';
import { type AfterCommit, inTransaction } from '../db/transaction';
import { apiName } from '../graphql/enum-values';
import type { RoomName } from '../live/events';
import type { LiveHub } from '../live/live-hub';
import type { OrganizationRecord } from '../organizations/organization.model';
import { findCase, findCaseSummaries, findNeedsOfCases, isOpenStatus, OPEN_STATUSES } from './case.repository';
import { type CaseEscalationRecord, type CaseMatchRecord, type CaseRecord, type CaseSummaryModel, remainingOf } from './matching.model';
import { HOUR_MS, type MatchingSettingsSource } from './matching.settings';
import { caseEscalations, caseEscalationState, caseMatches, jointMeetingItems, type MatchTier, type StoredBreakdown } from './matching.table';
import { loadResources, toMatchCase } from './resources';

const urgencyRankSql = sql<number>`(CASE ${cases.urgency} WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`;

/** Keyset of urgency-first, newest-next lists: (urgency rank, ISO time, id). */
type UrgencyTimeKey = [number, string, string];
const isUrgencyTimeKey = (x: unknown): x is UrgencyTimeKey =>
  Array.isArray(x) &&
  x.length === 3 &&
  Number.isInteger(x[0]) &&
  typeof x[1] === 'string' &&
  !Number.isNaN(Date.parse(x[1])) &&
  typeof x[2] === 'string' &&
  /^[0-9a-f-]{36}$/.test(x[2]);

export interface InboxEntry extends CaseMatchRecord {
  urgencyRank: number;
}

export interface RecommendedCaseFilter {
  regionCode?: string | null;
  category?: string | null;
  urgency?: Urgency[] | null;
}

/** The region rooms that hear about a case: its region and every region above it. */
function regionRooms(code: string): RoomName[] {
  const codes = new Set([code, code.slice(0, 6), `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]);
  return [...codes].map((c) => `region:${c}` as RoomName);
}

/**
 * Matching: ranks organisations for verified cases with the matcher, keeps the top K with their
 * explanations in `case_matches`, tells the organisations, and widens unclaimed cases tier by tier.
 */
export class MatchingService {
  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    private readonly settings: MatchingSettingsSource,
  ) {}

  /** Called by the case desk when a case is verified: starts its cascade and computes its matches. */
  async onCaseVerified(caseId: string, now = new Date()): Promise<CaseMatchRecord[]> {
    return this.rematchCase(caseId, now);
  }

  /**
   * Computes a case's matches again (after verification, a change of its remaining need, a decline, a
   * released or expired claim). New organisations are notified; declined ones are never proposed again.
   */
  async rematchCase(caseId: string, now = new Date()): Promise<CaseMatchRecord[]> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [c] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
      if (!c || !isOpenStatus(c.status)) return [];
      const [existing] = await tx.select().from(caseEscalationState).where(eq(caseEscalationState.caseId, c.id));
      const state =
        existing ??
        (await tx.insert(caseEscalationState).values({ caseId: c.id, tier: 'local_charity', tierSince: now, matchingSince: now }).returning())[0];
      if (!state) throw new Error('no escalation state');
      const { rows } = await this.applyMatches(tx, afterCommit, c, state.tier, state.matchingSince, now, null);
      return rows;
    });
  }

  /**
   * Ranks and stores a case's matches in its transaction. Reached tiers: the first K overall, plus the
   * first K of every tier the cascade has widened to. Returns the rows and the newly matched organisations.
   */
  private async applyMatches(
    tx: Tx,
    afterCommit: AfterCommit,
    c: CaseRecord,
    tier: MatchTier,
    matchingSince: Date,
    now: Date,
    actorUserId: string | null,
  ): Promise<{ rows: CaseMatchRecord[]; newlyMatched: string[] }> {
    const settings = await this.settings(c.regionCode);
    const needs = await findNeedsOfCases(tx, [c.id]);
    const current = await tx.select().from(caseMatches).where(eq(caseMatches.caseId, c.id));
    if (needs.every((n) => remainingOf(n) <= 0n)) return { rows: current.filter((m) => !m.declinedAt), newlyMatched: [] };
    const declined = current.filter((m) => m.declinedAt).map((m) => m.organizationId);
    const matchCase = toMatchCase(c, needs, declined, matchingSince, now);
    const resources = await loadResources(tx, c.regionCode);

    const reached = tier === 'joint_meeting' ? [...ESCALATION_TIERS] : ESCALATION_TIERS.slice(0, ESCALATION_TIERS.indexOf(tier) + 1);
    const chosen = new Map<string, RankedResource>();
    for (const r of rankResources(matchCase, resources, { k: settings.topK }).ranked) chosen.set(r.resourceId, r);
    for (const t of reached.slice(1)) {
      for (const r of rankResources(matchCase, resources, { k: settings.topK, tier: t }).ranked) if (!chosen.has(r.resourceId)) chosen.set(r.resourceId, r);
    }
    const ranked = [...chosen.values()].sort((a, b) => b.score - a.score || (a.resourceId < b.resourceId ? -1 : 1));
    const tierOf = this.tierMembership(matchCase, resources);

    const before = new Map(current.map((m) => [m.organizationId, m]));
    const keep = ranked.map((r) => r.resourceId);
    // Organisations no longer proposed leave the inbox, unless they hold a claim on the case; declines stay on record.
    await tx
      .delete(caseMatches)
      .where(
        and(
          eq(caseMatches.caseId, c.id),
          isNull(caseMatches.declinedAt),
          keep.length > 0 ? notInArray(caseMatches.organizationId, keep) : undefined,
          sql`NOT EXISTS (SELECT 1 FROM ${claims} k WHERE k.case_id = ${caseMatches.caseId} AND k.organization_id = ${caseMatches.organizationId})`,
        ),
      );
    const rows: CaseMatchRecord[] = [];
    const newlyMatched: string[] = [];
    for (const [i, r] of ranked.entries()) {
      const breakdown: StoredBreakdown = { closeness: r.closeness, terms: r.breakdown.map((t) => ({ factor: t.factor, weight: t.weight, value: t.value, contribution: t.contribution })) };
      const values = { tier: tierOf(r.resourceId), score: r.score, breakdown, rank: i + 1, computedAt: now };
      const [row] = await tx
        .insert(caseMatches)
        .values({ caseId: c.id, organizationId: r.resourceId, ...values, notifiedAt: now })
        .onConflictDoUpdate({ target: [caseMatches.caseId, caseMatches.organizationId], set: values, where: isNull(caseMatches.declinedAt) })
        .returning();
      if (!row) continue;
      rows.push(row);
      if (!before.has(r.resourceId)) newlyMatched.push(r.resourceId);
    }
    if (newlyMatched.length > 0 || rows.length !== current.filter((m) => !m.declinedAt).length) {
      await recordAudit(tx, {
        actorUserId,
        action: 'case.match',
        entityType: 'Case',
        entityId: c.id,
        regionCode: c.regionCode,
        before: { organizations: current.filter((m) => !m.declinedAt).map((m) => m.organizationId) },
        after: { tier, organizations: rows.map((m) => ({ organizationId: m.organizationId, tier: m.tier, rank: m.rank, score: m.score })) },
      });
    }
    for (const row of rows.filter((m) => newlyMatched.includes(m.organizationId))) {
      afterCommit(() =>
        this.live.emit([`organization:${row.organizationId}`], 'case.matched', {
          caseId: c.id,
          organizationId: row.organizationId,
          tier: apiName('EscalationTier', row.tier),
          rank: row.rank,
          score: row.score,
          urgency: apiName('Urgency', c.urgency),
          at: now.toISOString(),
        }),
      );
    }
    return { rows, newlyMatched };
  }

  /** The first cascade tier each resource belongs to for this case. */
  private tierMembership(matchCase: Parameters<typeof resourcesInTier>[1], resources: readonly MatchResource[]): (id: string) => MatchTier {
    const firstTier = new Map<string, EscalationTier>();
    for (const t of ESCALATION_TIERS) {
      for (const r of resourcesInTier(t, matchCase, resources)) if (!firstTier.has(r.id)) firstTier.set(r.id, t);
    }
    return (id) => firstTier.get(id) ?? 'province';
  }

  /** An organisation declines a matched case with a reason; the case is matched again without it. */
  async declineMatch(actor: Actor, input: { caseId: string; organizationId?: string | null; reason: string }, req: RequestInfo, now = new Date()): Promise<CaseMatchRecord> {
    const caseId = fromGlobalId('Case', input.caseId, ['input', 'caseId']);
    const reason = v.requiredText(input.reason, ['input', 'reason'], { max: 500, label: 'The reason' });
    const org = await actingOrganization(this.db, actor, input.organizationId, ['input', 'organizationId']);
    const c = await findCase(this.db, caseId);
    const [match] = c ? await this.db.select().from(caseMatches).where(and(eq(caseMatches.caseId, c.id), eq(caseMatches.organizationId, org.id))) : [];
    if (!c || !match) throw new NotFoundError('The case');
    if (match.declinedAt) throw new UserInputError('ALREADY_DECLINED', 'Your organisation has already declined this case.', ['input', 'caseId']);
    const declined = await inTransaction(this.db, async (tx, afterCommit) => {
      const [row] = await tx
        .update(caseMatches)
        .set({ declinedAt: now, declinedBy: actor.userId, declineReason: reason })
        .where(and(eq(caseMatches.id, match.id), isNull(caseMatches.declinedAt)))
        .returning();
      if (!row) throw new UserInputError('ALREADY_DECLINED', 'Your organisation has already declined this case.', ['input', 'caseId']);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'case.declineMatch',
        entityType: 'Case',
        entityId: c.id,
        regionCode: c.regionCode,
        after: { organizationId: org.id, reason },
        requestId: req.requestId,
      });
      afterCommit(() => this.rematchCase(c.id, now).then(() => undefined));
      return row;
    });
    return declined;
  }

  /** The organisations matched to a case, best first, declines last. For staff of the case's region. */
  async matchesForCase(actor: Actor, caseGid: string): Promise<CaseMatchRecord[]> {
    const c = await this.staffCase(actor, caseGid);
    return this.db
      .select()
      .from(caseMatches)
      .where(eq(caseMatches.caseId, c.id))
      .orderBy(sql`${caseMatches.declinedAt} IS NOT NULL`, asc(caseMatches.rank), asc(caseMatches.organizationId));
  }

  /** A case's escalation history, oldest first. For staff of the case's region. */
  async escalationsForCase(actor: Actor, caseGid: string): Promise<CaseEscalationRecord[]> {
    const c = await this.staffCase(actor, caseGid);
    return this.db.select().from(caseEscalations).where(eq(caseEscalations.caseId, c.id)).orderBy(asc(caseEscalations.at), asc(caseEscalations.id));
  }

  private async staffCase(actor: Actor, caseGid: string): Promise<CaseRecord> {
    const c = await findCase(this.db, fromGlobalId('Case', caseGid, ['caseId']));
    if (!c) throw new NotFoundError('The case');
    requireAccess(actor, 'case.viewMatching', { regionCode: c.regionCode }, 'The case');
    return c;
  }

  /** An organisation's inbox: open cases matched to it and not declined, most urgent first, newest first within an urgency. */
  async inbox(actor: Actor, org: OrganizationRecord, args: PageArgs): Promise<Connection<InboxEntry>> {
    requireAccess(actor, 'organization.viewInbox', org, 'The organisation');
    const page = readPage<UrgencyTimeKey>(args, isUrgencyTimeKey);
    const where = and(eq(caseMatches.organizationId, org.id), isNull(caseMatches.declinedAt), inArray(cases.status, [...OPEN_STATUSES]));
    const at = sql`coalesce(${caseMatches.notifiedAt}, ${caseMatches.computedAt})`;
    const keyset = page.after
      ? sql`(${urgencyRankSql}, -extract(epoch FROM ${at}), ${caseMatches.id}) > (${page.after[0]}, -extract(epoch FROM ${new Date(page.after[1]).toISOString()}::timestamptz), ${page.after[2]}::uuid)`
      : undefined;
    const [rows, [total]] = await Promise.all([
      this.db
        .select({ m: caseMatches, urgencyRank: urgencyRankSql.mapWith(Number) })
        .from(caseMatches)
        .innerJoin(cases, eq(cases.id, caseMatches.caseId))
        .where(and(where, keyset))
        .orderBy(urgencyRankSql, desc(at), asc(caseMatches.id))
        .limit(page.limit + 1),
      this.db.select({ n: count() }).from(caseMatches).innerJoin(cases, eq(cases.id, caseMatches.caseId)).where(where),
    ]);
    const entries = rows.map((r) => ({ ...r.m, urgencyRank: r.urgencyRank }));
    return toConnection(entries, page, (e) => [e.urgencyRank, (e.notifiedAt ?? e.computedAt).toISOString(), e.id] as UrgencyTimeKey, Number(total?.n ?? 0));
  }

  /** Published cases open for help, for donors: public data only, most urgent first, then newest. */
  async recommendedCases(filter: RecommendedCaseFilter | null | undefined, args: PageArgs): Promise<Connection<CaseSummaryModel>> {
    const page = readPage<UrgencyTimeKey>(args, isUrgencyTimeKey);
    const conds: SQL[] = [
      eq(cases.published, true),
      inArray(cases.status, ['verified', 'in_progress']),
      sql`EXISTS (SELECT 1 FROM ${caseNeeds} n WHERE n.case_id = ${cases.id} AND n.amount_minor - n.reserved_minor - n.confirmed_minor - n.claimed_minor > 0)`,
    ];
    if (filter?.regionCode) {
      if (!/^\d{6}(\d{3})?$/.test(filter.regionCode)) throw new UserInputError('INVALID_REGION', 'Region codes are 6 or 9 digits (GB/T 2260).', ['filter', 'regionCode']);
      const code = filter.regionCode;
      const prefix = code.endsWith('0000') ? code.slice(0, 2) : code.length === 6 && code.endsWith('00') ? code.slice(0, 4) : code;
      conds.push(like(cases.regionCode, `${prefix}%`));
    }
    if (filter?.category) conds.push(eq(cases.category, filter.category));
    if (filter?.urgency?.length) conds.push(inArray(cases.urgency, filter.urgency));
    const where = and(...conds);
    const at = sql`coalesce(${cases.publishedAt}, ${cases.statusChangedAt})`;
    const keyset = page.after
      ? sql`(${urgencyRankSql}, -extract(epoch FROM ${at}), ${cases.id}) > (${page.after[0]}, -extract(epoch FROM ${new Date(page.after[1]).toISOString()}::timestamptz), ${page.after[2]}::uuid)`
      : undefined;
    const [rows, [total]] = await Promise.all([
      this.db
        .select({ id: cases.id, urgencyRank: urgencyRankSql.mapWith(Number), at: sql<string>`${at}`.mapWith((x: string | Date) => new Date(x)) })
        .from(cases)
        .where(and(where, keyset))
        .orderBy(urgencyRankSql, desc(at), asc(cases.id))
        .limit(page.limit + 1),
      this.db.select({ n: count() }).from(cases).where(where),
    ]);
    const byId = new Map((await findCaseSummaries(this.db, rows.map((r) => r.id))).map((c) => [c.id, c]));
    const keys = new Map(rows.map((r) => [r.id, [r.urgencyRank, r.at.toISOString(), r.id] as UrgencyTimeKey]));
    const summaries = rows.map((r) => byId.get(r.id)).filter((c): c is CaseSummaryModel => !!c);
    return toConnection(summaries, page, (c) => keys.get(c.id) as UrgencyTimeKey, Number(total?.n ?? 0));
  }

  /**
   * Widens every case whose open need has waited in its tier past the urgency's deadline: to the next tier
   * (newly matched organisations are told), and after the last tier to the county joint meeting. Returns
   * how many cases moved. Safe to run in several processes at once (rows are taken with SKIP LOCKED).
   */
  async escalateUnclaimedNeeds(now: Date): Promise<number> {
    const due = await this.db
      .select({ caseId: caseEscalationState.caseId, tierSince: caseEscalationState.tierSince, urgency: cases.urgency, regionCode: cases.regionCode })
      .from(caseEscalationState)
      .innerJoin(cases, eq(cases.id, caseEscalationState.caseId))
      .where(
        and(
          inArray(cases.status, ['verified', 'in_progress']),
          sql`${caseEscalationState.tier} <> 'joint_meeting'`,
          sql`EXISTS (SELECT 1 FROM ${caseNeeds} n WHERE n.case_id = ${cases.id} AND n.amount_minor - n.reserved_minor - n.confirmed_minor - n.claimed_minor > 0)`,
        ),
      )
      .orderBy(asc(caseEscalationState.tierSince))
      .limit(1000);
    let moved = 0;
    for (const d of due) {
      const settings = await this.settings(d.regionCode);
      const deadline = d.tierSince.getTime() + settings.escalationHours[d.urgency] * HOUR_MS;
      if (deadline > now.getTime()) continue;
      if (await this.escalateOne(d.caseId, settings.escalationHours[d.urgency], now)) moved++;
    }
    return moved;
  }

  private async escalateOne(caseId: string, hours: number, now: Date): Promise<boolean> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [state] = await tx.select().from(caseEscalationState).where(eq(caseEscalationState.caseId, caseId)).for('update', { skipLocked: true });
      if (!state || state.tier === 'joint_meeting' || state.tierSince.getTime() + hours * HOUR_MS > now.getTime()) return false;
      const [c] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
      if (!c || !isOpenStatus(c.status)) return false;
      const from = state.tier;
      const to = nextTier(from);
      const reason = `No organisation covered the ${c.urgency} case's need within ${hours} hours in tier ${from.replace('_', ' ')}.`;
      await tx.update(caseEscalationState).set({ tier: to, tierSince: now }).where(eq(caseEscalationState.caseId, caseId));
      let newlyMatched: string[] = [];
      if (to === 'joint_meeting') {
        await tx
          .insert(jointMeetingItems)
          .values({ caseId, kind: 'unclaimed_need', regionCode: c.regionCode.slice(0, 6), reason, createdAt: now })
          .onConflictDoNothing();
      } else {
        newlyMatched = (await this.applyMatches(tx, afterCommit, c, to, state.matchingSince, now, null)).newlyMatched;
      }
      const [step] = await tx.insert(caseEscalations).values({ caseId, fromTier: from, toTier: to, reason, organizationIds: newlyMatched, at: now }).returning();
      await recordAudit(tx, {
        actorUserId: null,
        action: 'case.escalate',
        entityType: 'Case',
        entityId: caseId,
        regionCode: c.regionCode,
        before: { tier: from },
        after: { tier: to, reason, newlyMatched, escalationId: step?.id },
      });
      const rooms: RoomName[] = [`case:${caseId}`, ...regionRooms(c.regionCode), ...newlyMatched.map((id) => `organization:${id}` as RoomName)];
      afterCommit(() =>
        this.live.emit(rooms, 'case.escalated', { caseId, regionCode: c.regionCode, fromTier: apiName('EscalationTier', from), toTier: apiName('EscalationTier', to), newlyMatched: newlyMatched.length, at: now.toISOString() }),
      );
      return true;
    });
  }

  /** Open joint-meeting items of a case (for tests and the case desk's queue). */
  async jointMeetingItemsOf(caseId: string) {
    return this.db.select().from(jointMeetingItems).where(and(eq(jointMeetingItems.caseId, caseId), eq(jointMeetingItems.kind, 'unclaimed_need'), isNull(jointMeetingItems.ownerUserId)));
  }
}
