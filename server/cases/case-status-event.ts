import { eq } from 'drizzle-orm';
import type { Tx } from '../db/database';
import type { AfterCommit } from '../db/transaction';
import { apiName } from '../graphql/enum-values';
import type { CaseStatusEvent, RoomName } from '../live/events';
import type { LiveHub } from '../live/live-hub';
import { cases } from './case.table';

/** A region's room and those of every region above it: township → county → prefecture → province (GB/T 2260). */
export function regionRoomsUp(code: string): RoomName[] {
  const codes = new Set([code]);
  if (code.length > 6) codes.add(code.slice(0, 6));
  codes.add(`${code.slice(0, 4)}00`);
  codes.add(`${code.slice(0, 2)}0000`);
  return [...codes].map((c): RoomName => `region:${c}`);
}

/** Who hears of a case's status: its region and every region above it (their staff), its room, its handlers. */
export function caseStatusRooms(c: { id: string; regionCode: string; handlerUserId: string | null; backupHandlerUserId: string | null }): RoomName[] {
  const rooms: RoomName[] = [...regionRoomsUp(c.regionCode), `case:${c.id}`];
  if (c.handlerUserId) rooms.push(`user:${c.handlerUserId}`);
  if (c.backupHandlerUserId) rooms.push(`user:${c.backupHandlerUserId}`);
  return rooms;
}

/** The `case.status` event of a case as it now is. */
export function caseStatusEvent(c: { id: string; reference: string; status: string; published: boolean; updatedAt: Date }): CaseStatusEvent {
  return { caseId: c.id, reference: c.reference, status: apiName('CaseStatus', c.status), published: c.published, at: c.updatedAt.toISOString() };
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
  afterCommit(() => live.emit(caseStatusRooms(c), 'case.status', caseStatusEvent(c)));
}
