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

/**
 * The live session for a token hash with its user and the user's memberships, in one round trip
 * (every signed-in request runs this), or undefined when missing, revoked or expired.
 */
export async function findLiveSessionWithMemberships(db: Executor, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      session: sessions,
      user: users,
      memberships: sql<MembershipJson[]>`coalesce((SELECT json_agg(json_build_object('id', m.id, 'userId', m.user_id, 'role', m.role, 'organizationId', m.organization_id, 'regionCode', m.region_code, 'grantedBy', m.granted_by, 'createdAt', m.created_at) ORDER BY m.created_at) FROM ${memberships} m WHERE m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  const row = rows[0];
  if (!row) return undefined;
  const ms: MembershipRecord[] = row.memberships.map((m) => ({ ...m, createdAt: new Date(m.createdAt) }));
  return { session: row.session, user: row.user, memberships: ms };
}

type MembershipJson = Omit<MembershipRecord, 'createdAt'> & { createdAt: string };


export async function findSessionByHash(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}
