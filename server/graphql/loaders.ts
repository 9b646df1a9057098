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

/**
 * DataLoaders for one request; created anew per request so nothing leaks between callers.
 * Each loader is made when a resolver first asks for it: most requests need one or none.
 */
export class Loaders {
  #region?: DataLoader<string, RegionRow | undefined>;
  #regionChildren?: DataLoader<string, RegionRow[]>;
  #user?: DataLoader<string, UserRecord | undefined>;
  #membershipsOfUser?: DataLoader<string, MembershipRecord[]>;
  #membershipsOfOrganization?: DataLoader<string, MembershipRecord[]>;
  #organization?: DataLoader<string, OrganizationRecord | undefined>;
  #caseSummary?: DataLoader<string, CaseSummaryModel | undefined>;
  #needsOfCase?: DataLoader<string, NeedRecord[]>;
  #need?: DataLoader<string, NeedRecord | undefined>;

  constructor(private readonly db: Db) {}

  get region() {
    return (this.#region ??= new DataLoader(async (codes) => byKey(codes, await findRegions(this.db, codes), (r) => r.code)));
  }
  get regionChildren() {
    return (this.#regionChildren ??= new DataLoader(async (codes) => Promise.all(codes.map((c) => findChildren(this.db, c)))));
  }
  get user() {
    return (this.#user ??= new DataLoader(async (ids) => byKey(ids, await findUsers(this.db, ids), (u) => u.id)));
  }
  get membershipsOfUser() {
    return (this.#membershipsOfUser ??= new DataLoader(async (ids) => groupByKey(ids, await findMembershipsOfUsers(this.db, ids), (m) => m.userId)));
  }
  get membershipsOfOrganization() {
    return (this.#membershipsOfOrganization ??= new DataLoader(async (ids) => groupByKey(ids, await findMembershipsOfOrganizations(this.db, ids), (m) => m.organizationId)));
  }
  get organization() {
    return (this.#organization ??= new DataLoader(async (ids) => byKey(ids, await findOrganizations(this.db, ids), (o) => o.id)));
  }
  get caseSummary() {
    return (this.#caseSummary ??= new DataLoader(async (ids) => byKey(ids, await findCaseSummaries(this.db, ids), (c) => c.id)));
  }
  get needsOfCase() {
    return (this.#needsOfCase ??= new DataLoader(async (ids) => groupByKey(ids, await findNeedsOfCases(this.db, ids), (n) => n.caseId)));
  }
  get need() {
    return (this.#need ??= new DataLoader(async (ids) => byKey(ids, await findNeeds(this.db, ids), (n) => n.id)));
  }
}

export const createLoaders = (db: Db) => new Loaders(db);
