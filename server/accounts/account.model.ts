import type { InferSelectModel } from 'drizzle-orm';
import type { invitations, memberships, users } from './account.table';

export type UserRecord = InferSelectModel<typeof users>;
export type MembershipRecord = InferSelectModel<typeof memberships>;
export type InvitationRecord = InferSelectModel<typeof invitations>;

/** The signed-in user as the API shows it. */
export interface ViewerModel {
  user: UserRecord;
  memberships: MembershipRecord[];
  sessionExpiresAt: Date;
}
