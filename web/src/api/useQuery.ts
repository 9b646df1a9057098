import { useCallback, useEffect, useRef, useState } from 'react';
import { request, type Operation } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Runs a query when mounted and whenever its variables change (compared as JSON). Pass `skip` to wait. */
export function useQuery<TData, TVars extends Record<string, unknown> | undefined>(
  operation: Operation<TData, TVars>,
  variables: TVars,
  { skip = false } = {},
): QueryState<TData> {
  const [state, setState] = useState<{ data: TData | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: !skip });
  const key = JSON.stringify(variables ?? null);
  const seq = useRef(0);
  const vars = useRef(variables);
  vars.current = variables;

  const run = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    try {
      // The variables' type matches the operation; the spread form of `request` cannot see that through a generic.
      const data = await (request as (o: Operation<TData, TVars>, v: TVars) => Promise<TData>)(operation, vars.current);
      if (mine === seq.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (mine === seq.current) setState({ data: undefined, error, loading: false });
    }
  }, [operation]);

  useEffect(() => {
    if (skip) return;
    void run();
  }, [run, key, skip]);

  return { ...state, reload: run };
}
