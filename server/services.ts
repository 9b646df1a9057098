import { AccountService } from './accounts/account.service';
import { SignInThrottle, type ThrottleSettings, DEFAULT_THROTTLE } from './auth/sign-in-throttle';
import type { Config } from './config';
import type { Database, Db } from './db/database';
import type { LiveHub } from './live/live-hub';
import { OrganizationService } from './organizations/organization.service';
import { FundingEngine } from './funding/funding-engine';
import { PaymentService } from './payments/payment.service';
import { PledgeService } from './pledges/pledge.service';
import { DisbursementService } from './disbursements/disbursement.service';
import { PoolService } from './pools/pool.service';
import { FundService } from './funds/fund.service';
import { SurplusService } from './surplus/surplus.service';
import { ReceiptService } from './receipts/receipt.service';

/** The services of one server process, shared by every request. */
export interface Services {
  db: Db;
  database: Database;
  live: LiveHub;
  accounts: AccountService;
  organizations: OrganizationService;
  funding: FundingEngine;
  payments: PaymentService;
  pledges: PledgeService;
  disbursements: DisbursementService;
  pools: PoolService;
  receipts: ReceiptService;
  funds: FundService;
  surplus: SurplusService;
}

export interface ServiceOptions {
  throttle?: ThrottleSettings;
}

export function createServices(config: Config, database: Database, live: LiveHub, options: ServiceOptions = {}): Services {
  const db = database.db;
  const accounts = new AccountService(db, new SignInThrottle(db, options.throttle ?? DEFAULT_THROTTLE), config.sessionTtlMs);
  const funding = new FundingEngine(db, live, { separateConnections: database.kind === 'postgres' });
  const payments = new PaymentService(db, funding, config);
  const pools = new PoolService(db, live);
  const receipts = new ReceiptService(db);
  const disbursements = new DisbursementService(db, live);
  // In the confirming transaction: the pledge's receipt, then a match from a pool in scope (with its own receipt).
  funding.hooks.confirmed = async (tx, c) => {
    await receipts.issue(tx, c.pledge.id);
    return pools.matchConfirmed(tx, c, (matchId) => receipts.issue(tx, matchId));
  };
  return {
    db,
    database,
    live,
    accounts,
    organizations: new OrganizationService(db, live),
    funding,
    payments,
    pledges: new PledgeService(db, funding, payments, config),
    disbursements,
    pools,
    receipts,
    funds: new FundService(db),
    surplus: new SurplusService(db, live, disbursements, receipts),
  };
}
