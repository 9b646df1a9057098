/**
 * Every GraphQL operation the web app sends, with its result and variable types.
 * Only operations that exist in schema/*.graphql belong here; features add theirs
 * in their own file next to their pages (e.g. web/src/api/cases.ts).
 */
import { op, type UserError } from './client';

export type Role = 'REPORTER' | 'SOCIAL_WORKER' | 'CASEWORKER' | 'APPROVER' | 'AUDITOR' | 'ADMIN' | 'ORG_MEMBER' | 'ORG_ADMIN' | 'DONOR';
export const ROLES: readonly Role[] = ['REPORTER', 'SOCIAL_WORKER', 'CASEWORKER', 'APPROVER', 'AUDITOR', 'ADMIN', 'ORG_MEMBER', 'ORG_ADMIN', 'DONOR'];
export const STAFF_ROLES: readonly Role[] = ['REPORTER', 'SOCIAL_WORKER', 'CASEWORKER', 'APPROVER', 'AUDITOR', 'ADMIN'];

export type OrganizationKind = 'CHARITY' | 'RED_CROSS' | 'ENTERPRISE' | 'GOVERNMENT' | 'RELIEF_FUND' | 'SOCIAL_WORK_AGENCY' | 'INSURER' | 'MASS_ORG';
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['CHARITY', 'RED_CROSS', 'ENTERPRISE', 'GOVERNMENT', 'RELIEF_FUND', 'SOCIAL_WORK_AGENCY', 'INSURER', 'MASS_ORG'];

export type RegionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY' | 'TOWNSHIP';

export interface RegionRef {
  code: string;
  name: string;
}
export interface Region extends RegionRef {
  level: RegionLevel;
  parentCode: string | null;
}

export interface Membership {
  id: string;
  role: Role;
  region: RegionRef | null;
  organization: { id: string; name: string } | null;
  createdAt: string;
}

export interface Viewer {
  user: { id: string; name: string; email: string | null; locale: string; memberships: Membership[] };
  roles: Role[];
  sessionExpiresAt: string;
}

const MEMBERSHIP_FIELDS = 'id role region { code name } organization { id name } createdAt';
const VIEWER_FIELDS = `user { id name email locale memberships { ${MEMBERSHIP_FIELDS} } } roles sessionExpiresAt`;
const USER_ERRORS = 'userErrors { field code message amount }';

export const ViewerQuery = op<{ viewer: Viewer | null }>('Viewer', `query Viewer { viewer { ${VIEWER_FIELDS} } }`);

export interface SignInResult {
  token: string | null;
  viewer: Viewer | null;
  userErrors: UserError[];
}
export const SignInMutation = op<{ signIn: SignInResult }, { input: { email: string; password: string } }>(
  'SignIn',
  `mutation SignIn($input: SignInInput!) { signIn(input: $input) { token viewer { ${VIEWER_FIELDS} } ${USER_ERRORS} } }`,
);
export const SignUpMutation = op<{ signUp: SignInResult }, { input: { email: string; password: string; name: string; locale?: string } }>(
  'SignUp',
  `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token viewer { ${VIEWER_FIELDS} } ${USER_ERRORS} } }`,
);
export const SignOutMutation = op<{ signOut: { signedOut: boolean; userErrors: UserError[] } }, { input: { everywhere?: boolean } }>(
  'SignOut',
  `mutation SignOut($input: SignOutInput) { signOut(input: $input) { signedOut ${USER_ERRORS} } }`,
);

export const RegionsQuery = op<{ regions: Region[] }, { parentCode?: string | null }>(
  'Regions',
  'query Regions($parentCode: String) { regions(parentCode: $parentCode) { code name level parentCode } }',
);
/** A region with the chain above it, up to five levels (township → province). */
export interface RegionWithParents extends Region {
  parent: (Region & { parent: (Region & { parent: (Region & { parent: Region | null }) | null }) | null }) | null;
}
export const RegionQuery = op<{ region: RegionWithParents }, { code: string }>(
  'Region',
  `query Region($code: String!) { region(code: $code) { code name level parentCode
    parent { code name level parentCode parent { code name level parentCode parent { code name level parentCode parent { code name level parentCode } } } } } }`,
);

export interface OrganizationSummary {
  id: string;
  name: string;
  kind: OrganizationKind;
  homeRegion: RegionRef;
  verified: boolean;
  budget: string;
  currency: string;
  responseSlaHours: number;
  createdAt: string;
}
export interface OrganizationFilter {
  kinds?: OrganizationKind[];
  homeRegionCode?: string;
  servesRegionCode?: string;
  verified?: boolean;
  nameContains?: string;
}
export interface OrganizationsPage {
  nodes: OrganizationSummary[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
export const OrganizationsQuery = op<{ organizations: OrganizationsPage }, { filter?: OrganizationFilter; first?: number; after?: string | null }>(
  'Organizations',
  `query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      nodes { id name kind homeRegion { code name } verified budget currency responseSlaHours createdAt }
      pageInfo { hasNextPage endCursor }
      totalCount
    } }`,
);

export interface OrganizationDetail extends OrganizationSummary {
  description: string;
  serviceRegions: RegionRef[];
  pairingRegions: RegionRef[];
  focusCategories: string[];
  openCaseCapacity: number;
  languages: string[];
  verifiedAt: string | null;
  members: Membership[];
}
const ORGANIZATION_FIELDS = `id name kind description homeRegion { code name } serviceRegions { code name } pairingRegions { code name }
  focusCategories openCaseCapacity budget currency responseSlaHours languages verified verifiedAt createdAt members { ${MEMBERSHIP_FIELDS} }`;

export const OrganizationQuery = op<{ organization: OrganizationDetail }, { id: string }>(
  'Organization',
  `query Organization($id: ID!) { organization(id: $id) { ${ORGANIZATION_FIELDS} } }`,
);

export interface CreateOrganizationInput {
  name: string;
  kind: OrganizationKind;
  description?: string;
  homeRegionCode: string;
  serviceRegionCodes?: string[];
  focusCategories?: string[];
  openCaseCapacity?: number;
  budget?: string;
  responseSlaHours?: number;
  pairingRegionCodes?: string[];
  languages?: string[];
}
export interface OrganizationPayload {
  organization: OrganizationDetail | null;
  userErrors: UserError[];
}
export const CreateOrganizationMutation = op<{ createOrganization: OrganizationPayload }, { input: CreateOrganizationInput }>(
  'CreateOrganization',
  `mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { ${ORGANIZATION_FIELDS} } ${USER_ERRORS} } }`,
);
export const VerifyOrganizationMutation = op<{ verifyOrganization: OrganizationPayload }, { input: { id: string } }>(
  'VerifyOrganization',
  `mutation VerifyOrganization($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { ${ORGANIZATION_FIELDS} } ${USER_ERRORS} } }`,
);

export interface MemberInput {
  organizationId: string;
  email: string;
  role: Role;
}
export const AddMemberMutation = op<{ addMember: { membership: Membership | null; userErrors: UserError[] } }, { input: MemberInput }>(
  'AddMember',
  `mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { membership { ${MEMBERSHIP_FIELDS} } ${USER_ERRORS} } }`,
);
export const InviteMemberMutation = op<
  { inviteMember: { invitation: { id: string; email: string; role: Role; expiresAt: string } | null; token: string | null; userErrors: UserError[] } },
  { input: MemberInput }
>(
  'InviteMember',
  `mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id email role expiresAt } token ${USER_ERRORS} } }`,
);
export const AcceptInvitationMutation = op<
  { acceptInvitation: { membership: Membership | null; userErrors: UserError[] } },
  { input: { token: string; name?: string; password?: string } }
>(
  'AcceptInvitation',
  `mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { ${MEMBERSHIP_FIELDS} } ${USER_ERRORS} } }`,
);
