import { UserInputError } from './errors';

/** Trims and checks a required text field's length. */
export function requiredText(value: string, field: string[], { min = 1, max = 200, label = 'This field' } = {}): string {
  const v = value.trim();
  if (v.length < min) throw new UserInputError(`${field.at(-1)?.toUpperCase() ?? 'FIELD'}_REQUIRED`, `${label} must not be empty.`, field);
  if (v.length > max) throw new UserInputError(`${field.at(-1)?.toUpperCase() ?? 'FIELD'}_TOO_LONG`, `${label} must be at most ${max} characters.`, field);
  return v;
}

/** Checks an optional text field's length; returns undefined when it was not given. */
export function optionalText(value: string | null | undefined, field: string[], { max = 4000, label = 'This field' } = {}): string | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v.length > max) throw new UserInputError(`${field.at(-1)?.toUpperCase() ?? 'FIELD'}_TOO_LONG`, `${label} must be at most ${max} characters.`, field);
  return v;
}

/** Checks a whole number lies in [min, max]. */
export function intInRange(value: number, field: string[], min: number, max: number, label = 'This number'): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const code = value < min ? 'VALUE_TOO_SMALL' : 'VALUE_TOO_LARGE';
    throw new UserInputError(code, `${label} must be a whole number from ${min} to ${max}.`, field);
  }
  return value;
}

/** Checks a non-negative bigint amount. */
export function nonNegativeFen(value: bigint, field: string[], label = 'The amount'): bigint {
  if (value < 0n) throw new UserInputError('AMOUNT_NEGATIVE', `${label} must not be negative.`, field);
  return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function email(value: string, field: string[]): string {
  const v = value.trim().toLowerCase();
  if (v.length > 254 || !EMAIL.test(v)) throw new UserInputError('INVALID_EMAIL', 'This is not a valid email address.', field);
  return v;
}

/** A list of short tags (categories, languages): trimmed, deduplicated, bounded. */
export function tags(values: readonly string[], field: string[], { maxItems = 50, maxLength = 40, pattern = /^[a-z0-9_-]+$/i } = {}): string[] {
  if (values.length > maxItems) throw new UserInputError('TOO_MANY_ITEMS', `At most ${maxItems} items.`, field);
  const out = [...new Set(values.map((v) => v.trim()))];
  for (const v of out) {
    if (v.length === 0 || v.length > maxLength || !pattern.test(v)) {
      throw new UserInputError('INVALID_TAG', `"${v.slice(0, 40)}" is not a valid value here.`, field);
    }
  }
  return out;
}
