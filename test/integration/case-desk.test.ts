import { expect } from 'chai';
import { count, eq, sql } from 'drizzle-orm';
import { io as connect } from 'socket.io-client';
import { cases } from '../../server/cases/case.table';
import { beneficiaries } from '../../server/beneficiaries/beneficiary.table';
import { expectData, startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { createDeskStaff, type DeskStaff, makeIdNumber, REFER, referInput, REGISTER, REPORT, verifyThrough } from '../support/casedesk';
import { checkLedger } from '../../server/ledger/check-ledger';
import { createOrganization, createReliefFund, createUser } from '../support/factories';

type Payload = { userErrors: { field: string[]; code: string; message: string }[] } & Record<string, unknown>;

/** The mutation's payload, failing on GraphQL errors. */
function payload<T extends Payload = Payload>(res: GraphQLResponse<Record<string, T>> | GraphQLResponse<Record<string, unknown>>): T {
  const data = expectData(res);
  return Object.values(data)[0] as T;
}
const ok = <T extends Payload = Payload>(res: GraphQLResponse<Record<string, T>> | GraphQLResponse<Record<string, unknown>>): T => {
  const p = payload<T>(res);
  expect(p.userErrors, JSON.stringify(p.userErrors)).to.deep.equal([]);
  return p;
};
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 2)]);

describe('case desk (GraphQL)', () => {
  let app: TestApp;
  let s: DeskStaff;
  before(async () => {
    app = await startTestApp({ env: { SCHEDULER_POLL_MS: '0', PUBLIC_REPORTS_PER_HOUR: '3', EVIDENCE_MAX_BYTES: '4096' } });
    s = await createDeskStaff(app.services.db);
  });
  after(() => app.close());

  const caseCount = async () => Number((await app.services.db.select({ n: count() }).from(cases))[0]?.n ?? 0);
  const refer = async (overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) =>
    ok(await app.gql<Record<string, Payload & { case: { id: string; reference: string; handler: { id: string } | null } }>>(REFER, { input: referInput(overrides, person) }, s.socialWorker.token)).case;
  const handlerToken = (c: { handler: { id: string } | null }) => (c.handler?.id === s.caseworker.gid ? s.caseworker.token : s.caseworker2.token);
  const status = async (id: string, token = s.approver.token) => expectData(await app.gql<{ case: { status: string } }>('query($id: ID!) { case(id: $id) { status } }', { id }, token)).case.status;
  const upload = (caseLocalId: string, kind: string, body: Buffer, type: string, token: string | null) =>
    fetch(`${app.url}/cases/${caseLocalId}/evidence?kind=${kind}&fileName=doc`, { method: 'POST', headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: new Uint8Array(body) });
  const localId = (gid: string) => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1] as string;

  describe('bad input: a typed error saying which and why, and nothing changes', () => {
    const cases_: [string, Record<string, unknown>, Record<string, unknown>, string, string[]][] = [
      ['wrong check character', {}, { idNumber: '11010519491231002' + '1' }, 'ID_NUMBER_CHECK_FAILED', ['input', 'person', 'idNumber']],
      ['impossible birth date', {}, { idNumber: '110105194902300020' }, 'ID_NUMBER_BAD_BIRTH_DATE', ['input', 'person', 'idNumber']],
      ['unknown address code', {}, { idNumber: '990105194912310023' }, 'ID_NUMBER_UNKNOWN_ADDRESS', ['input', 'person', 'idNumber']],
      ['missing consent', { personConsented: false }, {}, 'CONSENT_MISSING', ['input', 'personConsented']],
      ['category the region does not use', { category: 'lottery_loss' }, {}, 'CATEGORY_NOT_USED', ['input', 'category']],
      ['a prefecture instead of a county', { regionCode: '632600' }, {}, 'REGION_TOO_BROAD', ['input', 'regionCode']],
    ];
    for (const [label, overrides, person, code, field] of cases_) {
      it(`referCase: ${label} → ${code}`, async () => {
        const before = await caseCount();
        const p = payload(await app.gql<Record<string, Payload>>(REFER, { input: referInput(overrides, person) }, s.socialWorker.token));
        expect(p.userErrors[0]).to.include({ code });
        expect(p.userErrors[0]?.field).to.deep.equal(field);
        expect(p.case).to.equal(null);
        expect(await caseCount()).to.equal(before);
      });
    }

    it('verifyCase: zero amount, above the cap, publish without consent; the case stays in verification', async () => {
      const c = await refer({ consentToPublish: false });
      const t = handlerToken(c);
      for (const [amount, code] of [['0', 'AMOUNT_NOT_POSITIVE'], ['700001', 'AMOUNT_ABOVE_CAP']] as const) {
        const res = await verifyThrough(app.gql, t, c.id, { amount, publish: false });
        expect(res.data?.verifyCase.userErrors[0]?.code).to.equal(code);
      }
      const res = await app.gql<Record<string, Payload>>(
        'mutation($i: VerifyCaseInput!) { verifyCase(input: $i) { userErrors { field code message } } }',
        { i: { caseId: c.id, category: 'illness', hardshipType: 'SUDDEN', urgency: 'HIGH', needs: [{ kind: 'CASH', amount: '1000' }], publish: true, publicSummary: 'A family in need.' } },
        t,
      );
      expect(payload(res).userErrors[0]).to.include({ code: 'CONSENT_MISSING' });
      expect(await status(c.id)).to.equal('VERIFYING');
    });

    it('a public summary with the person’s name is refused', async () => {
      const c = await refer({}, { name: '尼玛卓玛' });
      const res = await verifyThrough(app.gql, handlerToken(c), c.id, { extra: { publicSummary: '尼玛卓玛 needs help.' } });
      expect(res.data?.verifyCase.userErrors[0]?.code).to.equal('SUMMARY_HAS_PERSONAL_DATA');
    });

    it('transitions are refused in states where they are not legal, whatever the caller', async () => {
      const c = await refer();
      for (const token of [handlerToken(c), s.approver.token]) {
        const v = payload(await app.gql<Record<string, Payload>>('mutation($i: VerifyCaseInput!) { verifyCase(input: $i) { userErrors { code message } } }', { i: { caseId: c.id, category: 'illness', hardshipType: 'SUDDEN', urgency: 'HIGH', needs: [{ kind: 'CASH', amount: '100' }], publish: false } }, token));
        expect(v.userErrors[0]?.code).to.equal('ILLEGAL_TRANSITION');
        const tr = payload(await app.gql<Record<string, Payload>>('mutation($i: TriageCaseInput!) { triageCase(input: $i) { userErrors { code message } } }', { i: { caseId: c.id } }, token));
        expect(tr.userErrors[0]?.code).to.equal('ILLEGAL_TRANSITION');
      }
      ok(await app.gql('mutation($i: CaseReasonInput!) { rejectCase(input: $i) { userErrors { code } } }', { i: { caseId: c.id, reason: 'Not eligible: income above the line.' } }, s.approver.token));
      const again = payload(await app.gql<Record<string, Payload>>('mutation($i: CaseActionInput!) { startVerification(input: $i) { userErrors { code } } }', { i: { caseId: c.id } }, s.approver.token));
      expect(again.userErrors[0]?.code).to.equal('ILLEGAL_TRANSITION');
      expect(await status(c.id)).to.equal('REJECTED');
      // The referrer was told the reason.
      const alarms = expectData(
        await app.gql<{ myAlarms: { nodes: { kind: string; title: string; details: { name: string; value: string }[]; caseRef: { id: string } | null }[] } }>('{ myAlarms { nodes { kind title details { name value } caseRef { id } } } }', {}, s.socialWorker.token),
      ).myAlarms.nodes;
      const rejected = alarms.find((a) => a.kind === 'case.rejected' && a.caseRef?.id === c.id);
      expect(rejected?.title).to.include('income above the line');
      // The same facts by name, for clients that word the alarm themselves.
      expect(rejected?.details).to.deep.equal([
        { name: 'reason', value: 'Not eligible: income above the line.' },
        { name: 'reference', value: c.reference },
      ]);
    });

    it('the wrong role or region is refused: FORBIDDEN for the referrer, NOT_FOUND for another county', async () => {
      const c = await refer();
      const other = await createUser(app.services.db, [{ role: 'caseworker', region: '632624' }]);
      const q = 'mutation($i: CaseActionInput!) { startVerification(input: $i) { case { status } userErrors { code } } }';
      expect(codeOf(await app.gql(q, { i: { caseId: c.id } }, s.socialWorker.token))).to.equal('FORBIDDEN');
      expect(codeOf(await app.gql(q, { i: { caseId: c.id } }, other.token))).to.equal('NOT_FOUND');
      expect(await status(c.id)).to.equal('INTAKE');
    });
  });

  describe('the three ways in', () => {
    it('an anonymous public report lands in triage, rate-limited per address in the database', async () => {
      const input = { regionCode: '632623', situation: 'An old man sleeping rough at the bus station.', reporterKind: 'taxi_driver' };
      const first = ok(await app.gql<Record<string, Payload & { report: { reference: string; status: string } }>>(REPORT, { input }));
      expect(first.report.status).to.equal('REPORTED');
      const [row] = await app.services.db.select().from(cases).where(eq(cases.reference, first.report.reference));
      expect(row?.intakeChannel).to.equal('public_report');
      expect(row?.handlerUserId).to.be.a('string');
      ok(await app.gql(REPORT, { input }));
      ok(await app.gql(REPORT, { input }));
      const fourth = payload(await app.gql<Record<string, Payload>>(REPORT, { input }));
      expect(fourth.userErrors[0]?.code).to.equal('TOO_MANY_REPORTS');
      // Registered reporters are not limited, and see only the status of their own reports.
      const reporter = await createUser(app.services.db, [{ role: 'reporter', region: '632623' }]);
      const mine = ok(await app.gql<Record<string, Payload & { report: { reference: string } }>>(REPORT, { input: { ...input, reporterKind: 'grid_worker', category: 'vagrancy' } }, reporter.token));
      const reports = expectData(await app.gql<{ myReports: { nodes: { reference: string; status: string }[] } }>('{ myReports { nodes { reference status } } }', {}, reporter.token)).myReports.nodes;
      expect(reports).to.deep.equal([{ reference: mine.report.reference, status: 'REPORTED' }]);
      const [r] = await app.services.db.select().from(cases).where(eq(cases.reference, mine.report.reference));
      const gid = Buffer.from(`Case:${r?.id}`).toString('base64url');
      expect(codeOf(await app.gql('query($id: ID!) { case(id: $id) { status } }', { id: gid }, reporter.token))).to.equal('NOT_FOUND');
      // The handler triages it and the one-time notice lists the vagrancy checklist.
      const tri = ok(await app.gql<Record<string, Payload & { case: { status: string }; notice: { missingDocuments: { code: string }[] } }>>(
        'mutation($i: TriageCaseInput!) { triageCase(input: $i) { case { status } notice { missingDocuments { code } } userErrors { code message } } }', { i: { caseId: gid } }, s.caseworker.token,
      ));
      expect(tri.case.status).to.equal('INTAKE');
      expect(tri.notice.missingDocuments.map((d) => d.code)).to.deep.equal(['rescue_station_record']);
    });

    it('an application at the window; handlers spread over both caseworkers', async () => {
      const res = ok(await app.gql<Record<string, Payload & { case: { status: string; handler: { id: string }; backupHandler: { id: string } } }>>(
        REGISTER, { input: { regionCode: '632623', category: 'fire', situation: 'House burnt down.', person: { name: '桑杰', idNumber: makeIdNumber() } } }, s.caseworker.token,
      ));
      expect(res.case.status).to.equal('INTAKE');
      expect([res.case.handler.id, res.case.backupHandler.id].sort()).to.deep.equal([s.caseworker.gid, s.caseworker2.gid].sort());
      // A social worker may not register applications.
      expect(codeOf(await app.gql(REGISTER, { input: { regionCode: '632623', category: 'fire', situation: 'x', person: {} } }, s.socialWorker.token))).to.equal('FORBIDDEN');
    });

    it('a township case goes to the nearest region up the tree with caseworkers', async () => {
      const townships = expectData(await app.gql<{ regions: { code: string }[] }>('{ regions(parentCode: "632623") { code } }')).regions;
      const c = await refer({ regionCode: townships[0]?.code });
      expect([s.caseworker.gid, s.caseworker2.gid]).to.include(c.handler?.id);
    });

    it('a person taken in unidentified is identified later and merged with their earlier record', async () => {
      const idNumber = makeIdNumber();
      await refer({ category: 'accident' }, { idNumber, name: '旦增' });
      const anon = await refer({}, { idNumber: null, name: null, phone: null, household: null });
      const t = handlerToken(anon);
      const before = expectData(await app.gql<{ case: { beneficiary: { identified: boolean } } }>('query($id: ID!) { case(id: $id) { beneficiary { identified } } }', { id: anon.id }, t));
      expect(before.case.beneficiary.identified).to.equal(false);
      const bad = payload(await app.gql<Record<string, Payload>>('mutation($i: IdentifyBeneficiaryInput!) { identifyBeneficiary(input: $i) { userErrors { code } } }', { i: { caseId: anon.id, idNumber: `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}` } }, t));
      expect(bad.userErrors[0]?.code).to.equal('ID_NUMBER_CHECK_FAILED');
      ok(await app.gql('mutation($i: IdentifyBeneficiaryInput!) { identifyBeneficiary(input: $i) { userErrors { code } } }', { i: { caseId: anon.id, idNumber } }, t));
      const after = expectData(await app.gql<{ case: { beneficiary: { identified: boolean; name: string; idNumber: string } } }>('query($id: ID!) { case(id: $id) { beneficiary { identified name idNumber } } }', { id: anon.id }, t));
      expect(after.case.beneficiary).to.deep.equal({ identified: true, name: '旦增', idNumber });
    });
  });

  describe('personal data at rest', () => {
    it('stores names, ID numbers and phones only as ciphertext, with a blind index', async () => {
      const idNumber = makeIdNumber();
      await refer({}, { idNumber, name: '格桑', phone: '13700001111' });
      const dump = JSON.stringify(await app.services.db.select().from(beneficiaries));
      for (const secret of [idNumber, '格桑', '13700001111']) expect(dump).not.to.include(secret);
      const rows = await app.services.db.execute(sql`SELECT count(*)::int AS n FROM beneficiaries WHERE id_number_index = ${app.services.beneficiaries.pii.blindIndex(idNumber)}`);
      expect(JSON.stringify(rows)).to.include('1');
    });

    it('keeps personal data out of the audit trail, which approvers read and caseworkers may not', async () => {
      const idNumber = makeIdNumber();
      const c = await refer({}, { idNumber, name: '巴桑', phone: '13755556666' });
      await verifyThrough(app.gql, handlerToken(c), c.id);
      const q = 'query($f: AuditEventFilter!) { auditEvents(filter: $f, first: 100) { totalCount nodes { action entityType entityId actor { id } before after } } }';
      const res = expectData(await app.gql<{ auditEvents: { totalCount: number; nodes: { action: string; entityId: string; before: string | null; after: string | null }[] } }>(q, { f: { regionCode: '632623', entityType: 'Case', entityId: c.id } }, s.approver.token));
      expect(res.auditEvents.nodes.map((n) => n.action)).to.include.members(['case.refer', 'case.start_verification', 'case.recordVerification', 'case.verify']);
      const text = JSON.stringify(res);
      for (const secret of [idNumber, '巴桑', '13755556666', 'Bank balance']) expect(text).not.to.include(secret);
      expect(codeOf(await app.gql(q, { f: { regionCode: '632623' } }, s.caseworker.token))).to.equal('FORBIDDEN');
      const auditor = await createUser(app.services.db, [{ role: 'auditor', region: '630000' }]);
      expect(expectData(await app.gql<{ auditEvents: { totalCount: number } }>(q, { f: { regionCode: '632623' } }, auditor.token)).auditEvents.totalCount).to.be.greaterThan(0);
      let refused = false;
      try {
        await app.services.db.execute(sql`UPDATE audit_events SET action = 'x'`);
      } catch {
        refused = true;
      }
      expect(refused).to.equal(true);
    });
  });

  describe('consents', () => {
    it('revoking the publish consent unpublishes at once; revoking share stops organisations seeing the case', async () => {
      const c = await refer();
      const t = handlerToken(c);
      await verifyThrough(app.gql, t, c.id);
      const list = async () => expectData(await app.gql<{ publicCases: { nodes: { reference: string }[] } }>('{ publicCases(first: 100) { nodes { reference } } }')).publicCases.nodes.map((n) => n.reference);
      expect(await list()).to.include(c.reference);
      // One ID scheme: the public view of a case answers to the same ID as the case.
      const pubId = c.id;
      expectData(await app.gql('query($id: ID!) { publicCase(id: $id) { reference } }', { id: pubId }));

      // Share with a charity; its member sees the case.
      const charity = await createOrganization(app.services.db, { kind: 'charity' });
      const member = await createUser(app.services.db, [{ role: 'org_member', organizationId: charity.id }]);
      ok(await app.gql('mutation($i: CreateReferralInput!) { createReferral(input: $i) { userErrors { code message } } }', { i: { caseId: c.id, toOrganizationId: charity.gid, request: 'Please help with the deposit.' } }, t));
      const seen = expectData(await app.gql<{ case: { beneficiary: { idNumber: string; phone: string | null } } }>('query($id: ID!) { case(id: $id) { beneficiary { idNumber phone } } }', { id: c.id }, member.token));
      expect(seen.case.beneficiary.idNumber).to.match(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(seen.case.beneficiary.phone).to.equal(null);

      // The social worker revokes both consents.
      ok(await app.gql('mutation($i: SetConsentInput!) { setConsent(input: $i) { userErrors { code } } }', { i: { caseId: c.id, kind: 'PUBLISH', granted: false } }, s.socialWorker.token));
      expect(await list()).not.to.include(c.reference);
      expect(codeOf(await app.gql('query($id: ID!) { publicCase(id: $id) { reference } }', { id: pubId }))).to.equal('NOT_FOUND');
      ok(await app.gql('mutation($i: SetConsentInput!) { setConsent(input: $i) { userErrors { code } } }', { i: { caseId: c.id, kind: 'SHARE', granted: false } }, s.socialWorker.token));
      expect(codeOf(await app.gql('query($id: ID!) { case(id: $id) { id } }', { id: c.id }, member.token))).to.equal('NOT_FOUND');
      const other = await createOrganization(app.services.db, { kind: 'charity' });
      const refused = payload(await app.gql<Record<string, Payload>>('mutation($i: CreateReferralInput!) { createReferral(input: $i) { userErrors { code } } }', { i: { caseId: c.id, toOrganizationId: other.gid, request: 'x' } }, t));
      expect(refused.userErrors[0]?.code).to.equal('CONSENT_MISSING');
      const history = expectData(await app.gql<{ case: { beneficiary: { consents: { kind: string; active: boolean; takenBy: { id: string } }[] } } }>('query($id: ID!) { case(id: $id) { beneficiary { consents { kind active takenBy { id } } } } }', { id: c.id }, t));
      expect(history.case.beneficiary.consents.every((k) => !k.active && k.takenBy.id === s.socialWorker.gid)).to.equal(true);
    });
  });

  describe('fast track, duplicates and missed aid', () => {
    it('fast track within limits, paperwork debt, once-per-reason rule with an approver override', async () => {
      const fund = await createReliefFund(app.services.db);
      const charity = await createOrganization(app.services.db, { kind: 'charity' });
      const idNumber = makeIdNumber();
      const c = await refer({ category: 'fire' }, { idNumber });
      const t = handlerToken(c);
      const FT = 'mutation($i: FastTrackCaseInput!) { fastTrackCase(input: $i) { case { status } fastTrack { amount paperworkDueAt clearedAt overdue } userErrors { code message } } }';
      expect(codeOf(await app.gql(FT, { i: { caseId: c.id, amount: '300001', fundOrganizationId: fund.gid } }, t))).to.equal('FORBIDDEN');
      expect(payload(await app.gql<Record<string, Payload>>(FT, { i: { caseId: c.id, amount: '1000', fundOrganizationId: charity.gid } }, t)).userErrors[0]?.code).to.equal('NOT_A_RELIEF_FUND');
      expect(payload(await app.gql<Record<string, Payload>>(FT, { i: { caseId: c.id, amount: '700001', fundOrganizationId: fund.gid } }, s.approver.token)).userErrors[0]?.code).to.equal('AMOUNT_ABOVE_CAP');
      const ft = ok(await app.gql<Record<string, Payload & { case: { status: string }; fastTrack: { amount: string; paperworkDueAt: string; clearedAt: null } }>>(FT, { i: { caseId: c.id, amount: '300000', fundOrganizationId: fund.gid } }, t));
      expect(ft.case.status).to.equal('FAST_TRACKED');
      expect(ft.fastTrack.amount).to.equal('300000');
      expect(new Date(ft.fastTrack.paperworkDueAt).getTime()).to.be.greaterThan(Date.now() + 5 * 86_400_000);
      // The relief left the fund through the ledger, in the same transaction as the decision.
      const paid = await app.services.database.executeSql(
        `SELECT t.amount_minor::text AS amount FROM ledger_transfers t WHERE t.kind = 'relief_payment' AND t.case_id = $1`, [localId(c.id)]);
      expect(paid.rows.map((r) => r.amount)).to.deep.equal(['300000']);
      expect(await checkLedger(app.services.database.executeSql)).to.deep.equal([]);
      const poor = await createReliefFund(app.services.db, { balance: 100n });
      const other = await refer({ category: 'fire' });
      expect(payload(await app.gql<Record<string, Payload>>(FT, { i: { caseId: other.id, amount: '1000', fundOrganizationId: poor.gid } }, handlerToken(other))).userErrors[0]?.code).to.equal('FUND_INSUFFICIENT');
      const unpaid = await app.services.database.executeSql(`SELECT count(*)::int AS n FROM fast_tracks WHERE case_id = $1`, [localId(other.id)]);
      expect(unpaid.rows[0]?.n).to.equal(0);

      // Paperwork: refused until every document is uploaded.
      const CLEAR = 'mutation($i: CaseActionInput!) { clearPaperwork(input: $i) { fastTrack { clearedAt } userErrors { code message } } }';
      expect(payload(await app.gql<Record<string, Payload>>(CLEAR, { i: { caseId: c.id } }, t)).userErrors[0]?.code).to.equal('DOCUMENTS_MISSING');
      for (const kind of ['application', 'id_card', 'household_register', 'verification_authorization', 'fire_report']) {
        expect((await upload(localId(c.id), kind, PDF, 'application/pdf', t)).status).to.equal(201);
      }
      expect(ok(await app.gql<Record<string, Payload & { fastTrack: { clearedAt: string } }>>(CLEAR, { i: { caseId: c.id } }, t)).fastTrack.clearedAt).to.be.a('string');

      // A second case for the same person and reason: flagged at intake, and aid needs an approver's override.
      const again = ok(await app.gql<Record<string, Payload & { case: { id: string; handler: { id: string } }; possibleDuplicateOf: { id: string } }>>(REFER, { input: referInput({ category: 'fire' }, { idNumber }) }, s.socialWorker.token));
      expect(again.possibleDuplicateOf.id).to.equal(c.id);
      const t2 = handlerToken(again.case);
      const check = expectData(await app.gql<{ duplicateCheck: { openCases: { id: string }[]; sameReasonAssistance: { kind: string; amount: string }[]; repeatAidThisYear: boolean } }>(
        'query($c: ID!) { duplicateCheck(caseId: $c) { openCases { id } sameReasonAssistance { kind amount } repeatAidThisYear } }', { c: again.case.id }, t2,
      )).duplicateCheck;
      expect(check.openCases.map((o) => o.id)).to.deep.equal([c.id]);
      expect(check.sameReasonAssistance).to.deep.equal([{ kind: 'fast_track', amount: '300000' }]);
      expect(check.repeatAidThisYear).to.equal(true);
      const extra = { category: 'fire' };
      const refusedRes = await verifyThrough(app.gql, t2, again.case.id, { extra });
      expect(refusedRes.data?.verifyCase.userErrors[0]?.code).to.equal('REPEAT_AID_THIS_YEAR');
      const V = 'mutation($i: VerifyCaseInput!) { verifyCase(input: $i) { case { status repeatAidOverrideReason } userErrors { code } } }';
      const input = { caseId: again.case.id, category: 'fire', hardshipType: 'SUDDEN', urgency: 'HIGH', needs: [{ kind: 'CASH', amount: '100000' }], publish: false, repeatAidOverrideReason: 'Second fire in the winter; the family lost the temporary shelter.' };
      expect(codeOf(await app.gql(V, { i: input }, t2))).to.equal('FORBIDDEN');
      const approved = ok(await app.gql<Record<string, Payload & { case: { status: string; repeatAidOverrideReason: string } }>>(V, { i: input }, s.approver.token));
      expect(approved.case).to.deep.equal({ status: 'VERIFIED', repeatAidOverrideReason: input.repeatAidOverrideReason });
    });

    it('cases(filter) lists by status, handler and overdue for staff of the region', async () => {
      const c = await refer();
      const q = 'query($f: CaseFilter) { cases(filter: $f, first: 100) { totalCount nodes { id overdue } } }';
      const mine = expectData(await app.gql<{ cases: { nodes: { id: string }[] } }>(q, { f: { regionCode: '632623', status: ['INTAKE'], handlerId: c.handler?.id } }, s.approver.token)).cases.nodes;
      expect(mine.map((n) => n.id)).to.include(c.id);
      const overdue = expectData(await app.gql<{ cases: { nodes: { id: string }[] } }>(q, { f: { overdue: true } }, s.approver.token)).cases.nodes;
      expect(overdue.map((n) => n.id)).not.to.include(c.id);
      // A social worker sees only their own referrals; a donor nothing.
      const sw2 = await createUser(app.services.db, [{ role: 'social_worker', region: '632623' }]);
      expect(expectData(await app.gql<{ cases: { totalCount: number } }>(q, {}, sw2.token)).cases.totalCount).to.equal(0);
      const donor = await createUser(app.services.db, [{ role: 'donor' }]);
      expect(expectData(await app.gql<{ cases: { totalCount: number } }>(q, {}, donor.token)).cases.totalCount).to.equal(0);
      expect(codeOf(await app.gql(q, { f: { regionCode: '632624' } }, s.caseworker.token))).to.equal('FORBIDDEN');
    });
  });

  describe('referrals between agencies', () => {
    it('go both ways: the desk refers to a charity, the charity answers, then refers back to the desk', async () => {
      const c = await refer();
      const t = handlerToken(c);
      await verifyThrough(app.gql, t, c.id, { publish: false });
      const charity = await createOrganization(app.services.db, { kind: 'charity' });
      const member = await createUser(app.services.db, [{ role: 'org_member', organizationId: charity.id }]);
      const CREATE = 'mutation($i: CreateReferralInput!) { createReferral(input: $i) { referral { id status fromOrganization { id } toOrganization { id } } userErrors { code message } } }';
      const RESPOND = 'mutation($i: RespondToReferralInput!) { respondToReferral(input: $i) { referral { status declineReason } userErrors { code message } } }';
      const out = ok(await app.gql<Record<string, Payload & { referral: { id: string } }>>(CREATE, { i: { caseId: c.id, toOrganizationId: charity.gid, request: 'Counselling for the children.' } }, t));
      expect(payload(await app.gql<Record<string, Payload>>(RESPOND, { i: { referralId: out.referral.id, accept: false } }, member.token)).userErrors[0]?.code).to.equal('REASON_REQUIRED');
      ok(await app.gql(RESPOND, { i: { referralId: out.referral.id, accept: true } }, member.token));
      expect(payload(await app.gql<Record<string, Payload>>(RESPOND, { i: { referralId: out.referral.id, accept: true } }, member.token)).userErrors[0]?.code).to.equal('ILLEGAL_TRANSITION');
      const incoming = expectData(await app.gql<{ incomingReferrals: { nodes: { status: string }[] } }>('{ incomingReferrals { nodes { status } } }', {}, member.token)).incomingReferrals.nodes;
      expect(incoming).to.deep.equal([{ status: 'ACCEPTED' }]);
      // Back to the desk: the charity refers the case to the government programme side (the desk answers).
      const back = ok(await app.gql<Record<string, Payload & { referral: { id: string; fromOrganization: { id: string }; toOrganization: null } }>>(CREATE, { i: { caseId: c.id, request: 'Family also qualifies for 低保; please take over.' } }, member.token));
      expect(back.referral.fromOrganization.id).to.equal(charity.gid);
      expect(back.referral.toOrganization).to.equal(null);
      expect(codeOf(await app.gql(RESPOND, { i: { referralId: back.referral.id, accept: true } }, member.token))).to.equal('FORBIDDEN');
      // The desk finds it among its incoming referrals (the county's caseworker and the prefecture's approver), with an alarm.
      const INCOMING = '{ incomingReferrals(status: PENDING) { nodes { id } } }';
      for (const token of [t, s.approver.token]) {
        expect(expectData(await app.gql<{ incomingReferrals: { nodes: { id: string }[] } }>(INCOMING, {}, token)).incomingReferrals.nodes.map((n) => n.id)).to.include(back.referral.id);
      }
      const otherCounty = await createUser(app.services.db, [{ role: 'caseworker', region: '632624' }]);
      expect(expectData(await app.gql<{ incomingReferrals: { nodes: { id: string }[] } }>(INCOMING, {}, otherCounty.token)).incomingReferrals.nodes.map((n) => n.id)).to.not.include(back.referral.id);
      const deskAlarms = expectData(await app.gql<{ myAlarms: { nodes: { kind: string }[] } }>('{ myAlarms { nodes { kind } } }', {}, t)).myAlarms.nodes.map((a) => a.kind);
      expect(deskAlarms).to.include('referral.received');
      ok(await app.gql(RESPOND, { i: { referralId: back.referral.id, accept: false, reason: 'Already on 低保 since May.' } }, t));
      const done = ok(await app.gql<Record<string, Payload & { referral: { status: string } }>>('mutation($i: CompleteReferralInput!) { completeReferral(input: $i) { referral { status outcome } userErrors { code } } }', { i: { referralId: out.referral.id, outcome: 'Six counselling sessions held.' } }, member.token));
      expect(done.referral.status).to.equal('COMPLETED');
    });
  });

  describe('evidence files', () => {
    it('accepts PDF/JPEG/PNG within the size limit, with a checksum, downloadable only by those who see the case', async () => {
      const c = await refer();
      const t = handlerToken(c);
      const id = localId(c.id);
      const res = await upload(id, 'id_card', PNG, 'image/png', s.socialWorker.token);
      expect(res.status).to.equal(201);
      const body = (await res.json()) as { id: string; sha256: string };
      expect(body.sha256).to.match(/^[0-9a-f]{64}$/);
      expect((await upload(id, 'id_card', Buffer.from('hello'), 'text/plain', t)).status).to.equal(400);
      expect((await upload(id, 'id_card', PDF, 'image/png', t)).status).to.equal(400);
      expect((await upload(id, 'id_card', Buffer.concat([PNG, Buffer.alloc(5000)]), 'image/png', t)).status).to.be.oneOf([400, 413]);
      expect((await upload(id, 'passport', PNG, 'image/png', t)).status).to.equal(400);
      expect((await upload(id, 'id_card', PNG, 'image/png', null)).status).to.equal(404);
      const ev = expectData(await app.gql<{ case: { evidence: { downloadPath: string; sha256: string }[]; notice: { missingDocuments: { code: string }[] } } }>('query($id: ID!) { case(id: $id) { evidence { downloadPath sha256 } notice { missingDocuments { code } } } }', { id: c.id }, t)).case;
      expect(ev.notice.missingDocuments.map((d) => d.code)).not.to.include('id_card');
      const path = ev.evidence[0]?.downloadPath as string;
      const dl = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${t}` } });
      expect(dl.status).to.equal(200);
      expect(Buffer.from(await dl.arrayBuffer()).equals(PNG)).to.equal(true);
      const donor = await createUser(app.services.db, [{ role: 'donor' }]);
      const darlag = await createUser(app.services.db, [{ role: 'caseworker', region: '632624' }]);
      for (const token of [donor.token, darlag.token]) expect((await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).status).to.equal(404);
      expect((await fetch(`${app.url}${path}`)).status).to.equal(401);
    });
  });

  describe('region settings', () => {
    it('are inherited down the tree, overridable, and changed only by admins of the region', async () => {
      const q = 'query($c: String!) { regionSettings(code: $c) { capMultiplier caseCap townshipApprovalLimit referralResponseWorkingDays sources { key region { code } } categories { code } } }';
      const def = expectData(await app.gql<{ regionSettings: { capMultiplier: number; caseCap: string; townshipApprovalLimit: string; sources: { key: string; region: null | { code: string } }[] } }>(q, { c: '632624' })).regionSettings;
      expect(def).to.include({ capMultiplier: 10, caseCap: '700000', townshipApprovalLimit: '300000' });
      expect(def.sources.every((x) => x.region === null)).to.equal(true);
      const U = 'mutation($i: UpdateRegionSettingsInput!) { updateRegionSettings(input: $i) { settings { capMultiplier } userErrors { code field } } }';
      const golog = await createUser(app.services.db, [{ role: 'admin', region: '632600' }]);
      const darlagAdmin = await createUser(app.services.db, [{ role: 'admin', region: '632624' }]);
      expect(payload(await app.gql<Record<string, Payload>>(U, { i: { regionCode: '632600', capMultiplier: 1 } }, golog.token)).userErrors[0]?.code).to.equal('VALUE_TOO_SMALL');
      ok(await app.gql(U, { i: { regionCode: '632600', capMultiplier: 5, holidays: ['2026-12-31'] } }, golog.token));
      ok(await app.gql(U, { i: { regionCode: '632624', referralResponseWorkingDays: 2 } }, darlagAdmin.token));
      expect(codeOf(await app.gql(U, { i: { regionCode: '632623', capMultiplier: 4 } }, darlagAdmin.token))).to.equal('FORBIDDEN');
      expect(codeOf(await app.gql(U, { i: { regionCode: '632624', capMultiplier: 4 } }, s.caseworker.token))).to.equal('FORBIDDEN');
      const eff = expectData(await app.gql<{ regionSettings: { capMultiplier: number; caseCap: string; referralResponseWorkingDays: number; sources: { key: string; region: null | { code: string } }[] } }>(q, { c: '632624' })).regionSettings;
      expect(eff).to.include({ capMultiplier: 5, caseCap: '350000', referralResponseWorkingDays: 2 });
      const src = Object.fromEntries(eff.sources.map((x) => [x.key, x.region?.code ?? null]));
      expect(src).to.include({ CAP_MULTIPLIER: '632600', REFERRAL_RESPONSE_WORKING_DAYS: '632624', HOLIDAYS: '632600', TOWNSHIP_APPROVAL_LIMIT: null });
      // A category the region drops is refused at intake.
      ok(await app.gql(U, { i: { regionCode: '632624', categories: [{ code: 'fire', label: '火灾', hardshipType: 'SUDDEN', documents: [{ code: 'fire_report', label: '火灾证明' }] }] } }, darlagAdmin.token));
      const sw = await createUser(app.services.db, [{ role: 'social_worker', region: '632624' }]);
      const r = payload(await app.gql<Record<string, Payload>>(REFER, { input: referInput({ regionCode: '632624', category: 'illness' }) }, sw.token));
      expect(r.userErrors[0]?.code).to.equal('CATEGORY_NOT_USED');
      ok(await app.gql(U, { i: { regionCode: '632624', clear: ['CATEGORIES'] } }, darlagAdmin.token));
      ok(await app.gql(REFER, { input: referInput({ regionCode: '632624', category: 'illness' }) }, sw.token));
    });
  });

  describe('what a person may do', () => {
    it('viewerActions follows the case\'s state and the person\'s role', async () => {
      const c = await refer();
      const actions = async (token: string) => expectData(await app.gql<{ case: { status: string; viewerActions: string[] } }>('query($id: ID!) { case(id: $id) { status viewerActions } }', { id: c.id }, token)).case;
      const desk = await actions(handlerToken(c));
      expect(desk.status).to.equal('INTAKE');
      expect(desk.viewerActions).to.have.members(['START_VERIFICATION', 'REJECT', 'MARK_DUPLICATE', 'WITHDRAW', 'FAST_TRACK']);
      expect((await actions(s.approver.token)).viewerActions).to.have.members(desk.viewerActions);
      // The social worker who referred it may only withdraw it.
      expect((await actions(s.socialWorker.token)).viewerActions).to.deep.equal(['WITHDRAW']);
      ok(await app.gql<Record<string, Payload>>('mutation($i: CaseActionInput!) { startVerification(input: $i) { userErrors { code message } } }', { i: { caseId: c.id } }, handlerToken(c)));
      expect((await actions(handlerToken(c))).viewerActions).to.have.members(['VERIFY', 'REJECT', 'MARK_DUPLICATE', 'WITHDRAW', 'FAST_TRACK']);
    });
  });

  describe('live', () => {
    it('case rooms: published cases for anyone, others for those who may see them; status changes arrive', async () => {
      const c = await refer();
      const t = handlerToken(c);
      const id = localId(c.id);
      const anon = connect(app.url, { transports: ['websocket'], forceNew: true });
      const staff = connect(app.url, { transports: ['websocket'], forceNew: true, auth: { token: t } });
      try {
        const sub = (sock: ReturnType<typeof connect>, room: string) => new Promise<{ ok: boolean }>((resolve) => sock.emit('subscribe', room, resolve));
        expect((await sub(anon, `case:${id}`)).ok).to.equal(false);
        expect((await sub(staff, `case:${id}`)).ok).to.equal(true);
        const got = new Promise<{ status: string }>((resolve) => staff.on('case.status', (e: { caseId: string; status: string }) => e.caseId === id && e.status === 'VERIFIED' && resolve(e)));
        await verifyThrough(app.gql, t, c.id);
        expect((await got).status).to.equal('VERIFIED');
        expect((await sub(anon, `case:${id}`)).ok).to.equal(true);
      } finally {
        anon.close();
        staff.close();
      }
    });

    it('the prefecture\'s staff hear of status changes of the cases of every county under it, on their own region\'s room', async () => {
      const c = await refer();
      const id = localId(c.id);
      const prefecture = connect(app.url, { transports: ['websocket'], forceNew: true, auth: { token: s.approver.token } });
      try {
        const ok = await new Promise<{ ok: boolean }>((resolve) => prefecture.emit('subscribe', 'region:632600', resolve));
        expect(ok.ok).to.equal(true);
        const got = new Promise<{ status: string }>((resolve) => prefecture.on('case.status', (e: { caseId: string; status: string }) => e.caseId === id && e.status === 'VERIFIED' && resolve(e)));
        await verifyThrough(app.gql, handlerToken(c), c.id);
        expect((await got).status).to.equal('VERIFIED');
      } finally {
        prefecture.close();
      }
    });
  });
});
