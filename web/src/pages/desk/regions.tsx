/**
 * The live rooms of the desk. `case.status` goes to the room of the case's own region and of every
 * region above it (township → county → prefecture → province), so staff watch the rooms of their own
 * staff regions (`region:<code>`), whatever level those are.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Role } from '../../api/operations';
import { useLiveEvents, type EventPayload, type LiveStatus } from '../../live/socket';

/** Who works the desk (and sees it in the navigation). */
export const DESK_ROLES: readonly Role[] = ['CASEWORKER', 'APPROVER', 'ADMIN'];

/** The regions above one (GB/T 2260): a township's county, a county's prefecture, a prefecture's province. */
function regionsAbove(code: string): string[] {
  const up = new Set<string>();
  if (code.length > 6) up.add(code.slice(0, 6));
  up.add(`${code.slice(0, 4)}00`);
  up.add(`${code.slice(0, 2)}0000`);
  up.delete(code);
  return [...up];
}

/**
 * The rooms to watch for these staff regions: each region's own, except one under another of them
 * (its events reach the room above as well, and would be heard twice).
 */
export function watchedRegions(codes: readonly string[]): string[] {
  const all = new Set(codes);
  return [...all].filter((code) => !regionsAbove(code).some((up) => all.has(up))).sort();
}

/** Watches `case.status` on each region room; reports one status for all (live once every room answered). */
export function WatchRegions({
  token,
  codes,
  onEvent,
  onStatus,
}: {
  token: string | null;
  codes: readonly string[];
  onEvent: (e: EventPayload<'case.status'>) => void;
  onStatus: (s: LiveStatus) => void;
}) {
  const statuses = useRef(new Map<string, LiveStatus>());
  const report = useRef(onStatus);
  report.current = onStatus;
  const summarize = useCallback(() => {
    const all = codes.map((c) => statuses.current.get(c) ?? 'connecting');
    const s: LiveStatus = all.length === 0 ? 'refused' : all.includes('connecting') ? 'connecting' : all.includes('offline') ? 'offline' : all.includes('live') ? 'live' : 'refused';
    report.current(s);
  }, [codes]);
  useEffect(() => summarize(), [summarize]);
  const onRoomStatus = useCallback(
    (code: string, s: LiveStatus) => {
      statuses.current.set(code, s);
      summarize();
    },
    [summarize],
  );
  return (
    <>
      {codes.map((code) => (
        <RegionRoom key={code} token={token} code={code} onEvent={onEvent} onStatus={onRoomStatus} />
      ))}
    </>
  );
}

function RegionRoom({ token, code, onEvent, onStatus }: { token: string | null; code: string; onEvent: (e: EventPayload<'case.status'>) => void; onStatus: (code: string, s: LiveStatus) => void }) {
  useLiveEvents(token, `region:${code}`, 'case.status', onEvent, (s) => onStatus(code, s));
  return null;
}
