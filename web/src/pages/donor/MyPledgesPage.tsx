import { Fragment, useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { usePagedList } from '../../api/usePagedList';
import { fetchWithSession, localIdOf, request } from '../../api/client';
import { PublicCaseReferenceQuery } from '../../api/donor';
import { AnswerSurplusMutation, MyPledgesQuery, type MyPledge, type SurplusAllocation, type SurplusPreference } from '../../api/payouts';
import { useSession } from '../../api/session';
import { useSubmit } from '../../api/useSubmit';
import { Link } from '../../app/router';
import { ErrorNotice, Loading, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { formatFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import { useLiveEvents } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { label } from './labels';

const PAGE_SIZE = 20;
/** The most `myPledges` returns at once; a refresh reloads what is on screen up to this. */
const MAX_PAGE = 100;

const money = (fen: string) => formatFen(fen) ?? fen;

export function MyPledgesPage(_props: RouteProps) {
  const { t, lang } = useI18n();
  const { token, viewer } = useSession();
  const [references, setReferences] = useState<Record<string, string>>({});
  const fetchPage = useCallback(async (first: number, after: string | null) => (await request(MyPledgesQuery, { first, after })).myPledges, []);
  // `refresh` reloads the pledges on screen (after an answer or a live update), keeping their number.
  const { items, page, loading, error, reload: refresh, more } = usePagedList(fetchPage, PAGE_SIZE, MAX_PAGE);

  // A pledge confirmed, released or settled elsewhere (the sandbox, a default answer, a surplus refund sent) shows without reloading the page.
  const userRoom = viewer ? localIdOf(viewer.user.id) : null;
  useLiveEvents(token, userRoom ? `user:${userRoom}` : null, 'pledge.updated', () => void refresh());

  // Pledges carry the case's ID only; look up the public reference of each case not yet known (a case no longer published keeps a plain link).
  useEffect(() => {
    const ids = items.flatMap((p) => [p.caseId, ...p.surplus.flatMap((s) => (s.targetCaseId ? [s.targetCaseId] : []))]);
    const missing = [...new Set(ids)].filter((caseId) => !(caseId in references));
    if (missing.length === 0) return;
    let active = true;
    void Promise.allSettled(missing.map((caseId) => request(PublicCaseReferenceQuery, { id: caseId }))).then((results) => {
      if (!active) return;
      const found: Record<string, string> = {};
      results.forEach((r, i) => {
        const caseId = missing[i];
        if (caseId !== undefined) found[caseId] = r.status === 'fulfilled' ? r.value.publicCase.reference : '';
      });
      setReferences((prev) => ({ ...prev, ...found }));
    });
    return () => {
      active = false;
    };
  }, [items, references]);

  return (
    <Page title={t('myPledges.title')}>
      <ErrorNotice error={error} />
      {page ? (
        <p role="status" className="count">
          {t('myPledges.count', { count: page.totalCount })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('myPledges.created')}</th>
              <th scope="col">{t('myPledges.case')}</th>
              <th scope="col">{t('pledge.amount')}</th>
              <th scope="col">{t('pledge.method')}</th>
              <th scope="col">{t('pledge.status')}</th>
              <th scope="col">{t('myPledges.receipt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <Fragment key={p.id}>
                <tr>
                  <td>{formatDateTime(p.createdAt, lang)}</td>
                  <td>
                    <Link to={`/cases/${encodeURIComponent(p.caseId)}`}>{references[p.caseId] || t('myPledges.openCase')}</Link>
                  </td>
                  <td>{money(p.amount)}</td>
                  <td>{p.payment.sandbox ? t('pledge.sandbox') : label(t, 'pledge.methodName', p.method)}</td>
                  <td>
                    {t(`pledge.statusName.${p.status}`)}
                    {p.releaseReason ? ` (${label(t, 'pledge.releaseReason', p.releaseReason)})` : ''}
                    <DisputeNote pledge={p} />
                  </td>
                  <td>
                    <ReceiptActions pledge={p} />
                  </td>
                </tr>
                {p.surplus.length > 0 ? (
                  <tr className="surplus-row">
                    <td colSpan={6}>
                      <SurplusList pledge={p} references={references} onAnswered={() => void refresh()} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
      {!loading && page && items.length === 0 ? (
        <p>
          {t('myPledges.none')} <Link to="/cases">{t('myPledges.browse')}</Link>
        </p>
      ) : null}
      {loading ? <Loading /> : null}
      {page?.hasNextPage && !loading ? (
        <button type="button" className="secondary" onClick={() => void more()}>
          {t('cases.more')}
        </button>
      ) : null}
    </Page>
  );
}

/** A card dispute (chargeback) on the pledge's payment, in plain words with the amount. */
function DisputeNote({ pledge }: { pledge: MyPledge }) {
  const { t } = useI18n();
  const status = pledge.disputeStatus;
  if (!status) return null;
  return (
    <p className="dispute" data-testid="pledge-dispute">
      <span className={`badge${status === 'OPEN' ? ' badge-warn' : status === 'WON' ? ' badge-ok' : ''}`}>{t(`myPledges.dispute.${status}`, { amount: money(pledge.disputedAmount) })}</span>
    </p>
  );
}

/** How long a receipt's blob URL lives: long enough for the new tab to load it. */
const BLOB_URL_MS = 60_000;

/**
 * The receipt number and two buttons. The receipt endpoints need the session token, which a
 * link cannot send: the file is fetched with it and opened as a blob URL in a new tab.
 */
function ReceiptActions({ pledge }: { pledge: MyPledge }) {
  const { t } = useI18n();
  const numberId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const receipt = pledge.receipt;
  if (!receipt) return <span className="meta">{pledge.status === 'RESERVED' ? t('myPledges.receiptOncePaid') : t('myPledges.noReceipt')}</span>;

  const open = async (path: string) => {
    setError(null);
    setBlocked(null);
    // Open the tab now, while the click still counts as the person's, and point it at the file once it has arrived.
    const tab = window.open('', '_blank');
    setBusy(true);
    try {
      if (!path.startsWith('/receipts/')) throw new Error(`unexpected receipt path ${path}`);
      const blob = await fetchWithSession(path);
      const url = URL.createObjectURL(blob);
      setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_MS);
      if (tab && !tab.closed) {
        tab.opener = null;
        tab.location.href = url;
      } else {
        // The browser blocked the new tab: offer a link, which a click opens.
        setBlocked(url);
      }
    } catch (err) {
      tab?.close();
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="receipt">
      <code id={numberId}>{receipt.number}</code>{' '}
      <button type="button" className="secondary" aria-describedby={numberId} disabled={busy} onClick={() => void open(receipt.htmlPath)}>
        {t('myPledges.receiptHtml')}
      </button>{' '}
      <button type="button" className="secondary" aria-describedby={numberId} disabled={busy} onClick={() => void open(receipt.pdfPath)}>
        {t('myPledges.receiptPdf')}
      </button>
      <ErrorNotice error={error} />
      {blocked ? (
        <p className="notice notice-warning">
          {t('myPledges.receiptBlocked')}{' '}
          <a href={blocked} target="_blank" rel="noopener noreferrer">
            {t('myPledges.receiptOpen')}
          </a>
        </p>
      ) : null}
    </div>
  );
}

function SurplusList({ pledge, references, onAnswered }: { pledge: MyPledge; references: Record<string, string>; onAnswered: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="surplus">
      <p className="surplus-title">
        <strong>{t('surplus.title')}</strong>
      </p>
      <ul className="surplus-list">
        {pledge.surplus.map((s) => (
          <li key={s.id} data-testid="surplus">
            <p>
              <strong>{t('surplus.line', { amount: money(s.amount), reason: t(`surplus.reason.${s.reason}`) })}</strong> {s.note ? <q>{s.note}</q> : null} ·{' '}
              <span className={`badge${s.status === 'PENDING' ? ' badge-warn' : ' badge-ok'}`}>{t(`surplus.status.${s.status}`)}</span>
            </p>
            {s.status === 'PENDING' ? (
              <>
                <p className="hint">{t('surplus.answerBy', { date: formatDateTime(s.answerBy, lang), default: t(`surplus.preference.${pledge.surplusPreference}`) })}</p>
                <SurplusAnswer allocation={s} onAnswered={onAnswered} />
              </>
            ) : (
              <SurplusOutcome allocation={s} references={references} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SurplusOutcome({ allocation: s, references }: { allocation: SurplusAllocation; references: Record<string, string> }) {
  const { t, lang } = useI18n();
  const redirected = s.status === 'REDIRECTED' && s.targetCaseId;
  return (
    <p>
      {redirected ? (
        <>
          {t('surplus.redirectedTo')}{' '}
          <Link to={`/cases/${encodeURIComponent(s.targetCaseId ?? '')}`}>{references[s.targetCaseId ?? ''] || t('myPledges.openCase')}</Link>
          {s.refunded !== '0' ? '; ' : ''}
        </>
      ) : null}
      {s.refunded !== '0' ? (
        <span data-testid="surplus-refund">
          {t('surplus.refunded', { amount: money(s.refunded) })} ·{' '}
          {s.refundSentAt ? t('surplus.refundSent', { at: formatDateTime(s.refundSentAt, lang) }) : t('surplus.refundPending')}
        </span>
      ) : null}
      {s.decidedBy === 'DEFAULT' ? <span className="meta"> {t('surplus.decidedByDefault')}</span> : null}
    </p>
  );
}

/** The donor's answer to a pending surplus: a refund, or the case the platform suggests. */
function SurplusAnswer({ allocation: s, onAnswered }: { allocation: SurplusAllocation; onAnswered: () => void }) {
  const { t } = useI18n();
  const name = useId();
  const errorId = useId();
  const [choice, setChoice] = useState<SurplusPreference | null>(null);
  const { busy, error, userErrors, send, refuse } = useSubmit();
  const canRedirect = !!s.suggestedCaseId;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return refuse([{ field: ['input', 'choice'], code: 'CLIENT_SURPLUS_CHOICE', message: '' }]);
    await send(async () => {
      // Without a target the server gives the money to the suggested case.
      const { answerSurplus } = await request(AnswerSurplusMutation, { input: { allocationId: s.id, choice } });
      onAnswered();
      return answerSurplus.userErrors;
    });
  };

  const invalid = userErrors.length > 0 || !!error;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="surplus-answer">
      <fieldset aria-describedby={invalid ? errorId : undefined} aria-invalid={invalid || undefined}>
        <legend>{t('surplus.choice')}</legend>
        <label className="check">
          <input type="radio" name={name} value="REFUND" checked={choice === 'REFUND'} onChange={() => setChoice('REFUND')} /> {t('surplus.refund')}
        </label>
        {canRedirect ? (
          <label className="check">
            <input type="radio" name={name} value="REDIRECT" checked={choice === 'REDIRECT'} onChange={() => setChoice('REDIRECT')} />{' '}
            {t('surplus.redirect', { reference: s.suggestedCaseReference ?? '' })}
          </label>
        ) : (
          <p className="hint">{t('surplus.noSuggestion')}</p>
        )}
        {/* Every problem with the answer (the choice, the target case, a surplus settled meanwhile) belongs to this control. */}
        <div id={errorId}>
          <ErrorNotice error={error} userErrors={userErrors} />
        </div>
        <button type="submit" disabled={busy}>
          {t('surplus.submit')}
        </button>
      </fieldset>
    </form>
  );
}
