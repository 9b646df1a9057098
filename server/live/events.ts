/**
 * The typed socket.io contract shared by the server and the web app.
 * Rooms: `user:<uuid>`, `organization:<uuid>`, `region:<GB/T 2260 code>`, `case:<uuid>`.
 */
export type RoomKind = 'user' | 'organization' | 'region' | 'case' | 'pool';
export type RoomName = `${RoomKind}:${string}`;

export interface OrganizationCreatedEvent {
  organizationId: string;
  name: string;
  kind: string;
  regionCode: string;
}
export interface OrganizationUpdatedEvent {
  organizationId: string;
  verified: boolean;
  updatedAt: string;
}
export interface MembershipAddedEvent {
  organizationId: string;
  role: string;
}
/** A notification for a person's inbox (alarms, matches, referrals). */
export interface NotificationEvent {
  kind: string;
  /** In English; `details` holds its facts by name (as `Alarm.details` in GraphQL), when it is an alarm. */
  title: string;
  details?: Record<string, string>;
  caseId?: string;
  at: string;
}

/** A case changed status (or was published or unpublished). No personal data: published cases' rooms are public. */
export interface CaseStatusEvent {
  caseId: string;
  reference: string;
  /** A `CaseStatus`, as the API spells it (e.g. `IN_PROGRESS`). */
  status: string;
  published: boolean;
  at: string;
}
/** A referral between agencies changed (created, answered, completed or escalated). */
export interface ReferralUpdatedEvent {
  referralId: string;
  caseId: string;
  /** A `ReferralStatus` (e.g. `ACCEPTED`). */
  status: string;
  escalationLevel: number;
  at: string;
}
/** A case's funding figures after a committed change; amounts are strings of fen. A higher version is newer. */
export interface CaseFundingEvent {
  caseId: string;
  target: string;
  confirmed: string;
  reserved: string;
  donors: number;
  version: number;
  /** When the change committed (ISO 8601). */
  at: string;
}
/** A pledge changed state (sent to the donor and, for organisation pledges, the organisation). */
export interface PledgeUpdatedEvent {
  pledgeId: string;
  caseId: string;
  /** A `PledgeStatus` (e.g. `CONFIRMED`). */
  status: string;
  amount: string;
  /** A `PledgeReleaseReason` (e.g. `EXPIRED`), or null. */
  releaseReason: string | null;
  /** True for sandbox payments: no real money moved. */
  sandbox: boolean;
}

/** A case's money after a disbursement or surplus change; amounts are strings of fen. */
export interface CaseLedgerEvent {
  caseId: string;
  /** The case's `CaseStatus` (e.g. `DISBURSING`). */
  status: string;
  held: string;
  disbursed: string;
}
/** A matching pool's balance after a match or closing; amounts are strings of fen. */
export interface PoolBalanceEvent {
  poolId: string;
  cap: string;
  matched: string;
  remaining: string;
  /** A `MatchingPoolStatus` (e.g. `OPEN`). */
  status: string;
}
/** A case was matched to an organisation (sent to `organization:<id>`). */
export interface CaseMatchedEvent {
  caseId: string;
  organizationId: string;
  /** An `EscalationTier` (e.g. `LOCAL_CHARITY`). */
  tier: string;
  rank: number;
  score: number;
  /** An `Urgency` (e.g. `HIGH`). */
  urgency: string;
  at: string;
}
/** A case widened to the next cascade tier (sent to the case, its region and the newly matched organisations). */
export interface CaseEscalatedEvent {
  caseId: string;
  regionCode: string;
  /** `EscalationTier`s (e.g. `LOCAL_CHARITY` to `RED_CROSS`). */
  fromTier: string;
  toTier: string;
  newlyMatched: number;
  at: string;
}
/** A claim was made, released, expired or fulfilled (sent to the case and the organisation). */
export interface ClaimChangedEvent {
  claimId: string;
  caseId: string;
  organizationId: string;
  /** A `ClaimStatus` (e.g. `ACTIVE`). */
  status: string;
  amount: string;
  at: string;
}

/** Every event the server sends, by name. Features add theirs here. */
export interface ServerToClientEvents {
  'organization.created': (e: OrganizationCreatedEvent) => void;
  'organization.updated': (e: OrganizationUpdatedEvent) => void;
  'membership.added': (e: MembershipAddedEvent) => void;
  notification: (e: NotificationEvent) => void;
  'case.status': (e: CaseStatusEvent) => void;
  'referral.updated': (e: ReferralUpdatedEvent) => void;
  'case.funding': (e: CaseFundingEvent) => void;
  'pledge.updated': (e: PledgeUpdatedEvent) => void;
  'case.ledger': (e: CaseLedgerEvent) => void;
  'pool.balance': (e: PoolBalanceEvent) => void;
  'case.matched': (e: CaseMatchedEvent) => void;
  'case.escalated': (e: CaseEscalatedEvent) => void;
  'claim.changed': (e: ClaimChangedEvent) => void;
}

export type EventName = keyof ServerToClientEvents;
export type EventPayload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

export type SubscribeAck = { ok: true; room: RoomName } | { ok: false; code: 'NOT_FOUND' | 'INVALID_ROOM'; message: string };

export interface ClientToServerEvents {
  /** Joins a room if the caller may watch it; the acknowledgement says whether it did. */
  subscribe: (room: string, ack: (result: SubscribeAck) => void) => void;
  unsubscribe: (room: string, ack?: (result: { ok: boolean }) => void) => void;
}

export interface SocketData {
  userId: string | null;
}
