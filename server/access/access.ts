import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors';
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
  'case.viewMatching': { regionCode: string };
  'organization.viewInbox': OrganizationRecord;
  'organization.actOnCases': OrganizationRecord;
  'claim.view': { organizationId: string; regionCode: string };
  'claim.release': { organizationId: string; regionCode: string };
  'claim.fulfil': { organizationId: string; regionCode: string };
}

const orgStaff = (actor: Actor, org: OrganizationRecord) =>
  hasStaffRoleCovering(actor, ['admin', 'approver', 'auditor', 'caseworker'], org.homeRegionCode);

/** Staff who work with cases of a region (matches, claims, escalations). */
const caseStaff = ['social_worker', 'caseworker', 'approver', 'auditor', 'admin'] as const;

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
  'case.viewMatching': {
    signedIn: true,
    refusal: 'NOT_FOUND',
    check: (actor, c) => hasStaffRoleCovering(actor, caseStaff, c.regionCode),
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
    check: (actor, c) => hasOrgRole(actor, c.organizationId) || hasStaffRoleCovering(actor, caseStaff, c.regionCode),
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

