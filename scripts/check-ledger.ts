/**
 * Proves the books balance. Run by hand: `npx tsx scripts/check-ledger.ts`
 * (against DATABASE_URL, or the embedded database in DATA_DIR, ./data by default).
 * Exits 1 and lists the problems when there are any. Also importable: `checkLedger`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../server/db/database';
import { checkLedger } from '../server/ledger/check-ledger';

export { checkLedger };

async function main() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { url } : { dataDir: path.resolve(process.env.DATA_DIR ?? './data', 'pgdata') });
  try {
    const problems = await checkLedger(database.executeSql);
    if (problems.length === 0) {
      const [t] = (await database.executeSql('SELECT count(*)::int AS n FROM ledger_transfers')).rows;
      process.stdout.write(`ledger OK (${String(t?.n ?? 0)} transfers): balanced, no case over its needs, every paid pledge posted\n`);
    } else {
      process.stdout.write(`ledger check found ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`check-ledger failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
}
