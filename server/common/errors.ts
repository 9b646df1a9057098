/**
 * Domain errors. Services throw these; exactly one place (graphql/format-error.ts)
 * turns them into GraphQL errors, and mutations turn `UserInputError`s into
 * `userErrors` entries. The message is for the person; `detail` is for the developer log.
 */
export type ErrorCategory = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly category: ErrorCategory,
    /** A stable, machine-readable code such as `INVALID_PASSWORD` or `REGION_NOT_FOUND`. */
    readonly code: string,
    message: string,
    /** Which input field the error concerns, as a path such as `input.name`. */
    readonly field: string[] | null = null,
    readonly detail?: string,
  ) {
    super(message);
  }

  /** The amount in fen the error is about (what remains, what is held), for clients to show in their own words. */
  amount: bigint | null = null;

  withAmount(amount: bigint): this {
    this.amount = amount;
    return this;
  }
}

export class UserInputError extends DomainError {
  constructor(code: string, message: string, field: string[] | null = null) {
    super('BAD_USER_INPUT', code, message, field);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, code = 'NOT_FOUND') {
    super('NOT_FOUND', code, `${what} was not found.`);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this.', code = 'UNAUTHENTICATED') {
    super('UNAUTHENTICATED', code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You may not do this.', code = 'FORBIDDEN') {
    super('FORBIDDEN', code, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, field: string[] | null = null) {
    super('CONFLICT', code, message, field);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string, readonly retryAfterSeconds: number, code = 'RATE_LIMITED') {
    super('RATE_LIMITED', code, message);
  }
}

/** HTTP status per category, used for errors raised outside GraphQL (uploads, webhooks). */
export const HTTP_STATUS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const satisfies Record<ErrorCategory, number>;
