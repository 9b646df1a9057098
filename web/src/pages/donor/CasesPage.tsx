import { useCallback, useMemo, useState } from 'react';
import { usePagedList } from '../../api/usePagedList';
import { request } from '../../api/client';
import { PublicCasesQuery, URGENCY_RANK, type PublicCaseFilter, type Urgency } from '../../api/donor';
import { Link } from '../../app/router';
import { ErrorNotice, Field, Loading, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { formatFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import type { RouteProps } from '../../routes';
import { label } from './labels';

const PAGE_SIZE = 20;
const URGENCIES: Urgency[] = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'];

export function CasesPage(_props: RouteProps) {
  const { t, lang } = useI18n();
  const [urgency, setUrgency] = useState<Urgency | ''>('');
  const [sort, setSort] = useState<'newest' | 'urgent'>('newest');

  const filter = useMemo<PublicCaseFilter>(() => (urgency ? { urgency } : {}), [urgency]);

  const fetchPage = useCallback(async (first: number, after: string | null) => (await request(PublicCasesQuery, { filter, first, after })).publicCases, [filter]);
  const { items, page, loading, error, more } = usePagedList(fetchPage, PAGE_SIZE);

  // The server lists newest first; "most urgent" reorders what has been loaded, newest first within an urgency.
  const shown = sort === 'urgent' ? [...items].sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]) : items;

  return (
    <Page title={t('cases.title')}>
      <p>{t('cases.intro')}</p>
      <div className="filters">
        <Field label={t('cases.urgency')}>
          {(p) => (
            <select {...p} value={urgency} onChange={(e) => setUrgency(e.target.value as Urgency | '')}>
              <option value="">{t('common.all')}</option>
              {URGENCIES.map((u) => (
                <option key={u} value={u}>
                  {t(`urgency.${u}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.sort')}>
          {(p) => (
            <select {...p} value={sort} onChange={(e) => setSort(e.target.value as 'newest' | 'urgent')}>
              <option value="newest">{t('cases.sortNewest')}</option>
              <option value="urgent">{t('cases.sortUrgent')}</option>
            </select>
          )}
        </Field>
      </div>
      <ErrorNotice error={error} />
      {page ? (
        <p role="status" className="count">
          {t('cases.count', { count: page.totalCount })}
        </p>
      ) : null}
      <ul className="cards case-list">
        {shown.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.reference}</Link>
            </h2>
            <p className="meta">
              {c.county.name} · {label(t, 'category', c.category)} · <span className={`badge urgency-${c.urgency.toLowerCase()}`}>{t(`urgency.${c.urgency}`)}</span>
            </p>
            <p className="meta">
              {t('cases.needed')}: {formatFen(c.totalAmount) ?? c.totalAmount} · {t('cases.remaining')}: {formatFen(c.remainingAmount) ?? c.remainingAmount}
            </p>
            <p className="meta">{t('cases.published', { at: formatDateTime(c.publishedAt, lang) })}</p>
          </li>
        ))}
      </ul>
      {!loading && page && items.length === 0 ? <p>{t('cases.none')}</p> : null}
      {loading ? <Loading /> : null}
      {page?.hasNextPage && !loading ? (
        <button type="button" className="secondary" onClick={() => void more()}>
          {t('cases.more')}
        </button>
      ) : null}
    </Page>
  );
}
