/**
 * Input and output shapes shared by ranking and allocation.
 *
 * The shapes are flat and close to database rows so that a service can map
 * its rows into them without reshaping. Money is always integer fen (Chinese
 * cents) held in a `number` that must be a safe integer.
 */

/** How urgent a verified case is, as set at intake or verification. */
export type Urgency = 'critical' | 'high' | 'normal' | 'low';

/** Every urgency level, most urgent first. */
export const URGENCIES: readonly Urgency[] = ['critical', 'high', 'normal', 'low'];

/**
 * The two national case types (民发〔2018〕23号): `sudden` is 急难型 (fire,
 * accident, a sudden serious illness), `expenditure` is 支出型 (medical or
 * education spending beyond what the household can bear).
 */
export type HardshipType = 'sudden' | 'expenditure';

/** Kinds of organisation or pool that can help a case. */
export type ResourceKind =
  | 'charity'
  | 'red_cross'
  | 'enterprise'
  | 'government'
  | 'relief_fund'
  | 'social_work_agency'
  | 'insurer'
  | 'mass_org'
  | 'enterprise_pool';

/** Every resource kind. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'charity',
  'red_cross',
  'enterprise',
  'government',
  'relief_fund',
  'social_work_agency',
  'insurer',
  'mass_org',
  'enterprise_pool',
];

/**
 * What a need asks for. `cash` and `medical_bill` are paid in money and draw on
 * a resource's budget; `in_kind` and `service` are delivered as goods or work
 * and carry an estimated value in fen.
 */
export type NeedKind = 'cash' | 'in_kind' | 'service' | 'medical_bill';

/** Every need kind. */
export const NEED_KINDS: readonly NeedKind[] = ['cash', 'in_kind', 'service', 'medical_bill'];

/** True for the need kinds that are paid in money and so draw on a budget. */
export function isCashLike(kind: NeedKind): boolean {
  return kind === 'cash' || kind === 'medical_bill';
}

/** One open need item of a case. */
export interface MatchNeed {
  /** Need id (a `case_needs` row). */
  id: string;
  /** What is needed. */
  kind: NeedKind;
  /** Amount still uncovered, integer fen (need − covered so far − aid already given). */
  remaining: number;
}

/** A verified case as the matcher sees it: no personal data, only what matching uses. */
export interface MatchCase {
  /** Case id. */
  id: string;
  /** GB/T 2260 code where the case is handled: a 6-digit county code or a 9-digit township code. */
  regionCode: string;
  /** Case category (for example `medical`, `fire`, `traffic_accident`, `vagrancy`). */
  category: string;
  /** 急难型 or 支出型. */
  hardshipType: HardshipType;
  /** Urgency set at verification. */
  urgency: Urgency;
  /** Hours the case has waited since it was published to matching (an input; the library reads no clock). */
  waitedHours: number;
  /** Languages the beneficiary uses, preferred first, as ISO 639-1 codes (`zh`, `bo` for Tibetan, ...). Empty means no requirement. */
  languages: readonly string[];
  /** Open needs. Needs with `remaining` ≤ 0 are ignored. */
  needs: readonly MatchNeed[];
  /** Ids of resources that declined this case; they are never proposed again. */
  declinedBy: readonly string[];
  /**
   * Ids of government-programme resources the person is eligible for. When
   * given, government resources not listed are excluded and listed ones are
   * ranked first (R4, R11). When absent, eligibility is unknown and government
   * resources are ranked with everyone else.
   */
  eligibleProgrammes?: readonly string[];
}

/** Response record of a resource, from its claim history. */
export interface ResponseRecord {
  /** Share of cases offered to it that it claimed, 0..1. */
  claimRate: number;
  /** Median hours from offer to claim, or null when it has no history. */
  medianResponseHours: number | null;
}

/** An organisation, pool, fund or programme that can help cases. */
export interface MatchResource {
  /** Resource id (an `organizations` or `matching_pools` row). Ids are unique within one call. */
  id: string;
  /** Kind of organisation. */
  kind: ResourceKind;
  /** GB/T 2260 code of where the resource sits (any level). Drives region closeness. */
  homeRegion: string;
  /** Regions it serves, any level: `630000` serves all of Qinghai, `632623` one county, `000000` the whole country. */
  serviceRegions: readonly string[];
  /** 对口援助 / 同舟工程 regions it is paired with; it serves them and counts as near to them. */
  pairingRegions: readonly string[];
  /** Focus categories; empty means it takes every category. */
  categories: readonly string[];
  /** Need kinds it can meet; absent means every kind. */
  needKinds?: readonly NeedKind[];
  /** Number of further cases it can take. */
  capacityLeft: number;
  /** Money it can still give, integer fen. */
  budgetLeft: number;
  /** For government programmes: the most one case can receive (an assistance standard), integer fen. Absent means no per-case cap. */
  maxPerCase?: number;
  /** Claim history. */
  responseRecord: ResponseRecord;
  /** Languages its staff or volunteers use (ISO 639-1). */
  languages: readonly string[];
}
