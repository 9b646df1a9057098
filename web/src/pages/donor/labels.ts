import { hasKey, type Translate } from '../../i18n/i18n';

/** The translated label for an API value under `prefix`, or the value itself when there is no translation. */
export function label(t: Translate, prefix: string, value: string | null | undefined): string {
  return value ? labelOr(t, prefix, value, value) : '';
}

/** The translated label for an API value under `prefix`, or the server's own label (region-defined values have no translation here). */
export function labelOr(t: Translate, prefix: string, value: string, fallback: string): string {
  const key = `${prefix}.${value}`;
  return hasKey(key) ? t(key) : fallback;
}
