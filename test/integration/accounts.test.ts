import { expect } from 'chai';
import { eq } from 'drizzle-orm';
import { sessions, signInThrottle } from '../../server/accounts/account.table';
import { hashToken } from '../../server/auth/token';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createUser, FACTORY_PASSWORD } from '../support/factories';
import { users } from '../../server/accounts/account.table';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) {
    token
    viewer { roles user { email name memberships { role region { code } } } sessionExpiresAt }
    userErrors { field code message }
  }
}`;

interface SignInData {
  signIn: { token: string | null; viewer: { roles: string[]; user: { email: string } } | null; userErrors: { code: string; message: string }[] };
}

describe('accounts and sessions', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({
      // Short delays keep the lock-out test quick; the rules are the same as in production.
      throttle: { windowMs: 60_000, slowAfter: 2, baseDelayMs: 20, maxDelayMs: 80, lockAccountAfter: 5, lockAddressAfter: 40, lockMs: 60_000 },
    });
  });
  after(() => app.close());

  it('signs in with the right password and returns a working bearer token', async () => {
    const u = await createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]);
    const data = expectData(await app.gql<SignInData>(SIGN_IN, { email: u.email.toUpperCase(), password: FACTORY_PASSWORD }));
    expect(data.signIn.userErrors).to.deep.equal([]);
    expect(data.signIn.token).to.be.a('string');
    expect(data.signIn.viewer?.roles).to.deep.equal(['CASEWORKER']);
    expect(data.signIn.viewer?.user.email).to.equal(u.email);
    const me = expectData(await app.gql<{ viewer: { user: { email: string } } }>('{ viewer { user { email } } }', {}, data.signIn.token));
    expect(me.viewer.user.email).to.equal(u.email);
    // Only the hash of the token is stored.
    const [row] = await app.services.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(data.signIn.token as string)));
    expect(row).to.not.equal(undefined);
    expect(JSON.stringify(row)).to.not.include(data.signIn.token as string);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const u = await createUser(app.services.db);
    const wrong = expectData(await app.gql<SignInData>(SIGN_IN, { email: u.email, password: 'wrong-password' }));
    const unknown = expectData(await app.gql<SignInData>(SIGN_IN, { email: 'nobody@example.test', password: 'wrong-password' }));
    expect(wrong.signIn.token).to.equal(null);
    expect(wrong.signIn.userErrors[0]?.code).to.equal('INVALID_CREDENTIALS');
    expect(unknown.signIn.userErrors).to.deep.equal(wrong.signIn.userErrors);
  });

  it('slows repeated failures, then refuses the account for a while, even with the right password', async () => {
    const u = await createUser(app.services.db);
    for (let i = 0; i < 5; i += 1) {
      const r = expectData(await app.gql<SignInData>(SIGN_IN, { email: u.email, password: `bad-${i}` }));
      expect(r.signIn.userErrors[0]?.code).to.equal('INVALID_CREDENTIALS');
    }
    const locked = expectData(await app.gql<SignInData>(SIGN_IN, { email: u.email, password: FACTORY_PASSWORD }));
    expect(locked.signIn.token).to.equal(null);
    expect(locked.signIn.userErrors[0]?.code).to.equal('TOO_MANY_ATTEMPTS');
    // After the lock has run out, the right password works again and the count is reset.
    await app.services.db.update(signInThrottle).set({ lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 120_000) });
    const ok = expectData(await app.gql<SignInData>(SIGN_IN, { email: u.email, password: FACTORY_PASSWORD }));
    expect(ok.signIn.token).to.be.a('string');
  });

  it('rejects a malformed token, an unknown token and an expired session with UNAUTHENTICATED', async () => {
    const malformed = await app.gql('{ viewer { user { id } } }', {}, 'not a token');
    expect(malformed.status).to.equal(401);
    expect(malformed.errors?.[0]?.extensions).to.include({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    const unknown = await app.gql('{ viewer { user { id } } }', {}, 'A'.repeat(43));
    expect(unknown.errors?.[0]?.extensions?.reason).to.equal('INVALID_TOKEN');
    const u = await createUser(app.services.db);
    await app.services.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, u.id));
    const expired = await app.gql('{ viewer { user { id } } }', {}, u.token);
    expect(expired.errors?.[0]?.extensions?.reason).to.equal('SESSION_EXPIRED');
  });

  it('signs out: the token stops working, and "everywhere" revokes every session', async () => {
    const u = await createUser(app.services.db);
    const second = expectData(await app.gql<SignInData>(SIGN_IN, { email: u.email, password: FACTORY_PASSWORD })).signIn.token as string;
    const out = expectData(await app.gql<{ signOut: { signedOut: boolean } }>('mutation { signOut { signedOut userErrors { code } } }', {}, u.token));
    expect(out.signOut.signedOut).to.equal(true);
    const after = await app.gql('{ viewer { user { id } } }', {}, u.token);
    expect(after.errors?.[0]?.extensions?.reason).to.equal('SESSION_REVOKED');
    expect(expectData(await app.gql<{ viewer: unknown }>('{ viewer { user { id } } }', {}, second)).viewer).to.not.equal(null);
    await app.gql('mutation { signOut(input: { everywhere: true }) { signedOut } }', {}, second);
    expect((await app.gql('{ viewer { user { id } } }', {}, second)).errors?.[0]?.extensions?.reason).to.equal('SESSION_REVOKED');
  });

  it('signs up a donor, and refuses a taken email or a short password without writing anything', async () => {
    const email = `new-${Date.now()}@example.test`;
    const q = `mutation($i: SignUpInput!) { signUp(input: $i) { token viewer { roles } userErrors { field code } } }`;
    const ok = expectData(await app.gql<{ signUp: { token: string; viewer: { roles: string[] } } }>(q, { i: { email, password: 'long-enough-1', name: '捐赠人' } }));
    expect(ok.signUp.viewer.roles).to.deep.equal(['DONOR']);
    const taken = expectData(await app.gql<{ signUp: { token: null; userErrors: { code: string }[] } }>(q, { i: { email, password: 'long-enough-1', name: 'x' } }));
    expect(taken.signUp.userErrors[0]?.code).to.equal('EMAIL_TAKEN');
    const short = expectData(await app.gql<{ signUp: { userErrors: { code: string; field: string[] }[] } }>(q, { i: { email: `s-${email}`, password: 'short', name: 'x' } }));
    expect(short.signUp.userErrors[0]).to.deep.include({ code: 'PASSWORD_TOO_SHORT', field: ['input', 'password'] });
    const rows = await app.services.db.select().from(users).where(eq(users.email, `s-${email}`));
    expect(rows).to.have.length(0);
  });

  it('grants staff roles only within the granting admin\'s region', async () => {
    const admin = await createUser(app.services.db, [{ role: 'admin', region: '632600' }]);
    const target = await createUser(app.services.db);
    const q = `mutation($i: GrantStaffRoleInput!) { grantStaffRole(input: $i) { membership { role region { code } } userErrors { code field } } }`;
    const ok = expectData(await app.gql<{ grantStaffRole: { membership: { role: string; region: { code: string } } } }>(q, { i: { userId: target.gid, role: 'CASEWORKER', regionCode: '632623' } }, admin.token));
    expect(ok.grantStaffRole.membership).to.deep.equal({ role: 'CASEWORKER', region: { code: '632623' } });
    const outside = await app.gql(q, { i: { userId: target.gid, role: 'CASEWORKER', regionCode: '630100' } }, admin.token);
    expect(outside.errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const unknownRegion = expectData(await app.gql<{ grantStaffRole: { userErrors: { code: string }[] } }>(q, { i: { userId: target.gid, role: 'CASEWORKER', regionCode: '999999' } }, admin.token));
    expect(unknownRegion.grantStaffRole.userErrors[0]?.code).to.equal('REGION_NOT_FOUND');
    const orgRole = expectData(await app.gql<{ grantStaffRole: { userErrors: { code: string }[] } }>(q, { i: { userId: target.gid, role: 'ORG_ADMIN', regionCode: '632623' } }, admin.token));
    expect(orgRole.grantStaffRole.userErrors[0]?.code).to.equal('NOT_A_STAFF_ROLE');
  });

  it('a role granted to someone already signed in applies to their very next request', async () => {
    const admin = await createUser(app.services.db, [{ role: 'admin', region: '632600' }]);
    const target = await createUser(app.services.db);
    const roles = async () => expectData(await app.gql<{ viewer: { roles: string[] } }>('{ viewer { roles } }', {}, target.token)).viewer.roles;
    expect(await roles()).to.deep.equal(['DONOR']);
    const q = `mutation($i: GrantStaffRoleInput!) { grantStaffRole(input: $i) { membership { role } userErrors { code } } }`;
    expectData(await app.gql(q, { i: { userId: target.gid, role: 'APPROVER', regionCode: '632623' } }, admin.token));
    expect(await roles()).to.have.members(['DONOR', 'APPROVER']);
  });
});
