import type { Executor } from '../db/database';
import { auditEvents } from './audit.table';

/** Field names whose values never enter the audit trail in clear. */
const SENSITIVE = /(password|token|secret|idnumber|id_number|phone|name_enc|pii|household|bank|account_number|notes_enc|ciphertext)/i;

/** Replaces sensitive values by a marker, recursively, and turns bigints and dates into strings. */
export function maskForAudit(value: unknown, key = ''): unknown {
  if (value === null || value === undefined) return null;
  if (key && SENSITIVE.test(key)) return '[masked]';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return '[binary]';
  if (Array.isArray(value)) return value.map((v) => maskForAudit(v));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskForAudit(v, k)]));
  }
  return value;
}

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

const toRow = (entry: AuditEntry) => ({
  actorUserId: entry.actorUserId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  regionCode: entry.regionCode ?? null,
  before: entry.before === undefined ? null : maskForAudit(entry.before),
  after: entry.after === undefined ? null : maskForAudit(entry.after),
  requestId: entry.requestId ?? null,
});

/** Appends one audit event in the caller's transaction, with sensitive fields masked. */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values(toRow(entry));
}

/** Several audit events in one statement. */
export async function recordAudits(tx: Executor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(entries.map(toRow));
}
