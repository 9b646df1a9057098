import { eq } from 'drizzle-orm';
import type { Tx } from '../db/database';
import type { AfterCommit } from '../db/transaction';
import type { RoomName } from '../live/events';
import type { LiveHub } from '../live/live-hub';
import { cases } from './case.table';

/** Who hears of a case's status: its region (and county, for a township case), its room, its handlers. */
export function caseStatusRooms(c: { id: string; regionCode: string; handlerUserId: string | null; backupHandlerUserId: string | null }): RoomName[] {
  const rooms: RoomName[] = [`region:${c.regionCode}`, `case:${c.id}`];
  if (c.regionCode.length > 6) rooms.push(`region:${c.regionCode.slice(0, 6)}`);
  if (c.handlerUserId) rooms.push(`user:${c.handlerUserId}`);
  if (c.backupHandlerUserId) rooms.push(`user:${c.backupHandlerUserId}`);
  return rooms;
}

/**
 * After a status move made outside the case desk (funding, claims, payouts, surplus) in this
 * transaction: reads the case as it now is and sends `case.status` once the change commits,
 * as the case desk does for its own moves.
 */
export async function announceCaseStatus(tx: Tx, live: LiveHub, afterCommit: AfterCommit, caseId: string): Promise<void> {
  const [c] = await tx
    .select({ id: cases.id, reference: cases.reference, status: cases.status, published: cases.published, regionCode: cases.regionCode, handlerUserId: cases.handlerUserId, backupHandlerUserId: cases.backupHandlerUserId, updatedAt: cases.updatedAt })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!c) return;
  afterCommit(() => live.emit(caseStatusRooms(c), 'case.status', { caseId: c.id, reference: c.reference, status: c.status, published: c.published, at: c.updatedAt.toISOString() }));
}
