import { can, requireAccess } from '../access/access';
import { type Actor, actorOrganizations, hasOrgRole, isSignedIn } from '../access/actor';
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserInputError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import type { Executor } from '../db/database';
import type { OrganizationRecord } from '../organizations/organization.model';
import { findOrganizations } from '../organizations/organization.repository';

/**
 * The organisation a member acts for: the one named, or their only one. Naming an organisation the caller
 * does not belong to is an input error for organisation members (they picked the wrong one) and a refusal
 * for everyone else.
 */
export async function actingOrganization(db: Executor, actor: Actor, organizationGid: string | null | undefined, field: string[]): Promise<OrganizationRecord> {
  if (!isSignedIn(actor)) throw new UnauthenticatedError();
  const mine = [...new Set(actorOrganizations(actor))];
  let id: string;
  if (organizationGid) {
    id = fromGlobalId('Organization', organizationGid, field);
  } else {
    if (mine.length === 0) throw new ForbiddenError('Only members of an organisation may do this.');
    if (mine.length > 1) throw new UserInputError('ORGANIZATION_REQUIRED', 'You belong to several organisations; say which one acts.', field);
    id = mine[0] as string;
  }
  const [org] = await findOrganizations(db, [id]);
  if (!org || !can(actor, 'organization.view', org)) throw new NotFoundError('The organisation');
  if (!hasOrgRole(actor, org.id) && mine.length > 0) {
    throw new UserInputError('NOT_A_MEMBER', 'You are not a member of this organisation and cannot act for it.', field);
  }
  requireAccess(actor, 'organization.actOnCases', org, 'The organisation');
  return org;
}
