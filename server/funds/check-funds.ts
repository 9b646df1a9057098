import type { ExecuteSql } from '../db/database';

/**
 * The books of funds, pools, disbursements and surplus: no relief fund below zero, no pool
 * over its cap or out of step with its matches, disbursements and needs agree with the
 * ledger, and every surplus account holds exactly its pending allocations.
 */
export async function checkFundsLedger(sql: ExecuteSql): Promise<string[]> {
  const problems: string[] = [];
  const rows = async (q: string) => (await sql(q)).rows;

  for (const r of await rows(`
      SELECT account, sum(amount_minor)::text AS balance FROM ledger_entries WHERE account LIKE 'relief\\_fund:%' GROUP BY account HAVING sum(amount_minor) < 0`)) {
    problems.push(`relief fund ${String(r.account)} is overdrawn: ${String(r.balance)} fen`);
  }
  for (const r of await rows(`
      SELECT p.id, p.cap_minor::text AS cap, p.matched_minor::text AS matched, coalesce(m.total, 0)::text AS matches, coalesce(l.total, 0)::text AS ledger
        FROM matching_pools p
        LEFT JOIN (SELECT pool_id, sum(amount_minor) AS total FROM pool_matches GROUP BY pool_id) m ON m.pool_id = p.id
        LEFT JOIN (SELECT substr(account, 6) AS pool, -sum(amount_minor) AS total FROM ledger_entries WHERE account LIKE 'pool:%' GROUP BY account) l ON l.pool = p.id::text
       WHERE p.matched_minor > p.cap_minor OR p.matched_minor <> coalesce(m.total, 0) OR coalesce(m.total, 0) <> coalesce(l.total, 0)`)) {
    problems.push(`matching pool ${String(r.id)} matched ${String(r.matched)} of cap ${String(r.cap)}, its matches total ${String(r.matches)} and the ledger ${String(r.ledger)}`);
  }
  for (const r of await rows(`
      WITH d AS (SELECT need_id, sum(amount_minor) AS paid FROM disbursements WHERE status = 'disbursed' GROUP BY need_id),
           l AS (SELECT need_id, sum(amount_minor) AS paid FROM ledger_transfers WHERE kind = 'disbursement' GROUP BY need_id)
      SELECT n.id, n.disbursed_minor::text AS need, coalesce(d.paid, 0)::text AS rows, coalesce(l.paid, 0)::text AS ledger
        FROM case_needs n LEFT JOIN d ON d.need_id = n.id LEFT JOIN l ON l.need_id = n.id
       WHERE n.disbursed_minor <> coalesce(d.paid, 0) OR n.disbursed_minor <> coalesce(l.paid, 0)`)) {
    problems.push(`need ${String(r.id)} says ${String(r.need)} disbursed, its disbursements ${String(r.rows)}, the ledger ${String(r.ledger)}`);
  }
  for (const r of await rows(`
      WITH a AS (SELECT pledge_id, sum(amount_minor) FILTER (WHERE status = 'pending') AS pending FROM surplus_allocations GROUP BY pledge_id),
           l AS (SELECT substr(account, 9)::uuid AS pledge_id, sum(amount_minor) AS balance FROM ledger_entries WHERE account LIKE 'surplus:%' GROUP BY account)
      SELECT coalesce(a.pledge_id, l.pledge_id) AS pledge_id, coalesce(a.pending, 0)::text AS pending, coalesce(l.balance, 0)::text AS balance
        FROM a FULL JOIN l ON l.pledge_id = a.pledge_id
       WHERE coalesce(a.pending, 0) <> coalesce(l.balance, 0)`)) {
    problems.push(`pledge ${String(r.pledge_id)} has ${String(r.pending)} fen of pending surplus but its surplus account holds ${String(r.balance)}`);
  }
  return problems;
}
