import { DomainError } from '../common/errors';

export interface UserErrorModel {
  field: string[];
  code: string;
  message: string;
  amount: bigint | null;
}

/** Categories a person can fix or wait out; they become `userErrors` rather than GraphQL errors. */
const USER_FIXABLE = new Set(['BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);

/**
 * Runs a mutation's work and shapes its payload: the result plus empty `userErrors`,
 * or, when the work refused the input, only `userErrors` (nothing was changed).
 * Access errors and faults stay GraphQL errors.
 */
export async function mutationPayload<T extends object>(work: () => Promise<T>): Promise<Partial<T> & { userErrors: UserErrorModel[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (err) {
    if (err instanceof DomainError && USER_FIXABLE.has(err.category)) {
      return { userErrors: [{ field: err.field ?? [], code: err.code, message: err.message, amount: err.amount }] } as Partial<T> & { userErrors: UserErrorModel[] };
    }
    throw err;
  }
}
