/**
 * Referrals (`/desk/referrals`): the referrals sent to the person's organisations (`incomingReferrals`), newest
 * first, by status, each with its case, from whom, what is asked, the deadline and status, and the answers
 * that fit (accept, decline with a reason, complete with the outcome). The list follows `referral.updated`
 * on the rooms of those organisations. Referrals sent back to the case desk are not listed by the API:
 * the desk sees and answers them on each case's page.
 */
import { useCallback, useMemo, useState } from 'react';
import { usePagedList } from '../../api/usePagedList';
import { localIdOf, request } from '../../api/client';
import { IncomingReferralsQuery, isReferralStatus, REFERRAL_STATUSES, type Referral, type ReferralStatus } from '../../api/referrals';
import { useSession } from '../../api/session';
import { ErrorNotice, Field, Loading, Page } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useLiveEvents, type LiveStatus } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { ReferralCard } from './ReferralCard';

const PAGE_SIZE = 20;

export function ReferralsPage(_props: RouteProps) {
  const { t } = useI18n();
  const { viewer, token } = useSession();
  const orgs = useMemo(() => {
    const out = new Map<string, string>();
    for (const m of viewer?.user.memberships ?? []) if (m.organization) out.set(m.organization.id, m.organization.name);
    return [...out].map(([id, name]) => ({ id, name }));
  }, [viewer]);
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [live, setLive] = useState<LiveStatus>(orgs.length ? 'connecting' : 'refused');

  const fetchPage = useCallback(async (first: number, after: string | null) => (await request(IncomingReferralsQuery, { status: status || null, first, after })).incomingReferrals, [status]);
  const { items, setItems, page, loading, error, reload, more } = usePagedList(fetchPage, PAGE_SIZE);

  const onLive = useCallback(() => void reload(), [reload]);
  const changed = (r: Referral) => {
    setItems((prev) => prev.map((p) => (p.id === r.id ? r : p)));
    void reload();
  };

  return (
    <Page title={t('referrals.title')}>
      <p>{t('referrals.intro')}</p>
      {orgs.map((o) => (
        <OrganizationRoom key={o.id} token={token} organizationId={o.id} onEvent={onLive} onStatus={setLive} />
      ))}
      {orgs.length > 0 ? (
        <>
          <p className="hint">{t('referrals.forOrganizations', { names: orgs.map((o) => o.name).join(t('common.listSeparator')) })}</p>
          <p className={`meta live-status live-${live}`} data-testid="referrals-live" data-status={live}>
            {t('desk.live')} {t(`live.status.${live}`)}
          </p>
        </>
      ) : (
        <p className="notice">{t('referrals.noOrganization')}</p>
      )}
      <div className="filters">
        <Field label={t('referrals.filterStatus')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(isReferralStatus(e.target.value) ? e.target.value : '')}>
              <option value="">{t('common.all')}</option>
              {REFERRAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`referrals.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNotice error={error} />
      {page ? (
        <p className="count" role="status">
          {t('referrals.count', { count: page.totalCount })}
        </p>
      ) : null}
      <ul className="cards referral-list" aria-label={t('referrals.listLabel')}>
        {items.map((r) => (
          <ReferralCard key={r.id} referral={r} canAnswer onChanged={changed} />
        ))}
      </ul>
      {!loading && page && items.length === 0 ? <p>{t('referrals.none')}</p> : null}
      {loading ? <Loading /> : null}
      {page?.hasNextPage && !loading ? (
        <button type="button" className="secondary" onClick={() => void more()}>
          {t('desk.more')}
        </button>
      ) : null}
    </Page>
  );
}

function OrganizationRoom({ token, organizationId, onEvent, onStatus }: { token: string | null; organizationId: string; onEvent: () => void; onStatus: (s: LiveStatus) => void }) {
  const localId = localIdOf(organizationId);
  useLiveEvents(token, localId ? `organization:${localId}` : null, 'referral.updated', onEvent, onStatus);
  return null;
}
