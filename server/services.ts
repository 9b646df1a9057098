import { AccountService } from './accounts/account.service';
import { SignInThrottle, type ThrottleSettings, DEFAULT_THROTTLE } from './auth/sign-in-throttle';
import type { Config } from './config';
import type { Database, Db } from './db/database';
import type { LiveHub } from './live/live-hub';
import { ClaimService } from './claims/claim.service';
import { MatchingService } from './matching/matching.service';
import { defaultMatchingSettings, type MatchingSettingsSource } from './matching/matching.settings';
import { OrganizationService } from './organizations/organization.service';

/** The services of one server process, shared by every request. */
export interface Services {
  db: Db;
  database: Database;
  live: LiveHub;
  accounts: AccountService;
  organizations: OrganizationService;
  claims: ClaimService;
  matching: MatchingService;
}

export interface ServiceOptions {
  throttle?: ThrottleSettings;
  /** Matching, claim and escalation settings per region; defaults until the case desk's region settings take over. */
  matchingSettings?: MatchingSettingsSource;
}

export function createServices(config: Config, database: Database, live: LiveHub, options: ServiceOptions = {}): Services {
  const db = database.db;
  const accounts = new AccountService(db, new SignInThrottle(db, options.throttle ?? DEFAULT_THROTTLE), config.sessionTtlMs);
  const matchingSettings = options.matchingSettings ?? defaultMatchingSettings;
  const claims = new ClaimService(db, live, matchingSettings);
  const matching = new MatchingService(db, live, matchingSettings);
  // A claim made, released or expired changes what remains: the case is matched again.
  claims.onNeedsChanged(async (caseId, now) => {
    await matching.rematchCase(caseId, now);
  });
  return {
    db,
    database,
    live,
    accounts,
    organizations: new OrganizationService(db, live),
    claims,
    matching,
  };
}
