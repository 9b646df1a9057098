/**
 * The case page's disbursements (payouts) section: the case's disbursements with their actions (approve, mark as
 * paid, cancel) and a form to request one. Only people the server lets read the case's
 * disbursements see it: the web cannot know in advance who may, so it asks, and stays hidden
 * on FORBIDDEN / NOT_FOUND (donors, other regions) and for signed-out people. The same answer
 * says what the person may do (`disbursementRights`): the form and each button show only for
 * those who may use them, so an auditor or a plain member of a handling organisation reads the
 * list without any. Cancelled requests follow the others, greyed, with their reason.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, errorsByField, localIdOf, request, type UserError } from '../../api/client';
import { withAmountText } from '../../api/errors';
import type { PublicCase } from '../../api/donor';
import {
  ApproveDisbursementMutation,
  CancelDisbursementMutation,
  CaseDisbursementsQuery,
  isPayeeKind,
  MarkDisbursedMutation,
  PAYEE_KINDS,
  RequestDisbursementMutation,
  type Disbursement,
  type DisbursementRights,
  type PayableNeed,
  type PayeeKind,
  type RequestDisbursementInput,
} from '../../api/payouts';
import { useSession } from '../../api/session';
import { useSubmit } from '../../api/useSubmit';
import { ErrorNotice, Field } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { formatFen, parseYuanToFen } from '../../format/money';
import { useI18n, type Translate } from '../../i18n/i18n';
import { useLiveEvents } from '../../live/socket';
import { label } from '../donor/labels';

const money = (fen: string) => formatFen(fen) ?? fen;

/** Answers that mean "not for you": the section stays hidden. */
const HIDDEN = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/** The field a userError belongs to (the last segment of its path; `_form` for none). */
const fieldOf = (e: UserError): string => e.field[e.field.length - 1] ?? '_form';

/** What the section shows: the disbursements (cancelled ones included) and what the person may do. */
interface Payouts {
  list: Disbursement[];
  rights: DisbursementRights;
}

export function DisbursementsSection({ kase, onChanged }: { kase: PublicCase; onChanged: () => void }) {
  const { t } = useI18n();
  const { token } = useSession();
  const [data, setData] = useState<Payouts | null>(null);
  const [visible, setVisible] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Loads may overlap (an action and a live event): only the latest one started is shown.
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const { caseDisbursements, disbursementRights } = await request(CaseDisbursementsQuery, { caseId: kase.id });
      if (mine !== seq.current) return;
      setData({ list: caseDisbursements, rights: disbursementRights });
      setError(null);
      setVisible(true);
    } catch (err) {
      if (mine !== seq.current) return;
      if (err instanceof ApiError && HIDDEN.has(err.code)) {
        setVisible(false);
        setData(null);
        return;
      }
      // Anything else (network, server fault) is shown in the section, which offers to try again.
      setError(err);
      setVisible(true);
    }
  }, [kase.id]);

  useEffect(() => {
    if (token) void load();
    else {
      seq.current += 1;
      setVisible(false);
      setData(null);
    }
  }, [token, load]);

  // A payout made on another page moves the case's ledger: reload the list here too.
  const localId = localIdOf(kase.id);
  useLiveEvents(token, visible && localId ? `case:${localId}` : null, 'case.ledger', () => void load());

  /** After every action: the disbursements, what each need can pay out, and the page's ledger. */
  const changed = useCallback(() => {
    void load();
    onChanged();
  }, [load, onChanged]);

  if (!token || !visible) return null;
  const rights = data?.rights ?? null;
  const active = data?.list.filter((d) => d.status !== 'CANCELLED') ?? [];
  const cancelled = data?.list.filter((d) => d.status === 'CANCELLED') ?? [];
  const readOnly = rights !== null && !rights.canRequest && !rights.canApprove && !rights.canMarkDisbursed;
  return (
    <section aria-labelledby="payouts-title" className="payouts">
      <h2 id="payouts-title">{t('payouts.title')}</h2>
      <p className="hint">{t('payouts.intro')}</p>
      {readOnly ? (
        <p className="hint" data-testid="payouts-read-only">
          {t('payouts.readOnly')}
        </p>
      ) : null}
      {error ? (
        <>
          <ErrorNotice error={error} />
          <button type="button" className="secondary" onClick={() => void load()}>
            {t('payouts.retry')}
          </button>
        </>
      ) : null}
      {data && rights ? (
        <>
          {active.length > 0 ? (
            <ul className="disbursement-list">
              {active.map((d) => (
                <DisbursementItem key={d.id} kase={kase} d={d} rights={rights} onChanged={changed} />
              ))}
            </ul>
          ) : (
            <p>{t(cancelled.length > 0 ? 'payouts.noneActive' : 'payouts.none')}</p>
          )}
          {cancelled.length > 0 ? (
            <section aria-labelledby="payouts-cancelled-title" className="payouts-cancelled">
              <h3 id="payouts-cancelled-title">{t('payouts.cancelledTitle')}</h3>
              <ul className="disbursement-list">
                {cancelled.map((d) => (
                  <CancelledItem key={d.id} kase={kase} d={d} />
                ))}
              </ul>
            </section>
          ) : null}
          {rights.canRequest ? <RequestForm kase={kase} payable={rights.needs} onChanged={changed} /> : null}
        </>
      ) : null}
    </section>
  );
}

/** A payout's user error, with what the need can still pay out put into words. */
const payoutError = (t: Translate, u: UserError) => withAmountText(u, { EXCEEDS_HOLDING: (fen) => t('payouts.exceedsHolding', { available: money(fen) }) });

function payeeText(t: Translate, d: Pick<Disbursement, 'payeeKind' | 'payeeName' | 'accountLast4'>): string {
  const kind = label(t, 'payeeKind', d.payeeKind);
  if (d.payeeName) return `${kind} · ${d.payeeName}`;
  if (d.accountLast4) return `${kind} · ${t('payouts.accountEnding', { last4: d.accountLast4 })}`;
  return kind;
}

/** What is known of a disbursement, the same for live and cancelled ones. */
function DisbursementDetails({ kase, d }: { kase: PublicCase; d: Disbursement }) {
  const { t, lang } = useI18n();
  const need = kase.needs.find((n) => n.id === d.needId);
  const needed = d.needsSecondApproval ? 2 : 1;
  return (
    <dl className="details">
      <dt>{t('payouts.status')}</dt>
      <dd data-testid="disbursement-status">
        <span className={`badge${d.status === 'DISBURSED' ? ' badge-ok' : d.status === 'REQUESTED' ? ' badge-warn' : ''}`}>{t(`payouts.statusName.${d.status}`)}</span>
      </dd>
      {d.status === 'CANCELLED' ? (
        <>
          <dt>{t('payouts.cancelReason')}</dt>
          <dd data-testid="disbursement-cancel-reason">{d.cancelReason ?? t('payouts.noCancelReason')}</dd>
        </>
      ) : null}
      <dt>{t('payouts.need')}</dt>
      <dd>{need ? need.description : t('payouts.unknownNeed')}</dd>
      <dt>{t('payouts.payee')}</dt>
      <dd>{payeeText(t, d)}</dd>
      {d.invoiceNumber ? (
        <>
          <dt>{t('payouts.invoiceNumber')}</dt>
          <dd>{d.invoiceNumber}</dd>
        </>
      ) : null}
      <dt>{t('pledge.amount')}</dt>
      <dd>{money(d.amount)}</dd>
      <dt>{t('payouts.reference')}</dt>
      <dd>{d.reference}</dd>
      <dt>{t('payouts.approvals')}</dt>
      <dd data-testid="disbursement-approvals">
        {t('payouts.approvalsCount', { count: d.approvals, needed })}
        {d.needsSecondApproval ? <span className="meta"> · {t('payouts.needsSecondApproval')}</span> : null}
      </dd>
      <dt>{t('payouts.requestedAt')}</dt>
      <dd>{formatDateTime(d.createdAt, lang)}</dd>
      {d.status === 'DISBURSED' ? (
        <>
          <dt>{t('payouts.paymentReference')}</dt>
          <dd>{d.paymentReference}</dd>
          <dt>{t('payouts.evidence')}</dt>
          <dd>{d.evidence}</dd>
          <dt>{t('payouts.disbursedAt')}</dt>
          <dd>{formatDateTime(d.disbursedAt, lang)}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** A cancelled request: greyed, with its reason, and nothing to do. */
function CancelledItem({ kase, d }: { kase: PublicCase; d: Disbursement }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <li className="card disbursement disbursement-cancelled" data-testid="disbursement-cancelled">
      <article aria-labelledby={titleId}>
        <h4 id={titleId}>
          {payeeText(t, d)} · {money(d.amount)} · {t('payouts.statusName.CANCELLED')}
        </h4>
        <DisbursementDetails kase={kase} d={d} />
      </article>
    </li>
  );
}

function DisbursementItem({ kase, d, rights, onChanged }: { kase: PublicCase; d: Disbursement; rights: DisbursementRights; onChanged: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const [paymentReference, setPaymentReference] = useState('');
  const [evidence, setEvidence] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, userErrors, send } = useSubmit();

  /** Runs one action; its userErrors stay on screen next to their fields, and the list and ledger reload either way. */
  const act = async (work: () => Promise<{ userErrors: UserError[] }>, after?: () => void) => {
    await send(async () => {
      const r = await work();
      if (r.userErrors.length === 0) after?.();
      return r.userErrors.map((u) => payoutError(t, u));
    });
    onChanged();
  };

  const approve = () => act(async () => (await request(ApproveDisbursementMutation, { input: { disbursementId: d.id } })).approveDisbursement);
  const markPaid = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => (await request(MarkDisbursedMutation, { input: { disbursementId: d.id, paymentReference, evidence } })).markDisbursed);
  };
  const cancel = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => (await request(CancelDisbursementMutation, { input: { disbursementId: d.id, reason } })).cancelDisbursement, () => setReason(''));
  };

  const byField = errorsByField(userErrors);
  // Each action shows only for those the server lets take it (approving and cancelling go together).
  const canApprove = d.status === 'REQUESTED' && rights.canApprove;
  const canPay = d.status === 'APPROVED' && rights.canMarkDisbursed;
  const canCancel = (d.status === 'REQUESTED' || d.status === 'APPROVED') && rights.canApprove;
  const placed = new Set([...(canPay ? ['paymentReference', 'evidence'] : []), ...(canCancel ? ['reason'] : [])]);
  const itemErrors = userErrors.filter((u) => !placed.has(fieldOf(u)));

  return (
    <li className="card disbursement" data-testid="disbursement">
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>
          {payeeText(t, d)} · {money(d.amount)}
        </h3>
        <DisbursementDetails kase={kase} d={d} />

        <ErrorNotice error={error} userErrors={itemErrors} />

        {canApprove ? (
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void approve()}>
              {t('payouts.approve')}
            </button>
          </div>
        ) : null}

        {canPay ? (
          <form onSubmit={markPaid} noValidate className="form">
            <Field label={t('payouts.paymentReference')} errors={byField.paymentReference}>
              {(p) => <input {...p} autoComplete="off" maxLength={100} value={paymentReference} onChange={(e) => setPaymentReference(e.target.value)} />}
            </Field>
            <Field label={t('payouts.evidence')} hint={t('payouts.evidenceHint')} errors={byField.evidence}>
              {(p) => <input {...p} autoComplete="off" maxLength={500} value={evidence} onChange={(e) => setEvidence(e.target.value)} />}
            </Field>
            <button type="submit" disabled={busy}>
              {t('payouts.markDisbursed')}
            </button>
          </form>
        ) : null}

        {canCancel ? (
          <form onSubmit={cancel} noValidate className="form">
            <Field label={t('payouts.cancelReason')} errors={byField.reason}>
              {(p) => <input {...p} autoComplete="off" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <button type="submit" className="secondary" disabled={busy}>
              {t('payouts.cancel')}
            </button>
          </form>
        ) : null}
      </article>
    </li>
  );
}

/** The request form; what was typed stays after a refusal, and is cleared only once the request is made. */
function RequestForm({ kase, payable, onChanged }: { kase: PublicCase; payable: PayableNeed[]; onChanged: () => void }) {
  const { t } = useI18n();
  const first = kase.needs[0];
  const [needId, setNeedId] = useState(first?.id ?? '');
  const [kind, setKind] = useState<PayeeKind>(first && isPayeeKind(first.payeeKind) ? first.payeeKind : 'HOSPITAL');
  const [name, setName] = useState('');
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const { busy, error, userErrors, send, refuse } = useSubmit();
  const [done, setDone] = useState<Disbursement | null>(null);

  const chooseNeed = (id: string) => {
    setNeedId(id);
    // Each need says whom it pays; start from that.
    const n = kase.needs.find((x) => x.id === id);
    if (n && isPayeeKind(n.payeeKind)) setKind(n.payeeKind);
  };

  const direct = kind === 'HOSPITAL' || kind === 'VENDOR';
  // What the chosen need can still pay out, as the server last said (it answers again after every action).
  const available = payable.find((n) => n.needId === needId)?.payable;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const fen = parseYuanToFen(amount);
    if (!fen || fen === '0') return refuse([{ field: ['input', 'amount'], code: 'CLIENT_DISBURSEMENT_AMOUNT', message: '' }]);
    const input: RequestDisbursementInput = {
      caseId: kase.id,
      needId,
      payee: direct ? { kind, name, invoiceNumber } : { kind, accountNumber },
      amount: fen,
      reference,
    };
    await send(async () => {
      const { requestDisbursement } = await request(RequestDisbursementMutation, { input });
      if (requestDisbursement.disbursement && requestDisbursement.userErrors.length === 0) {
        setDone(requestDisbursement.disbursement);
        setName('');
        setInvoiceNumber('');
        setAccountNumber('');
        setAmount('');
        setReference('');
      }
      return requestDisbursement.userErrors.map((u) => payoutError(t, u));
    });
    // Made or refused, the list and what each need can pay out are asked for again (someone else may have requested meanwhile).
    onChanged();
  };

  const byField = errorsByField(userErrors);
  const placed = new Set(['needId', 'kind', 'amount', 'reference', ...(direct ? ['name', 'invoiceNumber'] : ['accountNumber'])]);
  const formErrors = userErrors.filter((u) => !placed.has(fieldOf(u)));

  if (kase.needs.length === 0) return null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="payout-request-title">
      <h3 id="payout-request-title">{t('payouts.request.title')}</h3>
      <ErrorNotice error={error} userErrors={formErrors} />
      <Field label={t('payouts.request.need')} hint={available !== undefined ? t('payouts.request.payable', { amount: money(available) }) : undefined} errors={byField.needId}>
        {(p) => (
          <select {...p} value={needId} onChange={(e) => chooseNeed(e.target.value)}>
            {kase.needs.map((n) => (
              <option key={n.id} value={n.id}>
                {t('payouts.request.needOption', { description: n.description, payee: label(t, 'payeeKind', n.payeeKind), amount: money(n.amount) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('payouts.request.payeeKind')} errors={byField.kind}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => isPayeeKind(e.target.value) && setKind(e.target.value)}>
            {PAYEE_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(t, 'payeeKind', k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {direct ? (
        <>
          <Field label={t(kind === 'HOSPITAL' ? 'payouts.request.hospitalName' : 'payouts.request.vendorName')} errors={byField.name}>
            {(p) => <input {...p} autoComplete="off" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label={t(kind === 'HOSPITAL' ? 'payouts.request.invoiceNumber' : 'payouts.request.deliveryNote')} errors={byField.invoiceNumber}>
            {(p) => <input {...p} autoComplete="off" maxLength={100} value={invoiceNumber} onChange={(e) => setInvoiceNumber(e.target.value)} />}
          </Field>
        </>
      ) : (
        <Field label={t('payouts.request.accountNumber')} hint={t('payouts.request.accountHint')} errors={byField.accountNumber}>
          {(p) => <input {...p} inputMode="numeric" autoComplete="off" maxLength={40} value={accountNumber} onChange={(e) => setAccountNumber(e.target.value)} />}
        </Field>
      )}
      <Field label={t('pledge.amountYuan')} hint={t('pledge.amountHint')} errors={byField.amount}>
        {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </Field>
      <Field label={t('payouts.reference')} hint={t('payouts.request.referenceHint')} errors={byField.reference}>
        {(p) => <input {...p} autoComplete="off" maxLength={200} value={reference} onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {t('payouts.request.submit')}
      </button>
      {done ? (
        <p className="notice notice-ok" role="status">
          {t('payouts.request.done', { amount: money(done.amount) })}
        </p>
      ) : null}
    </form>
  );
}
