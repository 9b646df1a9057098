import { useState } from 'react';
import type { UserError } from './client';

/**
 * A form's sending state: `send(action)` clears what the last try showed, marks the form busy,
 * runs the action and keeps what it answered — the user errors it returns, or the error it threw.
 * The action returns the user errors to show (none: it succeeded, and it has done what follows).
 * `refuse` shows errors found before sending (a field the person must fix first).
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const send = async (action: () => Promise<readonly UserError[]>): Promise<void> => {
    setError(null);
    setUserErrors([]);
    setBusy(true);
    try {
      setUserErrors([...(await action())]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const refuse = (errors: UserError[]) => {
    setError(null);
    setUserErrors(errors);
  };
  return { busy, error, userErrors, send, refuse };
}
