import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageInfo } from './donor';

/** A page of a connection as the API answers it. */
export interface Paged<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A list read page by page. It loads from the start whenever `fetchPage` changes (make it with
 * useCallback over the filters), `more()` appends the next page, and `reload()` reads again from the
 * start as many items as are on screen, so a live change keeps the person's place. An answer that
 * comes back after a newer load is dropped.
 */
export function usePagedList<T extends { id: string }>(fetchPage: (first: number, after: string | null) => Promise<Paged<T>>, pageSize = 20, maxPage = 100) {
  const [items, setItems] = useState<T[]>([]);
  const [page, setPage] = useState<(PageInfo & { totalCount: number }) | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const shown = useRef(0);
  shown.current = items.length;

  const run = useCallback(
    async (after: string | null, keep: boolean) => {
      const mine = ++seq.current;
      setLoading(true);
      try {
        const first = after ? pageSize : keep ? Math.min(maxPage, Math.max(pageSize, shown.current)) : pageSize;
        const got = await fetchPage(first, after);
        if (mine !== seq.current) return;
        setItems((prev) => (after ? [...prev, ...got.nodes.filter((n) => !prev.some((p) => p.id === n.id))] : got.nodes));
        setPage({ ...got.pageInfo, totalCount: got.totalCount });
        setError(null);
      } catch (err) {
        if (mine === seq.current) setError(err);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [fetchPage, pageSize, maxPage],
  );

  useEffect(() => {
    void run(null, false);
  }, [run]);

  const reload = useCallback(() => run(null, true), [run]);
  const more = useCallback(() => (page?.endCursor ? run(page.endCursor, false) : Promise.resolve()), [run, page]);
  return { items, setItems, page, loading, error, reload, more };
}
