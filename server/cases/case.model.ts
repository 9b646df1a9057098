import type { InferSelectModel } from 'drizzle-orm';
import type { caseNeeds, cases } from './case.table';
import type { alarms, evidenceFiles, fastTracks } from './casedesk.table';

export type CaseRecord = InferSelectModel<typeof cases>;
export type CaseNeedRecord = InferSelectModel<typeof caseNeeds>;
export type EvidenceRecord = InferSelectModel<typeof evidenceFiles>;
export type FastTrackRecord = InferSelectModel<typeof fastTracks>;
export type AlarmRecord = InferSelectModel<typeof alarms>;

/** What the access module needs to know about a case. */
export interface CaseAccess {
  regionCode: string;
  referrerUserId: string | null;
  reporterUserId: string | null;
  published: boolean;
  /** Organisations the case was referred to while the person's share consent holds. */
  sharedWithOrganizationIds: readonly string[];
}

/** A case as the public sees it: no personal data at all. */
export interface PublicCaseModel {
  record: CaseRecord;
}

/** The one-time notification (一次性告知): every document still missing, at once. */
export interface IntakeNoticeModel {
  category: string | null;
  missingDocuments: { code: string; label: string }[];
  message: string;
}
