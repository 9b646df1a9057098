/**
 * The form an administrator of a verified enterprise or charity uses to set up a matching pool:
 * the ratio, a cap in yuan, the regions and categories it covers and its last day. A refusal
 * is shown next to its field and keeps everything typed; the form empties only once the pool exists.
 */
import { useId, useState, type FormEvent } from 'react';
import { errorsByField, request, type UserError } from '../../api/client';
import { CreateMatchingPoolMutation, type ManagedOrganization, type MatchingPool } from '../../api/funds';
import type { Region } from '../../api/operations';
import { CategoryChoices } from '../../components/CategoryChoices';
import { RegionListPicker } from '../../components/RegionPicker';
import { ErrorNotice, Field, FieldErrors } from '../../components/ui';
import { beijingDate, endOfBeijingDay, formatDate, isDateInput, lastBeijingDayBefore } from '../../format/dates';
import { formatFen, parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';

/** The fields this form places its userErrors next to; others are shown above it. */
const PLACED = new Set(['organizationId', 'name', 'ratioNumerator', 'ratioDenominator', 'cap', 'regionCodes', 'categories', 'endsAt']);

const fieldOf = (e: UserError): string => e.field[e.field.length - 1] ?? '_form';
const clientError = (field: string, code: string): UserError => ({ field: ['input', field], code, message: '' });

/** A whole number typed in a ratio box, or null. */
function wholeNumber(s: string): number | null {
  const v = s.trim();
  return /^\d{1,3}$/.test(v) ? Number(v) : null;
}

export function PoolForm({ organizations, onCreated }: { organizations: ManagedOrganization[]; onCreated: (pool: MatchingPool) => void }) {
  const { t, lang } = useI18n();
  const errorId = useId();
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '');
  const [name, setName] = useState('');
  const [numerator, setNumerator] = useState('1');
  const [denominator, setDenominator] = useState('1');
  const [cap, setCap] = useState('');
  const [regions, setRegions] = useState<Region[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [endDate, setEndDate] = useState('');
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<MatchingPool | null>(null);

  // The chosen organisation may drop out of the list (e.g. after signing in as someone else).
  const chosen = organizations.some((o) => o.id === organizationId) ? organizationId : (organizations[0]?.id ?? '');
  const today = beijingDate(new Date());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    const problems: UserError[] = [];
    const capFen = parseYuanToFen(cap);
    if (capFen === null) problems.push(clientError('cap', 'CLIENT_POOL_CAP'));
    const num = wholeNumber(numerator);
    if (num === null) problems.push(clientError('ratioNumerator', 'CLIENT_WHOLE_NUMBER'));
    const den = wholeNumber(denominator);
    if (den === null) problems.push(clientError('ratioDenominator', 'CLIENT_WHOLE_NUMBER'));
    if (!isDateInput(endDate)) problems.push(clientError('endsAt', 'CLIENT_POOL_END_DATE'));
    if (problems.length > 0 || capFen === null || num === null || den === null) {
      setUserErrors(problems);
      return;
    }
    setUserErrors([]);
    setBusy(true);
    try {
      const { createMatchingPool } = await request(CreateMatchingPoolMutation, {
        input: {
          organizationId: chosen,
          name,
          ratioNumerator: num,
          ratioDenominator: den,
          cap: capFen,
          regionCodes: regions.map((r) => r.code),
          categories,
          endsAt: endOfBeijingDay(endDate),
        },
      });
      setUserErrors(createMatchingPool.userErrors);
      if (createMatchingPool.pool && createMatchingPool.userErrors.length === 0) {
        setDone(createMatchingPool.pool);
        setName('');
        setNumerator('1');
        setDenominator('1');
        setCap('');
        setRegions([]);
        setCategories([]);
        setEndDate('');
        onCreated(createMatchingPool.pool);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  const formErrors = userErrors.filter((u) => !PLACED.has(fieldOf(u)));
  return (
    <section aria-labelledby="pool-form-title" className="pool-form">
      <h2 id="pool-form-title">{t('pools.form.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="hint">{t('pools.form.intro')}</p>
        <ErrorNotice error={error} userErrors={formErrors} />
        <Field label={t('pools.form.organization')} errors={byField.organizationId}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setOrganizationId(e.target.value)}>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('pools.form.name')} hint={t('pools.form.nameHint')} errors={byField.name}>
          {(p) => <input {...p} autoComplete="off" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <fieldset className="ratio">
          <legend>{t('pools.form.ratio')}</legend>
          <p className="hint">{t('pools.form.ratioHint')}</p>
          <div className="ratio-fields">
            <Field label={t('pools.form.ratioMatched')} errors={byField.ratioNumerator}>
              {(p) => <input {...p} inputMode="numeric" autoComplete="off" maxLength={3} value={numerator} onChange={(e) => setNumerator(e.target.value)} />}
            </Field>
            <span aria-hidden="true" className="ratio-colon">
              :
            </span>
            <Field label={t('pools.form.ratioDonated')} errors={byField.ratioDenominator}>
              {(p) => <input {...p} inputMode="numeric" autoComplete="off" maxLength={3} value={denominator} onChange={(e) => setDenominator(e.target.value)} />}
            </Field>
          </div>
        </fieldset>
        <Field label={t('pools.form.cap')} hint={t('pools.form.capHint')} errors={byField.cap}>
          {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={cap} onChange={(e) => setCap(e.target.value)} />}
        </Field>
        <div className={`field${byField.regionCodes ? ' field-invalid' : ''}`}>
          <RegionListPicker
            legend={t('pools.form.regions')}
            value={regions}
            onChange={setRegions}
            describedBy={byField.regionCodes ? `${errorId}-regionCodes` : `${errorId}-regions-hint`}
            invalid={!!byField.regionCodes}
          />
          <p className="hint" id={`${errorId}-regions-hint`}>
            {t('pools.form.regionsHint')}
          </p>
          <FieldErrors id={`${errorId}-regionCodes`} errors={byField.regionCodes} />
        </div>
        <CategoryChoices legend={t('pools.form.categories')} hint={t('pools.form.categoriesHint')} typedHint={t('pools.form.categoriesTypedHint')} value={categories} onChange={setCategories} errors={byField.categories} />
        <Field label={t('pools.form.endDate')} hint={t('pools.form.endDateHint')} errors={byField.endsAt}>
          {(p) => <input {...p} type="date" min={today} value={endDate} onChange={(e) => setEndDate(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy || !chosen}>
            {busy ? t('common.working') : t('pools.form.submit')}
          </button>
        </div>
        {done ? (
          <p className="notice notice-ok" role="status">
            {t('pools.form.done', { name: done.name, cap: formatFen(done.cap) ?? done.cap, date: formatDate(lastBeijingDayBefore(done.endsAt), lang) })}
          </p>
        ) : null}
      </form>
    </section>
  );
}
