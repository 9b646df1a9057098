import { expect } from 'chai';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { ELSEWHERE, expectAll, HOME, MATRIX_ACTORS, matrixToken, outcomeOf, type MatrixActor, type Outcome } from '../support/access-matrix';
import { createOrganization, createUser } from '../support/factories';
import { createCaseWithNeeds, matchCaseTo, type FactoryCase } from '../support/matching-factory';

interface Fixture {
  orgGid: string;
  case: FactoryCase;
  claimId: string;
}

/** A mutation's userErrors count as BAD_USER_INPUT for the matrix (the operation was allowed, the input refused). */
function withUserErrors(res: GraphQLResponse, field: string): GraphQLResponse {
  const payload = (res.data as Record<string, { userErrors?: { code: string }[] }> | undefined)?.[field];
  if (!res.errors?.length && payload?.userErrors?.length) {
    return { status: res.status, errors: [{ message: payload.userErrors[0]?.code ?? '', extensions: { code: 'BAD_USER_INPUT' } }] };
  }
  return res;
}

const ops: { name: string; run: (app: TestApp, t: string | null, fx: Fixture) => Promise<GraphQLResponse>; expect: Record<MatrixActor, Outcome> }[] = [
  {
    name: 'matchesForCase',
    run: (app, t, fx) => app.gql('query($c: ID!) { matchesForCase(caseId: $c) { rank } }', { c: fx.case.gid }, t),
    expect: expectAll('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', social_worker: 'ok', caseworker: 'ok', approver: 'ok', auditor: 'ok', admin: 'ok' }),
  },
  {
    name: 'caseEscalations',
    run: (app, t, fx) => app.gql('query($c: ID!) { caseEscalations(caseId: $c) { toTier } }', { c: fx.case.gid }, t),
    expect: expectAll('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', social_worker: 'ok', caseworker: 'ok', approver: 'ok', auditor: 'ok', admin: 'ok' }),
  },
  {
    name: 'matchedCases (inbox)',
    run: (app, t, fx) => app.gql('query($o: ID!) { matchedCases(organizationId: $o, first: 5) { totalCount } }', { o: fx.orgGid }, t),
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', org_member: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'recommendedCases',
    run: (app, t) => app.gql('{ recommendedCases(first: 5) { totalCount } }', {}, t),
    expect: expectAll('ok'),
  },
  {
    name: 'claimsForCase',
    run: (app, t, fx) => app.gql('query($c: ID!) { claimsForCase(caseId: $c) { status } }', { c: fx.case.gid }, t),
    expect: expectAll('NOT_FOUND', { social_worker: 'ok', caseworker: 'ok', approver: 'ok', auditor: 'ok', admin: 'ok', org_member: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'claimCase',
    run: async (app, t, fx) =>
      withUserErrors(
        await app.gql(
          'mutation($i: ClaimCaseInput!) { claimCase(input: $i) { claim { id } userErrors { code } } }',
          { i: { caseId: fx.case.gid, organizationId: fx.orgGid, needIds: [fx.case.needs[0]?.gid], amount: '100', expectedVersion: fx.case.version } },
          t,
        ),
        'claimCase',
      ),
    // Members of another organisation are told they do not act for this one.
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', org_member: 'ok', org_admin: 'ok', org_admin_other: 'BAD_USER_INPUT' }),
  },
  {
    name: 'declineMatch',
    run: async (app, t, fx) =>
      withUserErrors(
        await app.gql('mutation($i: DeclineMatchInput!) { declineMatch(input: $i) { match { declinedAt } userErrors { code } } }', { i: { caseId: fx.case.gid, organizationId: fx.orgGid, reason: '不在服务范围' } }, t),
        'declineMatch',
      ),
    expect: expectAll('FORBIDDEN', { anonymous: 'UNAUTHENTICATED', org_member: 'ok', org_admin: 'ok', org_admin_other: 'BAD_USER_INPUT' }),
  },
  {
    name: 'releaseClaim',
    run: async (app, t, fx) =>
      withUserErrors(await app.gql('mutation($id: ID!) { releaseClaim(input: { claimId: $id }) { claim { status } userErrors { code } } }', { id: fx.claimId }, t), 'releaseClaim'),
    expect: expectAll('NOT_FOUND', { anonymous: 'UNAUTHENTICATED', social_worker: 'FORBIDDEN', approver: 'FORBIDDEN', auditor: 'FORBIDDEN', caseworker: 'ok', admin: 'ok', org_member: 'ok', org_admin: 'ok' }),
  },
  {
    name: 'fulfilClaim',
    run: async (app, t, fx) =>
      withUserErrors(
        await app.gql('mutation($id: ID!) { fulfilClaim(input: { claimId: $id, kind: CASH, amount: "10" }) { claim { status } userErrors { code } } }', { id: fx.claimId }, t),
        'fulfilClaim',
      ),
    expect: expectAll('NOT_FOUND', {
      anonymous: 'UNAUTHENTICATED',
      social_worker: 'FORBIDDEN',
      caseworker: 'FORBIDDEN',
      approver: 'FORBIDDEN',
      auditor: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      org_member: 'ok',
      org_admin: 'ok',
    }),
  },
];

describe('access matrix: matching and claims × every role', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ timedWork: false });
  });
  after(() => app.close());

  for (const op of ops) {
    it(op.name, async () => {
      const got: Partial<Record<MatrixActor, Outcome>> = {};
      for (const actor of MATRIX_ACTORS) {
        const db = app.services.db;
        const org = await createOrganization(db, { homeRegionCode: HOME.county });
        // The other organisation works elsewhere, so the matcher never offers it this case.
        const other = await createOrganization(db, { homeRegionCode: ELSEWHERE });
        const c = await createCaseWithNeeds(db, { regionCode: HOME.county, published: true, needs: [{ amount: 10_000n }] });
        await matchCaseTo(db, c.id, org.id);
        const claimer = await createUser(db, [{ role: 'org_member', organizationId: org.id }]);
        const made = await app.gql<{ claimCase: { claim: { id: string } } }>(
          'mutation($i: ClaimCaseInput!) { claimCase(input: $i) { claim { id } userErrors { code } } }',
          { i: { caseId: c.gid, needIds: [c.needs[0]?.gid], amount: '1000', expectedVersion: c.version } },
          claimer.token,
        );
        const claimId = made.data?.claimCase.claim.id as string;
        const token = await matrixToken(app, actor, org.id, other.id);
        got[actor] = outcomeOf(await op.run(app, token, { orgGid: org.gid, case: c, claimId }));
      }
      expect(got).to.deep.equal(op.expect);
    });
  }
});
