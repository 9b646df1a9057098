import crypto from 'node:crypto';

/** A new opaque bearer token: 32 random bytes, base64url. */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256. */
export const hashToken = (token: string): string => crypto.hash('sha256', token, 'hex');

/** Whether a string has the shape of a token we issue (43 base64url characters). */
export const isWellFormedToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
