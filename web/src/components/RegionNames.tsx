import { useEffect, useState } from 'react';
import { request } from '../api/client';
import { RegionQuery } from '../api/operations';
import { useI18n } from '../i18n/i18n';

/** Region names already asked for, by code, shared by every page (the region list does not change while the app runs). */
const names = new Map<string, Promise<string | null>>();

function regionName(code: string): Promise<string | null> {
  let name = names.get(code);
  if (!name) {
    name = request(RegionQuery, { code }).then(
      (d) => d.region.name,
      () => {
        // Not cached: a later page may ask again once the network is back.
        names.delete(code);
        return null;
      },
    );
    names.set(code, name);
  }
  return name;
}

/** The names of regions given by code (`region(code)`); a code stands for itself until (or unless) its name is known. */
export function useRegionNames(codes: readonly string[]): Record<string, string> {
  const [known, setKnown] = useState<Record<string, string>>({});
  const key = codes.join(',');
  useEffect(() => {
    let active = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(wanted.map(async (code) => [code, await regionName(code)] as const)).then((pairs) => {
      if (!active) return;
      const found: Record<string, string> = {};
      for (const [code, name] of pairs) if (name) found[code] = name;
      setKnown(found);
    });
    return () => {
      active = false;
    };
  }, [key]);
  return known;
}

/** Regions by name (a code while its name is unknown), or `empty` when there are none. */
export function RegionNames({ codes, empty }: { codes: readonly string[]; empty: string }) {
  const { t } = useI18n();
  const known = useRegionNames(codes);
  if (codes.length === 0) return <>{empty}</>;
  return <>{codes.map((c) => known[c] ?? c).join(t('common.listSeparator'))}</>;
}
