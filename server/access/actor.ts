import type { MembershipRecord } from '../accounts/account.model';
import type { OrgRole, Role, StaffRole } from '../accounts/account.table';
import { regionContains } from '../regions/region.data';

/** Who is making a request: nobody (anonymous), or a signed-in user with their roles. */
export interface Actor {
  readonly userId: string | null;
  readonly sessionId: string | null;
  readonly memberships: readonly MembershipRecord[];
}

export const ANONYMOUS: Actor = Object.freeze({ userId: null, sessionId: null, memberships: [] });

export const isSignedIn = (actor: Actor): actor is Actor & { userId: string } => actor.userId !== null;

/** Whether the actor holds one of `roles` for a region that covers `regionCode` (its own region or one above it). */
export function hasStaffRoleCovering(actor: Actor, roles: readonly StaffRole[], regionCode: string): boolean {
  return actor.memberships.some(
    (m) => m.regionCode !== null && (roles as readonly Role[]).includes(m.role) && regionContains(m.regionCode, regionCode),
  );
}

/** Whether the actor holds any of `roles` anywhere (for operations that are then scoped by region in the query). */
export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.memberships.some((m) => roles.includes(m.role));
}

/** The regions in which the actor holds one of `roles`. */
export function staffRegions(actor: Actor, roles: readonly StaffRole[]): string[] {
  return actor.memberships.filter((m) => m.regionCode !== null && (roles as readonly Role[]).includes(m.role)).map((m) => m.regionCode as string);
}

/** Whether the actor holds one of `roles` in the organisation. */
export function hasOrgRole(actor: Actor, organizationId: string, roles: readonly OrgRole[] = ['org_member', 'org_admin']): boolean {
  return actor.memberships.some((m) => m.organizationId === organizationId && (roles as readonly Role[]).includes(m.role));
}

/** Organisations in which the actor holds one of `roles`. */
export function actorOrganizations(actor: Actor, roles: readonly OrgRole[] = ['org_member', 'org_admin']): string[] {
  return actor.memberships.filter((m) => m.organizationId !== null && (roles as readonly Role[]).includes(m.role)).map((m) => m.organizationId as string);
}
