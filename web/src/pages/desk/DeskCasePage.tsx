/**
 * One case on the desk (`case`): what the staff may see of it (the situation, the person, the
 * handlers, verification, needs, the one-time list of missing documents, deadlines, fast track),
 * the check before aid, and the actions that fit its status: triage, start verification, record
 * verification, verify, fast track, reject. Each action keeps what was typed when refused, shows userErrors next to
 * their fields, and reloads the case after it ran; a change made elsewhere arrives live on the
 * case's room (`case.status`). Below, the case's referrals between agencies and the form to refer it.
 */
import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { localIdOf, request, type UserError } from '../../api/client';
import {
  deskActions,
  DeskCaseQuery,
  DuplicateCheckQuery,
  FastTrackCaseMutation,
  HARDSHIP_TYPES,
  isHardshipType,
  isNeedKind,
  isUrgency,
  isVerificationOutcome,
  NEED_KINDS,
  RecordVerificationMutation,
  RegionCaseCategoriesQuery,
  RejectCaseMutation,
  ReliefFundsQuery,
  StartVerificationMutation,
  TriageCaseMutation,
  URGENCIES,
  VERIFICATION_OUTCOMES,
  VerifyCaseMutation,
  type ActionPayload,
  type CaseCategory,
  type CaseStatus,
  type DeskCase,
  type DuplicateCheck,
  type HardshipType,
  type NeedInput,
  type NeedKind,
  type VerificationOutcome,
} from '../../api/desk';
import type { Urgency } from '../../api/donor';
import { isPayeeKind, PAYEE_KINDS, type PayeeKind } from '../../api/payouts';
import { useSession } from '../../api/session';
import { Link } from '../../app/router';
import { ErrorNotice, Field, FieldErrors, Loading, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { formatFen, parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import { useLiveEvents } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { label, labelOr } from '../donor/labels';
import { CaseReferrals } from '../referrals/CaseReferrals';
import { categoryLabel } from './ReportPage';

const money = (fen: string) => formatFen(fen) ?? fen;
const lastOf = (e: UserError) => e.field[e.field.length - 1] ?? '_form';
const STATUS_BADGE: Partial<Record<CaseStatus, string>> = { VERIFIED: ' badge-ok', REJECTED: ' badge-warn', REPORTED: ' badge-warn' };

export function DeskCasePage({ params }: RouteProps) {
  const { t, lang } = useI18n();
  const { token, hasRole } = useSession();
  const id = params.id ?? '';
  const [kase, setKase] = useState<DeskCase | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [categories, setCategories] = useState<CaseCategory[]>([]);
  const [done, setDone] = useState<CaseStatus | null>(null);

  const load = useCallback(async () => {
    try {
      const { case: c } = await request(DeskCaseQuery, { id });
      setKase(c);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const regionCode = kase?.region.code ?? null;
  useEffect(() => {
    if (!regionCode) return;
    let active = true;
    request(RegionCaseCategoriesQuery, { code: regionCode }).then(
      (d) => active && setCategories(d.regionSettings.categories),
      () => active && setCategories([]),
    );
    return () => {
      active = false;
    };
  }, [regionCode]);

  const localId = localIdOf(id);
  useLiveEvents(token, kase && localId ? `case:${localId}` : null, 'case.status', () => void load());

  /** After an action: the case as it is now, and its new status said. */
  const changed = useCallback(async () => {
    try {
      const { case: c } = await request(DeskCaseQuery, { id });
      setKase(c);
      setDone(c.status);
    } catch (err) {
      setError(err);
    }
  }, [id]);

  if (!kase) {
    return (
      <Page title={t('desk.caseTitle')}>
        <p className="breadcrumb">
          <Link to="/desk">{t('desk.back')}</Link>
        </p>
        {error ? <ErrorNotice error={error} /> : <Loading />}
      </Page>
    );
  }

  const canAct = hasRole('CASEWORKER', 'APPROVER');
  const actions = deskActions(kase.viewerActions);
  const checkBeforeAid = actions.includes('verify') || actions.includes('fastTrack');
  const b = kase.beneficiary;

  return (
    <Page title={t('desk.caseTitleRef', { reference: kase.reference })}>
      <p className="breadcrumb">
        <Link to="/desk">{t('desk.back')}</Link>
      </p>
      <ErrorNotice error={error} />
      {done ? (
        <p className="notice notice-ok" role="status" data-testid="desk-action-done">
          {t('desk.actionDone', { status: t(`desk.status.${done}`) })}
        </p>
      ) : null}

      <dl className="details">
        <dt>{t('desk.statusLabel')}</dt>
        <dd>
          <span className={`badge${STATUS_BADGE[kase.status] ?? ''}`} data-testid="case-status">
            {t(`desk.status.${kase.status}`)}
          </span>
          {kase.overdue ? <span className="badge badge-warn"> {t('desk.overdue')}</span> : null}
        </dd>
        <dt>{t('desk.urgency')}</dt>
        <dd>{t(`urgency.${kase.urgency}`)}</dd>
        <dt>{t('desk.category')}</dt>
        <dd>{categoryLabel(t, kase.category, categories)}</dd>
        {kase.hardshipType ? (
          <>
            <dt>{t('desk.hardshipType')}</dt>
            <dd>{t(`desk.hardship.${kase.hardshipType}`)}</dd>
          </>
        ) : null}
        <dt>{t('desk.region')}</dt>
        <dd>
          {kase.region.name} <span className="code">{kase.region.code}</span>
        </dd>
        <dt>{t('desk.channel')}</dt>
        <dd>
          {label(t, 'desk.channelName', kase.intakeChannel)}
          {kase.reporterKind ? ` · ${label(t, 'report.reporterKindName', kase.reporterKind)}` : null}
        </dd>
        <dt>{t('desk.createdAt')}</dt>
        <dd>{formatDateTime(kase.createdAt, lang)}</dd>
        <dt>{t('desk.updatedAt')}</dt>
        <dd>{formatDateTime(kase.updatedAt, lang)}</dd>
        {kase.dueAt ? (
          <>
            <dt>{t('desk.dueAt')}</dt>
            <dd data-testid="case-due">{formatDateTime(kase.dueAt, lang)}</dd>
          </>
        ) : null}
        <dt>{t('desk.handlers')}</dt>
        <dd>{[kase.handler?.name, kase.backupHandler?.name].filter(Boolean).join(t('common.listSeparator')) || t('desk.nobody')}</dd>
        {kase.referrer ? (
          <>
            <dt>{t('desk.referrer')}</dt>
            <dd>{kase.referrer.name}</dd>
          </>
        ) : null}
        {kase.decisionReason ? (
          <>
            <dt>{t('desk.decisionReason')}</dt>
            <dd data-testid="case-decision-reason">{kase.decisionReason}</dd>
          </>
        ) : null}
        {kase.possibleDuplicateOf ? (
          <>
            <dt>{t('desk.possibleDuplicateOf')}</dt>
            <dd>
              <Link to={`/desk/cases/${encodeURIComponent(kase.possibleDuplicateOf.id)}`}>{kase.possibleDuplicateOf.reference}</Link> · {t(`desk.status.${kase.possibleDuplicateOf.status}`)}
            </dd>
          </>
        ) : null}
        {kase.duplicateOf ? (
          <>
            <dt>{t('desk.duplicateOf')}</dt>
            <dd>
              <Link to={`/desk/cases/${encodeURIComponent(kase.duplicateOf.id)}`}>{kase.duplicateOf.reference}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      <Section id="desk-situation" title={t('desk.situation')}>
        <p className="lead">{kase.situation ?? t('desk.notShown')}</p>
      </Section>

      <Section id="desk-person" title={t('desk.person')}>
        {b ? (
          <dl className="details">
            <dt>{t('desk.identified')}</dt>
            <dd>{b.identified ? t('desk.yes') : t('desk.no')}</dd>
            <dt>{t('report.personName')}</dt>
            <dd>{b.name ?? t('desk.unknown')}</dd>
            <dt>{t('report.personIdNumber')}</dt>
            <dd>{b.idNumber ?? t('desk.unknown')}</dd>
            <dt>{t('report.personPhone')}</dt>
            <dd>{b.phone ?? t('desk.unknown')}</dd>
            <dt>{t('report.personHousehold')}</dt>
            <dd>{b.household ?? t('desk.unknown')}</dd>
            <dt>{t('report.personNotes')}</dt>
            <dd>{b.notes ?? t('desk.unknown')}</dd>
            <dt>{t('desk.consents')}</dt>
            <dd>
              {b.consents.filter((k) => k.active).length > 0
                ? b.consents
                    .filter((k) => k.active)
                    .map((k) => t(`desk.consent.${k.kind}`))
                    .join(t('common.listSeparator'))
                : t('desk.noConsents')}
            </dd>
          </dl>
        ) : (
          <p>{t('desk.notShown')}</p>
        )}
      </Section>

      <Section id="desk-verification" title={t('desk.verification')}>
        <dl className="details">
          <dt>{t('desk.outcome')}</dt>
          <dd data-testid="case-outcome">{kase.verificationOutcome ? t(`desk.outcomeName.${kase.verificationOutcome}`) : t('desk.notYet')}</dd>
          {kase.verificationNotes ? (
            <>
              <dt>{t('desk.verificationNotes')}</dt>
              <dd>{kase.verificationNotes}</dd>
            </>
          ) : null}
          {kase.repeatAidOverrideReason ? (
            <>
              <dt>{t('desk.repeatAidOverrideReason')}</dt>
              <dd>{kase.repeatAidOverrideReason}</dd>
            </>
          ) : null}
          <dt>{t('desk.published')}</dt>
          <dd>{kase.published ? t('desk.yes') : t('desk.no')}</dd>
          {kase.publicSummary ? (
            <>
              <dt>{t('desk.publicSummary')}</dt>
              <dd>{kase.publicSummary}</dd>
            </>
          ) : null}
        </dl>
      </Section>

      <Section id="desk-needs" title={t('desk.needs')}>
        {kase.needs.length === 0 ? (
          <p>{t('desk.noNeeds')}</p>
        ) : (
          <table className="table" data-testid="case-needs">
            <thead>
              <tr>
                <th scope="col">{t('desk.needKind')}</th>
                <th scope="col">{t('desk.needDescription')}</th>
                <th scope="col">{t('desk.payee')}</th>
                <th scope="col">{t('desk.amount')}</th>
                <th scope="col">{t('desk.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {kase.needs.map((n) => (
                <tr key={n.id}>
                  <td>{label(t, 'needKind', n.kind)}</td>
                  <td>{n.description}</td>
                  <td>
                    {label(t, 'payeeKind', n.payeeKind)}
                    {n.payeeName ? ` · ${n.payeeName}` : ''}
                  </td>
                  <td>{money(n.amount)}</td>
                  <td>{money(n.remaining)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="desk-documents" title={t('desk.documents')}>
        <p className="hint">{kase.notice.missingDocuments.length > 0 ? t('desk.missingDocumentsIntro') : kase.notice.category ? t('desk.noMissingDocuments') : t('report.noticeLater')}</p>
        {kase.notice.missingDocuments.length > 0 ? (
          <ul data-testid="case-missing-documents">
            {kase.notice.missingDocuments.map((d) => (
              <li key={d.code}>{labelOr(t, 'document', d.code, d.label)}</li>
            ))}
          </ul>
        ) : null}
        {kase.evidence.length > 0 ? (
          <>
            <h3>{t('desk.evidence')}</h3>
            <ul>
              {kase.evidence.map((e) => (
                <li key={e.id}>
                  {label(t, 'document', e.documentKind)} · {e.fileName} · {formatDateTime(e.uploadedAt, lang)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      {kase.fastTrack ? (
        <Section id="desk-fast-track" title={t('desk.fastTrack')}>
          <dl className="details">
            <dt>{t('desk.amount')}</dt>
            <dd>{money(kase.fastTrack.amount)}</dd>
            <dt>{t('desk.fund')}</dt>
            <dd>{kase.fastTrack.fund.name}</dd>
            <dt>{t('desk.decidedAt')}</dt>
            <dd>{formatDateTime(kase.fastTrack.decidedAt, lang)}</dd>
            <dt>{t('desk.paperworkDueAt')}</dt>
            <dd>
              {formatDateTime(kase.fastTrack.paperworkDueAt, lang)}
              {kase.fastTrack.clearedAt ? ` · ${t('desk.paperworkCleared', { at: formatDateTime(kase.fastTrack.clearedAt, lang) })}` : ''}
              {kase.fastTrack.overdue ? <span className="badge badge-warn"> {t('desk.overdue')}</span> : null}
            </dd>
          </dl>
        </Section>
      ) : null}

      {checkBeforeAid ? <DuplicateCheckSection caseId={kase.id} version={kase.version} /> : null}

      {actions.length > 0 ? (
        <Section id="desk-actions" title={t('desk.actions')}>
          {actions.includes('triage') ? <TriageForm kase={kase} categories={categories} onDone={changed} /> : null}
          {actions.includes('startVerification') ? <StartVerificationForm kase={kase} onDone={changed} /> : null}
          {actions.includes('recordVerification') ? <RecordVerificationForm kase={kase} onDone={changed} /> : null}
          {actions.includes('verify') ? <VerifyForm kase={kase} categories={categories} onDone={changed} /> : null}
          {actions.includes('fastTrack') ? <FastTrackForm kase={kase} onDone={changed} /> : null}
          {actions.includes('reject') ? <RejectForm kase={kase} onDone={changed} /> : null}
        </Section>
      ) : canAct ? (
        <p className="hint">{t('desk.noActions')}</p>
      ) : null}

      <CaseReferrals caseId={kase.id} regionCode={kase.region.code} status={kase.status} />
    </Page>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function DuplicateCheckSection({ caseId, version }: { caseId: string; version: number }) {
  const { t } = useI18n();
  const [check, setCheck] = useState<DuplicateCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let active = true;
    request(DuplicateCheckQuery, { caseId }).then(
      (d) => active && setCheck(d.duplicateCheck),
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
    };
  }, [caseId, version]);
  return (
    <Section id="desk-check" title={t('desk.check')}>
      <ErrorNotice error={error} />
      {check ? (
        <ul data-testid="desk-check">
          <li>{check.openCases.length > 0 ? t('desk.checkOpenCases', { references: check.openCases.map((c) => c.reference).join(t('common.listSeparator')) }) : t('desk.checkNoOpenCases')}</li>
          <li>{check.repeatAidThisYear ? <strong>{t('desk.checkRepeatAid', { count: check.sameReasonAssistance.length + check.sameReasonCases.length })}</strong> : t('desk.checkNoRepeatAid')}</li>
        </ul>
      ) : null}
    </Section>
  );
}

/** One action's state: busy, refusal (userErrors or an error), and running it. */
function useAction(onDone: () => Promise<void>) {
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<ActionPayload>, after?: () => void) => {
    setError(null);
    setUserErrors([]);
    setBusy(true);
    try {
      const r = await work();
      if (r.userErrors.length > 0) setUserErrors(r.userErrors);
      else {
        after?.();
        await onDone();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const byField = (field: string) => userErrors.filter((e) => lastOf(e) === field);
  const rest = (placed: readonly string[]) => userErrors.filter((e) => !placed.includes(lastOf(e)));
  return { run, busy, error, byField, rest, setUserErrors };
}

function ActionForm({ title, onSubmit, children, testId }: { title: string; onSubmit: (e: FormEvent) => void; children: ReactNode; testId: string }) {
  const id = useId();
  return (
    <form onSubmit={onSubmit} noValidate className="form card" aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      {children}
    </form>
  );
}

function CategorySelect({ value, onChange, categories, errors, allowUnknown }: { value: string; onChange: (v: string) => void; categories: CaseCategory[]; errors: UserError[]; allowUnknown: boolean }) {
  const { t } = useI18n();
  return (
    <Field label={t('desk.category')} errors={errors}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {allowUnknown || !value ? <option value="">{allowUnknown ? t('desk.categoryKeep') : t('region.choose')}</option> : null}
          {categories.map((c) => (
            <option key={c.code} value={c.code}>
              {categoryLabel(t, c.code, categories)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function UrgencySelect({ value, onChange, errors }: { value: Urgency; onChange: (v: Urgency) => void; errors: UserError[] }) {
  const { t } = useI18n();
  return (
    <Field label={t('desk.urgency')} errors={errors}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => isUrgency(e.target.value) && onChange(e.target.value)}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`urgency.${u}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TriageForm({ kase, categories, onDone }: { kase: DeskCase; categories: CaseCategory[]; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = useAction(onDone);
  const [category, setCategory] = useState(kase.category ?? '');
  const [urgency, setUrgency] = useState<Urgency>(kase.urgency);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void a.run(async () => (await request(TriageCaseMutation, { input: { caseId: kase.id, category: category || null, urgency } })).triageCase);
  };
  return (
    <ActionForm title={t('desk.triage')} onSubmit={submit} testId="action-triage">
      <p className="hint">{t('desk.triageHint')}</p>
      <ErrorNotice error={a.error} userErrors={a.rest(['category', 'urgency'])} />
      <CategorySelect value={category} onChange={setCategory} categories={categories} errors={a.byField('category')} allowUnknown={!!kase.category} />
      <UrgencySelect value={urgency} onChange={setUrgency} errors={a.byField('urgency')} />
      <button type="submit" disabled={a.busy}>
        {t('desk.triage')}
      </button>
    </ActionForm>
  );
}

function StartVerificationForm({ kase, onDone }: { kase: DeskCase; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void a.run(async () => (await request(StartVerificationMutation, { input: { caseId: kase.id } })).startVerification);
  };
  return (
    <ActionForm title={t('desk.startVerification')} onSubmit={submit} testId="action-start-verification">
      <p className="hint">{t('desk.startVerificationHint')}</p>
      <ErrorNotice error={a.error} userErrors={a.rest([])} />
      <button type="submit" disabled={a.busy}>
        {t('desk.startVerification')}
      </button>
    </ActionForm>
  );
}

function RecordVerificationForm({ kase, onDone }: { kase: DeskCase; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = useAction(onDone);
  const [outcome, setOutcome] = useState<VerificationOutcome>(kase.verificationOutcome ?? 'ELIGIBLE');
  const [notes, setNotes] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void a.run(async () => (await request(RecordVerificationMutation, { input: { caseId: kase.id, outcome, notes: notes || null } })).recordVerification, () => setNotes(''));
  };
  return (
    <ActionForm title={t('desk.recordVerification')} onSubmit={submit} testId="action-record-verification">
      <ErrorNotice error={a.error} userErrors={a.rest(['outcome', 'notes'])} />
      <Field label={t('desk.outcome')} errors={a.byField('outcome')}>
        {(p) => (
          <select {...p} value={outcome} onChange={(e) => isVerificationOutcome(e.target.value) && setOutcome(e.target.value)}>
            {VERIFICATION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`desk.outcomeName.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('desk.verificationNotes')} hint={t('desk.verificationNotesHint')} errors={a.byField('notes')}>
        {(p) => <textarea {...p} rows={3} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <button type="submit" disabled={a.busy}>
        {t('desk.recordVerification')}
      </button>
    </ActionForm>
  );
}

interface NeedRow {
  kind: NeedKind;
  description: string;
  amount: string;
  payeeKind: PayeeKind;
  payeeName: string;
}
const emptyNeed = (): NeedRow => ({ kind: 'CASH', description: '', amount: '', payeeKind: 'BENEFICIARY', payeeName: '' });

function VerifyForm({ kase, categories, onDone }: { kase: DeskCase; categories: CaseCategory[]; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = useAction(onDone);
  const [category, setCategory] = useState(kase.category ?? '');
  const [hardshipType, setHardshipType] = useState<HardshipType>(kase.hardshipType ?? 'SUDDEN');
  const [urgency, setUrgency] = useState<Urgency>(kase.urgency);
  const [needs, setNeeds] = useState<NeedRow[]>([emptyNeed()]);
  const [publish, setPublish] = useState(false);
  const [publicSummary, setPublicSummary] = useState('');
  const [override, setOverride] = useState('');
  const needsErrorId = useId();
  const publishErrorId = useId();
  const canPublish = kase.beneficiary?.consents.some((k) => k.kind === 'PUBLISH' && k.active) ?? false;

  const chooseCategory = (code: string) => {
    setCategory(code);
    const c = categories.find((k) => k.code === code);
    if (c) setHardshipType(c.hardshipType);
  };
  const setNeed = (i: number, patch: Partial<NeedRow>) => setNeeds((ns) => ns.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  const needErrors = (i: number, field: string) => a.byField(field).filter((e) => e.field[2] === String(i));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: NeedInput[] = [];
    const bad: UserError[] = [];
    needs.forEach((n, i) => {
      const fen = parseYuanToFen(n.amount);
      if (!fen || fen === '0') bad.push({ field: ['input', 'needs', String(i), 'amount'], code: 'CLIENT_DESK_AMOUNT', message: '' });
      input.push({ kind: n.kind, description: n.description || null, amount: fen ?? '0', payeeKind: n.payeeKind, payeeName: n.payeeKind === 'BENEFICIARY' ? null : n.payeeName || null });
    });
    if (bad.length > 0) {
      a.setUserErrors(bad);
      return;
    }
    void a.run(
      async () =>
        (
          await request(VerifyCaseMutation, {
            input: { caseId: kase.id, category, hardshipType, urgency, needs: input, publish, publicSummary: publish ? publicSummary : null, repeatAidOverrideReason: override || null },
          })
        ).verifyCase,
    );
  };

  const perNeed = ['kind', 'description', 'amount', 'payeeKind', 'payeeName'];
  const formErrors = a.rest(['category', 'hardshipType', 'urgency', 'needs', 'publish', 'publicSummary', 'repeatAidOverrideReason', ...perNeed]);
  return (
    <ActionForm title={t('desk.verify')} onSubmit={submit} testId="action-verify">
      <p className="hint">{t('desk.verifyHint')}</p>
      <ErrorNotice error={a.error} userErrors={formErrors} />
      <CategorySelect value={category} onChange={chooseCategory} categories={categories} errors={a.byField('category')} allowUnknown={false} />
      <Field label={t('desk.hardshipType')} errors={a.byField('hardshipType')}>
        {(p) => (
          <select {...p} value={hardshipType} onChange={(e) => isHardshipType(e.target.value) && setHardshipType(e.target.value)}>
            {HARDSHIP_TYPES.map((h) => (
              <option key={h} value={h}>
                {t(`desk.hardship.${h}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <UrgencySelect value={urgency} onChange={setUrgency} errors={a.byField('urgency')} />
      <fieldset aria-describedby={a.byField('needs').length > 0 ? needsErrorId : undefined}>
        <legend>{t('desk.needs')}</legend>
        <FieldErrors id={needsErrorId} errors={a.byField('needs')} />
        {needs.map((n, i) => (
          <fieldset key={i} className="card" data-testid="need-row">
            <legend>{t('desk.needNumber', { number: i + 1 })}</legend>
            <Field label={t('desk.needKind')} errors={needErrors(i, 'kind')}>
              {(p) => (
                <select {...p} value={n.kind} onChange={(e) => isNeedKind(e.target.value) && setNeed(i, { kind: e.target.value, ...(e.target.value === 'MEDICAL_BILL' ? { payeeKind: 'HOSPITAL' } : {}) })}>
                  {NEED_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {label(t, 'needKind', k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('desk.needDescription')} errors={needErrors(i, 'description')}>
              {(p) => <input {...p} autoComplete="off" maxLength={500} value={n.description} onChange={(e) => setNeed(i, { description: e.target.value })} />}
            </Field>
            <Field label={t('desk.amountYuan')} hint={t('pledge.amountHint')} errors={needErrors(i, 'amount')}>
              {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={n.amount} onChange={(e) => setNeed(i, { amount: e.target.value })} />}
            </Field>
            <Field label={t('desk.payee')} errors={needErrors(i, 'payeeKind')}>
              {(p) => (
                <select {...p} value={n.payeeKind} onChange={(e) => isPayeeKind(e.target.value) && setNeed(i, { payeeKind: e.target.value })}>
                  {PAYEE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {label(t, 'payeeKind', k)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {n.payeeKind !== 'BENEFICIARY' ? (
              <Field label={t('desk.payeeName')} errors={needErrors(i, 'payeeName')}>
                {(p) => <input {...p} autoComplete="off" maxLength={200} value={n.payeeName} onChange={(e) => setNeed(i, { payeeName: e.target.value })} />}
              </Field>
            ) : null}
            {needs.length > 1 ? (
              <button type="button" className="secondary" onClick={() => setNeeds((ns) => ns.filter((_, j) => j !== i))}>
                {t('desk.removeNeed')}
              </button>
            ) : null}
          </fieldset>
        ))}
        {needs.length < 20 ? (
          <button type="button" className="secondary" onClick={() => setNeeds((ns) => [...ns, emptyNeed()])}>
            {t('desk.addNeed')}
          </button>
        ) : null}
      </fieldset>
      <div className={`field check${a.byField('publish').length > 0 ? ' field-invalid' : ''}`}>
        <label>
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} aria-describedby={a.byField('publish').length > 0 ? publishErrorId : undefined} />{' '}
          {t('desk.publish')}
        </label>
        <p className="hint">{canPublish ? t('desk.publishHint') : t('desk.publishNoConsent')}</p>
        <FieldErrors id={publishErrorId} errors={a.byField('publish')} />
      </div>
      {publish ? (
        <Field label={t('desk.publicSummary')} hint={t('desk.publicSummaryHint')} errors={a.byField('publicSummary')}>
          {(p) => <textarea {...p} rows={3} maxLength={2000} value={publicSummary} onChange={(e) => setPublicSummary(e.target.value)} />}
        </Field>
      ) : null}
      <Field label={t('desk.repeatAidOverrideReason')} hint={t('desk.repeatAidOverrideHint')} errors={a.byField('repeatAidOverrideReason')}>
        {(p) => <input {...p} autoComplete="off" maxLength={2000} value={override} onChange={(e) => setOverride(e.target.value)} />}
      </Field>
      <button type="submit" disabled={a.busy}>
        {t('desk.verify')}
      </button>
    </ActionForm>
  );
}

function FastTrackForm({ kase, onDone }: { kase: DeskCase; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = useAction(onDone);
  const [amount, setAmount] = useState('');
  const [fundId, setFundId] = useState('');
  const [funds, setFunds] = useState<{ id: string; name: string }[]>([]);
  const [override, setOverride] = useState('');
  useEffect(() => {
    let active = true;
    request(ReliefFundsQuery, { regionCode: kase.region.code }).then(
      (d) => {
        if (!active) return;
        setFunds(d.organizations.nodes);
        setFundId((f) => f || (d.organizations.nodes[0]?.id ?? ''));
      },
      () => active && setFunds([]),
    );
    return () => {
      active = false;
    };
  }, [kase.region.code]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fen = parseYuanToFen(amount);
    if (!fen || fen === '0') {
      a.setUserErrors([{ field: ['input', 'amount'], code: 'CLIENT_DESK_AMOUNT', message: '' }]);
      return;
    }
    void a.run(async () => (await request(FastTrackCaseMutation, { input: { caseId: kase.id, amount: fen, fundOrganizationId: fundId, repeatAidOverrideReason: override || null } })).fastTrackCase);
  };
  return (
    <ActionForm title={t('desk.fastTrackAction')} onSubmit={submit} testId="action-fast-track">
      <p className="hint">{t('desk.fastTrackHint')}</p>
      <ErrorNotice error={a.error} userErrors={a.rest(['amount', 'fundOrganizationId', 'repeatAidOverrideReason'])} />
      <Field label={t('desk.amountYuan')} hint={t('pledge.amountHint')} errors={a.byField('amount')}>
        {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </Field>
      <Field label={t('desk.fund')} hint={funds.length === 0 ? t('desk.noFunds') : undefined} errors={a.byField('fundOrganizationId')}>
        {(p) => (
          <select {...p} value={fundId} onChange={(e) => setFundId(e.target.value)}>
            {funds.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('desk.repeatAidOverrideReason')} hint={t('desk.repeatAidOverrideHint')} errors={a.byField('repeatAidOverrideReason')}>
        {(p) => <input {...p} autoComplete="off" maxLength={2000} value={override} onChange={(e) => setOverride(e.target.value)} />}
      </Field>
      <button type="submit" disabled={a.busy || funds.length === 0}>
        {t('desk.fastTrackAction')}
      </button>
    </ActionForm>
  );
}

function RejectForm({ kase, onDone }: { kase: DeskCase; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = useAction(onDone);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void a.run(async () => (await request(RejectCaseMutation, { input: { caseId: kase.id, reason } })).rejectCase);
  };
  return (
    <ActionForm title={t('desk.reject')} onSubmit={submit} testId="action-reject">
      <ErrorNotice error={a.error} userErrors={a.rest(['reason'])} />
      <Field label={t('desk.rejectReason')} hint={t('desk.rejectReasonHint')} errors={a.byField('reason')}>
        {(p) => <textarea {...p} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="secondary" disabled={a.busy}>
        {t('desk.reject')}
      </button>
    </ActionForm>
  );
}
