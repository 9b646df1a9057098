import { and, eq, sql } from 'drizzle-orm';
import type { MatchCase, MatchResource } from '../../matcher';
import type { Executor } from '../db/database';
import { organizations } from '../organizations/organization.table';
import { type CaseRecord, type NeedRecord, remainingOf } from './matching.model';
import { HOUR_MS } from './matching.settings';

const toSafeNumber = (fen: bigint): number => (fen <= 0n ? 0 : fen > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(fen));

/**
 * Organisations as the matcher's resources: verified organisations that serve or pair with some region of
 * the case's province (or the whole country), with capacity left (open-case capacity minus the cases they
 * hold active claims on), budget left (budget minus what their active and fulfilled claims committed), and
 * a response record (share of offered cases they claimed; median hours from offer to first claim).
 */
export async function loadResources(db: Executor, regionCode: string): Promise<MatchResource[]> {
  const province = regionCode.slice(0, 2);
  const rows = await db
    .select({
      org: organizations,
      openCases: sql<number>`(SELECT count(DISTINCT c.case_id) FROM claims c WHERE c.organization_id = ${organizations.id} AND c.status = 'active')`.mapWith(Number),
      committed: sql<bigint>`(SELECT coalesce(sum(c.amount_minor), 0) FROM claims c WHERE c.organization_id = ${organizations.id} AND c.status IN ('active', 'fulfilled'))`.mapWith((v: string | number) => BigInt(v)),
      offers: sql<number>`(SELECT count(*) FROM case_matches m WHERE m.organization_id = ${organizations.id} AND m.notified_at IS NOT NULL)`.mapWith(Number),
      taken: sql<number>`(SELECT count(*) FROM case_matches m WHERE m.organization_id = ${organizations.id} AND m.notified_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM claims c WHERE c.case_id = m.case_id AND c.organization_id = m.organization_id))`.mapWith(Number),
      medianHours: sql<number | null>`(SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (f.first_at - m.notified_at)) / 3600)
        FROM case_matches m CROSS JOIN LATERAL (SELECT min(c.created_at) AS first_at FROM claims c WHERE c.case_id = m.case_id AND c.organization_id = m.organization_id) f
        WHERE m.organization_id = ${organizations.id} AND m.notified_at IS NOT NULL AND f.first_at IS NOT NULL)`.mapWith((v: string | number | null) =>
        v === null ? null : Number(v),
      ),
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.verified, true),
        sql`EXISTS (SELECT 1 FROM unnest(${organizations.serviceRegionCodes} || ${organizations.pairingRegionCodes}) AS s(code) WHERE s.code = '000000' OR left(s.code, 2) = ${province})`,
      ),
    );
  return rows.map(({ org, openCases, committed, offers, taken, medianHours }) => ({
    id: org.id,
    kind: org.kind,
    homeRegion: org.homeRegionCode,
    serviceRegions: org.serviceRegionCodes,
    pairingRegions: org.pairingRegionCodes,
    categories: org.focusCategories,
    capacityLeft: Math.max(0, org.openCaseCapacity - openCases),
    budgetLeft: toSafeNumber(org.budgetMinor - committed),
    // Without history an organisation counts as average, not as one that never answers.
    responseRecord: { claimRate: offers > 0 ? Math.min(1, taken / offers) : 0.5, medianResponseHours: medianHours !== null && Number.isFinite(medianHours) ? Math.max(0, medianHours) : null },
    languages: org.languages,
  }));
}

/** A case as the matcher sees it: no personal data. */
export function toMatchCase(c: CaseRecord, needs: readonly NeedRecord[], declinedBy: readonly string[], matchingSince: Date, now: Date): MatchCase {
  return {
    id: c.id,
    regionCode: c.regionCode,
    category: c.category ?? 'other',
    hardshipType: c.hardshipType ?? 'sudden',
    urgency: c.urgency,
    waitedHours: Math.max(0, (now.getTime() - matchingSince.getTime()) / HOUR_MS),
    languages: [],
    needs: needs.map((n) => ({ id: n.id, kind: n.kind, remaining: toSafeNumber(remainingOf(n)) })).filter((n) => n.remaining > 0),
    declinedBy,
  };
}
