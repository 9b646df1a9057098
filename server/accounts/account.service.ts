import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor';
import { requireAccess } from '../access/access';
import { recordAudit } from '../audit/audit';

import { RateLimitedError, UnauthenticatedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import * as v from '../common/validate';
import type { Db } from '../db/database';
import { inTransaction } from '../db/transaction';
import { requireRegionCodes } from '../regions/region.repository';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../auth/password';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import { hashToken, isWellFormedToken, newToken } from '../auth/token';
import type { MembershipRecord, ViewerModel } from './account.model';
import * as repo from './account.repository';
import type { SessionCache } from './session-cache';
import { memberships, STAFF_ROLES, sessions, users, type Role } from './account.table';

export interface RequestInfo {
  ip: string;
  userAgent: string;
  requestId: string;
}

export interface Authenticated {
  actor: Actor;
  viewer: ViewerModel;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly throttle: SignInThrottle,
    private readonly sessionTtlMs: number,
    private readonly sessionCache: SessionCache,
  ) {}

  /** Checks credentials; returns a new session token. Failures are counted, slowed and eventually refused. */
  async signIn(emailInput: string, password: string, req: RequestInfo): Promise<{ token: string; auth: Authenticated }> {
    const email = emailInput.trim().toLowerCase();
    if (email.length === 0) throw new UserInputError('EMAIL_REQUIRED', 'Enter your email address.', ['input', 'email']);
    if (password.length === 0) throw new UserInputError('PASSWORD_REQUIRED', 'Enter your password.', ['input', 'password']);
    if (email.length > 254 || password.length > 1024) throw new UserInputError('INVALID_CREDENTIALS', 'The email or password is wrong.', null);

    const state = await this.throttle.state(email, req.ip);
    if (state.lockedUntil) {
      const minutes = Math.max(1, Math.ceil((state.lockedUntil.getTime() - Date.now()) / 60_000));
      throw new RateLimitedError(`Too many failed sign-ins. Try again in ${minutes} minute(s).`, minutes * 60, 'TOO_MANY_ATTEMPTS');
    }
    if (state.delayMs > 0) await sleep(state.delayMs);

    const user = await repo.findUserByEmail(this.db, email);
    const ok = user && !user.disabledAt ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, req.ip);
      throw new UserInputError('INVALID_CREDENTIALS', 'The email or password is wrong.', null);
    }
    await this.throttle.recordSuccess(email);
    return this.openSession(user.id, req);
  }

  /** Creates a donor account and signs it in. */
  async signUp(input: { email: string; password: string; name: string; locale?: string | null }, req: RequestInfo) {
    const email = v.email(input.email, ['input', 'email']);
    const name = v.requiredText(input.name, ['input', 'name'], { max: 100, label: 'The name' });
    const locale = input.locale ?? 'zh-CN';
    if (locale !== 'zh-CN' && locale !== 'en') throw new UserInputError('INVALID_LOCALE', 'The language must be zh-CN or en.', ['input', 'locale']);
    validatePassword(input.password, ['input', 'password']);
    const passwordHash = await hashPassword(input.password);
    const userId = await inTransaction(this.db, async (tx) => {
      if (await repo.findUserByEmail(tx, email)) throw new UserInputError('EMAIL_TAKEN', 'An account with this email already exists.', ['input', 'email']);
      const [u] = await tx.insert(users).values({ email, name, passwordHash, locale }).returning();
      if (!u) throw new Error('insert returned nothing');
      await tx.insert(memberships).values({ userId: u.id, role: 'donor' });
      await recordAudit(tx, { actorUserId: u.id, action: 'user.signUp', entityType: 'User', entityId: u.id, after: { email, name }, requestId: req.requestId });
      return u.id;
    });
    return this.openSession(userId, req);
  }

  private async openSession(userId: string, req: RequestInfo): Promise<{ token: string; auth: Authenticated }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlMs);
    const [s] = await this.db
      .insert(sessions)
      .values({ userId, tokenHash: hashToken(token), expiresAt, ip: req.ip, userAgent: req.userAgent.slice(0, 300) })
      .returning();
    if (!s) throw new Error('insert returned nothing');
    const auth = await this.authenticate(token);
    if (!auth) throw new Error('new session not found');
    return { token, auth };
  }

  /**
   * Resolves a bearer token to an actor. No token → null (anonymous). A token that is
   * malformed, unknown, revoked or expired is an UNAUTHENTICATED error with a precise code.
   */
  async authenticate(token: string | null): Promise<Authenticated | null> {
    if (token === null) return null;
    if (!isWellFormedToken(token)) throw new UnauthenticatedError('The access token is malformed. Sign in again.', 'INVALID_TOKEN');
    const hash = hashToken(token);
    const cached = this.sessionCache.get(hash);
    if (cached) return cached;
    const epoch = this.sessionCache.epoch;
    const row = await repo.findLiveSessionWithMemberships(this.db, hash, new Date());
    if (!row) {
      const s = await repo.findSessionByHash(this.db, hash);
      if (s?.revokedAt) throw new UnauthenticatedError('This session was signed out. Sign in again.', 'SESSION_REVOKED');
      if (s && s.expiresAt <= new Date()) throw new UnauthenticatedError('This session has expired. Sign in again.', 'SESSION_EXPIRED');
      throw new UnauthenticatedError('The access token is not valid. Sign in again.', 'INVALID_TOKEN');
    }
    const ms = row.memberships;
    const auth: Authenticated = {
      actor: { userId: row.user.id, sessionId: row.session.id, memberships: ms },
      viewer: { user: row.user, memberships: ms, sessionExpiresAt: row.session.expiresAt },
    };
    this.sessionCache.set(hash, auth, epoch);
    return auth;
  }

  async signOut(actor: Actor, everywhere: boolean, req: RequestInfo): Promise<boolean> {
    if (!actor.userId || !actor.sessionId) throw new UnauthenticatedError();
    const where = everywhere
      ? and(eq(sessions.userId, actor.userId), isNull(sessions.revokedAt))
      : and(eq(sessions.id, actor.sessionId), isNull(sessions.revokedAt));
    await inTransaction(this.db, async (tx) => {
      await tx.update(sessions).set({ revokedAt: sql`now()` }).where(where);
      await recordAudit(tx, { actorUserId: actor.userId, action: everywhere ? 'session.revokeAll' : 'session.revoke', entityType: 'User', entityId: actor.userId as string, requestId: req.requestId });
    });
    this.sessionCache.forgetUser(actor.userId);
    return true;
  }

  async grantStaffRole(actor: Actor, input: { userId: string; role: Role; regionCode: string }, req: RequestInfo): Promise<MembershipRecord> {
    const userId = fromGlobalId('User', input.userId, ['input', 'userId']);
    if (!(STAFF_ROLES as readonly string[]).includes(input.role)) {
      throw new UserInputError('NOT_A_STAFF_ROLE', 'Only staff roles can be granted here; organisation roles are given by the organisation.', ['input', 'role']);
    }
    await requireRegionCodes(this.db, [input.regionCode], ['input', 'regionCode']);
    requireAccess(actor, 'staffRole.grant', { regionCode: input.regionCode });
    const granted = await inTransaction(this.db, async (tx) => {
      const [u] = await repo.findUsers(tx, [userId]);
      if (!u) throw new UserInputError('USER_NOT_FOUND', 'There is no such user.', ['input', 'userId']);
      const existing = (await repo.findMembershipsOfUsers(tx, [userId])).find((m) => m.role === input.role && m.regionCode === input.regionCode);
      if (existing) return existing;
      const [m] = await tx.insert(memberships).values({ userId, role: input.role, regionCode: input.regionCode, grantedBy: actor.userId }).returning();
      if (!m) throw new Error('insert returned nothing');
      await recordAudit(tx, { actorUserId: actor.userId, action: 'membership.grantStaffRole', entityType: 'Membership', entityId: m.id, regionCode: input.regionCode, after: m, requestId: req.requestId });
      return m;
    });
    this.sessionCache.forgetUser(userId);
    return granted;
  }
}

export function validatePassword(password: string, field: string[]): void {
  if (password.length < 8) throw new UserInputError('PASSWORD_TOO_SHORT', 'The password must have at least 8 characters.', field);
  if (password.length > 256) throw new UserInputError('PASSWORD_TOO_LONG', 'The password must have at most 256 characters.', field);
}

