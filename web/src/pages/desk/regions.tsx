/**
 * The live rooms of the desk. `case.status` goes to the room of the case's own region (and of its
 * county, for a township case), never to the prefecture or province above it. Staff of a county
 * watch their county; staff of a prefecture or province watch every county under them, found
 * with `regions(parentCode)`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../../api/client';
import { RegionsQuery, type Role } from '../../api/operations';
import { useLiveEvents, type EventPayload, type LiveStatus } from '../../live/socket';

/** Who works the desk (and sees it in the navigation). */
export const DESK_ROLES: readonly Role[] = ['CASEWORKER', 'APPROVER', 'ADMIN'];

/** The most rooms one page watches (a province has a few dozen counties). */
const MAX_ROOMS = 200;

const isAboveCounty = (code: string) => code.length === 6 && code.endsWith('00');

/** The region codes whose rooms carry the cases of these staff regions. */
export function useWatchedRegions(codes: readonly string[]): string[] {
  const key = [...codes].sort().join(',');
  const [watched, setWatched] = useState<string[]>([]);
  useEffect(() => {
    let active = true;
    const start = key ? key.split(',') : [];
    setWatched(start);
    const expand = async () => {
      const out = new Set(start);
      let frontier = start.filter(isAboveCounty);
      // Province → prefectures → counties: at most two levels down.
      for (let depth = 0; depth < 2 && frontier.length > 0 && out.size < MAX_ROOMS; depth++) {
        const children = (await Promise.all(frontier.map((code) => request(RegionsQuery, { parentCode: code }).then((d) => d.regions, () => [])))).flat();
        for (const r of children) out.add(r.code);
        frontier = children.map((r) => r.code).filter(isAboveCounty);
      }
      if (active) setWatched([...out].slice(0, MAX_ROOMS));
    };
    void expand();
    return () => {
      active = false;
    };
  }, [key]);
  return watched;
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
