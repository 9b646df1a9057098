import { useEffect, useId, useState } from 'react';
import { request } from '../api/client';
import { RegionsQuery, type Region } from '../api/operations';
import { useI18n, type TKey } from '../i18n/i18n';

const LEVEL_LABELS: TKey[] = ['region.level.PROVINCE', 'region.level.PREFECTURE', 'region.level.COUNTY', 'region.level.TOWNSHIP'];
const MAX_LEVELS = 4;

/**
 * Cascading selects: province → prefecture → county → township, each loaded with
 * `regions(parentCode)`. Reports the deepest chosen region (or null).
 */
export function RegionPicker({
  legend,
  onChange,
  describedBy,
  invalid,
  maxDepth = MAX_LEVELS,
}: {
  legend: string;
  onChange: (region: Region | null) => void;
  describedBy?: string;
  invalid?: boolean;
  maxDepth?: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<Region[]>([]);
  const [lists, setLists] = useState<Region[][]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    request(RegionsQuery, { parentCode: null }).then(
      (d) => active && setLists([d.regions]),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
    };
  }, []);

  const choose = async (level: number, code: string) => {
    const region = lists[level]?.find((r) => r.code === code) ?? null;
    const nextChosen = region ? [...chosen.slice(0, level), region] : chosen.slice(0, level);
    setChosen(nextChosen);
    setLists((ls) => ls.slice(0, level + 1));
    onChange(nextChosen[nextChosen.length - 1] ?? null);
    if (region && level + 1 < maxDepth) {
      try {
        const d = await request(RegionsQuery, { parentCode: region.code });
        setLists((ls) => (ls.length === level + 1 && d.regions.length > 0 ? [...ls, d.regions] : ls));
      } catch {
        setFailed(true);
      }
    }
  };

  return (
    <fieldset className="region-picker" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      {failed ? <p className="field-error">{t('error.code.NETWORK')}</p> : null}
      <div className="region-selects">
        {lists.map((list, level) => (
          <div className="field" key={level}>
            <label htmlFor={`${id}-${level}`}>{t(LEVEL_LABELS[level] ?? 'region.level.TOWNSHIP')}</label>
            <select id={`${id}-${level}`} value={chosen[level]?.code ?? ''} onChange={(e) => void choose(level, e.target.value)}>
              <option value="">{t('region.choose')}</option>
              {list.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {chosen.length > 0 ? (
        <p className="hint">
          {t('region.chosen', { name: chosen.map((r) => r.name).join(' / '), code: chosen[chosen.length - 1]?.code ?? '' })}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A list of regions built with a RegionPicker and an Add button; each can be removed. */
export function RegionListPicker({
  legend,
  value,
  onChange,
  describedBy,
  invalid,
}: {
  legend: string;
  value: Region[];
  onChange: (regions: Region[]) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useI18n();
  const [pending, setPending] = useState<Region | null>(null);
  return (
    <div className="region-list">
      <RegionPicker legend={legend} onChange={setPending} describedBy={describedBy} invalid={invalid} maxDepth={3} />
      <button
        type="button"
        className="secondary"
        disabled={!pending || value.some((r) => r.code === pending.code)}
        onClick={() => pending && onChange([...value, pending])}
      >
        {t('region.add')}
      </button>
      {value.length > 0 ? (
        <ul className="chips" aria-label={legend}>
          {value.map((r) => (
            <li key={r.code}>
              {r.name} <span className="code">{r.code}</span>{' '}
              <button type="button" className="link" aria-label={t('region.remove', { name: r.name })} onClick={() => onChange(value.filter((x) => x.code !== r.code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
