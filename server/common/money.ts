import { UserInputError } from './errors';

/**
 * Money is integer minor units (fen) end to end. The API carries amounts as
 * strings of digits (GraphQL Int is 32-bit), the database as bigint, the code as bigint.
 */
export type Fen = bigint;

export const MAX_FEN = 10n ** 15n;

/** Parses a client-supplied amount in fen; rejects fractions, signs, exponents and absurd sizes. */
export function parseFen(value: string, field: string[], { allowZero = false } = {}): Fen {
  if (!/^\d{1,16}$/.test(value)) {
    throw new UserInputError('INVALID_AMOUNT', 'Amounts are whole numbers of fen (1 yuan = 100 fen), without signs or decimals.', field);
  }
  const fen = BigInt(value);
  if (fen > MAX_FEN) throw new UserInputError('AMOUNT_TOO_LARGE', 'This amount is too large.', field);
  if (!allowZero && fen === 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The amount must be more than zero.', field);
  return fen;
}

export const formatFen = (fen: Fen): string => fen.toString();

/** Human formatting at the edge only: ¥1,234.56 */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}
