/**
 * Region-dependent rules for funds and disbursement, in one object. Today every region uses
 * the defaults; a per-region settings table (the case desk's) can be routed in through
 * `FundSettingsSource` without touching the services that read it.
 */
export interface FundSettings {
  /** Disbursements above this many fen need a second, different approver (default ¥10,000). */
  secondApprovalAboveMinor: bigint;
  /** How long a donor has to answer a surplus question before their default applies (default 14 days). */
  surplusAnswerPeriodMs: number;
}

export const DEFAULT_FUND_SETTINGS: Readonly<FundSettings> = Object.freeze({
  secondApprovalAboveMinor: 1_000_000n,
  surplusAnswerPeriodMs: 14 * 24 * 3600_000,
});

/** Settings for a region (GB/T 2260 code). */
export type FundSettingsSource = (regionCode: string) => FundSettings | Promise<FundSettings>;

export const defaultFundSettings: FundSettingsSource = () => DEFAULT_FUND_SETTINGS;
