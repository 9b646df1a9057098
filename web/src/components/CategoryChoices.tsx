/**
 * Case categories to choose from, as checkboxes labelled in the page's language: the province's
 * categories (its settings, which every region in it inherits). When the list cannot be read, the
 * categories' codes can be typed instead, separated by commas.
 */
import { useEffect, useId, useState } from 'react';
import type { UserError } from '../api/client';
import { RegionCategoriesQuery } from '../api/funds';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n/i18n';
import { labelOr } from '../pages/donor/labels';
import { Field, FieldErrors } from './ui';

/** Qinghai: the province whose case categories are offered. */
const PROVINCE_CODE = '630000';

/** Splits "illness, fire" (or with Chinese commas) into codes; empty entries are dropped. */
export const splitCodes = (s: string): string[] =>
  s
    .split(/[,\s\u3001\uFF0C]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function CategoryChoices({ legend, hint, typedHint, value, onChange, errors }: { legend: string; hint: string; typedHint: string; value: string[]; onChange: (codes: string[]) => void; errors?: UserError[] }) {
  const { t } = useI18n();
  const id = useId();
  const known = useQuery(RegionCategoriesQuery, { code: PROVINCE_CODE });
  const categories = known.data?.regionSettings.categories ?? null;
  const [text, setText] = useState('');
  // The form emptied its choice (after a save): so does the typed text.
  useEffect(() => {
    if (value.length === 0) setText('');
  }, [value.length]);

  if (categories) {
    const toggle = (code: string, on: boolean) => onChange(on ? [...value.filter((c) => c !== code), code] : value.filter((c) => c !== code));
    return (
      <div className={`field${errors ? ' field-invalid' : ''}`}>
        <fieldset aria-describedby={errors ? `${id}-errors` : `${id}-hint`} aria-invalid={errors ? true : undefined}>
          <legend>{legend}</legend>
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
          <div className="check-grid">
            {categories.map((c) => (
              <label key={c.code} className="check">
                <input type="checkbox" checked={value.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
                {labelOr(t, 'category', c.code, c.label)}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldErrors id={`${id}-errors`} errors={errors} />
      </div>
    );
  }
  if (!known.error) return null;
  return (
    <Field label={legend} hint={typedHint} errors={errors}>
      {(p) => (
        <input
          {...p}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(splitCodes(e.target.value));
          }}
        />
      )}
    </Field>
  );
}
