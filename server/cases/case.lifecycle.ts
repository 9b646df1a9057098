import type { CaseStatus } from './case.table';

/**
 * Who acts on a case, as far as the lifecycle cares: staff of the case's region by
 * role, the social worker who referred it, or the system (deadlines, other modules).
 */
export type CaseActorRole = 'caseworker' | 'approver' | 'referrer' | 'system';

export const CASE_ACTIONS = [
  'triage',
  'start_verification',
  'verify',
  'reject',
  'mark_duplicate',
  'withdraw',
  'fast_track',
  'start_funding',
  'mark_funded',
  'start_disbursing',
  'close',
  'escalate',
  'resume',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface TransitionRule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  roles: readonly CaseActorRole[];
}

const DESK: readonly CaseActorRole[] = ['caseworker', 'approver'];

/** The one transition table of the case lifecycle (DESIGN.md "Case lifecycle"). */
export const TRANSITIONS: Record<CaseAction, TransitionRule> = {
  triage: { from: ['reported'], to: 'intake', roles: DESK },
  start_verification: { from: ['intake', 'fast_tracked'], to: 'verifying', roles: DESK },
  verify: { from: ['verifying'], to: 'verified', roles: DESK },
  reject: { from: ['reported', 'intake', 'verifying'], to: 'rejected', roles: DESK },
  mark_duplicate: { from: ['reported', 'intake', 'verifying'], to: 'duplicate', roles: DESK },
  withdraw: { from: ['reported', 'intake', 'verifying'], to: 'withdrawn', roles: [...DESK, 'referrer'] },
  fast_track: { from: ['intake', 'verifying'], to: 'fast_tracked', roles: DESK },
  // Moved by pledges, claims and disbursements (other modules), never by a person directly.
  start_funding: { from: ['verified'], to: 'in_progress', roles: ['system'] },
  mark_funded: { from: ['verified', 'in_progress'], to: 'funded', roles: ['system'] },
  start_disbursing: { from: ['funded'], to: 'disbursing', roles: ['system'] },
  close: { from: ['disbursing', 'funded'], to: 'closed', roles: ['system', 'approver'] },
  // The joint meeting takes a stuck verified case over, and hands it back.
  escalate: { from: ['verified', 'in_progress'], to: 'escalated', roles: ['system', 'approver'] },
  resume: { from: ['escalated'], to: 'verified', roles: ['approver'] },
};

export const TERMINAL_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'duplicate', 'withdrawn'];
export const OPEN_STATUSES: readonly CaseStatus[] = ['reported', 'intake', 'fast_tracked', 'verifying', 'verified', 'in_progress', 'funded', 'disbursing', 'escalated'];
/** States in which the case has been decided in the person's favour (aid given or on its way). */
export const AIDED_STATUSES: readonly CaseStatus[] = ['fast_tracked', 'verified', 'in_progress', 'funded', 'disbursing', 'closed', 'escalated'];
/** States shown to the public when published. */
export const PUBLIC_STATUSES: readonly CaseStatus[] = ['verified', 'in_progress', 'funded', 'disbursing', 'closed'];

export type Decision = { ok: true; to: CaseStatus } | { ok: false; code: 'ILLEGAL_TRANSITION' | 'ROLE_NOT_ALLOWED'; message: string };

/** Decides a transition from the table alone: is it legal in this state, and may one of these roles do it? */
export function decide(status: CaseStatus, action: CaseAction, roles: readonly CaseActorRole[]): Decision {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    return { ok: false, code: 'ILLEGAL_TRANSITION', message: `A case that is ${status.replace('_', ' ')} cannot be ${label(action)}.` };
  }
  if (!roles.some((r) => rule.roles.includes(r))) {
    return { ok: false, code: 'ROLE_NOT_ALLOWED', message: `Your role may not ${action.replace('_', ' ')} this case.` };
  }
  return { ok: true, to: rule.to };
}

function label(action: CaseAction): string {
  const labels: Record<CaseAction, string> = {
    triage: 'triaged',
    start_verification: 'put into verification',
    verify: 'verified',
    reject: 'rejected',
    mark_duplicate: 'marked duplicate',
    withdraw: 'withdrawn',
    fast_track: 'fast-tracked',
    start_funding: 'opened for funding',
    mark_funded: 'marked funded',
    start_disbursing: 'disbursed',
    close: 'closed',
    escalate: 'escalated',
    resume: 'resumed',
  };
  return labels[action];
}

/** Every status reachable from the entry states through the table (for checks and tests). */
export function reachableStatuses(entry: readonly CaseStatus[] = ['reported', 'intake']): Set<CaseStatus> {
  const seen = new Set<CaseStatus>(entry);
  let grew = true;
  while (grew) {
    grew = false;
    for (const rule of Object.values(TRANSITIONS)) {
      if (rule.from.some((s) => seen.has(s)) && !seen.has(rule.to)) {
        seen.add(rule.to);
        grew = true;
      }
    }
  }
  return seen;
}
