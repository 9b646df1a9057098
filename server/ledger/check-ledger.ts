import type { ExecuteSql } from '../db/database';
import { checkFundsLedger } from '../funds/check-funds';

/**
 * Proves the books: every transfer balanced, the ledger sums to zero, no case holds more
 * than its needs or other than what its needs say was confirmed, every paid pledge has its
 * entries (and no unpaid one has), and needs hold exactly what their pledges reserve.
 * Returns the problems found, one sentence each; an empty list means the books are right.
 */
export async function checkLedger(sql: ExecuteSql): Promise<string[]> {
  const problems: string[] = [];
  const rows = async (q: string) => (await sql(q)).rows;

  for (const r of await rows(`
      SELECT t.id, t.amount_minor::text AS amount, count(e.id)::int AS lines, coalesce(sum(e.amount_minor), 0)::text AS total,
             coalesce(sum(e.amount_minor) FILTER (WHERE e.amount_minor > 0), 0)::text AS debit
        FROM ledger_transfers t LEFT JOIN ledger_entries e ON e.transfer_id = t.id
       GROUP BY t.id, t.amount_minor
      HAVING count(e.id) <> 2 OR coalesce(sum(e.amount_minor), 0) <> 0 OR coalesce(sum(e.amount_minor) FILTER (WHERE e.amount_minor > 0), 0) <> t.amount_minor`)) {
    problems.push(`transfer ${String(r.id)} is unbalanced: ${String(r.lines)} lines summing to ${String(r.total)}, debit ${String(r.debit)} for amount ${String(r.amount)}`);
  }
  const [all] = await rows(`SELECT coalesce(sum(amount_minor), 0)::text AS total FROM ledger_entries`);
  if (all && String(all.total) !== '0') problems.push(`the ledger does not sum to zero: ${String(all.total)}`);

  for (const r of await rows(`
      WITH needs AS (
        SELECT case_id, sum(amount_minor) AS amount, sum(confirmed_minor) AS confirmed, sum(disbursed_minor) AS disbursed FROM case_needs GROUP BY case_id),
      holding AS (
        SELECT substr(account, 6)::uuid AS case_id, sum(amount_minor) AS balance FROM ledger_entries WHERE account LIKE 'case:%' GROUP BY account)
      SELECT coalesce(n.case_id, h.case_id) AS case_id, coalesce(n.amount, 0)::text AS amount, coalesce(n.confirmed, 0)::text AS confirmed,
             coalesce(n.disbursed, 0)::text AS disbursed, coalesce(h.balance, 0)::text AS balance
        FROM needs n FULL JOIN holding h ON h.case_id = n.case_id
       WHERE coalesce(h.balance, 0) > coalesce(n.amount, 0)
          OR coalesce(h.balance, 0) <> coalesce(n.confirmed, 0) - coalesce(n.disbursed, 0)
          OR coalesce(h.balance, 0) < 0`)) {
    problems.push(`case ${String(r.case_id)} holds ${String(r.balance)} fen in the ledger, but its needs total ${String(r.amount)} with ${String(r.confirmed)} confirmed and ${String(r.disbursed)} disbursed`);
  }

  for (const r of await rows(`
      SELECT id, amount_minor::text AS amount, reserved_minor::text AS reserved, confirmed_minor::text AS confirmed, claimed_minor::text AS claimed
        FROM case_needs WHERE reserved_minor + confirmed_minor + claimed_minor > amount_minor`)) {
    problems.push(`need ${String(r.id)} is over-committed: ${String(r.reserved)} reserved + ${String(r.confirmed)} confirmed + ${String(r.claimed)} claimed > ${String(r.amount)}`);
  }

  for (const r of await rows(`
      WITH p AS (
        SELECT need_id,
               coalesce(sum(amount_minor) FILTER (WHERE status = 'reserved'), 0) AS reserved,
               coalesce(sum(amount_minor - refunded_minor - (SELECT coalesce(sum(s.amount_minor), 0) FROM surplus_allocations s WHERE s.pledge_id = pledges.id))
                 FILTER (WHERE status IN ('confirmed', 'refunded')), 0) AS paid
          FROM pledges GROUP BY need_id)
      SELECT n.id, n.reserved_minor::text AS need_reserved, p.reserved::text AS pledges_reserved, n.confirmed_minor::text AS need_confirmed, p.paid::text AS pledges_paid
        FROM case_needs n JOIN p ON p.need_id = n.id
       WHERE n.reserved_minor <> p.reserved OR n.confirmed_minor < p.paid`)) {
    problems.push(`need ${String(r.id)} disagrees with its pledges: reserved ${String(r.need_reserved)} vs ${String(r.pledges_reserved)} pledged and unpaid, confirmed ${String(r.need_confirmed)} vs ${String(r.pledges_paid)} paid`);
  }

  for (const r of await rows(`
      WITH t AS (
        SELECT pledge_id,
               coalesce(sum(amount_minor) FILTER (WHERE kind = 'pledge_confirmed'), 0) AS confirmed,
               count(*) FILTER (WHERE kind = 'pledge_confirmed') AS confirmations,
               coalesce(sum(amount_minor) FILTER (WHERE kind = 'refund'), 0) AS refunded
          FROM ledger_transfers WHERE pledge_id IS NOT NULL GROUP BY pledge_id)
      SELECT p.id, p.status, p.amount_minor::text AS amount, p.refunded_minor::text AS refunded,
             coalesce(t.confirmed, 0)::text AS ledger_confirmed, coalesce(t.confirmations, 0)::int AS confirmations, coalesce(t.refunded, 0)::text AS ledger_refunded
        FROM pledges p LEFT JOIN t ON t.pledge_id = p.id
       WHERE (p.status IN ('confirmed', 'refunded') AND (coalesce(t.confirmations, 0) <> 1 OR coalesce(t.confirmed, 0) <> p.amount_minor))
          OR (p.status IN ('reserved', 'released') AND coalesce(t.confirmations, 0) <> 0)
          OR coalesce(t.refunded, 0) <> p.refunded_minor`)) {
    problems.push(`pledge ${String(r.id)} (${String(r.status)}, ${String(r.amount)} fen, ${String(r.refunded)} refunded) has ${String(r.confirmations)} confirmation entries for ${String(r.ledger_confirmed)} and refunds of ${String(r.ledger_refunded)} in the ledger`);
  }
  for (const r of await rows(`SELECT t.id FROM ledger_transfers t LEFT JOIN pledges p ON p.id = t.pledge_id WHERE t.kind IN ('pledge_confirmed', 'refund') AND p.id IS NULL`)) {
    problems.push(`transfer ${String(r.id)} names a pledge that does not exist`);
  }
  // The donor counts kept beside the cases agree with the confirmed pledges.
  for (const r of await rows(`
      WITH p AS (SELECT case_id, coalesce(organization_id, donor_user_id) AS donor, count(*)::int AS n FROM pledges WHERE status = 'confirmed' GROUP BY 1, 2),
           k AS (SELECT coalesce(p.case_id, d.case_id) AS case_id, coalesce(p.donor, d.donor_key) AS donor, coalesce(p.n, 0) AS pledged, coalesce(d.confirmed, 0) AS kept
                   FROM p FULL JOIN case_donors d ON d.case_id = p.case_id AND d.donor_key = p.donor)
      SELECT c.id, c.donor_count, (SELECT count(*) FROM p WHERE p.case_id = c.id)::int AS donors,
             (SELECT count(*) FROM k WHERE k.case_id = c.id AND k.pledged <> k.kept)::int AS disagreeing
        FROM cases c
       WHERE c.donor_count <> (SELECT count(*) FROM p WHERE p.case_id = c.id)
          OR EXISTS (SELECT 1 FROM k WHERE k.case_id = c.id AND k.pledged <> k.kept)`)) {
    problems.push(`case ${String(r.id)} counts ${String(r.donor_count)} donors but has ${String(r.donors)} with confirmed pledges (${String(r.disagreeing)} donors' counts disagree)`);
  }
  problems.push(...(await checkFundsLedger(sql)));
  return problems;
}
