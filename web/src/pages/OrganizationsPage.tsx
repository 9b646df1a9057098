import { useCallback, useState, type FormEvent } from 'react';
import { usePagedList } from '../api/usePagedList';
import { request } from '../api/client';
import { ORGANIZATION_KINDS, OrganizationsQuery, type OrganizationFilter, type OrganizationKind } from '../api/operations';
import { useSession } from '../api/session';
import { Link } from '../app/router';
import { RegionPicker } from '../components/RegionPicker';
import { ErrorNotice, Field, Loading, Page } from '../components/ui';
import { formatFen } from '../format/money';
import { useI18n } from '../i18n/i18n';
import type { RouteProps } from '../routes';

const PAGE_SIZE = 20;

export function OrganizationsPage({ query }: RouteProps) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [verified, setVerified] = useState<'' | 'yes' | 'no'>('');
  const [regionCode, setRegionCode] = useState<string | null>(query.get('region'));
  const [filter, setFilter] = useState<OrganizationFilter>(() => (query.get('region') ? { homeRegionCode: query.get('region') ?? undefined } : {}));

  const fetchPage = useCallback(async (first: number, after: string | null) => (await request(OrganizationsQuery, { filter, first, after })).organizations, [filter]);
  const { items, page, loading, error, more } = usePagedList(fetchPage, PAGE_SIZE);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const f: OrganizationFilter = {};
    if (name.trim()) f.nameContains = name.trim();
    if (kind) f.kinds = [kind];
    if (verified) f.verified = verified === 'yes';
    if (regionCode) f.homeRegionCode = regionCode;
    setFilter(f);
  };

  return (
    <Page
      title={t('orgs.title')}
      actions={
        viewer ? (
          <Link to="/organizations/new" className="button">
            {t('orgs.register')}
          </Link>
        ) : null
      }
    >
      <form className="filters" onSubmit={apply} aria-label={t('orgs.filters')}>
        <Field label={t('orgs.nameContains')}>{(p) => <input {...p} type="search" value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('field.kind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind | '')}>
              <option value="">{t('common.all')}</option>
              {ORGANIZATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('orgs.verified')}>
          {(p) => (
            <select {...p} value={verified} onChange={(e) => setVerified(e.target.value as '' | 'yes' | 'no')}>
              <option value="">{t('common.all')}</option>
              <option value="yes">{t('org.verified')}</option>
              <option value="no">{t('org.unverified')}</option>
            </select>
          )}
        </Field>
        {regionCode && regionCode === query.get('region') ? (
          <p className="hint">
            {t('orgs.basedIn', { code: regionCode })}{' '}
            <button type="button" className="link" onClick={() => setRegionCode(null)}>
              {t('common.clear')}
            </button>
          </p>
        ) : (
          <RegionPicker legend={t('orgs.region')} onChange={(r) => setRegionCode(r?.code ?? null)} maxDepth={3} />
        )}
        <button type="submit">{t('orgs.apply')}</button>
      </form>

      <ErrorNotice error={error} />
      {page ? (
        <p role="status" className="count">
          {t('orgs.count', { count: page.totalCount })}
        </p>
      ) : null}
      <ul className="cards org-list">
        {items.map((o) => (
          <li key={o.id} className="card">
            <h2>
              <Link to={`/organizations/${encodeURIComponent(o.id)}`}>{o.name}</Link>
            </h2>
            <p className="meta">
              {t(`kind.${o.kind}`)} · {o.homeRegion.name} ·{' '}
              <span className={o.verified ? 'badge badge-ok' : 'badge badge-warn'}>{o.verified ? t('org.verified') : t('org.unverified')}</span>
            </p>
            <p className="meta">
              {t('org.budget')}: {formatFen(o.budget, o.currency) ?? o.budget} · {t('org.slaHours', { hours: o.responseSlaHours })}
            </p>
          </li>
        ))}
      </ul>
      {!loading && page && items.length === 0 ? <p>{t('orgs.none')}</p> : null}
      {loading ? <Loading /> : null}
      {page?.hasNextPage && !loading ? (
        <button type="button" className="secondary" onClick={() => void more()}>
          {t('orgs.more')}
        </button>
      ) : null}
    </Page>
  );
}
