import type { InferSelectModel } from 'drizzle-orm';
import type { pledges } from './pledge.table';

export type PledgeRecord = InferSelectModel<typeof pledges>;

/** A case's funding figures, as `caseFunding` and the `case.funding` event show them. */
export interface CaseFundingModel {
  caseId: string;
  target: bigint;
  confirmed: bigint;
  reserved: bigint;
  donors: number;
  version: number;
}
