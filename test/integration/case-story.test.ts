import { expect } from 'chai';
import { DEMO_PASSWORD } from '../../server/demo/demo-data';
import { addWorkingDays } from '../../server/scheduler/working-days';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { makeIdNumber, REFER, verifyThrough } from '../support/casedesk';

/**
 * The "done means" story on the demo data: a Gadê social worker refers a person,
 * the handler gets the missing-document list and verifies, the case is public without
 * personal data, a second referral is flagged duplicate, and an unanswered referral to a
 * charity escalates on time to the county joint-meeting queue.
 */
describe('case desk story (demo data, GraphQL)', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  before(async () => {
    app = await startTestApp({ env: { DEMO_DATA: 'true', SCHEDULER_POLL_MS: '0' } });
    for (const who of ['social_worker', 'caseworker', 'caseworker2', 'approver', 'org_admin']) {
      const res = expectData(await app.gql<{ signIn: { token: string } }>(`mutation($i: SignInInput!) { signIn(input: $i) { token userErrors { code } } }`, { i: { email: `${who}@demo.local`, password: DEMO_PASSWORD } }));
      tokens[who] = res.signIn.token;
    }
  });
  after(() => app.close());

  it('walks referral → verification → public → duplicate → escalation to the joint meeting', async () => {
    const start = new Date();
    const name = '多杰才让';
    const idNumber = makeIdNumber('632623', '19720415');
    const phone = '13912345678';
    const person = { name, idNumber, phone, household: '妻子卓玛，儿子两名' };

    // 1. The social worker refers the person with a valid ID and consents.
    const referred = expectData(await app.gql<{ referCase: { case: { id: string; reference: string; status: string; handler: { id: string }; backupHandler: { id: string } }; notice: { missingDocuments: { code: string }[] }; userErrors: unknown[] } }>(
      REFER,
      { input: { regionCode: '632623', category: 'illness', situation: '户主突发重病住院。', personConsented: true, consentToPublish: true, consentToShare: true, person } },
      tokens.social_worker,
    )).referCase;
    expect(referred.userErrors).to.deep.equal([]);
    expect(referred.case.status).to.equal('INTAKE');
    // The one-time notification lists every document of the illness checklist at once.
    expect(referred.notice.missingDocuments.map((d) => d.code)).to.deep.equal(['application', 'id_card', 'household_register', 'verification_authorization', 'diagnosis', 'medical_bills']);
    // A/B post: both Gadê caseworkers.
    const viewer = async (t: string) => expectData(await app.gql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }', {}, t)).viewer.user.id;
    const cw1 = await viewer(tokens.caseworker as string);
    const cw2 = await viewer(tokens.caseworker2 as string);
    expect([referred.case.handler.id, referred.case.backupHandler.id].sort()).to.deep.equal([cw1, cw2].sort());
    const handlerToken = (referred.case.handler.id === cw1 ? tokens.caseworker : tokens.caseworker2) as string;
    const caseId = referred.case.id;

    // 2. The handler sees the same list on the case and verifies.
    const seen = expectData(await app.gql<{ case: { notice: { missingDocuments: unknown[] }; beneficiary: { name: string; idNumber: string } } }>(
      'query($id: ID!) { case(id: $id) { notice { missingDocuments { code } } beneficiary { name idNumber } } }', { id: caseId }, handlerToken,
    ));
    expect(seen.case.notice.missingDocuments).to.have.length(6);
    expect(seen.case.beneficiary).to.deep.equal({ name, idNumber });
    const dup0 = expectData(await app.gql<{ duplicateCheck: { openCases: unknown[]; repeatAidThisYear: boolean } }>('query($c: ID!) { duplicateCheck(caseId: $c) { openCases { id } repeatAidThisYear } }', { c: caseId }, handlerToken));
    expect(dup0.duplicateCheck).to.deep.equal({ openCases: [], repeatAidThisYear: false });
    const verified = await verifyThrough(app.gql, handlerToken, caseId);
    expect(verified.data?.verifyCase.userErrors).to.deep.equal([]);
    expect(verified.data?.verifyCase.case).to.deep.equal({ status: 'VERIFIED', published: true });

    // Verification matched it at once: it is in the Gadê charity's inbox, with the reasons.
    const me = expectData(await app.gql<{ viewer: { user: { memberships: { organization: { id: string; name: string } | null }[] } } }>(
      '{ viewer { user { memberships { organization { id name } } } } }', {}, tokens.org_admin));
    const gadeCharity = me.viewer.user.memberships.find((m) => m.organization)?.organization;
    expect(gadeCharity?.name).to.equal('甘德县慈善协会');
    const inbox = expectData(await app.gql<{ matchedCases: { nodes: { case: { reference: string }; explanation: { score: number; factors: { factor: string }[] } }[] } }>(
      'query($o: ID!) { matchedCases(organizationId: $o, first: 20) { nodes { case { reference } explanation { score factors { factor weight contribution } } } } }',
      { o: gadeCharity?.id }, tokens.org_admin));
    const match = inbox.matchedCases.nodes.find((n) => n.case.reference === referred.case.reference);
    expect(match, 'the verified case is in the local charity\'s inbox').to.not.equal(undefined);
    expect(match?.explanation.factors.length).to.be.greaterThan(0);

    // 3. It is public, without any personal data.
    const pub = await app.gql<{ publicCases: { nodes: { reference: string; summary: string; needs: { amount: string; remaining: string }[] }[] } }>(
      '{ publicCases(filter: { regionCode: "632623" }) { nodes { id reference status category hardshipType urgency summary county { code } needs { kind description payeeKind amount remaining } totalAmount remainingAmount publishedAt } } }',
    );
    const listed = expectData(pub).publicCases.nodes.find((n) => n.reference === referred.case.reference);
    expect(listed?.needs[0]).to.include({ amount: '300000', remaining: '300000' });
    const text = JSON.stringify(pub);
    for (const secret of [name, idNumber, phone, '卓玛', idNumber.slice(6, 14)]) expect(text).not.to.include(secret);

    // 4. A second referral of the same person for the same reason is flagged as a duplicate.
    const second = expectData(await app.gql<{ referCase: { case: { id: string }; possibleDuplicateOf: { id: string } | null } }>(
      REFER,
      { input: { regionCode: '632623', category: 'illness', situation: '同一人再次转介。', personConsented: true, person: { name, idNumber } } },
      tokens.social_worker,
    )).referCase;
    expect(second.possibleDuplicateOf?.id).to.equal(caseId);
    const marked = expectData(await app.gql<{ markDuplicate: { case: { status: string; duplicateOf: { id: string } }; userErrors: unknown[] } }>(
      'mutation($i: MarkDuplicateInput!) { markDuplicate(input: $i) { case { status duplicateOf { id } } userErrors { code message } } }',
      { i: { caseId: second.case.id, duplicateOfCaseId: caseId } },
      tokens.approver,
    )).markDuplicate;
    expect(marked.case).to.deep.equal({ status: 'DUPLICATE', duplicateOf: { id: caseId } });

    // 5. A referral to the Gadê charity, left unanswered, escalates on time to the joint meeting.
    const orgs = expectData(await app.gql<{ organizations: { nodes: { id: string; name: string }[] } }>('{ organizations(filter: { kinds: [CHARITY], homeRegionCode: "632623" }) { nodes { id name } } }', {}, handlerToken));
    const charity = orgs.organizations.nodes.find((o) => o.name === '甘德县慈善协会');
    const ref = expectData(await app.gql<{ createReferral: { referral: { id: string; status: string; dueAt: string }; userErrors: unknown[] } }>(
      'mutation($i: CreateReferralInput!) { createReferral(input: $i) { referral { id status dueAt } userErrors { code message } } }',
      { i: { caseId, toOrganizationId: charity?.id, request: '请协助承担手术押金。' } },
      handlerToken,
    )).createReferral;
    expect(ref.userErrors).to.deep.equal([]);
    // The charity's members are told at once that a referral waits for their answer.
    const charityAlarms = expectData(await app.gql<{ myAlarms: { nodes: { kind: string; caseRef: { id: string } | null }[] } }>('{ myAlarms { nodes { kind caseRef { id } } } }', {}, tokens.org_admin)).myAlarms.nodes;
    expect(charityAlarms.filter((a) => a.kind === 'referral.received').map((a) => a.caseRef?.id)).to.deep.equal([caseId]);
    const due = new Date(ref.referral.dueAt);
    // Due in 3 working days (the default), weekends skipped.
    expect(due.getTime()).to.be.within(addWorkingDays(start, 3).getTime(), addWorkingDays(new Date(), 3).getTime());

    const level = async () =>
      expectData(await app.gql<{ case: { referrals: { escalationLevel: number; status: string }[] } }>('query($id: ID!) { case(id: $id) { referrals { escalationLevel status } } }', { id: caseId }, handlerToken)).case.referrals[0]?.escalationLevel;
    const queue = async () =>
      expectData(await app.gql<{ jointMeetingQueue: { nodes: { id: string; caseRef: { id: string } }[] } }>('{ jointMeetingQueue(regionCode: "632623") { nodes { id caseRef { id } } } }', {}, tokens.approver)).jointMeetingQueue.nodes;

    const sched = app.services.scheduler;
    await sched.runDueJobs(new Date(due.getTime() - 60_000));
    expect(await level()).to.equal(0);
    await sched.runDueJobs(new Date(due.getTime() + 1000));
    expect(await level()).to.equal(1); // backup handler
    const second2 = addWorkingDays(due, 3);
    await sched.runDueJobs(new Date(second2.getTime() + 1000));
    expect(await level()).to.equal(2); // approver
    expect(await queue()).to.have.length(0);
    await sched.runDueJobs(new Date(addWorkingDays(second2, 3).getTime() + 1000));
    expect(await level()).to.equal(3);
    const items = await queue();
    expect(items.map((i) => i.caseRef.id)).to.deep.equal([caseId]);

    // The approver assigns an owner; the alarms reached the backup handler and the approver.
    const assigned = expectData(await app.gql<{ assignJointMeetingItem: { item: { owner: { id: string } }; userErrors: unknown[] } }>(
      'mutation($i: AssignJointMeetingItemInput!) { assignJointMeetingItem(input: $i) { item { owner { id } } userErrors { code message } } }',
      { i: { itemId: items[0]?.id, ownerId: cw1, note: '县联席会议指定民政窗口牵头。' } },
      tokens.approver,
    )).assignJointMeetingItem;
    expect(assigned.item.owner.id).to.equal(cw1);
    const approverAlarms = expectData(await app.gql<{ myAlarms: { nodes: { kind: string; details: { name: string; value: string }[] }[] } }>('{ myAlarms { nodes { kind details { name value } } } }', {}, tokens.approver)).myAlarms.nodes;
    const alarms = approverAlarms.map((a) => a.kind);
    expect(alarms).to.include('referral.overdue');
    expect(alarms).to.include('joint_meeting.item');
    // Each names its facts, so that a client words it in its own language.
    const facts = (kind: string) => Object.fromEntries((approverAlarms.find((a) => a.kind === kind)?.details ?? []).map((d) => [d.name, d.value]));
    expect(facts('referral.overdue')).to.include({ reference: referred.case.reference, step: 'approver' });
    expect(facts('referral.overdue').since).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts('joint_meeting.item')).to.include({ reference: referred.case.reference, county: '632623' });
  });
});
