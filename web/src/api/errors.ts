import { hasKey, type Translate } from '../i18n/i18n';
import { ApiError, type UserError } from './client';

/**
 * The text a person sees for an error. Server codes are looked up in the translation
 * files (`error.reason.<code>`, then `error.code.<category>`); a userError whose code has
 * no translation shows the server's own plain-words message.
 */
export function describeError(t: Translate, err: unknown): string {
  if (err instanceof ApiError) {
    const reasonKey = `error.reason.${err.reason ?? ''}`;
    if (err.reason && hasKey(reasonKey)) return t(reasonKey);
    const codeKey = `error.code.${err.code}`;
    if (hasKey(codeKey)) return t(codeKey);
    if (err.code.startsWith('HTTP_')) return t('error.code.HTTP', { status: err.code.slice(5) });
  }
  return t('error.code.UNKNOWN');
}

/**
 * A userError about an amount (what remains, what is held) worded by the page in its own language,
 * with the amount the server sends beside the code; any other userError is returned as it is.
 */
export function withAmountText(e: UserError, texts: Partial<Record<string, (fen: string) => string>>): UserError {
  const text = texts[e.code];
  return text && e.amount != null ? { ...e, code: `CLIENT_${e.code}`, message: text(e.amount) } : e;
}

export function describeUserError(t: Translate, e: UserError): string {
  const key = `error.reason.${e.code}`;
  return hasKey(key) ? t(key) : e.message;
}
