import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { errorsByField, localIdOf, request, type UserError } from '../../api/client';
import { withAmountText } from '../../api/errors';
import { CaseLedgerQuery, CasePledgesQuery, CreatePledgeMutation, PublicCaseQuery, type CaseFunding, type CaseLedger, type Pledge, type PledgeStatus, type PublicCase, type PublicPledge } from '../../api/donor';
import { useSession } from '../../api/session';
import { Link } from '../../app/router';
import { ErrorNotice, Field, Loading, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { formatFen, parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import { useLiveEvents, type LiveStatus } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { DisbursementsSection } from '../payouts/DisbursementsSection';
import { label } from './labels';

const money = (fen: string) => formatFen(fen) ?? fen;

export function CasePage({ params }: RouteProps) {
  const { t, lang } = useI18n();
  const { token } = useSession();
  const id = params.id ?? '';
  const [kase, setKase] = useState<PublicCase | null>(null);
  const [funding, setFunding] = useState<CaseFunding | null>(null);
  const [pledges, setPledges] = useState<{ nodes: PublicPledge[]; totalCount: number } | null>(null);
  const [ledger, setLedger] = useState<CaseLedger | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const versionRef = useRef<number | null>(null);

  const loadCase = useCallback(async () => {
    try {
      const data = await request(PublicCaseQuery, { id });
      setKase(data.publicCase);
      // Keep whichever figures are newer: a live event may have arrived while this was loading.
      if (versionRef.current === null || data.caseFunding.version > versionRef.current) {
        versionRef.current = data.caseFunding.version;
        setFunding(data.caseFunding);
      }
    } catch (err) {
      setError(err);
    }
  }, [id]);

  const loadActivity = useCallback(async () => {
    try {
      const [p, l] = await Promise.all([request(CasePledgesQuery, { caseId: id, first: 50 }), request(CaseLedgerQuery, { caseId: id })]);
      setPledges(p.casePledges);
      setLedger(l.caseLedger);
    } catch (err) {
      setError(err);
    }
  }, [id]);

  useEffect(() => {
    setKase(null);
    setFunding(null);
    versionRef.current = null;
    setError(null);
    void loadCase();
    void loadActivity();
  }, [loadCase, loadActivity]);

  const localId = localIdOf(id);
  useLiveEvents(
    token,
    localId ? `case:${localId}` : null,
    'case.funding',
    (e) => {
      // Apply an event only when it is newer than the figures on screen.
      if (versionRef.current !== null && versionRef.current >= e.version) return;
      versionRef.current = e.version;
      setFunding((prev) => ({ caseId: prev?.caseId ?? id, target: e.target, confirmed: e.confirmed, reserved: e.reserved, donors: e.donors, version: e.version }));
      // The figures changed: refresh the needs' remaining amounts, the pledge list and the ledger.
      void loadCase();
      void loadActivity();
    },
    setLive,
  );
  // Money paid out (a disbursement, a relief payment) moves the ledger, not the funding figures.
  useLiveEvents(token, localId ? `case:${localId}` : null, 'case.ledger', () => void loadActivity());
  const reloadActivity = useCallback(() => void loadActivity(), [loadActivity]);

  if (error && !kase) {
    return (
      <Page title={t('case.title')}>
        <ErrorNotice error={error} />
      </Page>
    );
  }
  if (!kase) return <Loading />;

  return (
    <Page title={t('case.heading', { reference: kase.reference })}>
      <p className="meta">
        {kase.county.name} · {label(t, 'category', kase.category)} · <span className={`badge urgency-${kase.urgency.toLowerCase()}`}>{t(`urgency.${kase.urgency}`)}</span> ·{' '}
        {t('cases.published', { at: formatDateTime(kase.publishedAt, lang) })}
      </p>
      <p className="case-summary">{kase.summary}</p>

      <section aria-labelledby="funding-title" className="funding">
        <h2 id="funding-title">{t('case.funding')}</h2>
        {funding ? (
          <dl className="figures">
            <div>
              <dt>{t('case.target')}</dt>
              <dd data-testid="funding-target">{money(funding.target)}</dd>
            </div>
            <div>
              <dt>{t('case.confirmed')}</dt>
              <dd data-testid="funding-confirmed">{money(funding.confirmed)}</dd>
            </div>
            <div>
              <dt>{t('case.reserved')}</dt>
              <dd data-testid="funding-reserved">{money(funding.reserved)}</dd>
            </div>
            <div>
              <dt>{t('case.donors')}</dt>
              <dd data-testid="funding-donors">{funding.donors}</dd>
            </div>
          </dl>
        ) : null}
        <p className="meta" role="status">
          {t(`live.status.${live}`)}
        </p>
      </section>

      <section aria-labelledby="needs-title">
        <h2 id="needs-title">{t('case.needs')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('case.need')}</th>
              <th scope="col">{t('case.needAmount')}</th>
              <th scope="col">{t('cases.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {kase.needs.map((n) => (
              <tr key={n.id}>
                <td>
                  {label(t, 'needKind', n.kind)}: {n.description}
                </td>
                <td>{money(n.amount)}</td>
                <td>{money(n.remaining)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {token ? (
        <PledgeForm kase={kase} onPledged={() => void loadCase()} />
      ) : (
        <p className="notice">
          <Link to={`/sign-in?next=${encodeURIComponent(`/cases/${id}`)}`}>{t('pledge.signInToPledge')}</Link>
        </p>
      )}

      <section aria-labelledby="pledges-title">
        <h2 id="pledges-title">{t('case.pledges')}</h2>
        {pledges && pledges.nodes.length > 0 ? (
          <ul className="pledge-list">
            {pledges.nodes.map((p, i) => (
              <li key={i}>
                <strong>{money(p.amount)}</strong> · {p.donorName ?? t('case.anonymousDonor')} · {formatDateTime(p.confirmedAt, lang)}
                {p.message ? <blockquote>{p.message}</blockquote> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('case.noPledges')}</p>
        )}
      </section>

      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t('case.ledger')}</h2>
        {ledger ? (
          <>
            <dl className="figures">
              <div>
                <dt>{t('case.totalIn')}</dt>
                <dd data-testid="ledger-total-in">{money(ledger.totalIn)}</dd>
              </div>
              <div>
                <dt>{t('case.totalOut')}</dt>
                <dd data-testid="ledger-total-out">{money(ledger.totalOut)}</dd>
              </div>
              <div>
                <dt>{t('case.held')}</dt>
                <dd data-testid="ledger-held">{money(ledger.held)}</dd>
              </div>
            </dl>
            {ledger.moneyIn.length > 0 ? (
              <table className="table">
                <caption>{t('case.moneyIn')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('case.kind')}</th>
                    <th scope="col">{t('case.count')}</th>
                    <th scope="col">{t('pledge.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ledger.moneyIn.map((m) => (
                    <tr key={m.kind}>
                      <td>{label(t, 'moneyIn', m.kind)}</td>
                      <td>{m.count}</td>
                      <td>{money(m.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {ledger.moneyOut.length > 0 ? (
              <table className="table">
                <caption>{t('case.moneyOut')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('case.when')}</th>
                    <th scope="col">{t('case.kind')}</th>
                    <th scope="col">{t('case.payee')}</th>
                    <th scope="col">{t('pledge.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ledger.moneyOut.map((m, i) => (
                    <tr key={i}>
                      <td>{formatDateTime(m.at, lang)}</td>
                      <td>{label(t, 'moneyOut', m.kind)}</td>
                      <td>{m.payeeName ?? label(t, 'payeeKind', m.payeeKind)}</td>
                      <td>{money(m.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('case.noMoneyOut')}</p>
            )}
          </>
        ) : null}
      </section>

      {/* Shown only to people the server lets read the case's disbursements. */}
      <DisbursementsSection key={token ?? ''} kase={kase} onChanged={reloadActivity} />
    </Page>
  );
}


function PledgeForm({ kase, onPledged }: { kase: PublicCase; onPledged: () => void }) {
  const { t } = useI18n();
  const open = kase.needs.filter((n) => n.remaining !== '0');
  const [needId, setNeedId] = useState(open[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [pledge, setPledge] = useState<Pledge | null>(null);
  const { token, viewer } = useSession();
  // Status changes of the donor's pledges, by local ID; the sandbox may confirm before the mutation's answer arrives.
  const updates = useRef(new Map<string, { status: PledgeStatus; releaseReason: string | null }>());
  const withUpdate = (p: Pledge): Pledge => {
    const u = updates.current.get(localIdOf(p.id) ?? '');
    return u ? { ...p, status: u.status, releaseReason: u.releaseReason } : p;
  };
  const userRoom = viewer ? localIdOf(viewer.user.id) : null;
  useLiveEvents(token, userRoom ? `user:${userRoom}` : null, 'pledge.updated', (e) => {
    updates.current.set(e.pledgeId, { status: e.status as PledgeStatus, releaseReason: e.releaseReason });
    setPledge((prev) => (prev ? withUpdate(prev) : prev));
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setUserErrors([]);
    const fen = parseYuanToFen(amount);
    if (!fen || fen === '0') {
      setUserErrors([{ field: ['input', 'amount'], code: 'CLIENT_PLEDGE_AMOUNT', message: '' }]);
      return;
    }
    setBusy(true);
    try {
      // One key per submission: a retried request returns the same pledge instead of a second one.
      const idempotencyKey = crypto.randomUUID();
      const { createPledge } = await request(CreatePledgeMutation, {
        input: { caseId: kase.id, needId, amount: fen, method: 'SANDBOX', anonymous, ...(message.trim() ? { message: message.trim() } : {}), idempotencyKey },
      });
      if (createPledge.userErrors.length > 0) setUserErrors(createPledge.userErrors.map((u) => withAmountText(u, { EXCEEDS_REMAINING: (fen) => t('pledge.exceedsRemaining', { remaining: money(fen) }) })));
      else if (createPledge.pledge) {
        setPledge(withUpdate(createPledge.pledge));
        setAmount('');
        setMessage('');
        onPledged();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  const formErrors = [...(byField._form ?? []), ...(byField.caseId ?? []), ...(byField.idempotencyKey ?? []), ...(byField.method ?? []), ...(byField.organizationId ?? [])];

  return (
    <section aria-labelledby="pledge-title" className="pledge-form">
      <h2 id="pledge-title">{t('pledge.title')}</h2>
      {open.length === 0 ? (
        <p>{t('pledge.fullyFunded')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorNotice error={error} userErrors={formErrors} />
          <Field label={t('pledge.need')} errors={byField.needId}>
            {(p) => (
              <select {...p} value={needId} onChange={(e) => setNeedId(e.target.value)}>
                {open.map((n) => (
                  <option key={n.id} value={n.id}>
                    {t('pledge.needOption', { description: n.description, remaining: money(n.remaining) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('pledge.amountYuan')} hint={t('pledge.amountHint')} errors={byField.amount}>
            {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
          </Field>
          <Field label={t('pledge.message')} hint={t('pledge.messageHint')} errors={byField.message}>
            {(p) => <textarea {...p} maxLength={500} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />}
          </Field>
          <div className="field">
            <label className="check">
              <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('pledge.anonymous')}
            </label>
          </div>
          <fieldset>
            <legend>{t('pledge.method')}</legend>
            <label className="check">
              <input type="radio" name="method" value="SANDBOX" checked readOnly /> {t('pledge.sandbox')}
            </label>
            <p className="hint">{t('pledge.sandboxHint')}</p>
          </fieldset>
          <button type="submit" disabled={busy}>
            {t('pledge.submit')}
          </button>
        </form>
      )}
      {pledge ? (
        <div className="notice notice-ok" role="status">
          <p>{t('pledge.done', { amount: money(pledge.amount), status: t(`pledge.statusName.${pledge.status}`) })}</p>
          {pledge.payment.sandbox ? <p>{t('pledge.sandboxHint')}</p> : null}
          <p>
            <Link to="/me/pledges">{t('pledge.seeMine')}</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}
