import type { UserError } from '../../api/client';
import { withAmountText } from '../../api/errors';
import { formatFen } from '../../format/money';
import { hasKey, type Translate } from '../../i18n/i18n';

export const money = (fen: string) => formatFen(fen) ?? fen;

/**
 * A userError of the inbox in the page's language: codes the shared error texts do not know are worded from
 * `inbox.error.<CODE>`; an amount the server sends beside a code is shown in its own words.
 */
export function inboxUserError(t: Translate, e: UserError): UserError {
  const withAmount = withAmountText(e, {
    AMOUNT_EXCEEDS_REMAINING: (fen) => t('inbox.error.exceedsRemainingAmount', { remaining: money(fen) }),
    AMOUNT_EXCEEDS_CLAIM: (fen) => t('inbox.error.exceedsClaimAmount', { rest: money(fen) }),
  });
  if (withAmount !== e || hasKey(`error.reason.${e.code}`)) return withAmount;
  const key = `inbox.error.${e.code}`;
  return hasKey(key) ? { ...e, code: `CLIENT_INBOX_${e.code}`, message: t(key) } : e;
}

/** The input field a userError is about: `needIds` for any of the listed needs, `_form` for the whole input. */
export function fieldOf(e: UserError): string {
  if (e.field.includes('needIds')) return 'needIds';
  return e.field[e.field.length - 1] ?? '_form';
}

/** userErrors by field, as `fieldOf` places them. */
export function byField(errors: readonly UserError[]): Record<string, UserError[]> {
  const out: Record<string, UserError[]> = {};
  for (const e of errors) (out[fieldOf(e)] ??= []).push(e);
  return out;
}

/** A client-side refusal shown like a server one, next to its field. */
export const clientError = (field: string, message: string): UserError => ({ field: ['input', field], code: 'CLIENT_INBOX', message });
