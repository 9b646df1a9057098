import type { InferSelectModel } from 'drizzle-orm';
import type { assistanceRecords, claimLines, claims } from './claim.table';

export type ClaimRecord = InferSelectModel<typeof claims>;
export type ClaimLineRecord = InferSelectModel<typeof claimLines>;
export type AssistanceRecordRow = InferSelectModel<typeof assistanceRecords>;
