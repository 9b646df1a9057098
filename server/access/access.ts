import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors';
import type { CaseAccess } from '../cases/case.model';
import type { OrganizationRecord } from '../organizations/organization.model';
import { type Actor, hasOrgRole, hasStaffRoleCovering, isSignedIn } from './actor';

/**
 * The one access module. Every resolver and service asks here before it reads or
 * changes anything. A policy names the resource it applies to; `view` names the
 * policy that decides whether the caller may know the resource exists at all, so a
 * refusal is reported as "not found" when the caller may not even see it.
 */
interface Policy<R> {
  /** Whether the action needs a signed-in user (anonymous callers get UNAUTHENTICATED). */
  signedIn: boolean;
  /** The policy deciding visibility of the resource; omitted when the resource is not secret. */
  view?: keyof Policies;
  check: (actor: Actor, resource: R) => boolean;
  /** How a failed check is reported when `view` allows seeing the resource; FORBIDDEN by default. */
  refusal?: 'NOT_FOUND' | 'FORBIDDEN';
}

/** The resource each action is checked against. Features add their actions here. */
export interface Policies {
  'organization.view': OrganizationRecord;
  'organization.viewMembers': OrganizationRecord;
  'organization.create': { homeRegionCode: string };
  'organization.update': OrganizationRecord;
  'organization.verify': OrganizationRecord;
  'organization.manageMembers': OrganizationRecord;
  'staffRole.grant': { regionCode: string };
  'audit.read': { regionCode: string };
  // The case desk (issue 3).
  'case.view': CaseAccess;
  'case.report': { regionCode: string };
  'case.refer': { regionCode: string };
  'case.register': { regionCode: string };
  'case.list': { regionCode: string };
  'case.handle': CaseAccess;
  'case.approve': CaseAccess;
  'case.withdraw': CaseAccess;
  'case.manageConsent': CaseAccess;
  'case.uploadEvidence': CaseAccess;
  'referral.create': CaseAccess & { holdingOrganizationIds: readonly string[] };
  'referral.respond': { regionCode: string; toOrganizationId: string | null };
  'jointMeeting.view': { regionCode: string };
  'jointMeeting.assign': { regionCode: string };
  'settings.update': { regionCode: string };
  'caseFunding.view': CaseFundingResource;
  'pledge.onBehalf': OrganizationRecord;
  'pledge.manage': PledgeResource;
  'pledge.confirmOffline': PledgeResource;
  'pledge.refund': PledgeResource;
  'fund.pay': CaseFundingResource;
  'disbursement.request': DisbursementResource;
  'disbursement.approve': DisbursementResource;
  'disbursement.markDisbursed': DisbursementResource;
  'disbursement.view': DisbursementResource;
  'caseLedger.view': CaseFundingResource;
  'surplus.reduceNeed': CaseFundingResource;
  'surplus.answer': PledgeResource;
  'receipt.view': PledgeResource;
  'pool.manage': OrganizationRecord;
  'fund.manage': OrganizationRecord;
  'fund.view': OrganizationRecord;
  'case.viewMatching': { regionCode: string };
  'organization.viewInbox': OrganizationRecord;
  'organization.actOnCases': OrganizationRecord;
  'claim.view': { organizationId: string; regionCode: string };
  'claim.release': { organizationId: string; regionCode: string };
  'claim.fulfil': { organizationId: string; regionCode: string };
}

/** What funding policies look at of a case. */
export interface CaseFundingResource {
  published: boolean;
  regionCode: string;
}
/** What disbursement policies look at: the case, and the organisations handling it (their claims on it, active or fulfilled). */
export interface DisbursementResource extends CaseFundingResource {
  handlingOrganizationIds: readonly string[];
}
/** An administrator of an organisation that handles the case acts for its payouts, as staff do. */
const handlingOrgAdmin = (actor: Actor, c: DisbursementResource) => c.handlingOrganizationIds.some((id) => hasOrgRole(actor, id, ['org_admin']));
/** What pledge policies look at of a pledge. */
export interface PledgeResource {
  donorUserId: string;
  organizationId: string | null;
  regionCode: string;
}

const orgStaff = (actor: Actor, org: OrganizationRecord) =>
  hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], org.homeRegionCode);

const DESK = ['caseworker', 'approver'] as const;
const caseStaff = (actor: Actor, c: { regionCode: string }) => hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], c.regionCode);
const caseDesk = (actor: Actor, c: { regionCode: string }) => hasStaffRoleCovering(actor, DESK, c.regionCode);
const isReferrer = (actor: Actor, c: CaseAccess) => actor.userId !== null && c.referrerUserId === actor.userId;
const viaSharedReferral = (actor: Actor, c: CaseAccess) => c.sharedWithOrganizationIds.some((id) => hasOrgRole(actor, id));
/** Staff who work with cases of a region (matches, claims, escalations). */
const caseTeam = ['social_worker', 'caseworker', 'approver', 'auditor', 'admin'] as const;

const policies: { [K in keyof Policies]: Policy<Policies[K]> } = {
  'organization.view': {
    signedIn: false,
    refusal: 'NOT_FOUND',
    check: (actor, org) => org.verified || hasOrgRole(actor, org.id) || orgStaff(actor, org),
  },
  'organization.viewMembers': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => hasOrgRole(actor, org.id, ['org_admin']) || orgStaff(actor, org),
  },
  'organization.create': {
    // Any signed-in person may register an organisation; it stays unverified until staff verify it.
    signedIn: true,
    check: () => true,
  },
  'organization.update': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => hasOrgRole(actor, org.id, ['org_admin']) || hasStaffRoleCovering(actor, ['admin'], org.homeRegionCode),
  },
  'organization.verify': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => hasStaffRoleCovering(actor, ['admin', 'approver'], org.homeRegionCode),
  },
  'organization.manageMembers': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => hasOrgRole(actor, org.id, ['org_admin']) || hasStaffRoleCovering(actor, ['admin'], org.homeRegionCode),
  },
  'staffRole.grant': {
    signedIn: true,
    check: (actor, r) => hasStaffRoleCovering(actor, ['admin'], r.regionCode),
  },
  'audit.read': {
    signedIn: true,
    check: (actor, r) => hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor'], r.regionCode),
  },
  'case.view': {
    // Staff of the region; the social worker who referred it; members of an organisation it was referred to, only with the share consent.
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, c) => caseStaff(actor, c) || isReferrer(actor, c) || viaSharedReferral(actor, c),
  },
  'case.report': { signedIn: false, check: () => true },
  'case.refer': { signedIn: true, check: (actor, r) => hasStaffRoleCovering(actor, ['social_worker'], r.regionCode) },
  'case.register': { signedIn: true, check: (actor, r) => caseDesk(actor, r) },
  'case.list': { signedIn: true, check: (actor, r) => caseStaff(actor, r) },
  'case.handle': { signedIn: true, view: 'case.view', check: (actor, c) => caseDesk(actor, c) },
  'case.approve': { signedIn: true, view: 'case.view', check: (actor, c) => hasStaffRoleCovering(actor, ['approver'], c.regionCode) },
  'case.withdraw': { signedIn: true, view: 'case.view', check: (actor, c) => caseDesk(actor, c) || isReferrer(actor, c) },
  'case.manageConsent': { signedIn: true, view: 'case.view', check: (actor, c) => caseDesk(actor, c) || isReferrer(actor, c) },
  'case.uploadEvidence': { signedIn: true, view: 'case.view', check: (actor, c) => caseDesk(actor, c) || isReferrer(actor, c) },
  'referral.create': {
    // The case desk refers onward; an organisation holding an accepted referral may refer back or onward.
    signedIn: true,
    view: 'case.view',
    check: (actor, c) => caseDesk(actor, c) || c.holdingOrganizationIds.some((id) => hasOrgRole(actor, id)),
  },
  'referral.respond': {
    signedIn: true,
    check: (actor, r) => (r.toOrganizationId ? hasOrgRole(actor, r.toOrganizationId) : caseDesk(actor, r)),
  },
  'jointMeeting.view': { signedIn: true, check: (actor, r) => hasStaffRoleCovering(actor, ['approver', 'admin', 'auditor'], r.regionCode) },
  'jointMeeting.assign': { signedIn: true, check: (actor, r) => hasStaffRoleCovering(actor, ['approver'], r.regionCode) },
  'settings.update': { signedIn: true, check: (actor, r) => hasStaffRoleCovering(actor, ['admin'], r.regionCode) },
  'caseFunding.view': {
    // Anyone may watch a published case; staff of its region see it before publication.
    signedIn: false,
    refusal: 'NOT_FOUND',
    check: (actor, c) => c.published || hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], c.regionCode),
  },
  'pledge.onBehalf': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => org.verified && ['enterprise', 'charity', 'red_cross', 'relief_fund'].includes(org.kind) && hasOrgRole(actor, org.id),
  },
  'pledge.manage': {
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, p) => p.donorUserId === actor.userId || (p.organizationId !== null && hasOrgRole(actor, p.organizationId, ['org_admin'])),
  },
  'pledge.confirmOffline': {
    signedIn: true,
    check: (actor, p) => hasStaffRoleCovering(actor, ['admin', 'auditor'], p.regionCode),
  },
  'pledge.refund': {
    signedIn: true,
    check: (actor, p) => hasStaffRoleCovering(actor, ['admin', 'approver'], p.regionCode),
  },
  'fund.pay': {
    // Relief-fund money is paid by an approver or administrator of the case's region, never by an organisation.
    signedIn: true,
    view: 'caseFunding.view',
    check: (actor, c) => hasStaffRoleCovering(actor, ['admin', 'approver'], c.regionCode),
  },
  'disbursement.request': {
    signedIn: true,
    view: 'caseFunding.view',
    check: (actor, c) => hasStaffRoleCovering(actor, ['admin', 'approver', 'caseworker'], c.regionCode) || handlingOrgAdmin(actor, c),
  },
  'disbursement.approve': {
    // An approver or an administrator of the case's region (or above), or an administrator of an organisation handling the case.
    signedIn: true,
    view: 'caseFunding.view',
    check: (actor, c) => hasStaffRoleCovering(actor, ['admin', 'approver'], c.regionCode) || handlingOrgAdmin(actor, c),
  },
  'disbursement.markDisbursed': {
    signedIn: true,
    view: 'caseFunding.view',
    check: (actor, c) => hasStaffRoleCovering(actor, ['admin', 'approver', 'caseworker'], c.regionCode) || handlingOrgAdmin(actor, c),
  },
  'disbursement.view': {
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, c) => hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], c.regionCode) || c.handlingOrganizationIds.some((id) => hasOrgRole(actor, id)),
  },
  'caseLedger.view': {
    // The public ledger of a published case; staff of its region before publication.
    signedIn: false,
    refusal: 'NOT_FOUND',
    check: (actor, c) => c.published || hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], c.regionCode),
  },
  'surplus.reduceNeed': {
    signedIn: true,
    view: 'caseFunding.view',
    check: (actor, c) => hasStaffRoleCovering(actor, ['admin', 'approver'], c.regionCode),
  },
  'surplus.answer': {
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, p) => p.donorUserId === actor.userId || (p.organizationId !== null && hasOrgRole(actor, p.organizationId, ['org_admin'])),
  },
  'receipt.view': {
    // The donor (or their organisation's admin), and staff of the case's region.
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, p) =>
      p.donorUserId === actor.userId ||
      (p.organizationId !== null && hasOrgRole(actor, p.organizationId, ['org_admin'])) ||
      hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], p.regionCode),
  },
  'pool.manage': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => (org.verified && ['enterprise', 'charity'].includes(org.kind) && hasOrgRole(actor, org.id, ['org_admin'])) || hasStaffRoleCovering(actor, ['admin'], org.homeRegionCode),
  },
  'fund.manage': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => org.kind === 'relief_fund' && (hasOrgRole(actor, org.id, ['org_admin']) || hasStaffRoleCovering(actor, ['admin'], org.homeRegionCode)),
  },
  'fund.view': {
    // Fund statements are public for verified funds (transparency).
    signedIn: false,
    refusal: 'NOT_FOUND',
    check: (actor, org) => org.kind === 'relief_fund' && (org.verified || hasOrgRole(actor, org.id) || hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor'], org.homeRegionCode)),
  },
  'case.viewMatching': {
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, c) => hasStaffRoleCovering(actor, caseTeam, c.regionCode),
  },
  'organization.viewInbox': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => hasOrgRole(actor, org.id),
  },
  'organization.actOnCases': {
    signedIn: true,
    view: 'organization.view',
    check: (actor, org) => hasOrgRole(actor, org.id),
  },
  'claim.view': {
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, c) => hasOrgRole(actor, c.organizationId) || hasStaffRoleCovering(actor, caseTeam, c.regionCode),
  },
  'claim.release': {
    signedIn: true,
    view: 'claim.view',
    check: (actor, c) => hasOrgRole(actor, c.organizationId) || hasStaffRoleCovering(actor, ['caseworker', 'admin'], c.regionCode),
  },
  'claim.fulfil': {
    signedIn: true,
    view: 'claim.view',
    check: (actor, c) => hasOrgRole(actor, c.organizationId),
  },
};

export type Action = keyof Policies;

/** Whether the actor may perform `action` on `resource`. */
export function can<A extends Action>(actor: Actor, action: A, resource: Policies[A]): boolean {
  const policy = policies[action] as Policy<Policies[A]>;
  if (policy.signedIn && !isSignedIn(actor)) return false;
  return policy.check(actor, resource);
}

/**
 * Throws unless the actor may perform `action` on `resource`: UNAUTHENTICATED for an
 * anonymous caller where sign-in is needed, NOT_FOUND when the caller may not see the
 * resource at all, FORBIDDEN when they may see it but not do this.
 */
export function requireAccess<A extends Action>(actor: Actor, action: A, resource: Policies[A], what = 'This item'): void {
  const policy = policies[action] as Policy<Policies[A]>;
  if (policy.view && !can(actor, policy.view, resource as never)) throw new NotFoundError(what);
  if (policy.signedIn && !isSignedIn(actor)) throw new UnauthenticatedError();
  if (!policy.check(actor, resource)) {
    if (policy.refusal === 'NOT_FOUND') throw new NotFoundError(what);
    throw new ForbiddenError();
  }
}

/** Keeps the resources the actor may perform `action` on, in their order. */
export function filterAccess<A extends Action>(actor: Actor, action: A, resources: readonly Policies[A][]): Policies[A][] {
  return resources.filter((r) => can(actor, action, r));
}

