import DataLoader from 'dataloader';
import type { MembershipRecord, UserRecord } from '../accounts/account.model';
import { findMembershipsOfOrganizations, findMembershipsOfUsers, findUsers } from '../accounts/account.repository';
import type { Db } from '../db/database';
import type { OrganizationRecord } from '../organizations/organization.model';
import { findOrganizations } from '../organizations/organization.repository';
import { findCaseSummaries, findNeeds, findNeedsOfCases } from '../matching/case.repository';
import type { CaseSummaryModel, NeedRecord } from '../matching/matching.model';
import type { RegionRow } from '../regions/region.data';
import { findChildren, findRegions } from '../regions/region.repository';

/** Keeps the batch function's promise of one result per key, in key order. */
function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): (V | undefined)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k));
}
function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K | null): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(r);
    map.set(k, list);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** DataLoaders for one request; created anew per request so nothing leaks between callers. */
export function createLoaders(db: Db) {
  return {
    region: new DataLoader<string, RegionRow | undefined>(async (codes) => byKey(codes, await findRegions(db, codes), (r) => r.code)),
    regionChildren: new DataLoader<string, RegionRow[]>(async (codes) => Promise.all(codes.map((c) => findChildren(db, c)))),
    user: new DataLoader<string, UserRecord | undefined>(async (ids) => byKey(ids, await findUsers(db, ids), (u) => u.id)),
    membershipsOfUser: new DataLoader<string, MembershipRecord[]>(async (ids) => groupByKey(ids, await findMembershipsOfUsers(db, ids), (m) => m.userId)),
    membershipsOfOrganization: new DataLoader<string, MembershipRecord[]>(async (ids) =>
      groupByKey(ids, await findMembershipsOfOrganizations(db, ids), (m) => m.organizationId),
    ),
    organization: new DataLoader<string, OrganizationRecord | undefined>(async (ids) => byKey(ids, await findOrganizations(db, ids), (o) => o.id)),
    caseSummary: new DataLoader<string, CaseSummaryModel | undefined>(async (ids) => byKey(ids, await findCaseSummaries(db, ids), (c) => c.id)),
    needsOfCase: new DataLoader<string, NeedRecord[]>(async (ids) => groupByKey(ids, await findNeedsOfCases(db, ids), (n) => n.caseId)),
    need: new DataLoader<string, NeedRecord | undefined>(async (ids) => byKey(ids, await findNeeds(db, ids), (n) => n.id)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
