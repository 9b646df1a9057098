/**
 * Referrals on the desk's case page: the case's referrals between agencies (`case.referrals`), including those an
 * organisation sent back to the desk (which the desk answers here), and the form to refer the case to a
 * verified organisation serving its region (`createReferral`). Follows `referral.updated` on the case's room.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { localIdOf, request, type UserError } from '../../api/client';
import type { CaseStatus } from '../../api/desk';
import { CaseReferralsQuery, CreateReferralMutation, ReferralTargetsQuery, type Referral } from '../../api/referrals';
import { useSession } from '../../api/session';
import { ErrorNotice, Field } from '../../components/ui';
import { hasKey, useI18n } from '../../i18n/i18n';
import { useLiveEvents, type LiveStatus } from '../../live/socket';
import { ReferralCard } from './ReferralCard';

/** Statuses in which the API refuses a referral (the case must be taken in first, and still open). */
const NOT_REFERABLE: readonly CaseStatus[] = ['REPORTED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN', 'CLOSED'];
const lastOf = (e: UserError) => e.field[e.field.length - 1] ?? '_form';

export function CaseReferrals({ caseId, regionCode, status }: { caseId: string; regionCode: string; status: CaseStatus }) {
  const { t } = useI18n();
  const { token, viewer, hasRole } = useSession();
  const [referrals, setReferrals] = useState<Referral[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const d = await request(CaseReferralsQuery, { id: caseId });
      setReferrals(d.case.referrals);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [caseId]);
  useEffect(() => {
    void load();
  }, [load]);
  const localId = localIdOf(caseId);
  // Once watching (and again after a reconnect), read the list afresh: a referral made before the room
  // was joined sends its event to no one here.
  const [live, setLive] = useState<LiveStatus>('connecting');
  const onStatus = (s: LiveStatus) => {
    setLive(s);
    if (s === 'live') void load();
  };
  useLiveEvents(token, localId ? `case:${localId}` : null, 'referral.updated', () => void load(), onStatus);

  const desk = hasRole('CASEWORKER', 'APPROVER');
  const myOrgs = new Set((viewer?.user.memberships ?? []).flatMap((m) => (m.organization ? [m.organization.id] : [])));
  const canAnswer = (r: Referral) => (r.toOrganization ? myOrgs.has(r.toOrganization.id) : desk);

  return (
    <section aria-labelledby="case-referrals" data-testid="case-referrals" data-live={live}>
      <h2 id="case-referrals">{t('referrals.caseSection')}</h2>
      <ErrorNotice error={error} />
      {referrals && referrals.length === 0 ? <p className="hint">{t('referrals.caseNone')}</p> : null}
      {referrals && referrals.length > 0 ? (
        <ul className="cards referral-list" aria-label={t('referrals.listLabel')}>
          {referrals.map((r) => (
            <ReferralCard key={r.id} referral={r} canAnswer={canAnswer(r)} caseLink={false} onChanged={() => void load()} />
          ))}
        </ul>
      ) : null}
      {desk && !NOT_REFERABLE.includes(status) ? <CreateReferralForm caseId={caseId} regionCode={regionCode} onDone={load} /> : null}
    </section>
  );
}

function CreateReferralForm({ caseId, regionCode, onDone }: { caseId: string; regionCode: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const titleId = useId();
  const [targets, setTargets] = useState<{ id: string; name: string; kind: string }[]>([]);
  const [to, setTo] = useState('');
  const [ask, setAsk] = useState('');
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    let active = true;
    request(ReferralTargetsQuery, { regionCode }).then(
      (d) => active && setTargets(d.organizations.nodes),
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
    };
  }, [regionCode]);

  const byField = (f: string) => userErrors.filter((e) => lastOf(e) === f);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setUserErrors([]);
    setSent(false);
    try {
      const n = days.trim() ? Number(days) : null;
      const { createReferral } = await request(CreateReferralMutation, {
        input: { caseId, toOrganizationId: to || null, request: ask, dueWorkingDays: n !== null && Number.isInteger(n) ? n : null },
      });
      if (createReferral.userErrors.length > 0) setUserErrors(createReferral.userErrors);
      else {
        setAsk('');
        setDays('');
        setTo('');
        setSent(true);
        await onDone();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const kindLabel = (kind: string) => {
    const key = `kind.${kind}`;
    return hasKey(key) ? t(key) : kind;
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form card" aria-labelledby={titleId} data-testid="referral-create">
      <h3 id={titleId}>{t('referrals.create')}</h3>
      <p className="hint">{t('referrals.createHint')}</p>
      {sent ? (
        <p className="notice" role="status" data-testid="referral-created">
          {t('referrals.created')}
        </p>
      ) : null}
      <ErrorNotice error={error} userErrors={userErrors.filter((e) => !['toOrganizationId', 'request', 'dueWorkingDays'].includes(lastOf(e)))} />
      <Field label={t('referrals.to')} errors={byField('toOrganizationId')}>
        {(p) => (
          <select {...p} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('referrals.chooseOrganization')}</option>
            {targets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} · {kindLabel(o.kind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('referrals.request')} hint={t('referrals.requestHint')} errors={byField('request')}>
        {(p) => <textarea {...p} rows={3} maxLength={2000} value={ask} onChange={(e) => setAsk(e.target.value)} />}
      </Field>
      <Field label={t('referrals.dueWorkingDays')} hint={t('referrals.dueWorkingDaysHint')} errors={byField('dueWorkingDays')}>
        {(p) => <input {...p} type="number" min={1} max={60} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t('common.working') : t('referrals.send')}
      </button>
    </form>
  );
}
