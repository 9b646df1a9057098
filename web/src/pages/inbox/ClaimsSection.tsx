/**
 * "Our claims": the organisation's claims, newest first, whatever became of their cases (`organizationClaims`), a page
 * at a time and optionally only those in one state. An active claim takes the aid given against it ("record aid
 * given": what kind, how much — empty means the rest) until it is fulfilled, or is given back ("release", with an
 * optional reason) so its unfulfilled amount opens to others again.
 */
import { useId, useState, type FormEvent } from 'react';
import { request } from '../../api/client';
import { ASSISTANCE_KINDS, CLAIM_STATUSES, FulfilClaimMutation, isAssistanceKind, isClaimStatus, ReleaseClaimMutation, type AssistanceKind, type Claim, type ClaimStatus } from '../../api/inbox';
import { useSubmit } from '../../api/useSubmit';
import { ErrorNotice, Field, SubmitCancel } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import { label } from '../donor/labels';
import { byField, clientError, fieldOf, inboxUserError, money } from './shared';

/** The claims on screen: the loaded pages, whether more follow, and how many there are in all. */
export interface ClaimsView {
  claims: Claim[];
  hasMore: boolean;
  totalCount: number;
}

export function ClaimsSection({
  view,
  status,
  loading,
  error,
  onStatus,
  onMore,
  onChanged,
}: {
  view: ClaimsView | null;
  status: ClaimStatus | null;
  loading: boolean;
  error: unknown;
  onStatus: (status: ClaimStatus | null) => void;
  onMore: () => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="inbox-claims-title" className="inbox-claims">
      <h2 id="inbox-claims-title">{t('inbox.claims.title')}</h2>
      <p className="hint">{t('inbox.claims.intro')}</p>
      <div className="filters">
        <Field label={t('inbox.claims.filterStatus')}>
          {(p) => (
            <select {...p} value={status ?? ''} onChange={(e) => onStatus(isClaimStatus(e.target.value) ? e.target.value : null)}>
              <option value="">{t('common.all')}</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`inbox.claimStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNotice error={error} />
      {view ? (
        <p className="count" role="status" data-testid="inbox-claims-count">
          {t('inbox.claims.count', { count: view.totalCount })}
        </p>
      ) : null}
      {view && view.claims.length === 0 ? <p>{status ? t('inbox.claims.noneInStatus') : t('inbox.claims.none')}</p> : null}
      <ul className="inbox-list">
        {view?.claims.map((c) => (
          <ClaimCard key={c.id} claim={c} onChanged={onChanged} />
        ))}
      </ul>
      {view?.hasMore && !loading ? (
        <button type="button" className="secondary" onClick={onMore}>
          {t('inbox.more')}
        </button>
      ) : null}
    </section>
  );
}

const STATUS_BADGE: Record<Claim['status'], string> = { ACTIVE: 'badge-warn', FULFILLED: 'badge-ok', RELEASED: '', EXPIRED: '' };

function ClaimCard({ claim, onChanged }: { claim: Claim; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const [mode, setMode] = useState<'idle' | 'fulfil' | 'release'>('idle');
  const rest = (BigInt(claim.amount) - BigInt(claim.fulfilledAmount)).toString();
  const active = claim.status === 'ACTIVE';
  const done = () => {
    setMode('idle');
    onChanged();
  };
  return (
    <li className="card inbox-claim-card" data-testid="inbox-claim" data-reference={claim.case.reference} data-status={claim.status}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>
          {claim.case.reference} · {money(claim.amount)}{' '}
          <span className={`badge ${STATUS_BADGE[claim.status]}`} data-testid="claim-status">
            {t(`inbox.claimStatus.${claim.status}`)}
          </span>
        </h3>
        <dl className="details">
          <dt>{t('inbox.claims.region')}</dt>
          <dd>{claim.case.region.name}</dd>
          <dt>{t('inbox.claims.amount')}</dt>
          <dd data-testid="claim-amount">{money(claim.amount)}</dd>
          <dt>{t('inbox.claims.fulfilled')}</dt>
          <dd data-testid="claim-fulfilled">{money(claim.fulfilledAmount)}</dd>
          {active ? (
            <>
              <dt>{t('inbox.claims.rest')}</dt>
              <dd data-testid="claim-rest">{money(rest)}</dd>
              <dt>{t('inbox.claims.deadline')}</dt>
              <dd data-testid="claim-deadline">{formatDateTime(claim.deadlineAt, lang)}</dd>
            </>
          ) : null}
          <dt>{t('inbox.claims.lines')}</dt>
          <dd>
            <ul className="claim-lines">
              {claim.lines.map((l) => (
                <li key={l.need.id}>{t('inbox.claims.line', { description: l.need.description, kind: label(t, 'needKind', l.need.kind), amount: money(l.amount) })}</li>
              ))}
            </ul>
          </dd>
          {claim.note ? (
            <>
              <dt>{t('inbox.claims.note')}</dt>
              <dd>{claim.note}</dd>
            </>
          ) : null}
          <dt>{t('inbox.claims.createdAt')}</dt>
          <dd>{formatDateTime(claim.createdAt, lang)}</dd>
          {claim.closedAt ? (
            <>
              <dt>{t('inbox.claims.closedAt')}</dt>
              <dd>{formatDateTime(claim.closedAt, lang)}</dd>
            </>
          ) : null}
          {claim.closeReason && claim.status !== 'FULFILLED' ? (
            <>
              <dt>{t('inbox.claims.closeReason')}</dt>
              <dd data-testid="claim-close-reason">{claim.closeReason}</dd>
            </>
          ) : null}
        </dl>
        {active && mode === 'fulfil' ? <FulfilForm claim={claim} rest={rest} onDone={done} onCancel={() => setMode('idle')} /> : null}
        {active && mode === 'release' ? <ReleaseForm claim={claim} onDone={done} onCancel={() => setMode('idle')} /> : null}
        {active && mode === 'idle' ? (
          <div className="actions">
            <button type="button" onClick={() => setMode('fulfil')}>
              {t('inbox.fulfil.open')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('release')}>
              {t('inbox.release.open')}
            </button>
          </div>
        ) : null}
      </article>
    </li>
  );
}

function FulfilForm({ claim, rest, onDone, onCancel }: { claim: Claim; rest: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<AssistanceKind>(() => {
    const first = claim.lines[0]?.need.kind;
    return first && isAssistanceKind(first) ? first : 'CASH';
  });
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, userErrors, send, refuse } = useSubmit();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fen = amount.trim() ? parseYuanToFen(amount) : undefined;
    if (fen === null || fen === '0') return refuse([clientError('amount', t('inbox.error.amountFormat'))]);
    await send(async () => {
      const { fulfilClaim } = await request(FulfilClaimMutation, { input: { claimId: claim.id, kind, ...(fen ? { amount: fen } : {}), ...(note.trim() ? { note: note.trim() } : {}) } });
      if (fulfilClaim.userErrors.length === 0) onDone();
      return fulfilClaim.userErrors.map((u) => inboxUserError(t, u));
    });
  };

  const errors = byField(userErrors);
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('inbox.fulfil.formLabel', { reference: claim.case.reference })}>
      <ErrorNotice error={error} userErrors={userErrors.filter((u) => !['kind', 'amount', 'note'].includes(fieldOf(u)))} />
      <Field label={t('inbox.fulfil.kind')} errors={errors.kind}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => isAssistanceKind(e.target.value) && setKind(e.target.value)}>
            {ASSISTANCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`inbox.assistanceKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inbox.fulfil.amount')} hint={t('inbox.fulfil.amountHint', { rest: money(rest) })} errors={errors.amount}>
        {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </Field>
      <Field label={t('inbox.fulfil.note')} errors={errors.note}>
        {(p) => <textarea {...p} maxLength={1000} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <SubmitCancel busy={busy} submitLabel={t('inbox.fulfil.submit')} cancelLabel={t('inbox.cancel')} onCancel={onCancel} />
    </form>
  );
}

function ReleaseForm({ claim, onDone, onCancel }: { claim: Claim; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { busy, error, userErrors, send } = useSubmit();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await send(async () => {
      const { releaseClaim } = await request(ReleaseClaimMutation, { input: { claimId: claim.id, ...(reason.trim() ? { reason: reason.trim() } : {}) } });
      if (releaseClaim.userErrors.length === 0) onDone();
      return releaseClaim.userErrors.map((u) => inboxUserError(t, u));
    });
  };

  const errors = byField(userErrors);
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('inbox.release.formLabel', { reference: claim.case.reference })}>
      <p className="notice notice-warning">{t('inbox.release.warning', { amount: money((BigInt(claim.amount) - BigInt(claim.fulfilledAmount)).toString()) })}</p>
      <ErrorNotice error={error} userErrors={userErrors.filter((u) => fieldOf(u) !== 'reason')} />
      <Field label={t('inbox.release.reason')} hint={t('inbox.release.reasonHint')} errors={errors.reason}>
        {(p) => <textarea {...p} maxLength={500} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <SubmitCancel busy={busy} submitLabel={t('inbox.release.submit')} cancelLabel={t('inbox.cancel')} onCancel={onCancel} />
    </form>
  );
}
