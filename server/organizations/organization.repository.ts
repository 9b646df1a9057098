import { inArray } from 'drizzle-orm';
import type { Executor } from '../db/database';
import type { OrganizationRecord } from './organization.model';
import { organizations } from './organization.table';

export async function findOrganizations(db: Executor, ids: readonly string[]): Promise<OrganizationRecord[]> {
  if (ids.length === 0) return [];
  return db.select().from(organizations).where(inArray(organizations.id, [...ids]));
}
