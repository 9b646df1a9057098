/**
 * Reporting a case: a discovery report (`reportDiscovery`) by anyone signed in (reporters, social
 * workers, desk staff; the API takes reports from anyone): where the person is, what happened, how urgent, and what is known of the person.
 * The person's details travel only in this form's request and are not kept on the page after it
 * succeeds. A refusal keeps everything typed and says what is wrong next to its field; success
 * shows the case reference and the one-time list of documents that will be needed. Below, "my reports":
 * the status of the person's own reports (`myReports`).
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { errorsByField, request, type UserError } from '../../api/client';
import {
  isReporterKind,
  isUrgency,
  MyReportsQuery,
  RegionCaseCategoriesQuery,
  REPORTER_KINDS,
  ReportDiscoveryMutation,
  URGENCIES,
  type CaseCategory,
  type IntakeNotice,
  type PersonInput,
  type ReporterKind,
  type ReportStatus,
} from '../../api/desk';
import type { PageInfo, Urgency } from '../../api/donor';
import type { Region } from '../../api/operations';
import { useSession } from '../../api/session';
import { RegionPicker } from '../../components/RegionPicker';
import { ErrorNotice, Field, FieldErrors, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { useI18n, type Translate } from '../../i18n/i18n';
import type { RouteProps } from '../../routes';
import { labelOr } from '../donor/labels';

const PAGE_SIZE = 20;
/** The fields this form places next to their control; any other userError is shown above the form. */
const PLACED = new Set(['regionCode', 'reporterKind', 'category', 'urgency', 'situation', 'name', 'idNumber', 'phone', 'household', 'notes']);

export function categoryLabel(t: Translate, code: string | null | undefined, categories?: readonly CaseCategory[]): string {
  if (!code) return t('desk.categoryUnknown');
  return labelOr(t, 'category', code, categories?.find((c) => c.code === code)?.label ?? code);
}

export function ReportPage(_props: RouteProps) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const defaultKind: ReporterKind = hasRole('SOCIAL_WORKER') ? 'social_worker' : hasRole('CASEWORKER', 'APPROVER', 'ADMIN') ? 'cadre' : hasRole('REPORTER') ? 'grid_worker' : 'volunteer';
  const [region, setRegion] = useState<Region | null>(null);
  const [categories, setCategories] = useState<CaseCategory[]>([]);
  const [reporterKind, setReporterKind] = useState<ReporterKind>(defaultKind);
  const [category, setCategory] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('NORMAL');
  const [situation, setSituation] = useState('');
  const [person, setPerson] = useState<Required<{ [K in keyof PersonInput]: string }>>({ name: '', idNumber: '', phone: '', household: '', notes: '' });
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ report: ReportStatus; notice: IntakeNotice | null } | null>(null);
  const regionErrorId = useId();
  const mine = useMyReports();

  // The categories the chosen region uses; a category it does not use is dropped.
  useEffect(() => {
    if (!region || region.level === 'PROVINCE' || region.level === 'PREFECTURE') {
      setCategories([]);
      return;
    }
    let active = true;
    request(RegionCaseCategoriesQuery, { code: region.code }).then(
      (d) => {
        if (!active) return;
        setCategories(d.regionSettings.categories);
        setCategory((c) => (d.regionSettings.categories.some((k) => k.code === c) ? c : ''));
      },
      () => active && setCategories([]),
    );
    return () => {
      active = false;
    };
  }, [region]);

  const setPersonField = (field: keyof PersonInput, value: string) => setPerson((p) => ({ ...p, [field]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setUserErrors([]);
    setDone(null);
    const entered = Object.entries(person).filter(([, v]) => v.trim() !== '');
    const input = {
      regionCode: region?.code ?? '',
      reporterKind,
      situation,
      category: category || null,
      urgency,
      person: entered.length > 0 ? (Object.fromEntries(entered) as PersonInput) : null,
    };
    setBusy(true);
    try {
      const { reportDiscovery } = await request(ReportDiscoveryMutation, { input });
      if (reportDiscovery.userErrors.length > 0) setUserErrors(reportDiscovery.userErrors);
      else if (reportDiscovery.report) {
        setDone({ report: reportDiscovery.report, notice: reportDiscovery.notice });
        // The person's details leave the page once they are reported.
        setSituation('');
        setPerson({ name: '', idNumber: '', phone: '', household: '', notes: '' });
        void mine.reload();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  const formErrors = userErrors.filter((u) => !PLACED.has(u.field[u.field.length - 1] ?? '_form'));

  return (
    <Page title={t('report.title')}>
      <p>{t('report.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="report-form-title">
        <h2 id="report-form-title">{t('report.formTitle')}</h2>
        <ErrorNotice error={error} userErrors={formErrors} />
        <RegionPicker legend={t('report.region')} onChange={setRegion} describedBy={byField.regionCode ? regionErrorId : undefined} invalid={!!byField.regionCode} />
        <FieldErrors id={regionErrorId} errors={byField.regionCode} />
        <Field label={t('report.category')} hint={t('report.categoryHint')} errors={byField.category}>
          {(p) => (
            <select {...p} value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('desk.categoryUnknown')}</option>
              {categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {categoryLabel(t, c.code, categories)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('report.urgency')} errors={byField.urgency}>
          {(p) => (
            <select {...p} value={urgency} onChange={(e) => isUrgency(e.target.value) && setUrgency(e.target.value)}>
              {URGENCIES.map((u) => (
                <option key={u} value={u}>
                  {t(`urgency.${u}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('report.situation')} hint={t('report.situationHint')} errors={byField.situation}>
          {(p) => <textarea {...p} rows={5} maxLength={4000} value={situation} onChange={(e) => setSituation(e.target.value)} />}
        </Field>
        <Field label={t('report.reporterKind')} errors={byField.reporterKind}>
          {(p) => (
            <select {...p} value={reporterKind} onChange={(e) => isReporterKind(e.target.value) && setReporterKind(e.target.value)}>
              {REPORTER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`report.reporterKindName.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('report.person')}</legend>
          <p className="hint">{t('report.personHint')}</p>
          <Field label={t('report.personName')} errors={byField.name}>
            {(p) => <input {...p} autoComplete="off" maxLength={100} value={person.name} onChange={(e) => setPersonField('name', e.target.value)} />}
          </Field>
          <Field label={t('report.personIdNumber')} hint={t('report.personIdNumberHint')} errors={byField.idNumber}>
            {(p) => <input {...p} autoComplete="off" maxLength={18} value={person.idNumber} onChange={(e) => setPersonField('idNumber', e.target.value)} />}
          </Field>
          <Field label={t('report.personPhone')} errors={byField.phone}>
            {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="off" maxLength={20} value={person.phone} onChange={(e) => setPersonField('phone', e.target.value)} />}
          </Field>
          <Field label={t('report.personHousehold')} errors={byField.household}>
            {(p) => <input {...p} autoComplete="off" maxLength={500} value={person.household} onChange={(e) => setPersonField('household', e.target.value)} />}
          </Field>
          <Field label={t('report.personNotes')} errors={byField.notes}>
            {(p) => <textarea {...p} rows={2} maxLength={2000} value={person.notes} onChange={(e) => setPersonField('notes', e.target.value)} />}
          </Field>
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? t('common.working') : t('report.submit')}
        </button>
      </form>

      {done ? (
        <section className="notice notice-ok" role="status" aria-labelledby="report-done-title" data-testid="report-done">
          <h2 id="report-done-title">{t('report.doneTitle')}</h2>
          <p>
            {t('report.doneReference')} <strong data-testid="report-reference">{done.report.reference}</strong> · {t(`desk.status.${done.report.status}`)}
          </p>
          <p>{t('report.doneFollow')}</p>
          {done.notice && done.notice.missingDocuments.length > 0 ? (
            <>
              <h3>{t('report.noticeTitle')}</h3>
              <p className="hint">{t('report.noticeHint')}</p>
              <ul data-testid="report-missing-documents">
                {done.notice.missingDocuments.map((d) => (
                  <li key={d.code}>{labelOr(t, 'document', d.code, d.label)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="hint">{t('report.noticeLater')}</p>
          )}
        </section>
      ) : null}

      <MyReports state={mine} />
    </Page>
  );
}

interface MyReportsState {
  items: ReportStatus[];
  pageInfo: PageInfo | null;
  totalCount: number;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
  more: () => Promise<void>;
}

function useMyReports(): MyReportsState {
  const [items, setItems] = useState<ReportStatus[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo | null>(null);
  const [totalCount, setTotalCount] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);

  const load = useCallback(async (after: string | null) => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    try {
      const { myReports } = await request(MyReportsQuery, { first: PAGE_SIZE, after });
      if (mine !== seq.current) return;
      setItems((prev) => (after ? [...prev, ...myReports.nodes.filter((n) => !prev.some((p) => p.reference === n.reference))] : myReports.nodes));
      setPageInfo(myReports.pageInfo);
      setTotalCount(myReports.totalCount);
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  return { items, pageInfo, totalCount, error, loading, reload: () => load(null), more: () => load(pageInfo?.endCursor ?? null) };
}

function MyReports({ state }: { state: MyReportsState }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="my-reports-title" data-testid="my-reports">
      <h2 id="my-reports-title">{t('report.mineTitle')}</h2>
      <ErrorNotice error={state.error} />
      {!state.loading || state.items.length > 0 ? (
        <p className="count">{t('report.mineCount', { count: state.totalCount })}</p>
      ) : null}
      {state.items.length === 0 && !state.loading && !state.error ? <p>{t('report.mineNone')}</p> : null}
      {state.items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('desk.reference')}</th>
              <th scope="col">{t('desk.statusLabel')}</th>
              <th scope="col">{t('desk.createdAt')}</th>
              <th scope="col">{t('desk.decisionReason')}</th>
            </tr>
          </thead>
          <tbody>
            {state.items.map((r) => (
              <tr key={r.reference}>
                <td>{r.reference}</td>
                <td>{t(`desk.status.${r.status}`)}</td>
                <td>{formatDateTime(r.createdAt, lang)}</td>
                <td>{r.decisionReason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {state.pageInfo?.hasNextPage && !state.loading ? (
        <button type="button" className="secondary" onClick={() => void state.more()}>
          {t('report.mineMore')}
        </button>
      ) : null}
    </section>
  );
}
