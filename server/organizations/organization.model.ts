import type { InferSelectModel } from 'drizzle-orm';
import type { organizations } from './organization.table';

export type OrganizationRecord = InferSelectModel<typeof organizations>;
