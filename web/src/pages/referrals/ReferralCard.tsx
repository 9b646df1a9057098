/**
 * One referral between agencies (referrals): the case, from whom to whom, what is asked, the deadline and
 * status; for the receiving side, the answers that fit its status: accept or decline with a reason
 * (`respondToReferral`) while pending, complete with the outcome (`completeReferral`) once accepted.
 * userErrors are shown next to their fields; what was typed stays when refused.
 */
import { useState, type FormEvent } from 'react';
import { request, type UserError } from '../../api/client';
import { CompleteReferralMutation, RespondToReferralMutation, type Referral, type ReferralPayload } from '../../api/referrals';
import { Link } from '../../app/router';
import { ErrorNotice, Field } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';

const lastOf = (e: UserError) => e.field[e.field.length - 1] ?? '_form';
const STATUS_BADGE: Record<Referral['status'], string> = { PENDING: ' badge-warn', ACCEPTED: '', DECLINED: '', COMPLETED: ' badge-ok' };

/** One answer's state: busy, refusal and running it. */
function useAnswer(onDone: (r: Referral) => void) {
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<ReferralPayload>) => {
    setError(null);
    setUserErrors([]);
    setBusy(true);
    try {
      const p = await work();
      if (p.userErrors.length > 0) setUserErrors(p.userErrors);
      else if (p.referral) onDone(p.referral);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, byField: (f: string) => userErrors.filter((e) => lastOf(e) === f), rest: (f: string) => userErrors.filter((e) => lastOf(e) !== f) };
}

export function ReferralCard({ referral: r, canAnswer, caseLink = true, onChanged }: { referral: Referral; canAnswer: boolean; caseLink?: boolean; onChanged: (r: Referral) => void }) {
  const { t, lang } = useI18n();
  const from = r.fromOrganization?.name ?? t('referrals.theDesk');
  const to = r.toOrganization?.name ?? t('referrals.theDesk');
  return (
    <li className="card" data-testid="referral" data-reference={r.caseRef.reference} data-status={r.status}>
      <h3>
        {caseLink ? <Link to={`/desk/cases/${encodeURIComponent(r.caseRef.id)}`}>{r.caseRef.reference}</Link> : t('referrals.fromTo', { from, to })}{' '}
        <span className={`badge${STATUS_BADGE[r.status]}`} data-testid="referral-status">
          {t(`referrals.status.${r.status}`)}
        </span>
        {r.escalationLevel > 0 ? <span className="badge badge-warn"> {t(`referrals.escalation.${Math.min(r.escalationLevel, 3) as 1 | 2 | 3}`)}</span> : null}
      </h3>
      <dl className="facts">
        {caseLink ? (
          <>
            <dt>{t('referrals.from')}</dt>
            <dd>{from}</dd>
          </>
        ) : null}
        <dt>{t('referrals.request')}</dt>
        <dd>{r.request}</dd>
        <dt>{t('referrals.dueAt')}</dt>
        <dd>{formatDateTime(r.dueAt, lang)}</dd>
        <dt>{t('referrals.createdAt')}</dt>
        <dd>{formatDateTime(r.createdAt, lang)}</dd>
        {r.respondedAt ? (
          <>
            <dt>{t('referrals.respondedAt')}</dt>
            <dd>{formatDateTime(r.respondedAt, lang)}</dd>
          </>
        ) : null}
        {r.declineReason ? (
          <>
            <dt>{t('referrals.declineReason')}</dt>
            <dd>{r.declineReason}</dd>
          </>
        ) : null}
        {r.outcome ? (
          <>
            <dt>{t('referrals.outcome')}</dt>
            <dd>{r.outcome}</dd>
          </>
        ) : null}
      </dl>
      {canAnswer && r.status === 'PENDING' ? <RespondForms referral={r} onChanged={onChanged} /> : null}
      {canAnswer && r.status === 'ACCEPTED' ? <CompleteForm referral={r} onChanged={onChanged} /> : null}
    </li>
  );
}

function RespondForms({ referral, onChanged }: { referral: Referral; onChanged: (r: Referral) => void }) {
  const { t } = useI18n();
  const a = useAnswer(onChanged);
  const [reason, setReason] = useState('');
  const answer = (accept: boolean) => (e: FormEvent) => {
    e.preventDefault();
    void a.run(async () => (await request(RespondToReferralMutation, { input: { referralId: referral.id, accept, reason: accept ? null : reason || null } })).respondToReferral);
  };
  return (
    <div className="referral-answer">
      <ErrorNotice error={a.error} userErrors={a.rest('reason')} />
      <form onSubmit={answer(true)} noValidate aria-label={t('referrals.acceptForm')} data-testid="referral-accept">
        <button type="submit" disabled={a.busy}>
          {t('referrals.accept')}
        </button>
      </form>
      <form onSubmit={answer(false)} noValidate aria-label={t('referrals.declineForm')} data-testid="referral-decline" className="form">
        <Field label={t('referrals.declineReason')} hint={t('referrals.declineReasonHint')} errors={a.byField('reason')}>
          {(p) => <textarea {...p} rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <button type="submit" className="secondary" disabled={a.busy}>
          {t('referrals.decline')}
        </button>
      </form>
    </div>
  );
}

function CompleteForm({ referral, onChanged }: { referral: Referral; onChanged: (r: Referral) => void }) {
  const { t } = useI18n();
  const a = useAnswer(onChanged);
  const [outcome, setOutcome] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void a.run(async () => (await request(CompleteReferralMutation, { input: { referralId: referral.id, outcome } })).completeReferral);
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-label={t('referrals.completeForm')} data-testid="referral-complete">
      <ErrorNotice error={a.error} userErrors={a.rest('outcome')} />
      <Field label={t('referrals.outcome')} hint={t('referrals.outcomeHint')} errors={a.byField('outcome')}>
        {(p) => <textarea {...p} rows={2} maxLength={2000} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
      </Field>
      <button type="submit" disabled={a.busy}>
        {t('referrals.complete')}
      </button>
    </form>
  );
}
