/**
 * A small typed GraphQL client over fetch: `POST /graphql` with the bearer token
 * kept in localStorage. GraphQL errors become `ApiError`s carrying `extensions.code`
 * (and the server's `reason`); mutation `userErrors` are returned as data for forms.
 */

export interface UserError {
  field: string[];
  code: string;
  message: string;
  /** The amount in fen the error is about (what remains, what is held), when there is one. */
  amount?: string | null;
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; field?: string[]; retryAfterSeconds?: number };
}

/** A typed operation: the document plus phantom types for its variables and result. */
export interface Operation<TData, TVars extends Record<string, unknown> | undefined = undefined> {
  readonly name: string;
  readonly document: string;
  /** Type-only marker; never set. */
  readonly __types?: { data: TData; vars: TVars };
}

export function op<TData, TVars extends Record<string, unknown> | undefined = undefined>(name: string, document: string): Operation<TData, TVars> {
  return { name, document };
}

/** An error the person should see: `code` is the GraphQL `extensions.code` (or NETWORK / HTTP_<status>), `reason` the server's finer code. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    readonly reason: string | null,
    message: string,
    readonly errors: GraphQLErrorShape[] = [],
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'jjn.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

type UnauthenticatedListener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called whenever the server rejects the session (expired, revoked, malformed); the session layer signs out. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type VarsArg<TVars> = TVars extends undefined ? [variables?: undefined] : [variables: TVars];

/** Sends one operation. Resolves with `data`; rejects with an `ApiError` on any GraphQL, HTTP or network error. */
export async function request<TData, TVars extends Record<string, unknown> | undefined>(
  operation: Operation<TData, TVars>,
  ...[variables]: VarsArg<TVars>
): Promise<TData> {
  const token = tokenStore.get();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ operationName: operation.name, query: operation.document, variables: variables ?? {} }),
    });
  } catch (err) {
    throw new ApiError('NETWORK', null, (err as Error).message);
  }
  let body: { data?: TData | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP_${res.status}`, null, res.statusText);
  }
  const first = body.errors?.[0];
  if (first) {
    const error = new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.reason ?? null, first.message, body.errors);
    if (error.code === 'UNAUTHENTICATED' && token) for (const l of unauthenticatedListeners) l(error);
    throw error;
  }
  if (!body.data) throw new ApiError(`HTTP_${res.status}`, null, res.statusText);
  return body.data;
}

const HTTP_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 429: 'RATE_LIMITED' };

/**
 * Fetches a file the server guards with the session (e.g. `/receipts/<pledge id>.html`), sending the
 * same bearer token as `request`: a plain link cannot. Resolves with the body; rejects with an `ApiError`
 * whose `code` follows the HTTP status and whose `reason` is the server's `{ error: { code } }`.
 */
export async function fetchWithSession(path: string): Promise<Blob> {
  const token = tokenStore.get();
  let res: Response;
  try {
    res = await fetch(path, { cache: 'no-store', headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (err) {
    throw new ApiError('NETWORK', null, (err as Error).message);
  }
  if (res.ok) return res.blob();
  let reason: string | null = null;
  let message = res.statusText;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    reason = body.error?.code ?? null;
    message = body.error?.message ?? message;
  } catch {
    // Not JSON: the status says enough.
  }
  const error = new ApiError(HTTP_CODES[res.status] ?? `HTTP_${res.status}`, reason, message);
  if (error.code === 'UNAUTHENTICATED' && token) for (const l of unauthenticatedListeners) l(error);
  throw error;
}

/** Groups userErrors by their input field (the last path segment; `_form` for the whole input). */
export function errorsByField(errors: readonly UserError[]): Record<string, UserError[]> {
  const out: Record<string, UserError[]> = {};
  for (const e of errors) {
    const key = e.field.length > 0 ? (e.field[e.field.length - 1] ?? '_form') : '_form';
    (out[key] ??= []).push(e);
  }
  return out;
}

/** Decodes an opaque global ID into its local ID. Only the live channel needs this: its rooms are named by local IDs. */
export function localIdOf(globalId: string): string | null {
  try {
    const b64 = globalId.replace(/-/g, '+').replace(/_/g, '/');
    const decoded = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const sep = decoded.indexOf(':');
    return sep > 0 ? decoded.slice(sep + 1) : null;
  } catch {
    return null;
  }
}

/**
 * The global ID of an object the live channel names by its local ID (e.g. a claim in `claim.changed`), so the
 * page can ask for it; the inverse of `localIdOf`.
 */
export function globalIdOf(type: string, localId: string): string {
  return btoa(`${type}:${localId}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
