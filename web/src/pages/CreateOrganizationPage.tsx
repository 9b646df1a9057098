import { useId, useState, type FormEvent } from 'react';
import { errorsByField, request, type UserError } from '../api/client';
import { CreateOrganizationMutation, ORGANIZATION_KINDS, type CreateOrganizationInput, type OrganizationKind, type Region } from '../api/operations';
import { useSession } from '../api/session';
import { navigate } from '../app/router';
import { CategoryChoices, splitCodes } from '../components/CategoryChoices';
import { RegionListPicker, RegionPicker } from '../components/RegionPicker';
import { ErrorNotice, Field, FieldErrors, Page } from '../components/ui';
import { parseYuanToFen } from '../format/money';
import { useI18n } from '../i18n/i18n';

/** A whole number typed into a field, or undefined when left empty (the server applies its default). */
const intOrUndefined = (s: string): number | undefined => (s.trim() === '' ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** Registers an organisation: every field of CreateOrganizationInput; the server's userErrors appear next to their fields. */
export function CreateOrganizationPage() {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('CHARITY');
  const [description, setDescription] = useState('');
  const [home, setHome] = useState<Region | null>(null);
  const [serviceRegions, setServiceRegions] = useState<Region[]>([]);
  const [pairingRegions, setPairingRegions] = useState<Region[]>([]);
  const [focus, setFocus] = useState<string[]>([]);
  const [capacity, setCapacity] = useState('');
  const [budget, setBudget] = useState('');
  const [sla, setSla] = useState('');
  const [languages, setLanguages] = useState('zh');
  const [busy, setBusy] = useState(false);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const errorId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    // Checks the server cannot make because the text never becomes a valid value.
    const local: UserError[] = [];
    const budgetFen = budget.trim() === '' ? undefined : parseYuanToFen(budget);
    if (budgetFen === null) local.push({ field: ['input', 'budget'], code: 'CLIENT_BUDGET_FORMAT', message: '' });
    const openCaseCapacity = intOrUndefined(capacity);
    if (Number.isNaN(openCaseCapacity)) local.push({ field: ['input', 'openCaseCapacity'], code: 'CLIENT_WHOLE_NUMBER', message: '' });
    const responseSlaHours = intOrUndefined(sla);
    if (Number.isNaN(responseSlaHours)) local.push({ field: ['input', 'responseSlaHours'], code: 'CLIENT_WHOLE_NUMBER', message: '' });
    if (local.length > 0) {
      setUserErrors(local);
      return;
    }
    const input: CreateOrganizationInput = {
      name,
      kind,
      description,
      homeRegionCode: home?.code ?? '',
      ...(serviceRegions.length ? { serviceRegionCodes: serviceRegions.map((r) => r.code) } : {}),
      pairingRegionCodes: pairingRegions.map((r) => r.code),
      focusCategories: focus,
      languages: splitCodes(languages),
      ...(budgetFen !== undefined && budgetFen !== null ? { budget: budgetFen } : {}),
      ...(openCaseCapacity !== undefined ? { openCaseCapacity } : {}),
      ...(responseSlaHours !== undefined ? { responseSlaHours } : {}),
    };
    setBusy(true);
    setUserErrors([]);
    try {
      const { createOrganization } = await request(CreateOrganizationMutation, { input });
      if (createOrganization.organization) {
        await session.refresh(); // the creator is now its ORG_ADMIN
        navigate(`/organizations/${encodeURIComponent(createOrganization.organization.id)}`);
      } else setUserErrors(createOrganization.userErrors);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  return (
    <Page title={t('orgCreate.title')}>
      <p>{t('orgCreate.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorNotice error={error} userErrors={byField._form} />
        <Field label={t('field.orgName')} errors={byField.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />}
        </Field>
        <Field label={t('field.kind')} errors={byField.kind}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
              {ORGANIZATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('field.description')} errors={byField.description}>
          {(p) => <textarea {...p} rows={4} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className={`field${byField.homeRegionCode ? ' field-invalid' : ''}`}>
          <RegionPicker legend={t('field.homeRegion')} onChange={setHome} describedBy={byField.homeRegionCode ? `${errorId}-homeRegionCode` : undefined} invalid={!!byField.homeRegionCode} />
          <FieldErrors id={`${errorId}-homeRegionCode`} errors={byField.homeRegionCode} />
        </div>
        <div className={`field${byField.serviceRegionCodes ? ' field-invalid' : ''}`}>
          <RegionListPicker legend={t('field.serviceRegions')} value={serviceRegions} onChange={setServiceRegions} describedBy={byField.serviceRegionCodes ? `${errorId}-serviceRegionCodes` : undefined} invalid={!!byField.serviceRegionCodes} />
          <p className="hint">{t('field.serviceRegionsHint')}</p>
          <FieldErrors id={`${errorId}-serviceRegionCodes`} errors={byField.serviceRegionCodes} />
        </div>
        <CategoryChoices legend={t('field.focusCategories')} hint={t('field.focusCategoriesHint')} typedHint={t('field.focusCategoriesTypedHint')} value={focus} onChange={setFocus} errors={byField.focusCategories} />
        <Field label={t('field.openCaseCapacity')} errors={byField.openCaseCapacity}>
          {(p) => <input {...p} inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
        </Field>
        <Field label={t('field.budget')} hint={t('field.budgetHint')} errors={byField.budget}>
          {(p) => <input {...p} inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />}
        </Field>
        <Field label={t('field.responseSlaHours')} hint={t('field.responseSlaHoursHint')} errors={byField.responseSlaHours}>
          {(p) => <input {...p} inputMode="numeric" value={sla} onChange={(e) => setSla(e.target.value)} />}
        </Field>
        <div className={`field${byField.pairingRegionCodes ? ' field-invalid' : ''}`}>
          <RegionListPicker legend={t('field.pairingRegions')} value={pairingRegions} onChange={setPairingRegions} describedBy={byField.pairingRegionCodes ? `${errorId}-pairingRegionCodes` : undefined} invalid={!!byField.pairingRegionCodes} />
          <p className="hint">{t('field.pairingRegionsHint')}</p>
          <FieldErrors id={`${errorId}-pairingRegionCodes`} errors={byField.pairingRegionCodes} />
        </div>
        <Field label={t('field.languages')} hint={t('field.languagesHint')} errors={byField.languages}>
          {(p) => <input {...p} value={languages} onChange={(e) => setLanguages(e.target.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('common.working') : t('orgCreate.submit')}
        </button>
      </form>
    </Page>
  );
}
