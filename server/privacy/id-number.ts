import { UserInputError } from '../common/errors';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

function realDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Address codes a number may carry: the county code itself, or its prefecture (county codes change over time). */
export const addressCandidates = (id18: string): string[] => [id18.slice(0, 6), `${id18.slice(0, 4)}00`];

/**
 * Checks a 居民身份证 number (18 characters, or a 15-digit legacy number which is
 * upgraded to 18) and returns it normalised, upper-case X. `addressKnown` answers
 * whether an address code exists. Throws a typed input error saying what is wrong.
 */
export async function validateIdNumber(raw: string, field: string[], addressKnown: (codes: string[]) => Promise<boolean>, today = new Date()): Promise<string> {
  const v = raw.trim().toUpperCase();
  let id18: string;
  if (/^\d{15}$/.test(v)) {
    const first17 = `${v.slice(0, 6)}19${v.slice(6, 15)}`;
    id18 = first17 + idCheckCharacter(first17);
  } else if (/^\d{17}[\dX]$/.test(v)) {
    id18 = v;
    if (idCheckCharacter(v.slice(0, 17)) !== v[17]) {
      throw new UserInputError('ID_NUMBER_CHECK_FAILED', 'The check character (last character) of this ID number is wrong; please check the number.', field);
    }
  } else {
    throw new UserInputError('ID_NUMBER_MALFORMED', 'An ID number has 18 characters (17 digits and a digit or X), or 15 digits for an old card.', field);
  }
  const y = Number(id18.slice(6, 10));
  const m = Number(id18.slice(10, 12));
  const d = Number(id18.slice(12, 14));
  if (y < 1880 || !realDate(y, m, d) || Date.UTC(y, m - 1, d) > today.getTime()) {
    throw new UserInputError('ID_NUMBER_BAD_BIRTH_DATE', 'The birth date in this ID number is not a real date.', field);
  }
  if (!(await addressKnown(addressCandidates(id18)))) {
    throw new UserInputError('ID_NUMBER_UNKNOWN_ADDRESS', 'The address code (first six digits) of this ID number is not a known region.', field);
  }
  return id18;
}
