/**
 * GB/T 2260 region arithmetic, derived from the codes alone.
 *
 * A 6-digit code `PPCCDD` names a province when `CCDD` is `0000`, a prefecture
 * when `DD` is `00`, and a county otherwise; a 9-digit code is a township whose
 * county is its first 6 digits. `000000` is accepted as "the whole country".
 * The number of leading digits that identify a region (0, 2, 4, 6 or 9) is its
 * *significant length*; region A lies under region B when B's significant
 * prefix is a prefix of A and B is not more specific than A.
 *
 * These functions compare character codes instead of slicing strings so that
 * the ranking hot path allocates nothing.
 */

/** Administrative level of a region code. */
export type RegionLevel = 'country' | 'province' | 'prefecture' | 'county' | 'township';

const ZERO = 48;
const NINE = 57;

function isDigits(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/** True when `code` has the shape of a GB/T 2260 code: 6 digits (any level) or 9 digits (township). */
export function isRegionCode(code: string): boolean {
  return (code.length === 6 || code.length === 9) && isDigits(code);
}

/**
 * Significant length of a region code: 0 for `000000`, 2 for a province, 4 for
 * a prefecture, 6 for a county, 9 for a township; -1 when the code is malformed
 * (a malformed code covers nothing and is under nothing).
 */
export function significantLength(code: string): number {
  if (code.length === 9) return isDigits(code) ? 9 : -1;
  if (code.length !== 6 || !isDigits(code)) return -1;
  if (code.charCodeAt(4) !== ZERO || code.charCodeAt(5) !== ZERO) return 6;
  if (code.charCodeAt(2) !== ZERO || code.charCodeAt(3) !== ZERO) return 4;
  if (code.charCodeAt(0) !== ZERO || code.charCodeAt(1) !== ZERO) return 2;
  return 0;
}

/** Administrative level of a code, or null when it is malformed. */
export function regionLevel(code: string): RegionLevel | null {
  switch (significantLength(code)) {
    case 0:
      return 'country';
    case 2:
      return 'province';
    case 4:
      return 'prefecture';
    case 6:
      return 'county';
    case 9:
      return 'township';
    default:
      return null;
  }
}

/** Province code of a region (`632623` → `630000`), or null when malformed or the whole country. */
export function provinceOf(code: string): string | null {
  return significantLength(code) >= 2 ? `${code.slice(0, 2)}0000` : null;
}

/** Prefecture code of a region (`632623` → `632600`), or null when the region is above prefecture level. */
export function prefectureOf(code: string): string | null {
  return significantLength(code) >= 4 ? `${code.slice(0, 4)}00` : null;
}

/** County code of a region (`632623101` → `632623`), or null when the region is above county level. */
export function countyOf(code: string): string | null {
  return significantLength(code) >= 6 ? code.slice(0, 6) : null;
}

/** Number of equal leading characters of `a` and `b`, looking at no more than `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * True when `region` covers `target`: `target` is `region` or lies under it.
 * `targetLength` is `significantLength(target)`, passed in so callers that test
 * many regions against one target compute it once.
 */
export function coversWithLength(region: string, target: string, targetLength: number): boolean {
  const len = significantLength(region);
  if (len < 0 || targetLength < 0 || len > targetLength) return false;
  return commonPrefix(region, target, len) === len;
}

/** True when `region` covers `target` (equal, or `target` lies under `region`). */
export function covers(region: string, target: string): boolean {
  return coversWithLength(region, target, significantLength(target));
}

/** True when any of `regions` covers `target`; `targetLength` as in {@link coversWithLength}. */
export function anyCovers(regions: readonly string[], target: string, targetLength: number): boolean {
  for (let i = 0; i < regions.length; i++) {
    if (coversWithLength(regions[i] as string, target, targetLength)) return true;
  }
  return false;
}

/**
 * How close a resource's home is to a case, from the administrative units they
 * share: `township` (same township), `county`, `prefecture`, `province` or
 * `outside`. `pairing` is used when the resource reaches the case through a
 * pairing region (对口援助 / 同舟工程), which counts as near.
 */
export type Closeness = 'township' | 'county' | 'pairing' | 'prefecture' | 'province' | 'outside';

/** Every closeness level, nearest first under the default weights. */
export const CLOSENESS_LEVELS: readonly Closeness[] = [
  'township',
  'county',
  'pairing',
  'prefecture',
  'province',
  'outside',
];

/**
 * Closeness of a resource's home region to a case's region, ignoring pairing.
 * A home at prefecture level shares at most the prefecture with a case, so an
 * organisation registered at `632600` is `prefecture`-close to every Golog case.
 * `targetLength` is `significantLength(target)`.
 */
export function homeCloseness(home: string, target: string, targetLength: number): Closeness {
  const homeLength = significantLength(home);
  if (homeLength <= 0 || targetLength <= 0) return 'outside';
  const shared = Math.min(homeLength, targetLength);
  const common = commonPrefix(home, target, shared);
  if (common >= 9) return 'township';
  if (common >= 6) return 'county';
  if (common >= 4) return 'prefecture';
  if (common >= 2) return 'province';
  return 'outside';
}
