/**
 * The typed socket.io contract shared by the server and the web app.
 * Rooms: `user:<uuid>`, `organization:<uuid>`, `region:<GB/T 2260 code>`, `case:<uuid>`.
 */
export type RoomKind = 'user' | 'organization' | 'region' | 'case';
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
  title: string;
  caseId?: string;
  at: string;
}

/** A case was matched to an organisation (sent to `organization:<id>`). */
export interface CaseMatchedEvent {
  caseId: string;
  organizationId: string;
  tier: string;
  rank: number;
  score: number;
  urgency: string;
  at: string;
}
/** A case widened to the next cascade tier (sent to the case, its region and the newly matched organisations). */
export interface CaseEscalatedEvent {
  caseId: string;
  regionCode: string;
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
