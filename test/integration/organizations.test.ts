import { expect } from 'chai';
import { count, eq } from 'drizzle-orm';
import { auditEvents } from '../../server/audit/audit.table';
import { organizations } from '../../server/organizations/organization.table';
import { expectData, startTestApp, type TestApp } from '../support/app';
import { createOrganization, createUser, FACTORY_PASSWORD } from '../support/factories';

const CREATE = `mutation($i: CreateOrganizationInput!) {
  createOrganization(input: $i) {
    organization { id name kind verified budget homeRegion { code } serviceRegions { code } pairingRegions { code } languages members { role } }
    userErrors { field code message }
  }
}`;

type Payload = { organization: { id: string; name: string; verified: boolean; budget: string; [k: string]: unknown } | null; userErrors: { field: string[]; code: string }[] };

describe('organisations', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const orgCount = async () => Number((await app.services.db.select({ n: count() }).from(organizations))[0]?.n);

  it('registers an organisation of every kind; the creator becomes its admin and it starts unverified', async () => {
    const u = await createUser(app.services.db);
    for (const kind of ['CHARITY', 'RED_CROSS', 'ENTERPRISE', 'GOVERNMENT', 'RELIEF_FUND', 'SOCIAL_WORK_AGENCY', 'INSURER', 'MASS_ORG']) {
      const data = expectData(await app.gql<{ createOrganization: Payload }>(CREATE, {
        i: { name: `同舟 ${kind}`, kind, homeRegionCode: '630100', serviceRegionCodes: ['632623', '632624', '632626'], pairingRegionCodes: ['632623'], budget: '1000000000', openCaseCapacity: 5, languages: ['zh', 'bo'] },
      }, u.token));
      expect(data.createOrganization.userErrors).to.deep.equal([]);
      expect(data.createOrganization.organization).to.deep.include({ kind, verified: false, budget: '1000000000' });
      expect(data.createOrganization.organization?.members).to.deep.equal([{ role: 'ORG_ADMIN' }]);
    }
  });

  it('refuses bad input with typed userErrors and writes nothing', async () => {
    const u = await createUser(app.services.db);
    const before = await orgCount();
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ name: '   ' }, 'NAME_REQUIRED', ['input', 'name']],
      [{ name: 'x'.repeat(201) }, 'NAME_TOO_LONG', ['input', 'name']],
      [{ homeRegionCode: '999999' }, 'REGION_NOT_FOUND', ['input', 'homeRegionCode']],
      [{ serviceRegionCodes: ['632623', '000001'] }, 'REGION_NOT_FOUND', ['input', 'serviceRegionCodes']],
      [{ openCaseCapacity: -1 }, 'VALUE_TOO_SMALL', ['input', 'openCaseCapacity']],
      [{ budget: '-5' }, 'AMOUNT_NEGATIVE', ['input', 'budget']],
      [{ responseSlaHours: 0 }, 'VALUE_TOO_SMALL', ['input', 'responseSlaHours']],
      [{ languages: ['not a language'] }, 'INVALID_TAG', ['input', 'languages']],
    ];
    for (const [patch, code, field] of cases) {
      const data = expectData(await app.gql<{ createOrganization: Payload }>(CREATE, { i: { name: 'Valid', kind: 'CHARITY', homeRegionCode: '632623', ...patch } }, u.token));
      expect(data.createOrganization.organization, code).to.equal(null);
      expect(data.createOrganization.userErrors[0], code).to.deep.include({ code, field });
    }
    const fraction = await app.gql(CREATE, { i: { name: 'Valid', kind: 'CHARITY', homeRegionCode: '632623', budget: '12.5' } }, u.token);
    expect(fraction.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
    expect(await orgCount()).to.equal(before);
  });

  it('hides unverified organisations from everyone but their members and staff of their region', async () => {
    const hidden = await createOrganization(app.services.db, { verified: false, homeRegionCode: '632624', name: '未核实的组织' });
    const member = await createUser(app.services.db, [{ role: 'org_member', organizationId: hidden.id }]);
    const golog = await createUser(app.services.db, [{ role: 'approver', region: '632600' }]);
    const haidong = await createUser(app.services.db, [{ role: 'approver', region: '630200' }]);
    const donor = await createUser(app.services.db);
    const q = `query($id: ID!) { organization(id: $id) { name verified } }`;
    for (const token of [null, donor.token, haidong.token]) {
      const r = await app.gql(q, { id: hidden.gid }, token);
      expect(r.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    }
    for (const token of [member.token, golog.token]) {
      expect(expectData(await app.gql<{ organization: { name: string } }>(q, { id: hidden.gid }, token)).organization.name).to.equal('未核实的组织');
    }
    const list = `query($f: OrganizationFilter) { organizations(filter: $f, first: 100) { totalCount nodes { name } } }`;
    const anon = expectData(await app.gql<{ organizations: { nodes: { name: string }[] } }>(list, { f: { homeRegionCode: '632624' } }));
    expect(anon.organizations.nodes.map((n) => n.name)).to.not.include('未核实的组织');
    const staff = expectData(await app.gql<{ organizations: { nodes: { name: string }[] } }>(list, { f: { homeRegionCode: '632624' } }, golog.token));
    expect(staff.organizations.nodes.map((n) => n.name)).to.include('未核实的组织');
  });

  it('is verified by an approver of its region, not by one elsewhere, and the change is audited', async () => {
    const org = await createOrganization(app.services.db, { verified: false, homeRegionCode: '632623' });
    const q = `mutation($id: ID!) { verifyOrganization(input: { id: $id }) { organization { verified verifiedAt } userErrors { code } } }`;
    const elsewhere = await createUser(app.services.db, [{ role: 'approver', region: '630200' }]);
    expect((await app.gql(q, { id: org.gid }, elsewhere.token)).errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    const caseworker = await createUser(app.services.db, [{ role: 'caseworker', region: '632623' }]);
    expect((await app.gql(q, { id: org.gid }, caseworker.token)).errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    const approver = await createUser(app.services.db, [{ role: 'approver', region: '632600' }]);
    const ok = expectData(await app.gql<{ verifyOrganization: { organization: { verified: boolean; verifiedAt: string } } }>(q, { id: org.gid }, approver.token));
    expect(ok.verifyOrganization.organization.verified).to.equal(true);
    const audit = await app.services.db.select().from(auditEvents).where(eq(auditEvents.entityId, org.id));
    expect(audit.map((a) => a.action)).to.include('organization.verify');
    expect(audit.find((a) => a.action === 'organization.verify')?.actorUserId).to.equal(approver.id);
  });

  it('pages through organisations with Relay cursors', async () => {
    for (let i = 0; i < 5; i += 1) await createOrganization(app.services.db, { homeRegionCode: '632625', name: `久治 ${i}` });
    const q = `query($after: String) { organizations(filter: { homeRegionCode: "632625" }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const d: { organizations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { name: string }[] } } = expectData(await app.gql(q, { after }));
      expect(d.organizations.totalCount).to.equal(5);
      seen.push(...d.organizations.nodes.map((n) => n.name));
      if (!d.organizations.pageInfo.hasNextPage) break;
      after = d.organizations.pageInfo.endCursor;
    }
    expect(new Set(seen).size).to.equal(5);
    const bad = await app.gql(q, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions?.reason).to.equal('INVALID_CURSOR');
  });

  it('filters by the regions an organisation serves, including through a region above', async () => {
    await createOrganization(app.services.db, { homeRegionCode: '630100', serviceRegionCodes: ['630000'], name: '全省服务' });
    await createOrganization(app.services.db, { homeRegionCode: '630200', serviceRegionCodes: ['630200'], name: '只服务海东' });
    const d = expectData(await app.gql<{ organizations: { nodes: { name: string }[] } }>(`{ organizations(filter: { servesRegionCode: "632626" }, first: 100) { nodes { name } } }`));
    const names = d.organizations.nodes.map((n) => n.name);
    expect(names).to.include('全省服务');
    expect(names).to.not.include('只服务海东');
  });

  it('lets an org admin update the profile, invite a member who accepts, and add an existing user', async () => {
    const org = await createOrganization(app.services.db, { homeRegionCode: '632623' });
    const admin = await createUser(app.services.db, [{ role: 'org_admin', organizationId: org.id }]);
    const up = expectData(await app.gql<{ updateOrganization: { organization: { openCaseCapacity: number; focusCategories: string[] } } }>(
      `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { organization { openCaseCapacity focusCategories } userErrors { code } } }`,
      { i: { id: org.gid, openCaseCapacity: 42, focusCategories: ['illness', 'fire'] } }, admin.token));
    expect(up.updateOrganization.organization).to.deep.equal({ openCaseCapacity: 42, focusCategories: ['illness', 'fire'] });
    // A category no region uses would never match a case: refused, and nothing changes.
    const UPDATE_FOCUS = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { organization { focusCategories } userErrors { code field message } } }`;
    const wrong = expectData(await app.gql<{ updateOrganization: { organization: unknown; userErrors: { code: string; field: string[]; message: string }[] } }>(
      UPDATE_FOCUS, { i: { id: org.gid, openCaseCapacity: 7, focusCategories: ['illness', 'psychological'] } }, admin.token)).updateOrganization;
    expect(wrong.userErrors.map((e) => [e.code, e.field.join('.')])).to.deep.equal([['UNKNOWN_CATEGORY', 'input.focusCategories']]);
    expect(wrong.userErrors[0]?.message).to.include('psychological');
    const [kept] = await app.services.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(kept).to.include({ openCaseCapacity: 42 });
    expect(kept?.focusCategories).to.deep.equal(['illness', 'fire']);
    // A category a region defines for itself is one in use.
    const regionAdmin = await createUser(app.services.db, [{ role: 'admin', region: '632625' }]);
    const settings = expectData(await app.gql<{ updateRegionSettings: { userErrors: unknown[] } }>(
      'mutation($i: UpdateRegionSettingsInput!) { updateRegionSettings(input: $i) { userErrors { code message } } }',
      { i: { regionCode: '632625', categories: [{ code: 'snowstorm_livestock', label: '雪灾牲畜损失', hardshipType: 'SUDDEN', documents: [{ code: 'damage_proof', label: '受灾证明' }] }] } }, regionAdmin.token));
    expect(settings.updateRegionSettings.userErrors).to.deep.equal([]);
    const custom = expectData(await app.gql<{ updateOrganization: { organization: { focusCategories: string[] }; userErrors: unknown[] } }>(
      UPDATE_FOCUS, { i: { id: org.gid, focusCategories: ['snowstorm_livestock', 'illness'] } }, admin.token)).updateOrganization;
    expect(custom.userErrors).to.deep.equal([]);
    expect(custom.organization.focusCategories).to.deep.equal(['snowstorm_livestock', 'illness']);

    const invite = expectData(await app.gql<{ inviteMember: { token: string; invitation: { email: string; role: string } } }>(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token invitation { email role } userErrors { code } } }`,
      { i: { organizationId: org.gid, email: 'NewMember@Example.test', role: 'ORG_MEMBER' } }, admin.token));
    expect(invite.inviteMember.invitation).to.deep.equal({ email: 'newmember@example.test', role: 'ORG_MEMBER' });
    const accept = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { membership { role organization { id } } userErrors { code field } } }`;
    const short = expectData(await app.gql<{ acceptInvitation: { userErrors: { code: string }[] } }>(accept, { i: { token: invite.inviteMember.token, name: '新成员', password: 'short' } }));
    expect(short.acceptInvitation.userErrors[0]?.code).to.equal('PASSWORD_TOO_SHORT');
    const accepted = expectData(await app.gql<{ acceptInvitation: { membership: { role: string } } }>(accept, { i: { token: invite.inviteMember.token, name: '新成员', password: 'long-enough-2' } }));
    expect(accepted.acceptInvitation.membership.role).to.equal('ORG_MEMBER');
    const again = expectData(await app.gql<{ acceptInvitation: { userErrors: { code: string }[] } }>(accept, { i: { token: invite.inviteMember.token } }));
    expect(again.acceptInvitation.userErrors[0]?.code).to.equal('INVITATION_INVALID');
    const signIn = expectData(await app.gql<{ signIn: { viewer: { roles: string[] } } }>(`mutation { signIn(input: { email: "newmember@example.test", password: "long-enough-2" }) { viewer { roles } } }`));
    expect(signIn.signIn.viewer.roles).to.deep.equal(['ORG_MEMBER']);

    const existing = await createUser(app.services.db);
    const add = `mutation($i: AddMemberInput!) { addMember(input: $i) { membership { role } userErrors { code } } }`;
    expect(expectData(await app.gql<{ addMember: { membership: { role: string } } }>(add, { i: { organizationId: org.gid, email: existing.email, role: 'ORG_ADMIN' } }, admin.token)).addMember.membership.role).to.equal('ORG_ADMIN');
    expect(expectData(await app.gql<{ addMember: { userErrors: { code: string }[] } }>(add, { i: { organizationId: org.gid, email: 'ghost@example.test', role: 'ORG_MEMBER' } }, admin.token)).addMember.userErrors[0]?.code).to.equal('USER_NOT_FOUND');
    expect(expectData(await app.gql<{ addMember: { userErrors: { code: string }[] } }>(add, { i: { organizationId: org.gid, email: existing.email, role: 'APPROVER' } }, admin.token)).addMember.userErrors[0]?.code).to.equal('NOT_AN_ORGANIZATION_ROLE');
    const outsider = await createUser(app.services.db, [{ role: 'org_admin', organizationId: (await createOrganization(app.services.db)).id }]);
    expect((await app.gql(add, { i: { organizationId: org.gid, email: existing.email, role: 'ORG_MEMBER' } }, outsider.token)).errors?.[0]?.extensions?.code).to.equal('FORBIDDEN');
    void FACTORY_PASSWORD;
  });

  it('answers an unknown or malformed organisation ID with a coded error', async () => {
    const unknown = await app.gql(`{ organization(id: "${Buffer.from('Organization:00000000-0000-4000-8000-000000000000').toString('base64url')}") { name } }`);
    expect(unknown.errors?.[0]?.extensions?.code).to.equal('NOT_FOUND');
    const malformed = await app.gql(`{ organization(id: "nonsense") { name } }`);
    expect(malformed.errors?.[0]?.extensions).to.include({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });
});
