import { expect } from 'chai';
import type { Actor } from '../../server/access/actor';
import { jointMeetingItems } from '../../server/referrals/referral.table';
import { toGlobalId } from '../../server/common/ids';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { makeIdNumber } from '../support/casedesk';
import { createOrganization, createReliefFund, createUser, type FactoryUser } from '../support/factories';

const ROLES = ['anonymous', 'donor', 'reporter', 'social_worker', 'other_social_worker', 'caseworker', 'other_county_caseworker', 'approver', 'auditor', 'admin', 'org_member'] as const;
type RoleName = (typeof ROLES)[number];
const REQ = { ip: '10.0.0.1', userAgent: 'matrix', requestId: 'matrix' };
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(32, 1)]);

interface Fixture {
  caseGid: string;
  caseLocal: string;
  other?: string;
  referralGid?: string;
  itemGid?: string;
  fileId?: string;
}

type Outcome = 'allowed' | 'refused';

/** Allowed: no GraphQL error and no userErrors. Refused: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND. */
function classify(res: GraphQLResponse): Outcome {
  const code = res.errors?.[0]?.extensions?.code;
  if (code) {
    if (['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(code)) return 'refused';
    throw new Error(`unexpected error ${JSON.stringify(res.errors)}`);
  }
  const first = res.data ? (Object.values(res.data)[0] as { userErrors?: unknown[] } | null) : null;
  if (first && Array.isArray(first.userErrors) && first.userErrors.length > 0) throw new Error(`unexpected userErrors ${JSON.stringify(first.userErrors)}`);
  return 'allowed';
}

describe('access matrix of the case desk (each operation × each role)', () => {
  let app: TestApp;
  const users = {} as Record<Exclude<RoleName, 'anonymous'>, FactoryUser>;
  const actors = {} as Record<string, Actor>;
  let charityGid = '';
  let fundGid = '';
  before(async () => {
    app = await startTestApp({ env: { SCHEDULER_POLL_MS: '0' } });
    const db = app.services.db;
    const charity = await createOrganization(db, { kind: 'charity' });
    charityGid = charity.gid;
    fundGid = (await createReliefFund(db)).gid;
    users.donor = await createUser(db, [{ role: 'donor' }]);
    users.reporter = await createUser(db, [{ role: 'reporter', region: '632623' }]);
    users.social_worker = await createUser(db, [{ role: 'social_worker', region: '632623' }]);
    users.other_social_worker = await createUser(db, [{ role: 'social_worker', region: '632623' }]);
    users.caseworker = await createUser(db, [{ role: 'caseworker', region: '632623' }]);
    users.other_county_caseworker = await createUser(db, [{ role: 'caseworker', region: '632624' }]);
    users.approver = await createUser(db, [{ role: 'approver', region: '632600' }]);
    users.auditor = await createUser(db, [{ role: 'auditor', region: '630000' }]);
    users.admin = await createUser(db, [{ role: 'admin', region: '630000' }]);
    users.org_member = await createUser(db, [{ role: 'org_member', organizationId: charity.id }]);
    for (const k of ['social_worker', 'caseworker', 'approver'] as const) {
      const auth = await app.services.accounts.authenticate(users[k].token);
      if (!auth) throw new Error('no auth');
      actors[k] = auth.actor;
    }
  });
  after(() => app.close());

  // ---- fixtures, made through the services as the Gadê social worker and caseworker
  const referred = async (opts: { unidentified?: boolean; share?: boolean } = {}) => {
    const r = await app.services.cases.referCase(actors.social_worker as Actor, {
      regionCode: '632623', category: 'illness', situation: 'x', personConsented: true, consentToShare: opts.share ?? true, consentToPublish: true,
      person: opts.unidentified ? {} : { name: 'n', idNumber: makeIdNumber() },
    }, REQ);
    return { caseGid: toGlobalId('Case', r.case.id), caseLocal: r.case.id };
  };
  const verifying = async (eligible = false) => {
    const f = await referred();
    await app.services.cases.startVerification(actors.caseworker as Actor, { caseId: f.caseGid }, REQ);
    if (eligible) await app.services.cases.recordVerification(actors.caseworker as Actor, { caseId: f.caseGid, outcome: 'eligible' }, REQ);
    return f;
  };
  const verified = async () => {
    const f = await verifying(true);
    await app.services.cases.verify(actors.caseworker as Actor, { caseId: f.caseGid, category: 'illness', hardshipType: 'sudden', urgency: 'high', publish: false, needs: [{ kind: 'cash', amount: 10_000n }] }, REQ);
    return f;
  };
  const withReferral = async (accepted = false) => {
    const f = await verified();
    const r = await app.services.referrals.create(actors.caseworker as Actor, { caseId: f.caseGid, toOrganizationId: charityGid, request: 'help' }, REQ);
    if (accepted) await app.services.db.update((await import('../../server/referrals/referral.table')).referrals).set({ status: 'accepted' });
    return { ...f, referralGid: toGlobalId('Referral', r.id) };
  };
  const reported = async () => {
    const r = await app.services.cases.reportDiscovery(actors.caseworker as Actor, { regionCode: '632623', situation: 'seen', reporterKind: 'grid_worker' }, REQ);
    return { caseGid: toGlobalId('Case', r.case.id), caseLocal: r.case.id };
  };
  const documented = async (f: Fixture, kinds: string[]) => {
    for (const kind of kinds) {
      const res = await fetch(`${app.url}/cases/${f.caseLocal}/evidence?kind=${kind}`, { method: 'POST', headers: { 'content-type': 'application/pdf', authorization: `Bearer ${users.caseworker.token}` }, body: new Uint8Array(PDF) });
      f.fileId = ((await res.json()) as { id: string }).id;
    }
    return f;
  };
  const ALL_DOCS = ['application', 'id_card', 'household_register', 'verification_authorization', 'diagnosis', 'medical_bills'];

  const DESK: RoleName[] = ['caseworker', 'approver'];
  const STAFF: RoleName[] = ['caseworker', 'approver', 'auditor', 'admin'];
  const EVERYONE: RoleName[] = [...ROLES];
  const SIGNED_IN: RoleName[] = ROLES.filter((r) => r !== 'anonymous');

  interface Op {
    name: string;
    allowed: RoleName[];
    setup: () => Promise<Fixture>;
    run: (f: Fixture, token: string | null) => Promise<GraphQLResponse>;
  }
  const m = (query: string, input: (f: Fixture) => Record<string, unknown>) => (f: Fixture, token: string | null) => app.gql(query, { i: input(f) }, token);
  const none = async (): Promise<Fixture> => ({ caseGid: '', caseLocal: '' });

  const ops: Op[] = [
    { name: 'reportDiscovery', allowed: EVERYONE, setup: none, run: m('mutation($i: ReportDiscoveryInput!) { reportDiscovery(input: $i) { userErrors { code } } }', () => ({ regionCode: '632623', situation: 'seen' })) },
    { name: 'referCase', allowed: ['social_worker', 'other_social_worker'], setup: none, run: m('mutation($i: ReferCaseInput!) { referCase(input: $i) { userErrors { code } } }', () => ({ regionCode: '632623', category: 'illness', situation: 'x', personConsented: true, person: {} })) },
    { name: 'registerApplication', allowed: DESK, setup: none, run: m('mutation($i: RegisterApplicationInput!) { registerApplication(input: $i) { userErrors { code } } }', () => ({ regionCode: '632623', category: 'illness', situation: 'x', person: {} })) },
    { name: 'triageCase', allowed: DESK, setup: reported, run: m('mutation($i: TriageCaseInput!) { triageCase(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, category: 'vagrancy' })) },
    { name: 'startVerification', allowed: DESK, setup: () => referred(), run: m('mutation($i: CaseActionInput!) { startVerification(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid })) },
    { name: 'recordVerification', allowed: DESK, setup: () => verifying(), run: m('mutation($i: RecordVerificationInput!) { recordVerification(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, outcome: 'ELIGIBLE' })) },
    { name: 'verifyCase', allowed: DESK, setup: () => verifying(true), run: m('mutation($i: VerifyCaseInput!) { verifyCase(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, category: 'illness', hardshipType: 'SUDDEN', urgency: 'HIGH', needs: [{ kind: 'CASH', amount: '100' }], publish: false })) },
    { name: 'rejectCase', allowed: DESK, setup: () => referred(), run: m('mutation($i: CaseReasonInput!) { rejectCase(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, reason: 'no' })) },
    { name: 'markDuplicate', allowed: DESK, setup: async () => ({ ...(await referred()), other: (await referred()).caseGid }), run: m('mutation($i: MarkDuplicateInput!) { markDuplicate(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, duplicateOfCaseId: f.other })) },
    { name: 'withdrawCase', allowed: [...DESK, 'social_worker'], setup: () => referred(), run: m('mutation($i: CaseReasonInput!) { withdrawCase(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, reason: 'moved away' })) },
    { name: 'fastTrackCase', allowed: DESK, setup: () => referred(), run: m('mutation($i: FastTrackCaseInput!) { fastTrackCase(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, amount: '1000', fundOrganizationId: fundGid })) },
    {
      name: 'clearPaperwork', allowed: DESK,
      setup: async () => {
        const f = await referred();
        await app.services.cases.fastTrack(actors.caseworker as Actor, { caseId: f.caseGid, amount: 1000n, fundOrganizationId: fundGid }, REQ);
        return documented(f, ALL_DOCS);
      },
      run: m('mutation($i: CaseActionInput!) { clearPaperwork(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid })),
    },
    { name: 'recordAssistance', allowed: DESK, setup: () => verified(), run: m('mutation($i: RecordAssistanceInput!) { recordAssistance(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, kind: 'cash', amount: '100' })) },
    { name: 'setConsent', allowed: [...DESK, 'social_worker'], setup: () => referred(), run: m('mutation($i: SetConsentInput!) { setConsent(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, kind: 'PUBLISH', granted: false })) },
    { name: 'identifyBeneficiary', allowed: DESK, setup: () => referred({ unidentified: true }), run: m('mutation($i: IdentifyBeneficiaryInput!) { identifyBeneficiary(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, idNumber: makeIdNumber() })) },
    { name: 'createReferral', allowed: DESK, setup: () => verified(), run: m('mutation($i: CreateReferralInput!) { createReferral(input: $i) { userErrors { code } } }', (f) => ({ caseId: f.caseGid, toOrganizationId: charityGid, request: 'help' })) },
    { name: 'respondToReferral', allowed: ['org_member'], setup: () => withReferral(), run: m('mutation($i: RespondToReferralInput!) { respondToReferral(input: $i) { userErrors { code } } }', (f) => ({ referralId: f.referralGid, accept: true })) },
    {
      name: 'completeReferral', allowed: ['org_member'],
      setup: async () => {
        const f = await withReferral();
        const member = await app.services.accounts.authenticate(users.org_member.token);
        await app.services.referrals.respond(member?.actor as Actor, { referralId: f.referralGid as string, accept: true }, REQ);
        return f;
      },
      run: m('mutation($i: CompleteReferralInput!) { completeReferral(input: $i) { userErrors { code } } }', (f) => ({ referralId: f.referralGid, outcome: 'paid the deposit' })),
    },
    { name: 'case (referred to the charity with share consent)', allowed: [...STAFF, 'social_worker', 'org_member'], setup: () => withReferral(), run: (f, t) => app.gql('query($id: ID!) { case(id: $id) { id beneficiary { name } } }', { id: f.caseGid }, t) },
    { name: 'case (not shared)', allowed: [...STAFF, 'social_worker'], setup: () => referred({ share: false }), run: (f, t) => app.gql('query($id: ID!) { case(id: $id) { id } }', { id: f.caseGid }, t) },
    { name: 'cases(regionCode)', allowed: STAFF, setup: none, run: (_f, t) => app.gql('{ cases(filter: { regionCode: "632623" }) { totalCount } }', {}, t) },
    { name: 'duplicateCheck', allowed: DESK, setup: () => referred(), run: (f, t) => app.gql('query($id: ID!) { duplicateCheck(caseId: $id) { repeatAidThisYear } }', { id: f.caseGid }, t) },
    { name: 'publicCases', allowed: EVERYONE, setup: none, run: (_f, t) => app.gql('{ publicCases { totalCount } }', {}, t) },
    { name: 'regionSettings', allowed: EVERYONE, setup: none, run: (_f, t) => app.gql('{ regionSettings(code: "632623") { capMultiplier } }', {}, t) },
    { name: 'updateRegionSettings', allowed: ['admin'], setup: none, run: m('mutation($i: UpdateRegionSettingsInput!) { updateRegionSettings(input: $i) { userErrors { code } } }', () => ({ regionCode: '632623', referralResponseWorkingDays: 3 })) },
    { name: 'auditEvents', allowed: ['approver', 'auditor', 'admin'], setup: none, run: (_f, t) => app.gql('{ auditEvents(filter: { regionCode: "632623" }) { totalCount } }', {}, t) },
    { name: 'jointMeetingQueue', allowed: ['approver', 'auditor', 'admin'], setup: none, run: (_f, t) => app.gql('{ jointMeetingQueue(regionCode: "632623") { totalCount } }', {}, t) },
    {
      name: 'assignJointMeetingItem', allowed: ['approver'],
      setup: async () => {
        const f = await referred();
        const [item] = await app.services.db.insert(jointMeetingItems).values({ regionCode: '632623', caseId: f.caseLocal, reason: 'stuck' }).returning();
        return { ...f, itemGid: toGlobalId('JointMeetingItem', item?.id as string) };
      },
      run: m('mutation($i: AssignJointMeetingItemInput!) { assignJointMeetingItem(input: $i) { userErrors { code } } }', (f) => ({ itemId: f.itemGid, ownerId: users.caseworker.gid })),
    },
    { name: 'myAlarms', allowed: SIGNED_IN, setup: none, run: (_f, t) => app.gql('{ myAlarms { totalCount } }', {}, t) },
    { name: 'myReports', allowed: EVERYONE, setup: none, run: (_f, t) => app.gql('{ myReports { totalCount } }', {}, t) },
  ];

  /** Uploads and downloads are HTTP routes; map their statuses onto the same outcomes. */
  const httpOps: { name: string; allowed: RoleName[]; setup: () => Promise<Fixture>; run: (f: Fixture, token: string | null) => Promise<Response> }[] = [
    { name: 'upload evidence', allowed: [...DESK, 'social_worker'], setup: () => referred(), run: (f, t) => fetch(`${app.url}/cases/${f.caseLocal}/evidence?kind=id_card`, { method: 'POST', headers: { 'content-type': 'application/pdf', ...(t ? { authorization: `Bearer ${t}` } : {}) }, body: new Uint8Array(PDF) }) },
    {
      name: 'download evidence', allowed: [...STAFF, 'social_worker'],
      setup: async () => documented(await referred({ share: false }), ['id_card']),
      run: (f, t) => fetch(`${app.url}/cases/${f.caseLocal}/evidence/${Buffer.from(f.fileId as string, 'base64url').toString('utf8').split(':')[1]}`, { headers: t ? { authorization: `Bearer ${t}` } : {} }),
    },
  ];

  const tokenOf = (role: RoleName) => (role === 'anonymous' ? null : users[role].token);

  for (const op of ops) {
    it(`${op.name}: allowed for ${op.allowed.join(', ')}; refused for everyone else`, async () => {
      const got: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const role of ROLES) {
        const fixture = await op.setup();
        got[role] = classify(await op.run(fixture, tokenOf(role)));
        want[role] = op.allowed.includes(role) ? 'allowed' : 'refused';
      }
      expect(got).to.deep.equal(want);
    });
  }
  for (const op of httpOps) {
    it(`${op.name}: allowed for ${op.allowed.join(', ')}; refused for everyone else`, async () => {
      const got: Record<string, Outcome> = {};
      const want: Record<string, Outcome> = {};
      for (const role of ROLES) {
        const res = await op.run(await op.setup(), tokenOf(role));
        if (res.status >= 500) throw new Error(`server error ${res.status}`);
        got[role] = res.status < 300 ? 'allowed' : 'refused';
        want[role] = op.allowed.includes(role) ? 'allowed' : 'refused';
      }
      expect(got).to.deep.equal(want);
    });
  }
});
