
import { and, count, desc, eq, ilike, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { afterTimeId } from '../db/keyset';
import { findMembershipsOfUsers, findUserByEmail } from '../accounts/account.repository';
import type { InvitationRecord, MembershipRecord } from '../accounts/account.model';
import type { SessionCache } from '../accounts/session-cache';
import { invitations, memberships, ORG_ROLES, users, type OrgRole, type Role } from '../accounts/account.table';
import { hashPassword } from '../auth/password';
import { hashToken, newToken } from '../auth/token';
import { validatePassword, type RequestInfo } from '../accounts/account.service';
import { requireAccess } from '../access/access';
import { type Actor, actorOrganizations, staffRegions } from '../access/actor';
import { recordAudit } from '../audit/audit';
import { type Connection, isTimeIdKey, readPage, toConnection, type PageArgs, type TimeIdKey } from '../common/connection';
import { NotFoundError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Db, Executor } from '../db/database';
import { inTransaction } from '../db/transaction';
import type { LiveHub } from '../live/live-hub';
import { regionPrefix, levelOfCode } from '../regions/region.data';
import { requireRegionCodes } from '../regions/region.repository';
import type { OrganizationRecord } from './organization.model';
import { organizations, type OrganizationKind } from './organization.table';
import { requireKnownCategories } from '../settings/settings.service';

export interface OrganizationFilter {
  kinds?: OrganizationKind[] | null;
  homeRegionCode?: string | null;
  servesRegionCode?: string | null;
  verified?: boolean | null;
  nameContains?: string | null;
}

export interface OrganizationProfileInput {
  name?: string | null;
  description?: string | null;
  serviceRegionCodes?: string[] | null;
  focusCategories?: string[] | null;
  openCaseCapacity?: number | null;
  budget?: bigint | null;
  responseSlaHours?: number | null;
  pairingRegionCodes?: string[] | null;
  languages?: string[] | null;
}

const under = (column: SQL | typeof organizations.homeRegionCode, code: string) => like(column, `${regionPrefix(code, levelOfCode(code))}%`);

/** SQL for "the actor may see this organisation", mirroring the `organization.view` policy. */
function visibleTo(actor: Actor): SQL {
  const parts: SQL[] = [eq(organizations.verified, true)];
  const orgIds = actorOrganizations(actor);
  if (orgIds.length > 0) parts.push(inArray(organizations.id, orgIds));
  for (const r of staffRegions(actor, ['admin', 'approver', 'auditor', 'caseworker'])) parts.push(under(organizations.homeRegionCode, r));
  return or(...parts) as SQL;
}

export class OrganizationService {
  constructor(
    private readonly db: Db,
    private readonly live: LiveHub,
    /** Forgets a user's cached sessions once their memberships changed. */
    private readonly sessions: SessionCache,
  ) {}

  async get(actor: Actor, globalId: string): Promise<OrganizationRecord> {
    const id = fromGlobalId('Organization', globalId);
    const [org] = await this.db.select().from(organizations).where(eq(organizations.id, id));
    if (!org) throw new NotFoundError('The organisation');
    requireAccess(actor, 'organization.view', org, 'The organisation');
    return org;
  }

  async list(actor: Actor, filter: OrganizationFilter | null | undefined, args: PageArgs): Promise<Connection<OrganizationRecord>> {
    const page = readPage<TimeIdKey>(args, isTimeIdKey);
    const conds: SQL[] = [visibleTo(actor)];
    if (filter?.kinds?.length) conds.push(inArray(organizations.kind, filter.kinds));
    if (filter?.homeRegionCode) conds.push(under(organizations.homeRegionCode, filter.homeRegionCode));
    if (filter?.verified !== undefined && filter?.verified !== null) conds.push(eq(organizations.verified, filter.verified));
    if (filter?.nameContains) conds.push(ilike(organizations.name, `%${filter.nameContains.replace(/[%_\\]/g, '\\$&')}%`));
    if (filter?.servesRegionCode) {
      // Serves a region when one of its service regions is that region or lies above it.
      conds.push(sql`EXISTS (SELECT 1 FROM unnest(${organizations.serviceRegionCodes}) AS s(code) WHERE ${filter.servesRegionCode} LIKE (CASE WHEN s.code LIKE '__0000' THEN left(s.code, 2) WHEN s.code LIKE '____00' THEN left(s.code, 4) ELSE s.code END) || '%')`);
    }
    const where = and(...conds);
    const keyset = afterTimeId(organizations.createdAt, organizations.id, page.after);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(organizations).where(and(where, keyset)).orderBy(desc(organizations.createdAt), desc(organizations.id)).limit(page.limit + 1),
      this.db.select({ n: count() }).from(organizations).where(where),
    ]);
    return toConnection(rows, page, (o) => [o.createdAt.toISOString(), o.id] as TimeIdKey, Number(total?.n ?? 0));
  }

  async create(actor: Actor, input: OrganizationProfileInput & { name: string; kind: OrganizationKind; homeRegionCode: string }, req: RequestInfo): Promise<OrganizationRecord> {
    const name = v.requiredText(input.name, ['input', 'name'], { max: 200, label: 'The name' });
    await requireRegionCodes(this.db, [input.homeRegionCode], ['input', 'homeRegionCode']);
    requireAccess(actor, 'organization.create', { homeRegionCode: input.homeRegionCode });
    const profile = await this.validateProfile(this.db, input);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [org] = await tx
        .insert(organizations)
        .values({
          name,
          kind: input.kind,
          homeRegionCode: input.homeRegionCode,
          serviceRegionCodes: profile.serviceRegionCodes ?? [input.homeRegionCode],
          ...withoutUndefined({ ...profile, serviceRegionCodes: undefined, name: undefined }),
          createdBy: actor.userId,
        })
        .returning();
      if (!org) throw new Error('insert returned nothing');
      await tx.insert(memberships).values({ userId: actor.userId as string, role: 'org_admin', organizationId: org.id, grantedBy: actor.userId });
      afterCommit(() => this.sessions.forgetUser(actor.userId as string));
      await recordAudit(tx, { actorUserId: actor.userId, action: 'organization.create', entityType: 'Organization', entityId: org.id, regionCode: org.homeRegionCode, after: org, requestId: req.requestId });
      afterCommit(() => this.live.emit([`region:${org.homeRegionCode}`], 'organization.created', { organizationId: org.id, name: org.name, kind: org.kind, regionCode: org.homeRegionCode }));
      return org;
    });
  }

  async update(actor: Actor, input: OrganizationProfileInput & { id: string }, req: RequestInfo): Promise<OrganizationRecord> {
    const current = await this.get(actor, input.id);
    requireAccess(actor, 'organization.update', current, 'The organisation');
    const profile = await this.validateProfile(this.db, input);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [org] = await tx
        .update(organizations)
        .set({ ...withoutUndefined(profile), updatedAt: sql`now()` })
        .where(eq(organizations.id, current.id))
        .returning();
      if (!org) throw new NotFoundError('The organisation');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'organization.update', entityType: 'Organization', entityId: org.id, regionCode: org.homeRegionCode, before: current, after: org, requestId: req.requestId });
      afterCommit(() => this.live.emit([`organization:${org.id}`], 'organization.updated', { organizationId: org.id, verified: org.verified, updatedAt: org.updatedAt.toISOString() }));
      return org;
    });
  }

  async verify(actor: Actor, globalId: string, req: RequestInfo): Promise<OrganizationRecord> {
    const current = await this.get(actor, globalId);
    requireAccess(actor, 'organization.verify', current, 'The organisation');
    if (current.verified) return current;
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [org] = await tx
        .update(organizations)
        .set({ verified: true, verifiedAt: sql`now()`, verifiedBy: actor.userId, updatedAt: sql`now()` })
        .where(and(eq(organizations.id, current.id), eq(organizations.verified, false)))
        .returning();
      if (!org) return current;
      await recordAudit(tx, { actorUserId: actor.userId, action: 'organization.verify', entityType: 'Organization', entityId: org.id, regionCode: org.homeRegionCode, before: { verified: false }, after: { verified: true }, requestId: req.requestId });
      afterCommit(() =>
        this.live.emit([`organization:${org.id}`, `region:${org.homeRegionCode}`], 'organization.updated', { organizationId: org.id, verified: true, updatedAt: org.updatedAt.toISOString() }),
      );
      return org;
    });
  }

  async inviteMember(actor: Actor, input: { organizationId: string; email: string; role: Role }, req: RequestInfo): Promise<{ invitation: InvitationRecord; token: string }> {
    const org = await this.get(actor, input.organizationId);
    requireAccess(actor, 'organization.manageMembers', org, 'The organisation');
    const email = v.email(input.email, ['input', 'email']);
    const role = orgRole(input.role);
    const token = newToken();
    return inTransaction(this.db, async (tx) => {
      const [inv] = await tx
        .insert(invitations)
        .values({ organizationId: org.id, email, role, tokenHash: hashToken(token), invitedBy: actor.userId as string, expiresAt: new Date(Date.now() + 14 * 86_400_000) })
        .returning();
      if (!inv) throw new Error('insert returned nothing');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'organization.inviteMember', entityType: 'Invitation', entityId: inv.id, regionCode: org.homeRegionCode, after: { organizationId: org.id, email, role }, requestId: req.requestId });
      return { invitation: inv, token };
    });
  }

  async acceptInvitation(actor: Actor, input: { token: string; name?: string | null; password?: string | null }, req: RequestInfo): Promise<MembershipRecord> {
    return inTransaction(this.db, async (tx, afterCommit) => {
      const [inv] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(input.token))).for('update');
      if (!inv || inv.acceptedAt || inv.expiresAt <= new Date()) {
        throw new UserInputError('INVITATION_INVALID', 'This invitation is not valid: it is unknown, already used or expired.', ['input', 'token']);
      }
      let user = await findUserByEmail(tx, inv.email);
      if (user && actor.userId && actor.userId !== user.id) {
        throw new UserInputError('INVITATION_FOR_ANOTHER_ACCOUNT', 'This invitation was sent to another email address.', ['input', 'token']);
      }
      if (!user) {
        const name = v.requiredText(input.name ?? '', ['input', 'name'], { max: 100, label: 'The name' });
        validatePassword(input.password ?? '', ['input', 'password']);
        [user] = await tx.insert(users).values({ email: inv.email, name, passwordHash: await hashPassword(input.password ?? '') }).returning();
        if (!user) throw new Error('insert returned nothing');
      }
      const m = await addMembership(tx, user.id, inv.organizationId, inv.role, inv.invitedBy);
      await tx.update(invitations).set({ acceptedAt: sql`now()` }).where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt)));
      const memberId = user.id;
      afterCommit(() => this.sessions.forgetUser(memberId));
      await recordAudit(tx, { actorUserId: user.id, action: 'organization.acceptInvitation', entityType: 'Membership', entityId: m.id, after: m, requestId: req.requestId });
      return m;
    });
  }

  async addMember(actor: Actor, input: { organizationId: string; email: string; role: Role }, req: RequestInfo): Promise<MembershipRecord> {
    const org = await this.get(actor, input.organizationId);
    requireAccess(actor, 'organization.manageMembers', org, 'The organisation');
    const email = v.email(input.email, ['input', 'email']);
    const role = orgRole(input.role);
    return inTransaction(this.db, async (tx, afterCommit) => {
      const user = await findUserByEmail(tx, email);
      if (!user) throw new UserInputError('USER_NOT_FOUND', 'No account has this email address; send an invitation instead.', ['input', 'email']);
      const m = await addMembership(tx, user.id, org.id, role, actor.userId);
      await recordAudit(tx, { actorUserId: actor.userId, action: 'organization.addMember', entityType: 'Membership', entityId: m.id, regionCode: org.homeRegionCode, after: m, requestId: req.requestId });
      afterCommit(() => {
        this.sessions.forgetUser(user.id);
        this.live.emit([`user:${user.id}`], 'membership.added', { organizationId: org.id, role });
      });
      return m;
    });
  }

  private async validateProfile(db: Executor, input: OrganizationProfileInput) {
    const f = (name: string) => ['input', name];
    const out = {
      name: input.name === undefined || input.name === null ? undefined : v.requiredText(input.name, f('name'), { max: 200, label: 'The name' }),
      description: v.optionalText(input.description, f('description'), { max: 4000, label: 'The description' }),
      serviceRegionCodes: input.serviceRegionCodes ? await requireRegionCodes(db, input.serviceRegionCodes, f('serviceRegionCodes')) : undefined,
      pairingRegionCodes: input.pairingRegionCodes ? await requireRegionCodes(db, input.pairingRegionCodes, f('pairingRegionCodes')) : undefined,
      focusCategories: input.focusCategories ? v.tags(input.focusCategories, f('focusCategories')) : undefined,
      languages: input.languages ? v.tags(input.languages, f('languages'), { maxItems: 20, maxLength: 12, pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/ }) : undefined,
      openCaseCapacity: input.openCaseCapacity === undefined || input.openCaseCapacity === null ? undefined : v.intInRange(input.openCaseCapacity, f('openCaseCapacity'), 0, 100_000, 'The capacity'),
      budgetMinor: input.budget === undefined || input.budget === null ? undefined : v.nonNegativeFen(input.budget, f('budget'), 'The budget'),
      responseSlaHours: input.responseSlaHours === undefined || input.responseSlaHours === null ? undefined : v.intInRange(input.responseSlaHours, f('responseSlaHours'), 1, 720, 'The response time'),
    };
    if (out.focusCategories) await requireKnownCategories(db, out.focusCategories, f('focusCategories'));
    if (out.serviceRegionCodes && out.serviceRegionCodes.length === 0) {
      throw new UserInputError('SERVICE_REGIONS_REQUIRED', 'An organisation serves at least one region.', f('serviceRegionCodes'));
    }
    return out;
  }
}

function orgRole(role: Role): OrgRole {
  if (!(ORG_ROLES as readonly string[]).includes(role)) {
    throw new UserInputError('NOT_AN_ORGANIZATION_ROLE', 'Members get ORG_MEMBER or ORG_ADMIN.', ['input', 'role']);
  }
  return role as OrgRole;
}

async function addMembership(tx: Executor, userId: string, organizationId: string, role: OrgRole, grantedBy: string | null): Promise<MembershipRecord> {
  const existing = (await findMembershipsOfUsers(tx, [userId])).find((m) => m.organizationId === organizationId && m.role === role);
  if (existing) return existing;
  const [m] = await tx.insert(memberships).values({ userId, role, organizationId, grantedBy }).returning();
  if (!m) throw new Error('insert returned nothing');
  return m;
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined)) as Partial<T>;
}

