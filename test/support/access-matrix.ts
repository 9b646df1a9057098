import type { Role } from '../../server/accounts/account.table';
import type { GraphQLResponse, TestApp } from './app';
import { createUser } from './factories';

/** The callers every operation is tried as. `org_*` belong to the organisation under test; `*_elsewhere` work in another region. */
export const MATRIX_ACTORS = [
  'anonymous',
  'donor',
  'reporter',
  'social_worker',
  'caseworker',
  'approver',
  'auditor',
  'admin',
  'org_member',
  'org_admin',
  'approver_elsewhere',
  'admin_elsewhere',
  'org_admin_other',
] as const;
export type MatrixActor = (typeof MATRIX_ACTORS)[number];

export type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT';

/** The region under test (Gadê) and the region "elsewhere" (Haidong). */
export const HOME = { county: '632623', prefecture: '632600', province: '630000' };
export const ELSEWHERE = '630200';

/** Creates the caller; `orgId` is the organisation under test, `otherOrgId` another one. */
export async function matrixToken(app: TestApp, actor: MatrixActor, orgId: string, otherOrgId: string): Promise<string | null> {
  const staff = (role: Role, region: string) => createUser(app.services.db, [{ role, region }]);
  switch (actor) {
    case 'anonymous':
      return null;
    case 'donor':
      return (await createUser(app.services.db, [{ role: 'donor' }])).token;
    case 'reporter':
    case 'social_worker':
    case 'caseworker':
      return (await staff(actor, HOME.county)).token;
    case 'approver':
      return (await staff('approver', HOME.prefecture)).token;
    case 'auditor':
    case 'admin':
      return (await staff(actor, HOME.province)).token;
    case 'org_member':
    case 'org_admin':
      return (await createUser(app.services.db, [{ role: actor, organizationId: orgId }])).token;
    case 'approver_elsewhere':
      return (await staff('approver', ELSEWHERE)).token;
    case 'admin_elsewhere':
      return (await staff('admin', ELSEWHERE)).token;
    case 'org_admin_other':
      return (await createUser(app.services.db, [{ role: 'org_admin', organizationId: otherOrgId }])).token;
  }
}

/** What a response means for access: the first error's code, or ok. */
export function outcomeOf(res: GraphQLResponse): Outcome {
  const code = res.errors?.[0]?.extensions?.code;
  if (!code) return 'ok';
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return code;
  throw new Error(`unexpected error: ${JSON.stringify(res.errors)}`);
}

/** Shorthand: every actor gets `fallback` except those listed. */
export function expectAll(fallback: Outcome, except: Partial<Record<MatrixActor, Outcome>> = {}): Record<MatrixActor, Outcome> {
  return Object.fromEntries(MATRIX_ACTORS.map((a) => [a, except[a] ?? fallback])) as Record<MatrixActor, Outcome>;
}
