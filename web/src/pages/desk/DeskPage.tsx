/**
 * The case desk: the cases of the staff member's region(s), newest first as the API lists them (or the
 * loaded ones reordered most urgent first), filtered by status and region, a page at a time.
 * The list follows `case.status` on the region rooms of the viewer's staff memberships: a new
 * report or a change of status reloads what is on screen, without the person reloading the page.
 * Above the list, the person's alarms, live from their own room.
 */
import { useCallback, useMemo, useState } from 'react';
import { usePagedList } from '../../api/usePagedList';
import { request } from '../../api/client';
import { CASE_STATUSES, DeskCasesQuery, isCaseStatus, type CaseFilter, type CaseStatus } from '../../api/desk';
import { URGENCY_RANK } from '../../api/donor';
import type { Viewer } from '../../api/operations';
import { useSession } from '../../api/session';
import { Link } from '../../app/router';
import { ErrorNotice, Field, Loading, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { LiveStatus } from '../../live/socket';
import type { RouteProps } from '../../routes';
import { categoryLabel } from './ReportPage';
import { AlarmsSection } from './Alarms';
import { DESK_ROLES, watchedRegions, WatchRegions } from './regions';

const PAGE_SIZE = 20;
const MAX_PAGE = 100;
/** Cases waiting for the desk: the default view. */
const TODO: CaseStatus[] = ['REPORTED', 'INTAKE', 'FAST_TRACKED', 'VERIFYING'];

type StatusChoice = 'TODO' | 'ALL' | CaseStatus;
const isStatusChoice = (v: string): v is StatusChoice => v === 'TODO' || v === 'ALL' || isCaseStatus(v);

/** The staff regions of the viewer's desk memberships, each once. */
export function deskRegions(viewer: Viewer | null | undefined): { code: string; name: string }[] {
  const out = new Map<string, string>();
  for (const m of viewer?.user.memberships ?? []) if (m.region && DESK_ROLES.includes(m.role)) out.set(m.region.code, m.region.name);
  return [...out].map(([code, name]) => ({ code, name }));
}

export function DeskPage(_props: RouteProps) {
  const { t, lang } = useI18n();
  const { viewer, token } = useSession();
  const regions = useMemo(() => deskRegions(viewer), [viewer]);
  const [status, setStatus] = useState<StatusChoice>('TODO');
  const [regionCode, setRegionCode] = useState('');
  const [sort, setSort] = useState<'newest' | 'urgent'>('newest');
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [changed, setChanged] = useState<string[]>([]);

  const filter = useMemo<CaseFilter>(
    () => ({ ...(status === 'TODO' ? { status: TODO } : status === 'ALL' ? {} : { status: [status] }), ...(regionCode ? { regionCode } : {}) }),
    [status, regionCode],
  );

  const fetchPage = useCallback(async (first: number, after: string | null) => (await request(DeskCasesQuery, { filter, first, after })).cases, [filter]);
  const { items, page, loading, error, reload, more } = usePagedList(fetchPage, PAGE_SIZE, MAX_PAGE);

  const watched = useMemo(() => watchedRegions(regions.map((r) => r.code)), [regions]);
  const onEvent = useCallback(
    (reference: string) => {
      setChanged((c) => (c.includes(reference) ? c : [...c, reference]));
      void reload();
    },
    [reload],
  );

  const list = sort === 'urgent' ? [...items].sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]) : items;

  return (
    <Page title={t('desk.title')}>
      <p>{t('desk.intro')}</p>
      <AlarmsSection />
      <WatchRegions token={token} codes={watched} onEvent={(e) => onEvent(e.reference)} onStatus={setLive} />
      <p className={`meta live-status live-${live}`} data-testid="desk-live" data-status={live}>
        {t('desk.live')} {t(`live.status.${live}`)}
      </p>
      <div className="filters">
        <Field label={t('desk.filterStatus')}>
          {(p) => (
            <select {...p} value={status} onChange={(e) => isStatusChoice(e.target.value) && setStatus(e.target.value)}>
              <option value="TODO">{t('desk.filterTodo')}</option>
              <option value="ALL">{t('common.all')}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`desk.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {regions.length > 1 ? (
          <Field label={t('desk.filterRegion')}>
            {(p) => (
              <select {...p} value={regionCode} onChange={(e) => setRegionCode(e.target.value)}>
                <option value="">{t('desk.allMyRegions')}</option>
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('desk.sort')}>
          {(p) => (
            <select {...p} value={sort} onChange={(e) => setSort(e.target.value === 'urgent' ? 'urgent' : 'newest')}>
              <option value="newest">{t('desk.sortNewest')}</option>
              <option value="urgent">{t('desk.sortUrgent')}</option>
            </select>
          )}
        </Field>
      </div>
      {regions.length > 0 ? <p className="hint">{t('desk.regions', { names: regions.map((r) => r.name).join(t('common.listSeparator')) })}</p> : null}
      <ErrorNotice error={error} />
      {page ? (
        <p className="count" role="status">
          {t('desk.count', { count: page.totalCount })}
        </p>
      ) : null}
      <ul className="cards desk-list" aria-label={t('desk.listLabel')}>
        {list.map((c) => (
          <li key={c.id} className="card" data-testid="desk-case" data-reference={c.reference}>
            <h2>
              <Link to={`/desk/cases/${encodeURIComponent(c.id)}`}>{c.reference}</Link>
              {changed.includes(c.reference) ? <span className="badge badge-warn"> {t('desk.changedLive')}</span> : null}
            </h2>
            <p className="meta">
              <span className="badge" data-testid="desk-case-status">
                {t(`desk.status.${c.status}`)}
              </span>{' '}
              · <span className={`badge urgency-${c.urgency.toLowerCase()}`}>{t(`urgency.${c.urgency}`)}</span> · {categoryLabel(t, c.category)} · {c.region.name}
            </p>
            <p className="meta">
              {t('desk.createdAtValue', { at: formatDateTime(c.createdAt, lang) })}
              {c.dueAt ? <> · {t('desk.dueAtValue', { at: formatDateTime(c.dueAt, lang) })}</> : null}
              {c.overdue ? <span className="badge badge-warn"> {t('desk.overdue')}</span> : null}
            </p>
          </li>
        ))}
      </ul>
      {!loading && page && items.length === 0 ? <p>{t('desk.none')}</p> : null}
      {loading ? <Loading /> : null}
      {page?.hasNextPage && !loading ? (
        <button type="button" className="secondary" onClick={() => void more()}>
          {t('desk.more')}
        </button>
      ) : null}
    </Page>
  );
}
