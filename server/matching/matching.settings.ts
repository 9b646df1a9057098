import type { Urgency } from '../cases/case.table';

/**
 * Matching, claim and escalation settings. The defaults here hold for every region; a
 * `MatchingSettingsSource` given to the services may answer per region instead.
 */
export interface MatchingSettings {
  /** How many organisations a case is matched to (the top K). */
  topK: number;
  /** Hours a claim may go without progress before it expires and is released. */
  claimDeadlineHours: number;
  /** Hours an unclaimed, unfunded need may wait in one cascade tier before the case widens to the next. */
  escalationHours: Record<Urgency, number>;
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = Object.freeze({
  topK: 10,
  claimDeadlineHours: 72,
  escalationHours: Object.freeze({ critical: 24, high: 72, normal: 7 * 24, low: 14 * 24 }),
});

/** Settings that apply to cases of a region (GB/T 2260 code). */
export type MatchingSettingsSource = (regionCode: string) => MatchingSettings | Promise<MatchingSettings>;

export const defaultMatchingSettings: MatchingSettingsSource = () => DEFAULT_MATCHING_SETTINGS;

export const HOUR_MS = 3_600_000;
