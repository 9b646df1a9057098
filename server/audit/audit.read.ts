import { and, desc, eq, gte, like, lt, lte, type SQL } from 'drizzle-orm';
import type { InferSelectModel } from 'drizzle-orm';
import { requireAccess } from '../access/access';
import type { Actor } from '../access/actor';
import { type Connection, readPage, toConnection, type PageArgs } from '../common/connection';
import { fromGlobalId } from '../common/ids';
import type { Db } from '../db/database';
import { levelOfCode, regionPrefix } from '../regions/region.data';
import { auditEvents } from './audit.table';

export type AuditEventRecord = InferSelectModel<typeof auditEvents>;

export interface AuditFilter {
  regionCode: string;
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

type AuditKey = string;
const isAuditKey = (v: unknown): v is AuditKey => typeof v === 'string' && /^\d{1,19}$/.test(v);

/** Reads the append-only audit trail of a region (approvers, auditors and admins of that region). */
export class AuditReadService {
  constructor(private readonly db: Db) {}

  async list(actor: Actor, filter: AuditFilter, args: PageArgs): Promise<Connection<AuditEventRecord>> {
    requireAccess(actor, 'audit.read', { regionCode: filter.regionCode });
    const page = readPage<AuditKey>(args, isAuditKey);
    const conds: (SQL | undefined)[] = [like(auditEvents.regionCode, `${regionPrefix(filter.regionCode, levelOfCode(filter.regionCode))}%`)];
    if (filter.entityType) conds.push(eq(auditEvents.entityType, filter.entityType));
    if (filter.entityId) {
      // Accepts a global ID or a local one.
      let local = filter.entityId;
      const type = Buffer.from(filter.entityId, 'base64url').toString('utf8').split(':')[0];
      if (type && filter.entityType === type) local = fromGlobalId(type, filter.entityId, ['filter', 'entityId']);
      conds.push(eq(auditEvents.entityId, local));
    }
    if (filter.action) conds.push(eq(auditEvents.action, filter.action));
    if (filter.actorId) conds.push(eq(auditEvents.actorUserId, fromGlobalId('User', filter.actorId, ['filter', 'actorId'])));
    if (filter.from) conds.push(gte(auditEvents.at, filter.from));
    if (filter.to) conds.push(lte(auditEvents.at, filter.to));
    const where = and(...conds);
    const rows = await this.db
      .select()
      .from(auditEvents)
      .where(and(where, page.after ? lt(auditEvents.id, BigInt(page.after)) : undefined))
      .orderBy(desc(auditEvents.id))
      .limit(page.limit + 1);
    const total = await this.db.$count(auditEvents, where);
    return toConnection(rows, page, (e) => e.id.toString(), total);
  }
}

