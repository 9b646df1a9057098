import { AccountService } from './accounts/account.service';
import { SessionCache } from './accounts/session-cache';
import { SignInThrottle, type ThrottleSettings, DEFAULT_THROTTLE } from './auth/sign-in-throttle';
import type { Config } from './config';
import type { Database, Db } from './db/database';
import type { LiveHub } from './live/live-hub';
import { ClaimService } from './claims/claim.service';
import { MatchingService } from './matching/matching.service';
import { defaultMatchingSettings, type MatchingSettingsSource } from './matching/matching.settings';
import { OrganizationService } from './organizations/organization.service';
import path from 'node:path';
import type { Logger } from 'pino';
import { AuditReadService } from './audit/audit.read';
import { BeneficiaryService } from './beneficiaries/beneficiary.service';
import { AlarmService } from './cases/alarm.service';
import { CaseService } from './cases/case.service';
import { EvidenceService } from './evidence/evidence.service';
import { loadPiiKey, PiiCipher } from './privacy/pii';
import { ReferralService } from './referrals/referral.service';
import { Scheduler } from './scheduler/scheduler';
import { SettingsService } from './settings/settings.service';
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
  sessionCache: SessionCache;
  organizations: OrganizationService;
  settings: SettingsService;
  scheduler: Scheduler;
  beneficiaries: BeneficiaryService;
  alarms: AlarmService;
  cases: CaseService;
  referrals: ReferralService;
  evidence: EvidenceService;
  auditLog: AuditReadService;
  funding: FundingEngine;
  payments: PaymentService;
  pledges: PledgeService;
  disbursements: DisbursementService;
  pools: PoolService;
  receipts: ReceiptService;
  funds: FundService;
  surplus: SurplusService;
  claims: ClaimService;
  matching: MatchingService;
}

export interface ServiceOptions {
  throttle?: ThrottleSettings;
  /** The case desk's clock (tests may fix it). */
  clock?: () => Date;
  /** Where background work (the deadline scheduler) logs its failures. */
  logger?: Logger;
  /** Matching, claim and escalation settings per region (the defaults for every region when not given). */
  matchingSettings?: MatchingSettingsSource;
}

export function createServices(config: Config, database: Database, live: LiveHub, options: ServiceOptions = {}): Services {
  const db = database.db;
  const sessionCache = new SessionCache(config.sessionCacheMs);
  const accounts = new AccountService(db, new SignInThrottle(db, options.throttle ?? DEFAULT_THROTTLE), config.sessionTtlMs, sessionCache);
  const clock = options.clock ?? (() => new Date());
  const settings = new SettingsService(db);
  const scheduler = new Scheduler(db, options.logger, clock);
  const beneficiaries = new BeneficiaryService(new PiiCipher(loadPiiKey(config.piiKeyHex, config.dataDir)));
  const alarms = new AlarmService(db, live);
  const cases = new CaseService(db, live, beneficiaries, settings, scheduler, alarms, { publicReportsPerHour: config.publicReportsPerHour, clock });
  const referrals = new ReferralService(db, live, cases, beneficiaries, settings, scheduler, alarms, clock);
  const funding = new FundingEngine(db, live, { separateConnections: database.kind === 'postgres', logger: options.logger });
  const payments = new PaymentService(db, funding, config);
  const pools = new PoolService(db, live);
  const receipts = new ReceiptService(db);
  const disbursements = new DisbursementService(db, live);
  // In the confirming transaction: the pledges' receipts, then matches from pools in scope (with their own receipts).
  funding.hooks.confirmed = async (tx, c) => {
    await receipts.issueAll(tx, c.pledges.map((p) => p.id));
    return c.room === null ? 0n : pools.matchConfirmed(tx, { ...c, room: c.room }, (matchIds) => receipts.issueAll(tx, matchIds));
  };
  funding.hooks.drawsMore = async (tx, caseId) => ((await pools.inScope(tx, caseId))?.poolIds.length ?? 0) > 0;
  const matchingSettings = options.matchingSettings ?? defaultMatchingSettings;
  const claims = new ClaimService(db, live, matchingSettings);
  const matching = new MatchingService(db, live, matchingSettings);
  // A verified case is matched at once to the organisations best placed to help.
  cases.onVerified((caseId) => matching.onCaseVerified(caseId));
  // A claim made, released or expired changes what remains: the case is matched again.
  claims.onNeedsChanged(async (caseId, now) => {
    await matching.rematchCase(caseId, now);
  });
  return {
    db,
    database,
    live,
    accounts,
    organizations: new OrganizationService(db, live, sessionCache),
    sessionCache,
    settings,
    scheduler,
    beneficiaries,
    alarms,
    cases,
    referrals,
    evidence: new EvidenceService(db, cases, settings, path.join(config.dataDir, 'evidence'), config.evidenceMaxBytes),
    auditLog: new AuditReadService(db),
    funding,
    payments,
    pledges: new PledgeService(db, funding, payments, config),
    disbursements,
    pools,
    receipts,
    funds: new FundService(db),
    surplus: new SurplusService(db, live, disbursements, receipts, payments),
    claims,
    matching,
  };
}
