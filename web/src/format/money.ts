/**
 * Money on the wire is the `Fen` scalar: a string of digits (1 yuan = 100 fen).
 * Everything here works on strings and bigint; no floats touch an amount.
 */

const FEN = /^-?\d+$/;

/** Groups the digits of a non-negative integer string in threes: "1234567" → "1,234,567". */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats fen as yuan with a currency sign: "123456" → "¥1,234.56". Returns null for anything that is not whole fen. */
export function formatFen(fen: string | bigint, currency = 'CNY'): string | null {
  const s = typeof fen === 'bigint' ? fen.toString() : fen.trim();
  if (!FEN.test(s)) return null;
  const negative = s.startsWith('-');
  const abs = BigInt(negative ? s.slice(1) : s);
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  const sign = currency === 'CNY' ? '¥' : `${currency} `;
  return `${negative && abs !== 0n ? '-' : ''}${sign}${group(yuan.toString())}.${cents}`;
}

/**
 * Reads an amount typed in yuan ("1234", "1,234.5", "0.05") into a fen string.
 * Returns null when it is not a non-negative amount with at most two decimals.
 */
export function parseYuanToFen(input: string): string | null {
  const s = input.trim().replace(/[,\uFF0C\s]/g, '').replace(/^[\u00A5\uFFE5]/, '');
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const whole = BigInt(m[1] ?? '0');
  const cents = BigInt((m[2] ?? '').padEnd(2, '0'));
  return (whole * 100n + cents).toString();
}
