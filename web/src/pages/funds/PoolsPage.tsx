/**
 * Matching pools: enterprises' and charities' matching pools. Everyone sees the pools, open ones first, and
 * each open pool's balance moves live (`pool.balance` on its public room) as confirmed pledges are
 * matched. An administrator of a verified enterprise or charity also gets a form to set one up for
 * their organisation, and a Close button (with a confirmation) on their organisation's open pools.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { localIdOf, request, type UserError } from '../../api/client';
import type { PageInfo } from '../../api/donor';
import { CloseMatchingPoolMutation, ManagedOrganizationQuery, MatchingPoolsQuery, POOL_FUNDER_KINDS, type ManagedOrganization, type MatchingPool, type MatchingPoolStatus } from '../../api/funds';
import type { Viewer } from '../../api/operations';
import { useSession } from '../../api/session';
import { Link } from '../../app/router';
import { ErrorNotice, Loading, Page } from '../../components/ui';
import { RegionNames } from '../../components/RegionNames';
import { formatDate, lastBeijingDayBefore } from '../../format/dates';
import { formatFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import { useLiveEvents, type EventPayload, type LiveStatus } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { label } from '../donor/labels';
import { PoolForm } from './PoolForm';

const PAGE_SIZE = 20;
/** The most `matchingPools` returns at once; a refresh reloads what is on screen up to this. */
const MAX_PAGE = 100;

const money = (fen: string) => formatFen(fen) ?? fen;

/** Still matching: open and before its end. */
export const isMatching = (p: Pick<MatchingPool, 'status' | 'endsAt'>, now = Date.now()) => p.status === 'OPEN' && new Date(p.endsAt).getTime() > now;

interface PoolList {
  items: MatchingPool[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function PoolsPage(_props: RouteProps) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [open, setOpen] = useState<PoolList | null>(null);
  const [ended, setEnded] = useState<PoolList | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const shown = useRef({ open: 0, ended: 0 });
  shown.current = { open: open?.items.length ?? 0, ended: ended?.items.length ?? 0 };
  const managed = useManagedOrganizations(viewer);
  const funders = managed.filter((o) => o.verified && POOL_FUNDER_KINDS.includes(o.kind));
  const unverifiedFunders = managed.filter((o) => !o.verified && POOL_FUNDER_KINDS.includes(o.kind));

  /** Loads both lists from the start, as many as are on screen: open pools, then closed and ended ones. */
  const load = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    const size = (n: number) => Math.min(MAX_PAGE, Math.max(PAGE_SIZE, n));
    try {
      const [o, a] = await Promise.all([
        request(MatchingPoolsQuery, { openOnly: true, first: size(shown.current.open) }),
        request(MatchingPoolsQuery, { first: size(shown.current.ended + shown.current.open) }),
      ]);
      if (mine !== seq.current) return;
      setOpen({ items: o.matchingPools.nodes, pageInfo: o.matchingPools.pageInfo, totalCount: o.matchingPools.totalCount });
      // All pools, less those still matching (listed above).
      setEnded({ items: a.matchingPools.nodes.filter((p) => !isMatching(p)), pageInfo: a.matchingPools.pageInfo, totalCount: Math.max(0, a.matchingPools.totalCount - o.matchingPools.totalCount) });
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const more = async (which: 'open' | 'ended') => {
    const list = which === 'open' ? open : ended;
    if (!list?.pageInfo.endCursor) return;
    const mine = ++seq.current;
    setLoading(true);
    try {
      const { matchingPools } = await request(MatchingPoolsQuery, { ...(which === 'open' ? { openOnly: true } : {}), first: PAGE_SIZE, after: list.pageInfo.endCursor });
      if (mine !== seq.current) return;
      const seen = new Set(list.items.map((p) => p.id));
      const added = matchingPools.nodes.filter((p) => !seen.has(p.id) && (which === 'open' || !isMatching(p)));
      const next = { items: [...list.items, ...added], pageInfo: matchingPools.pageInfo, totalCount: list.totalCount };
      if (which === 'open') setOpen(next);
      else setEnded(next);
    } catch (err) {
      if (mine === seq.current) setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  };

  /** A pool's balance from the live channel. A pool that closed moves to the second list. */
  const onBalance = useCallback(
    (e: EventPayload<'pool.balance'>) => {
      const status = e.status as MatchingPoolStatus;
      setOpen((list) => {
        if (!list) return list;
        const items = list.items.map((p) => {
          if (localIdOf(p.id) !== e.poolId) return p;
          // Matching only adds up; an older event arriving late changes nothing.
          if (status === p.status && BigInt(e.matched) < BigInt(p.matched)) return p;
          return { ...p, cap: e.cap, matched: e.matched, remaining: status === 'OPEN' ? e.remaining : '0', status };
        });
        return { ...list, items };
      });
      if (status !== 'OPEN') void load();
    },
    [load],
  );

  const canClose = (p: MatchingPool) => isMatching(p) && !!p.organization && funders.some((o) => o.id === p.organization?.id);

  return (
    <Page title={t('pools.title')}>
      <p>{t('pools.intro')}</p>
      <ErrorNotice error={error} />

      <section aria-labelledby="pools-open-title">
        <h2 id="pools-open-title">{t('pools.openTitle')}</h2>
        {open ? (
          <p className="count" role="status">
            {t('pools.count', { count: open.totalCount })}
          </p>
        ) : null}
        {open && open.items.length === 0 ? <p>{t('pools.noneOpen')}</p> : null}
        <ul className="cards pool-list">
          {open?.items.map((p) => <PoolCard key={p.id} pool={p} canClose={canClose(p)} onBalance={onBalance} onResync={load} onChanged={load} />)}
        </ul>
        {open?.pageInfo.hasNextPage && !loading ? (
          <button type="button" className="secondary" onClick={() => void more('open')}>
            {t('pools.more')}
          </button>
        ) : null}
      </section>

      {ended && ended.items.length > 0 ? (
        <section aria-labelledby="pools-ended-title">
          <h2 id="pools-ended-title">{t('pools.endedTitle')}</h2>
          <ul className="cards pool-list">
            {ended.items.map((p) => (
              <PoolCard key={p.id} pool={p} canClose={false} onBalance={onBalance} onResync={load} onChanged={load} />
            ))}
          </ul>
        </section>
      ) : null}
      {ended?.pageInfo.hasNextPage && !loading ? (
        <button type="button" className="secondary" onClick={() => void more('ended')}>
          {t('pools.moreEnded')}
        </button>
      ) : null}
      {loading ? <Loading /> : null}

      {funders.length > 0 ? <PoolForm organizations={funders} onCreated={() => void load()} /> : null}
      {funders.length === 0 && unverifiedFunders.length > 0 ? (
        <p className="notice" data-testid="pools-unverified">
          {t('pools.form.unverified', { names: unverifiedFunders.map((o) => o.name).join(t('common.listSeparator')) })}
        </p>
      ) : null}
    </Page>
  );
}

/**
 * The organisations the signed-in person administers (ORG_ADMIN memberships), with their kind and
 * whether they are verified; the page offers the pool form for verified enterprises and charities.
 */
function useManagedOrganizations(viewer: Viewer | null | undefined): ManagedOrganization[] {
  const [orgs, setOrgs] = useState<ManagedOrganization[]>([]);
  const ids = [...new Set((viewer?.user.memberships ?? []).filter((m) => m.role === 'ORG_ADMIN' && m.organization).map((m) => m.organization?.id ?? ''))].filter(Boolean).sort();
  const key = ids.join(',');
  useEffect(() => {
    let active = true;
    const wanted = key ? key.split(',') : [];
    void Promise.allSettled(wanted.map((id) => request(ManagedOrganizationQuery, { id }))).then((results) => {
      if (!active) return;
      setOrgs(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.organization] : [])));
    });
    return () => {
      active = false;
    };
  }, [key]);
  return orgs;
}

function PoolCard({
  pool,
  canClose,
  onBalance,
  onResync,
  onChanged,
}: {
  pool: MatchingPool;
  canClose: boolean;
  onBalance: (e: EventPayload<'pool.balance'>) => void;
  onResync: () => void;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const { token } = useSession();
  const [live, setLive] = useState<LiveStatus>('connecting');
  const previous = useRef<LiveStatus>('connecting');
  const matching = isMatching(pool);
  const localId = localIdOf(pool.id);

  // Only a pool still matching can change; after a reconnect, what was missed meanwhile is read again.
  useLiveEvents(token, matching && localId ? `pool:${localId}` : null, 'pool.balance', onBalance, (s) => {
    if (previous.current === 'offline' && s === 'live') onResync();
    previous.current = s;
    setLive(s);
  });

  const statusKey = pool.status === 'CLOSED' ? 'pools.status.CLOSED' : matching ? 'pools.status.OPEN' : 'pools.status.ENDED';
  const headingId = `pool-${localId ?? pool.id}`;
  return (
    <li className={`card pool${matching ? '' : ' pool-ended'}`} data-testid="pool">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{pool.name}</h3>
        <p className="meta">
          {pool.organization ? <Link to={`/organizations/${encodeURIComponent(pool.organization.id)}`}>{pool.organization.name}</Link> : t('pools.unknownOrganization')} ·{' '}
          <span className={`badge${matching ? ' badge-ok' : ''}`} data-testid="pool-status">
            {t(statusKey)}
          </span>
        </p>
        <dl className="details">
          <dt>{t('pools.ratio')}</dt>
          <dd data-testid="pool-ratio">
            {pool.ratioNumerator}:{pool.ratioDenominator} <span className="meta">{t('pools.ratioExplained', { donated: pool.ratioDenominator, matched: pool.ratioNumerator })}</span>
          </dd>
          <dt>{t('pools.cap')}</dt>
          <dd data-testid="pool-cap">{money(pool.cap)}</dd>
          <dt>{t('pools.matched')}</dt>
          <dd data-testid="pool-matched">{money(pool.matched)}</dd>
          <dt>{t('pools.remaining')}</dt>
          <dd data-testid="pool-remaining" aria-live="polite">
            {money(pool.remaining)}
          </dd>
          <dt>{t('pools.regions')}</dt>
          <dd data-testid="pool-regions">
            <RegionNames codes={pool.regionCodes} empty={t('pools.anyRegion')} />
          </dd>
          <dt>{t('pools.categories')}</dt>
          <dd>{pool.categories.length > 0 ? pool.categories.map((c) => label(t, 'category', c)).join(t('common.listSeparator')) : t('pools.anyCategory')}</dd>
          <dt>{t('pools.endsOn')}</dt>
          <dd>{formatDate(lastBeijingDayBefore(pool.endsAt), lang)}</dd>
        </dl>
        {matching ? (
          <p className={`meta live-status live-${live}`} data-testid="pool-live" data-status={live}>
            {t(`live.status.${live}`)}
          </p>
        ) : null}
        {canClose ? <ClosePool pool={pool} onClosed={onChanged} /> : null}
      </article>
    </li>
  );
}

/** Close, with a confirmation in place; what the pool did not match stays the organisation's. */
function ClosePool({ pool, onClosed }: { pool: MatchingPool; onClosed: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);

  const close = async () => {
    setBusy(true);
    setError(null);
    setUserErrors([]);
    try {
      const { closeMatchingPool } = await request(CloseMatchingPoolMutation, { input: { poolId: pool.id } });
      setUserErrors(closeMatchingPool.userErrors);
      if (closeMatchingPool.userErrors.length === 0) setConfirming(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      onClosed();
    }
  };

  return (
    <div className="pool-close">
      <ErrorNotice error={error} userErrors={userErrors} />
      {confirming ? (
        <div className="notice notice-warning" role="alertdialog" aria-labelledby={`close-${pool.id}`}>
          <p id={`close-${pool.id}`}>{t('pools.closeConfirm', { name: pool.name, remaining: money(pool.remaining) })}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void close()}>
              {busy ? t('common.working') : t('pools.closeYes')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t('pools.closeNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {t('pools.close')}
          </button>
        </div>
      )}
    </div>
  );
}
