import { eq, sql } from 'drizzle-orm';
import { requireAccess } from '../access/access';
import type { Actor } from '../access/actor';
import { cases } from '../cases/case.table';
import { NotFoundError } from '../common/errors';
import { fromGlobalId } from '../common/ids';
import { formatYuan } from '../common/money';
import { uuidArray } from '../db/arrays';
import type { Db, Tx } from '../db/database';
import { organizations } from '../organizations/organization.table';
import { users } from '../accounts/account.table';
import { pledges } from '../pledges/pledge.table';
import { textPdf } from './pdf';
import { receipts } from './receipt.table';

export type ReceiptRecord = typeof receipts.$inferSelect;

export interface ReceiptView {
  number: string;
  issuedAt: Date;
  pledgeId: string;
  amount: bigint;
  caseReference: string;
  donorName: string;
  anonymous: boolean;
  method: string;
  confirmedAt: Date | null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Receipts: numbered in the confirming transaction; shown as a printable HTML page and a PDF. */
export class ReceiptService {
  constructor(private readonly db: Db) {}

  /** Issues the pledge's receipt once (idempotent), in the caller's transaction. */
  async issue(tx: Tx, pledgeId: string): Promise<void> {
    await this.issueAll(tx, [pledgeId]);
  }

  /** Receipts for several confirmed pledges in one statement, numbered in the order given. */
  async issueAll(tx: Tx, pledgeIds: readonly string[]): Promise<void> {
    if (pledgeIds.length === 0) return;
    await tx.execute(sql`
      INSERT INTO receipts (pledge_id, number)
      SELECT x.id, 'JJN-R-' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('receipt_number_seq')::text, 8, '0')
        FROM unnest(${uuidArray(pledgeIds)}::uuid[]) WITH ORDINALITY AS x(id, n)
       ORDER BY x.n
      ON CONFLICT (pledge_id) DO NOTHING`);
  }

  async forPledge(pledgeId: string): Promise<ReceiptRecord | null> {
    const [r] = await this.db.select().from(receipts).where(eq(receipts.pledgeId, pledgeId));
    return r ?? null;
  }

  /** The receipt of a pledge, for its donor (or their organisation's admin) and staff of the case's region. */
  async view(actor: Actor, pledgeGlobalId: string): Promise<ReceiptView> {
    const pledgeId = fromGlobalId('Pledge', pledgeGlobalId, ['pledgeId']);
    const [row] = await this.db
      .select({ p: pledges, r: receipts, caseReference: cases.reference, regionCode: cases.regionCode, userName: users.name, orgName: organizations.name })
      .from(pledges)
      .innerJoin(cases, eq(cases.id, pledges.caseId))
      .innerJoin(users, eq(users.id, pledges.donorUserId))
      .leftJoin(organizations, eq(organizations.id, pledges.organizationId))
      .leftJoin(receipts, eq(receipts.pledgeId, pledges.id))
      .where(eq(pledges.id, pledgeId));
    if (!row) throw new NotFoundError('The receipt');
    requireAccess(actor, 'receipt.view', { donorUserId: row.p.donorUserId, organizationId: row.p.organizationId, regionCode: row.regionCode }, 'The receipt');
    if (!row.r) throw new NotFoundError('The receipt');
    return {
      number: row.r.number,
      issuedAt: row.r.issuedAt,
      pledgeId: row.p.id,
      amount: row.p.amountMinor,
      caseReference: row.caseReference,
      donorName: row.orgName ?? row.userName,
      anonymous: row.p.anonymous,
      method: row.p.method,
      confirmedAt: row.p.confirmedAt,
    };
  }

  /** The full Chinese receipt as a printable HTML page. */
  html(r: ReceiptView): string {
    const date = (r.confirmedAt ?? r.issuedAt).toISOString().slice(0, 10);
    return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>捐赠收据 ${escapeHtml(r.number)}</title>
<style>body{font-family:"Noto Sans SC","PingFang SC",sans-serif;max-width:40em;margin:2em auto}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:.4em}@media print{.print-hint{display:none}}</style>
</head><body>
<h1>救急难 捐赠收据</h1>
<table>
<tr><td>收据编号</td><td>${escapeHtml(r.number)}</td></tr>
<tr><td>日期</td><td>${date}</td></tr>
<tr><td>捐赠人</td><td>${escapeHtml(r.donorName)}${r.anonymous ? '（公开页面匿名）' : ''}</td></tr>
<tr><td>金额</td><td>${escapeHtml(formatYuan(r.amount))}（${r.amount.toString()} 分）</td></tr>
<tr><td>救助案例</td><td>${escapeHtml(r.caseReference)}</td></tr>
<tr><td>支付方式</td><td>${escapeHtml(r.method)}${r.method === 'sandbox' ? '（测试支付，未发生真实资金往来）' : ''}</td></tr>
</table>
<p>感谢您的善心。本收据证明上述捐赠已确认到账，款项将按案例需要支付给医院或受助人，去向可在案例账目中查询。</p>
<p class="print-hint">请使用浏览器的“打印”功能打印本收据。</p>
</body></html>`;
  }

  /** The receipt as a one-page PDF, in Chinese like the printable page. */
  pdf(r: ReceiptView, htmlUrl: string): Buffer {
    const date = (r.confirmedAt ?? r.issuedAt).toISOString().slice(0, 10);
    return textPdf([
      { text: '救急难 捐赠收据', size: 18 },
      { text: `收据编号：${r.number}`, gap: 34 },
      { text: `日期：${date}` },
      { text: `捐赠人：${r.donorName}${r.anonymous ? '（公开页面匿名）' : ''}` },
      // The yen sign is not in every reader's Chinese font: written out in words.
      { text: `金额：人民币 ${formatYuan(r.amount).replace('¥', '')} 元（${r.amount.toString()} 分）` },
      { text: `救助案例：${r.caseReference}` },
      { text: `支付方式：${r.method}${r.method === 'sandbox' ? '（测试支付，未发生真实资金往来）' : ''}` },
      { text: '感谢您的善心。本收据证明上述捐赠已确认到账，款项将按案例需要支付给医院或受助人，', size: 10, gap: 34 },
      { text: '去向可在案例账目中查询。', size: 10 },
      { text: `可打印的收据：${htmlUrl}`, size: 9, gap: 24 },
    ]);
  }
}
