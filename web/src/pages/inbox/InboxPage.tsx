/**
 * The case inbox: an organisation's inbox. Its members see the cases the matcher proposed to it (`matchedCases`), most
 * urgent first, each with its needs, what remains of each, and why it was matched (the score's factors in plain
 * words). The list follows the organisation's live room: a newly matched case appears, and claims made or
 * closed elsewhere show at once. A member claims all or part of a case's needs (claim) or declines it with a
 * reason (decline); below, "our claims" lists the organisation's claims (`organizationClaims`, newest first, whatever
 * became of their cases), where aid given is recorded or a claim is given back. People outside the organisation get
 * a plain message instead.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, localIdOf, request, type UserError } from '../../api/client';
import type { PageInfo } from '../../api/donor';
import { ClaimCaseMutation, DeclineMatchMutation, InboxOrganizationQuery, MatchedCasesQuery, OrganizationClaimsQuery, type CaseMatch, type Claim, type ClaimStatus } from '../../api/inbox';
import { useSession } from '../../api/session';
import { useSubmit } from '../../api/useSubmit';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../app/router';
import { ErrorNotice, Field, FieldErrors, Loading, Page, SubmitCancel } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import { useLiveEvents, type LiveStatus } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { label } from '../donor/labels';
import { ClaimsSection, type ClaimsView } from './ClaimsSection';
import { byField, clientError, fieldOf, inboxUserError, money } from './shared';

const PAGE_SIZE = 20;
/** The most `matchedCases` and `organizationClaims` return at once. */
const MAX_PAGE = 100;
/** Answers that mean "not for you". */
const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
const isRefusal = (err: unknown) => err instanceof ApiError && REFUSED.has(err.code);

interface InboxData {
  matches: CaseMatch[];
  pageInfo: PageInfo;
  totalCount: number;
}

interface ClaimsData extends ClaimsView {
  /** The organisation's newest claims whatever their state, for its share of each inbox case. */
  recent: Claim[];
}

/** The organisation's claims from the newest, page after page, until `want` are read or none are left. */
async function readClaims(organizationId: string, status: ClaimStatus | null, want: number): Promise<ClaimsView> {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page: { organizationClaims: { nodes: Claim[]; pageInfo: PageInfo; totalCount: number } } = await request(OrganizationClaimsQuery, {
      organizationId,
      status,
      first: Math.min(MAX_PAGE, want - claims.length),
      after,
    });
    const { nodes, pageInfo, totalCount } = page.organizationClaims;
    for (const c of nodes) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      claims.push(c);
    }
    if (!pageInfo.hasNextPage || !pageInfo.endCursor || claims.length >= want) return { claims, hasMore: pageInfo.hasNextPage, totalCount };
    after = pageInfo.endCursor;
  }
}

export function InboxPage({ params }: RouteProps) {
  const { t } = useI18n();
  const { token } = useSession();
  const organizationId = params.id ?? '';
  const org = useQuery(InboxOrganizationQuery, { id: organizationId });
  const [data, setData] = useState<InboxData | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The cases or the claims refused (either means the person is not of the organisation).
  const [casesRefused, setCasesRefused] = useState(false);
  const [claimsRefused, setClaimsRefused] = useState(false);
  const refused = casesRefused || claimsRefused;
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [notice, setNotice] = useState<string | null>(null);
  const [size, setSize] = useState(PAGE_SIZE);
  const [claims, setClaims] = useState<ClaimsData | null>(null);
  const [claimsError, setClaimsError] = useState<unknown>(null);
  const [claimsLoading, setClaimsLoading] = useState(true);
  const [claimStatus, setClaimStatus] = useState<ClaimStatus | null>(null);
  const [claimCount, setClaimCount] = useState(PAGE_SIZE);
  const seq = useRef(0);
  const claimSeq = useRef(0);
  const previousLive = useRef<LiveStatus>('connecting');

  const loadCases = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const { matchedCases } = await request(MatchedCasesQuery, { organizationId, first: Math.min(MAX_PAGE, size) });
      if (mine !== seq.current) return;
      setData({ matches: matchedCases.nodes, pageInfo: matchedCases.pageInfo, totalCount: matchedCases.totalCount });
      setError(null);
      setCasesRefused(false);
    } catch (err) {
      if (mine !== seq.current) return;
      if (isRefusal(err)) {
        setCasesRefused(true);
        setData(null);
      } else setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [organizationId, size]);

  /** Our claims: as many as are on screen, from the newest (a change keeps the person's place). */
  const loadClaims = useCallback(async () => {
    const mine = ++claimSeq.current;
    setClaimsLoading(true);
    try {
      const [view, recent] = await Promise.all([readClaims(organizationId, claimStatus, claimCount), request(OrganizationClaimsQuery, { organizationId, first: MAX_PAGE })]);
      if (mine !== claimSeq.current) return;
      setClaims({ ...view, recent: recent.organizationClaims.nodes });
      setClaimsError(null);
      setClaimsRefused(false);
    } catch (err) {
      if (mine !== claimSeq.current) return;
      if (isRefusal(err)) {
        setClaimsRefused(true);
        setClaims(null);
      } else setClaimsError(err);
    } finally {
      if (mine === claimSeq.current) setClaimsLoading(false);
    }
  }, [organizationId, claimStatus, claimCount]);

  const load = useCallback(() => {
    void loadCases();
    void loadClaims();
  }, [loadCases, loadClaims]);

  useEffect(() => {
    setNotice(null);
    setClaimStatus(null);
    setClaimCount(PAGE_SIZE);
  }, [organizationId]);

  useEffect(() => {
    void loadCases();
  }, [loadCases]);

  useEffect(() => {
    void loadClaims();
  }, [loadClaims]);

  const localId = localIdOf(organizationId);
  const room = !refused && localId ? `organization:${localId}` : null;
  const onLive = (s: LiveStatus) => {
    // After a reconnect, what was missed meanwhile is read again.
    if (previousLive.current === 'offline' && s === 'live') load();
    previousLive.current = s;
    setLive(s);
  };
  useLiveEvents(token, room, 'case.matched', () => void loadCases(), onLive);
  useLiveEvents(token, room, 'claim.changed', () => load());

  const claimed = (claim: Claim, reference: string) => {
    setNotice(t('inbox.claim.done', { amount: money(claim.amount), reference }));
    load();
  };
  const declined = (m: CaseMatch) => {
    setNotice(t('inbox.decline.done', { reference: m.case.reference }));
    setData((d) => (d ? { ...d, matches: d.matches.filter((x) => x.id !== m.id), totalCount: Math.max(0, d.totalCount - 1) } : d));
    void loadCases();
  };
  const chooseClaimStatus = (s: ClaimStatus | null) => {
    setClaimStatus(s);
    setClaimCount(PAGE_SIZE);
  };

  const name = org.data?.organization.name;
  const title = name ? t('inbox.titleOf', { name }) : t('inbox.title');
  if (refused) {
    return (
      <Page title={t('inbox.title')}>
        <p className="notice notice-warning" data-testid="inbox-refused">
          {t('inbox.refused')}
        </p>
        <p>
          <Link to={`/organizations/${encodeURIComponent(organizationId)}`}>{t('inbox.backToOrganization')}</Link>
        </p>
      </Page>
    );
  }

  const claimsByCase = new Map<string, Claim[]>();
  for (const c of claims?.recent ?? []) claimsByCase.set(c.case.id, [...(claimsByCase.get(c.case.id) ?? []), c]);

  return (
    <Page title={title}>
      <p>{t('inbox.intro')}</p>
      <p className={`meta live-status live-${live}`} data-testid="inbox-live" data-status={live}>
        {t(`live.status.${live}`)}
      </p>
      {org.data && !org.data.organization.verified ? <p className="notice notice-warning">{t('inbox.unverified')}</p> : null}
      <ErrorNotice error={error} />
      {notice ? (
        <p className="notice notice-ok" role="status" data-testid="inbox-notice">
          {notice}
        </p>
      ) : null}

      <section aria-labelledby="inbox-cases-title">
        <h2 id="inbox-cases-title">{t('inbox.casesTitle')}</h2>
        {data ? (
          <p className="count" role="status" data-testid="inbox-count">
            {t('inbox.count', { count: data.totalCount })}
          </p>
        ) : null}
        {data && data.matches.length === 0 ? <p>{t('inbox.none')}</p> : null}
        <ul className="inbox-list">
          {data?.matches.map((m) => (
            <MatchCard key={m.id} match={m} organizationId={organizationId} claims={claimsByCase.get(m.case.id) ?? []} onClaimed={claimed} onDeclined={declined} onStale={() => void loadCases()} />
          ))}
        </ul>
        {data?.pageInfo.hasNextPage && size < MAX_PAGE && !loading ? (
          <button type="button" className="secondary" onClick={() => setSize((s) => Math.min(MAX_PAGE, s + PAGE_SIZE))}>
            {t('inbox.more')}
          </button>
        ) : null}
      </section>

      <ClaimsSection
        view={claims}
        status={claimStatus}
        loading={claimsLoading}
        error={claimsError}
        onStatus={chooseClaimStatus}
        onMore={() => setClaimCount(Math.max(PAGE_SIZE, claims?.claims.length ?? 0) + PAGE_SIZE)}
        onChanged={load}
      />
      {(loading && !data) || (claimsLoading && !claims) ? <Loading /> : null}
      <p>
        <Link to={`/organizations/${encodeURIComponent(organizationId)}`}>{t('inbox.backToOrganization')}</Link>
      </p>
    </Page>
  );
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Why the organisation was matched, in plain words: the score out of 100 and each factor's share of it. */
function Explanation({ match }: { match: CaseMatch }) {
  const { t } = useI18n();
  const e = match.explanation;
  return (
    <div className="match-why" data-testid="match-explanation">
      <p>
        {t('inbox.why.score', { score: Math.round(e.score * 100), rank: match.rank })} · {t('inbox.why.closeness', { closeness: label(t, 'inbox.closeness', e.closeness) })} ·{' '}
        {t('inbox.why.tier', { tier: label(t, 'inbox.tier', e.tier) })}
      </p>
      {e.factors.length > 0 ? (
        <ul className="match-factors">
          {e.factors.map((f) => (
            <li key={f.factor} data-testid="match-factor">
              {t('inbox.why.factor', { factor: label(t, 'inbox.factor', f.factor), value: percent(f.value), weight: percent(f.weight), points: Math.round(f.contribution * 100) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MatchCard({
  match,
  organizationId,
  claims,
  onClaimed,
  onDeclined,
  onStale,
}: {
  match: CaseMatch;
  organizationId: string;
  claims: Claim[];
  onClaimed: (claim: Claim, reference: string) => void;
  onDeclined: (m: CaseMatch) => void;
  onStale: () => void;
}) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const [mode, setMode] = useState<'idle' | 'claim' | 'decline'>('idle');
  const c = match.case;
  const open = BigInt(c.totalRemaining) > 0n;
  const ours = claims.filter((x) => x.status === 'ACTIVE' || x.status === 'FULFILLED').reduce((s, x) => s + BigInt(x.amount), 0n);
  return (
    <li className="card inbox-case" data-testid="inbox-case" data-reference={c.reference}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>
          {c.reference} <span className={`badge urgency-${c.urgency.toLowerCase()}`}>{label(t, 'urgency', c.urgency)}</span>
        </h3>
        <p className="meta">
          {c.region.name} · {c.category ? label(t, 'category', c.category) : t('inbox.noCategory')} · {t('inbox.matchedAt', { at: formatDateTime(match.notifiedAt ?? match.computedAt, lang) })}
        </p>
        {c.publicSummary ? <p>{c.publicSummary}</p> : null}
        <table className="table needs">
          <caption className="meta">{t('inbox.needs.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.needs.need')}</th>
              <th scope="col">{t('inbox.needs.amount')}</th>
              <th scope="col">{t('inbox.needs.covered')}</th>
              <th scope="col">{t('inbox.needs.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {c.needs.map((n) => (
              <tr key={n.id} data-testid="inbox-need">
                <td>
                  {n.description} <span className="meta">{label(t, 'needKind', n.kind)}</span>
                </td>
                <td>{money(n.amount)}</td>
                <td>{money((BigInt(n.claimed) + BigInt(n.funded)).toString())}</td>
                <td data-testid="need-remaining">{money(n.remaining)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="case-remaining">
          {t('inbox.totalRemaining', { remaining: money(c.totalRemaining), total: money(c.totalAmount) })}
          {ours > 0n ? <span className="meta"> · {t('inbox.ourShare', { amount: money(ours.toString()) })}</span> : null}
        </p>
        <Explanation match={match} />

        {mode === 'claim' ? (
          <ClaimForm match={match} organizationId={organizationId} onClaimed={(claim) => {
              setMode('idle');
              onClaimed(claim, c.reference);
            }} onCancel={() => setMode('idle')} onStale={onStale} />
        ) : mode === 'decline' ? (
          <DeclineForm match={match} organizationId={organizationId} onDeclined={() => onDeclined(match)} onCancel={() => setMode('idle')} />
        ) : (
          <div className="actions">
            {open ? (
              <button type="button" onClick={() => setMode('claim')}>
                {t('inbox.claim.open')}
              </button>
            ) : (
              <p className="meta">{t('inbox.fullyCovered')}</p>
            )}
            <button type="button" className="secondary" onClick={() => setMode('decline')}>
              {t('inbox.decline.open')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}

function sumRemaining(match: CaseMatch, needIds: readonly string[]): bigint {
  return match.case.needs.filter((n) => needIds.includes(n.id)).reduce((s, n) => s + BigInt(n.remaining), 0n);
}

/** Claiming: which needs (in the case's order), how much of what remains on them, and a note. */
function ClaimForm({
  match,
  organizationId,
  onClaimed,
  onCancel,
  onStale,
}: {
  match: CaseMatch;
  organizationId: string;
  onClaimed: (claim: Claim) => void;
  onCancel: () => void;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const c = match.case;
  const formId = useId();
  const needsErrorId = `${formId}-needs-error`;
  const [needIds, setNeedIds] = useState<string[]>(() => c.needs.filter((n) => BigInt(n.remaining) > 0n).map((n) => n.id));
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, userErrors, send, refuse } = useSubmit();

  const toggle = (id: string, on: boolean) => setNeedIds((ids) => c.needs.map((n) => n.id).filter((x) => (x === id ? on : ids.includes(x))));
  const remaining = sumRemaining(match, needIds);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: UserError[] = [];
    if (needIds.length === 0) local.push(clientError('needIds', t('inbox.error.NEEDS_REQUIRED')));
    const fen = amount.trim() ? parseYuanToFen(amount) : undefined;
    if (fen === null || fen === '0') local.push(clientError('amount', t('inbox.error.amountFormat')));
    if (local.length > 0) return refuse(local);
    await send(async () => {
      const { claimCase } = await request(ClaimCaseMutation, {
        input: { caseId: c.id, organizationId, needIds, expectedVersion: c.version, ...(fen ? { amount: fen } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      });
      if (claimCase.claim) {
        onClaimed(claimCase.claim);
        return [];
      }
      // The case moved on (a new version, or someone claimed meanwhile): show what remains now.
      if (claimCase.userErrors.some((u) => ['STALE_VERSION', 'NEED_CHANGED', 'AMOUNT_EXCEEDS_REMAINING', 'NOTHING_REMAINS'].includes(u.code))) onStale();
      return claimCase.userErrors.map((u) => inboxUserError(t, u));
    });
  };

  const errors = byField(userErrors);
  const formErrors = userErrors.filter((u) => !['needIds', 'amount', 'note'].includes(fieldOf(u)));
  return (
    <form className="form inbox-claim" onSubmit={(e) => void submit(e)} noValidate aria-label={t('inbox.claim.formLabel', { reference: c.reference })}>
      <ErrorNotice error={error} userErrors={formErrors} />
      <fieldset aria-describedby={errors.needIds ? needsErrorId : undefined} aria-invalid={errors.needIds ? true : undefined}>
        <legend>{t('inbox.claim.needs')}</legend>
        {c.needs.map((n) => {
          const none = BigInt(n.remaining) <= 0n;
          return (
            <label key={n.id} className="check">
              <input type="checkbox" checked={needIds.includes(n.id)} disabled={none && !needIds.includes(n.id)} onChange={(e) => toggle(n.id, e.target.checked)} />
              {t('inbox.claim.needOption', { description: n.description, remaining: money(n.remaining) })}
            </label>
          );
        })}
        <FieldErrors id={needsErrorId} errors={errors.needIds} />
      </fieldset>
      <Field label={t('inbox.claim.amount')} hint={t('inbox.claim.amountHint', { remaining: money(remaining.toString()) })} errors={errors.amount}>
        {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </Field>
      <Field label={t('inbox.claim.note')} hint={t('inbox.claim.noteHint')} errors={errors.note}>
        {(p) => <textarea {...p} maxLength={1000} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <SubmitCancel busy={busy} submitLabel={t('inbox.claim.submit')} cancelLabel={t('inbox.cancel')} onCancel={onCancel} />
    </form>
  );
}

/** Declining: the case leaves the inbox and is matched again without this organisation. */
function DeclineForm({ match, organizationId, onDeclined, onCancel }: { match: CaseMatch; organizationId: string; onDeclined: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { busy, error, userErrors, send } = useSubmit();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await send(async () => {
      const { declineMatch } = await request(DeclineMatchMutation, { input: { caseId: match.case.id, organizationId, reason } });
      if (declineMatch.userErrors.length === 0) onDeclined();
      return declineMatch.userErrors.map((u) => inboxUserError(t, u));
    });
  };

  const errors = byField(userErrors);
  return (
    <form className="form inbox-decline" onSubmit={(e) => void submit(e)} noValidate aria-label={t('inbox.decline.formLabel', { reference: match.case.reference })}>
      <ErrorNotice error={error} userErrors={userErrors.filter((u) => fieldOf(u) !== 'reason')} />
      <Field label={t('inbox.decline.reason')} hint={t('inbox.decline.reasonHint')} errors={errors.reason}>
        {(p) => <textarea {...p} maxLength={500} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <SubmitCancel busy={busy} submitLabel={t('inbox.decline.submit')} cancelLabel={t('inbox.cancel')} onCancel={onCancel} />
    </form>
  );
}
