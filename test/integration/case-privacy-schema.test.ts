import { expect } from 'chai';
import { getNamedType, type GraphQLField, type GraphQLNamedType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { buildSchema } from '../../server/graphql/schema';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createDeskStaff, referInput, REFER, verifyThrough } from '../support/casedesk';
import { createUser } from '../support/factories';

/** Root fields a donor or an anonymous caller can use (everything else needs a staff or organisation role). */
const PUBLIC_ROOTS = {
  Query: ['publicCases', 'publicCase', 'regionSettings', 'regions', 'region', 'organizations', 'organization', 'viewer', 'myReports', 'myAlarms'],
  Mutation: ['reportDiscovery', 'signIn', 'signUp', 'signOut', 'ping', 'markAlarmRead'],
};

/** Types that carry a beneficiary's personal data. */
const PERSONAL_TYPES = new Set(['Case', 'Beneficiary', 'Consent', 'AssistanceRecord', 'DuplicateCheck', 'EvidenceFile', 'FastTrack', 'Referral', 'JointMeetingItem', 'AuditEvent']);
/** Field names that would carry personal data of a person helped. */
const PERSONAL_FIELD = /(idNumber|phone|household|beneficiary|situation|verificationNotes|notes|consent|birth)/i;

describe('privacy: nothing reachable by a donor or anonymous caller carries personal data', () => {
  it('walks the schema from the public roots', () => {
    const schema = buildSchema();
    const seen = new Map<string, string>();
    const queue: [GraphQLNamedType, string][] = [];
    const visitField = (f: GraphQLField<unknown, unknown>, path: string) => {
      expect(PERSONAL_FIELD.test(f.name), `${path}.${f.name} looks like personal data`).to.equal(false);
      queue.push([getNamedType(f.type), `${path}.${f.name}`]);
    };
    for (const [rootName, fields] of Object.entries(PUBLIC_ROOTS)) {
      const root = rootName === 'Query' ? schema.getQueryType() : schema.getMutationType();
      for (const name of fields) {
        const f = root?.getFields()[name];
        expect(f, `${rootName}.${name}`).to.not.equal(undefined);
        if (f) visitField(f, rootName);
      }
    }
    while (queue.length > 0) {
      const [type, path] = queue.shift() as [GraphQLNamedType, string];
      if (seen.has(type.name)) continue;
      seen.set(type.name, path);
      expect(PERSONAL_TYPES.has(type.name), `${type.name} is reachable by the public via ${path}`).to.equal(false);
      if (isObjectType(type) || isInterfaceType(type)) for (const f of Object.values(type.getFields())) visitField(f, type.name);
      if (isUnionType(type)) for (const t of type.getTypes()) queue.push([t, path]);
      if (isInputObjectType(type)) continue;
    }
    // The walk really covered the public case views.
    expect([...seen.keys()]).to.include.members(['PublicCase', 'PublicNeed', 'ReportStatus', 'ReportPayload', 'RegionSettings']);
  });

  describe('at run time', () => {
    let app: TestApp;
    before(async () => {
      app = await startTestApp({ env: { SCHEDULER_POLL_MS: '0' } });
    });
    after(() => app.close());

    it('donors and anonymous callers get published cases only, redacted, and nothing else', async () => {
      const s = await createDeskStaff(app.services.db);
      const input = referInput();
      const c = expectData(await app.gql<{ referCase: { case: { id: string; handler: { id: string } } } }>(REFER, { input }, s.socialWorker.token)).referCase.case;
      const t = c.handler.id === s.caseworker.gid ? s.caseworker.token : s.caseworker2.token;
      await verifyThrough(app.gql, t, c.id);
      const donor = await createUser(app.services.db, [{ role: 'donor' }]);
      for (const token of [donor.token, null]) {
        const pub = await app.gql('{ publicCases(first: 100) { nodes { id reference status category hardshipType urgency county { code name } summary needs { kind description payeeKind amount remaining } totalAmount remainingAmount publishedAt } } }', {}, token);
        const text = JSON.stringify(expectData(pub));
        for (const secret of [input.person.name, input.person.idNumber, input.person.phone, input.person.household, input.situation]) expect(text).not.to.include(secret);
        for (const q of ['query($id: ID!) { case(id: $id) { id } }', 'query($id: ID!) { node(id: $id) { id } }', 'query($id: ID!) { duplicateCheck(caseId: $id) { repeatAidThisYear } }']) {
          const res = await app.gql(q, { id: c.id }, token);
          expect(res.errors?.[0]?.extensions?.code).to.be.oneOf(['NOT_FOUND', 'UNAUTHENTICATED', 'BAD_USER_INPUT']);
        }
        const list = await app.gql<{ cases: { totalCount: number } }>('{ cases { totalCount } }', {}, token);
        expect(expectData(list).cases.totalCount).to.equal(0);
      }
    });
  });
});
