import { eq, inArray, sql } from 'drizzle-orm';
import { requireAccess } from '../access/access';
import type { Actor } from '../access/actor';
import type { RequestInfo } from '../accounts/account.service';
import { recordAudit } from '../audit/audit';
import { NotFoundError, UserInputError } from '../common/errors';
import * as v from '../common/validate';
import type { Db, Executor } from '../db/database';
import { inTransaction } from '../db/transaction';
import { findRegions } from '../regions/region.repository';
import { type CategorySpec, DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type SettingsValues } from './defaults';
import { regionSettings } from './settings.table';

/** The effective settings of a region and, for each key, the region that set it (null: national default). */
export interface EffectiveSettings {
  regionCode: string;
  values: SettingsValues;
  sources: Record<SettingKey, string | null>;
}

/** The codes from the province down to `code` (GB/T 2260 codes carry their ancestors). */
export function regionLineage(code: string): string[] {
  const out = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code.slice(0, 6), code];
  return [...new Set(out)];
}

type Stored = Partial<Record<SettingKey, unknown>>;

/**
 * Checks case category codes (an organisation's focus, a matching pool's scope) against those in use: the
 * national defaults' and any a region defines. An unknown code would never match a case, so it is refused.
 */
export async function requireKnownCategories(exec: Executor, codes: readonly string[], field: string[]): Promise<void> {
  const known = new Set(DEFAULT_SETTINGS.categories.map((c) => c.code));
  if (codes.every((c) => known.has(c))) return;
  // Only when a code is not a national one are the regions' own categories read.
  const { rows } = (await exec.execute(sql`
    SELECT DISTINCT c->>'code' AS code FROM ${regionSettings} s
     CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(s.values->'categories') = 'array' THEN s.values->'categories' ELSE '[]'::jsonb END) AS c`)) as unknown as { rows: { code: string | null }[] };
  for (const r of rows) if (r.code) known.add(r.code);
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new UserInputError('UNKNOWN_CATEGORY', `Unknown case categor${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')}. Known: ${[...known].sort().join(', ')}.`, field);
  }
}

function toJson(values: Partial<SettingsValues>): Stored {
  return Object.fromEntries(Object.entries(values).map(([k, val]) => [k, typeof val === 'bigint' ? val.toString() : val]));
}

function fromJson(key: SettingKey, raw: unknown): unknown {
  if (key === 'townshipApprovalLimitMinor' || key === 'dibaoMonthlyStandardMinor') return BigInt(raw as string);
  return raw;
}

export interface SettingsUpdate {
  regionCode: string;
  triageWorkingDays?: number | null;
  decisionWorkingDays?: number | null;
  paperworkWorkingDays?: number | null;
  referralResponseWorkingDays?: number | null;
  townshipApprovalLimit?: bigint | null;
  dibaoMonthlyStandard?: bigint | null;
  capMultiplier?: number | null;
  holidays?: string[] | null;
  categories?: { code: string; label: string; hardshipType: 'sudden' | 'expenditure'; documents: { code: string; label: string }[] }[] | null;
  /** Keys to stop overriding here (inherit again). */
  clear?: SettingKey[] | null;
}

/** Settings per region (R10), inherited down the tree and overridable at every level. */
export class SettingsService {
  constructor(private readonly db: Db) {}

  async effective(regionCode: string, exec: Executor = this.db): Promise<EffectiveSettings> {
    const lineage = regionLineage(regionCode);
    const rows = await exec.select().from(regionSettings).where(inArray(regionSettings.regionCode, lineage));
    const byCode = new Map(rows.map((r) => [r.regionCode, r.values as Stored]));
    const values = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
    const sources = Object.fromEntries(SETTING_KEYS.map((k) => [k, null])) as Record<SettingKey, string | null>;
    for (const code of lineage) {
      const set = byCode.get(code);
      if (!set) continue;
      for (const key of SETTING_KEYS) {
        if (set[key] !== undefined) {
          values[key] = fromJson(key, set[key]);
          sources[key] = code;
        }
      }
    }
    return { regionCode, values: values as unknown as SettingsValues, sources };
  }

  async view(regionCode: string): Promise<EffectiveSettings> {
    const [region] = await findRegions(this.db, [regionCode]);
    if (!region) throw new NotFoundError('The region', 'REGION_NOT_FOUND');
    return this.effective(regionCode);
  }

  async update(actor: Actor, input: SettingsUpdate, req: RequestInfo): Promise<EffectiveSettings> {
    const [region] = await findRegions(this.db, [input.regionCode]);
    if (!region) throw new UserInputError('REGION_NOT_FOUND', 'There is no region with this code.', ['input', 'regionCode']);
    requireAccess(actor, 'settings.update', { regionCode: region.code });
    const changes = validate(input);
    return inTransaction(this.db, async (tx) => {
      const [current] = await tx.select().from(regionSettings).where(eq(regionSettings.regionCode, region.code)).for('update');
      const before = (current?.values ?? {}) as Stored;
      const next: Stored = { ...before, ...toJson(changes) };
      for (const key of input.clear ?? []) delete next[key];
      await tx
        .insert(regionSettings)
        .values({ regionCode: region.code, values: next, updatedBy: actor.userId })
        .onConflictDoUpdate({ target: regionSettings.regionCode, set: { values: next, updatedBy: actor.userId, updatedAt: new Date() } });
      await recordAudit(tx, { actorUserId: actor.userId, action: 'settings.update', entityType: 'RegionSettings', entityId: region.code, regionCode: region.code, before, after: next, requestId: req.requestId });
      return this.effective(region.code, tx);
    });
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validate(input: SettingsUpdate): Partial<SettingsValues> {
  const f = (k: string) => ['input', k];
  const out: Partial<SettingsValues> = {};
  const days = (k: 'triageWorkingDays' | 'decisionWorkingDays' | 'paperworkWorkingDays' | 'referralResponseWorkingDays') => {
    const val = input[k];
    if (val !== null && val !== undefined) out[k] = v.intInRange(val, f(k), 1, 90, 'A deadline in working days');
  };
  days('triageWorkingDays');
  days('decisionWorkingDays');
  days('paperworkWorkingDays');
  days('referralResponseWorkingDays');
  if (input.townshipApprovalLimit !== null && input.townshipApprovalLimit !== undefined) {
    if (input.townshipApprovalLimit <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The township approval limit must be more than zero.', f('townshipApprovalLimit'));
    out.townshipApprovalLimitMinor = input.townshipApprovalLimit;
  }
  if (input.dibaoMonthlyStandard !== null && input.dibaoMonthlyStandard !== undefined) {
    if (input.dibaoMonthlyStandard <= 0n) throw new UserInputError('AMOUNT_NOT_POSITIVE', 'The 低保 standard must be more than zero.', f('dibaoMonthlyStandard'));
    out.dibaoMonthlyStandardMinor = input.dibaoMonthlyStandard;
  }
  if (input.capMultiplier !== null && input.capMultiplier !== undefined) {
    // 急难型 aid may reach at least twice the monthly standard, so the cap never goes below 2×.
    out.capMultiplier = v.intInRange(input.capMultiplier, f('capMultiplier'), 2, 100, 'The cap multiplier');
  }
  if (input.holidays) {
    for (const d of input.holidays) {
      if (!DAY.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw new UserInputError('INVALID_DATE', `"${d.slice(0, 20)}" is not a date (YYYY-MM-DD).`, f('holidays'));
    }
    out.holidays = [...new Set(input.holidays)].sort();
  }
  if (input.categories) {
    if (input.categories.length === 0) throw new UserInputError('CATEGORIES_REQUIRED', 'A region uses at least one category.', f('categories'));
    const cats: CategorySpec[] = input.categories.map((c, i) => ({
      code: (v.tags([c.code], ['input', 'categories', String(i), 'code'])[0] as string).toLowerCase(),
      label: v.requiredText(c.label, ['input', 'categories', String(i), 'label'], { max: 100, label: 'The label' }),
      hardshipType: c.hardshipType,
      documents: c.documents.map((d, j) => ({
        code: (v.tags([d.code], ['input', 'categories', String(i), 'documents', String(j), 'code'])[0] as string).toLowerCase(),
        label: v.requiredText(d.label, ['input', 'categories', String(i), 'documents', String(j), 'label'], { max: 200, label: 'The label' }),
      })),
    }));
    if (new Set(cats.map((c) => c.code)).size !== cats.length) throw new UserInputError('DUPLICATE_CATEGORY', 'Each category code appears once.', f('categories'));
    out.categories = cats;
  }
  const clear = input.clear ?? [];
  for (const k of clear) if (!SETTING_KEYS.includes(k)) throw new UserInputError('UNKNOWN_SETTING', `There is no setting "${String(k).slice(0, 40)}".`, f('clear'));
  return out;
}
