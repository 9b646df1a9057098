import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/database';
import type { MembershipRecord, UserRecord } from './account.model';
import { memberships, sessions, users } from './account.table';

export async function findUserByEmail(db: Executor, email: string): Promise<UserRecord | undefined> {
  const [u] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return u;
}

export async function findUsers(db: Executor, ids: readonly string[]): Promise<UserRecord[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, [...ids]));
}

export async function findMembershipsOfUsers(db: Executor, userIds: readonly string[]): Promise<MembershipRecord[]> {
  if (userIds.length === 0) return [];
  return db.select().from(memberships).where(inArray(memberships.userId, [...userIds])).orderBy(memberships.createdAt);
}

export async function findMembershipsOfOrganizations(db: Executor, orgIds: readonly string[]): Promise<MembershipRecord[]> {
  if (orgIds.length === 0) return [];
  return db.select().from(memberships).where(inArray(memberships.organizationId, [...orgIds])).orderBy(memberships.createdAt);
}

/** The live session for a token hash with its user, or undefined when missing, revoked or expired. */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  return row;
}

export async function findSessionByHash(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}
