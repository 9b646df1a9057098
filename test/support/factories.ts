import crypto from 'node:crypto';
import { memberships, users, type Role } from '../../server/accounts/account.table';
import { hashPassword } from '../../server/auth/password';
import { sessions } from '../../server/accounts/account.table';
import { hashToken, newToken } from '../../server/auth/token';
import type { Db } from '../../server/db/database';
import { organizations, type OrganizationKind } from '../../server/organizations/organization.table';
import type { OrganizationRecord } from '../../server/organizations/organization.model';
import { toGlobalId } from '../../server/common/ids';
import { setUpReliefFund } from '../../server/funds/fund.service';

export const FACTORY_PASSWORD = 'correct-horse-9';
let passwordHash: Promise<string> | undefined;

const rand = () => crypto.randomBytes(4).toString('hex');

export interface FactoryUser {
  id: string;
  gid: string;
  email: string;
  token: string;
}

/**
 * Creates a user with the given roles and an open session. Staff roles need `region`,
 * organisation roles need `organizationId`.
 */
export async function createUser(
  db: Db,
  roles: { role: Role; region?: string; organizationId?: string }[] = [{ role: 'donor' }],
  name = `Test user ${rand()}`,
): Promise<FactoryUser> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const email = `user-${rand()}-${Date.now()}@example.test`;
  const [u] = await db.insert(users).values({ email, name, passwordHash: await passwordHash }).returning();
  if (!u) throw new Error('no user');
  for (const r of roles) {
    await db.insert(memberships).values({ userId: u.id, role: r.role, regionCode: r.region ?? null, organizationId: r.organizationId ?? null });
  }
  const token = newToken();
  await db.insert(sessions).values({ userId: u.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) });
  return { id: u.id, gid: toGlobalId('User', u.id), email, token };
}

export async function createOrganization(
  db: Db,
  overrides: Partial<{ name: string; kind: OrganizationKind; homeRegionCode: string; serviceRegionCodes: string[]; verified: boolean; budgetMinor: bigint; openCaseCapacity: number; focusCategories: string[]; pairingRegionCodes: string[]; languages: string[] }> = {},
): Promise<OrganizationRecord & { gid: string }> {
  const home = overrides.homeRegionCode ?? '632623';
  const [o] = await db
    .insert(organizations)
    .values({
      name: overrides.name ?? `Test charity ${rand()}`,
      kind: overrides.kind ?? 'charity',
      homeRegionCode: home,
      serviceRegionCodes: overrides.serviceRegionCodes ?? [home],
      verified: overrides.verified ?? true,
      budgetMinor: overrides.budgetMinor ?? 100_000_00n,
      openCaseCapacity: overrides.openCaseCapacity ?? 10,
      focusCategories: overrides.focusCategories ?? [],
      pairingRegionCodes: overrides.pairingRegionCodes ?? [],
      languages: overrides.languages ?? ['zh'],
    })
    .returning();
  if (!o) throw new Error('no organisation');
  return { ...o, gid: toGlobalId('Organization', o.id) };
}

/** A relief fund organisation with its scope, per-case cap and income already recorded in the ledger. */
export async function createReliefFund(
  db: Db,
  overrides: { homeRegionCode?: string; regionCodes?: string[]; perCaseCap?: bigint; balance?: bigint } = {},
): Promise<OrganizationRecord & { gid: string }> {
  const home = overrides.homeRegionCode ?? '632623';
  const org = await createOrganization(db, { kind: 'relief_fund', homeRegionCode: home });
  await db.transaction((tx) =>
    setUpReliefFund(tx, {
      organizationId: org.id,
      regionCodes: overrides.regionCodes ?? ['630000'],
      perCaseCap: overrides.perCaseCap ?? 10_000_000n,
      income: [{ source: 'government', amount: overrides.balance ?? 100_000_000n, reference: `test-${rand()}` }],
    }),
  );
  return org;
}
