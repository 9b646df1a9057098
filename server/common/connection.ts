import { UserInputError } from './errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<K> {
  limit: number;
  after: K | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** Checks `first` and decodes `after` into the key the query continues from. */
export function readPage<K>(args: PageArgs, isKey: (v: unknown) => v is K): Page<K> {
  const limit = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new UserInputError('INVALID_PAGE_SIZE', `first must be from 1 to ${MAX_PAGE}.`, ['first']);
  }
  if (args.after === null || args.after === undefined) return { limit, after: null };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!isKey(decoded)) throw new UserInputError('INVALID_CURSOR', 'The cursor is not valid; start from the first page.', ['after']);
  return { limit, after: decoded };
}

export const encodeCursor = (key: unknown): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<T, K>(rows: T[], page: Page<K>, keyOf: (row: T) => K, totalCount: number): Connection<T> {
  const hasNextPage = rows.length > page.limit;
  const nodes = hasNextPage ? rows.slice(0, page.limit) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A cursor key of (ISO timestamp, id), the usual keyset for "newest first" lists. */
export type TimeIdKey = [string, string];
export const isTimeIdKey = (v: unknown): v is TimeIdKey =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/.test(v[1]);
