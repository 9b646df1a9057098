import { expect } from 'chai';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { expectAll, MATRIX_ACTORS, matrixToken, outcomeOf, HOME, type MatrixActor, type Outcome } from '../support/access-matrix';
import { createOrganization, createUser } from '../support/factories';

interface Fixture {
  orgId: string;
  orgGid: string;
  otherOrgId: string;
}

interface Operation {
  name: string;
  /** Whether the organisation under test starts unverified. */
  unverified?: boolean;
  run: (app: TestApp, token: string | null, fx: Fixture) => Promise<GraphQLResponse>;
  expect: Record<MatrixActor, Outcome>;
}

const ops: Operation[] = [
  { name: 'region', run: (app, t) => app.gql('{ region(code: "632623") { name } }', {}, t), expect: expectAll('ok') },
  { name: 'regions', run: (app, t) => app.gql('{ regions(parentCode: "632600") { code } }', {}, t), expect: expectAll('ok') },
  { name: 'viewer', run: (app, t) => app.gql('{ viewer { roles } }', {}, t), expect: expectAll('ok') },
  { name: 'organizations', run: (app, t) => app.gql('{ organizations(first: 5) { totalCount } }', {}, t), expect: expectAll('ok') },
  { name: 'organization (verified)', run: (app, t, fx) => app.gql('query($id: ID!) { organization(id: $id) { name } }', { id: fx.orgGid }, t), expect: expectAll('ok') },
  {
    name: 'organization (unverified)',
    unverified: true,
    run: (app, t, fx) => app.gql('query($id: ID!) { organization(id: $id) { name } }', { id: fx.orgGid }, t),
    expect: expectAll('NOT_FOUND', { caseworker: 'ok', approver: 'ok', auditor: 'ok', admin: 'ok', org_member: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'createOrganization',
    run: (app, t) =>
      app.gql('mutation { createOrganization(input: { name: "新组织", kind: CHARITY, homeRegionCode: "632623" }) { organization { id } userErrors { code } } }', {}, t),
    expect: expectAll('ok', { anonymous: 'UNAUTHENTICATED' }),
  },
  {
    name: 'updateOrganization',
    run: (app, t, fx) => app.gql('mutation($id: ID!) { updateOrganization(input: { id: $id, openCaseCapacity: 3 }) { organization { id } } }', { id: fx.orgGid }, t),
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'verifyOrganization',
    unverified: true,
    run: (app, t, fx) => app.gql('mutation($id: ID!) { verifyOrganization(input: { id: $id }) { organization { verified } } }', { id: fx.orgGid }, t),
    expect: expectAll('NOT_FOUND', { caseworker: 'FORBIDDEN', auditor: 'FORBIDDEN', org_member: 'FORBIDDEN', org_admin: 'FORBIDDEN', approver: 'ok', admin: 'ok' }),
  },
  {
    name: 'inviteMember',
    run: (app, t, fx) =>
      app.gql('mutation($id: ID!) { inviteMember(input: { organizationId: $id, email: "x@example.test", role: ORG_MEMBER }) { token } }', { id: fx.orgGid }, t),
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'addMember',
    run: async (app, t, fx) => {
      const target = await createUser(app.services.db);
      return app.gql('mutation($id: ID!, $e: String!) { addMember(input: { organizationId: $id, email: $e, role: ORG_MEMBER }) { membership { role } } }', { id: fx.orgGid, e: target.email }, t);
    },
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'grantStaffRole',
    run: async (app, t) => {
      const target = await createUser(app.services.db);
      return app.gql('mutation($u: ID!) { grantStaffRole(input: { userId: $u, role: REPORTER, regionCode: "632623" }) { membership { role } } }', { u: target.gid }, t);
    },
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', admin: 'ok' }),
  },
  {
    name: 'organization.members (non-empty)',
    run: async (app, t, fx) => {
      const r = await app.gql<{ organization: { members: unknown[] } }>('query($id: ID!) { organization(id: $id) { members { role } } }', { id: fx.orgGid }, t);
      // Members are not secret that the organisation exists; an empty list means "not shown".
      return r.data?.organization.members.length ? r : { status: 200, errors: [{ message: 'hidden', extensions: { code: 'FORBIDDEN' } }] };
    },
    expect: expectAll('FORBIDDEN', { caseworker: 'ok', approver: 'ok', auditor: 'ok', admin: 'ok', org_admin: 'ok' }),
  },
];

describe('access matrix: every operation × every role', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  for (const op of ops) {
    it(op.name, async () => {
      const got: Partial<Record<MatrixActor, Outcome>> = {};
      for (const actor of MATRIX_ACTORS) {
        const org = await createOrganization(app.services.db, { homeRegionCode: HOME.county, verified: !op.unverified });
        const other = await createOrganization(app.services.db, { homeRegionCode: HOME.county });
        // A member so that member lists are non-empty.
        await createUser(app.services.db, [{ role: 'org_member', organizationId: org.id }]);
        const token = await matrixToken(app, actor, org.id, other.id);
        got[actor] = outcomeOf(await op.run(app, token, { orgId: org.id, orgGid: org.gid, otherOrgId: other.id }));
      }
      expect(got).to.deep.equal(op.expect);
    });
  }
});
