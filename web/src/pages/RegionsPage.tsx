import { RegionQuery, RegionsQuery, type Region } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { Link } from '../app/router';
import { ErrorNotice, Loading, Page } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import type { RouteProps } from '../routes';

/** Province → prefecture → county → township, one level per page, with `?parent=<code>` in the address. */
export function RegionsPage({ query }: RouteProps) {
  const { t } = useI18n();
  const parent = query.get('parent');
  const list = useQuery(RegionsQuery, { parentCode: parent });
  const here = useQuery(RegionQuery, { code: parent ?? '' }, { skip: !parent });

  const trail: Region[] = [];
  for (let r: Region | null | undefined = here.data?.region; r; r = (r as { parent?: Region | null }).parent) trail.unshift(r);

  return (
    <Page title={t('regions.title')}>
      <nav aria-label={t('regions.breadcrumb')} className="breadcrumb">
        <ol>
          <li>{parent ? <Link to="/regions">{t('regions.china')}</Link> : <span aria-current="page">{t('regions.china')}</span>}</li>
          {trail.map((r, i) => (
            <li key={r.code}>
              {i === trail.length - 1 ? <span aria-current="page">{r.name}</span> : <Link to={`/regions?parent=${r.code}`}>{r.name}</Link>}
            </li>
          ))}
        </ol>
      </nav>
      {parent ? (
        <p>
          <Link to={`/organizations?region=${parent}`}>{t('regions.orgsHere')}</Link>
        </p>
      ) : null}
      <ErrorNotice error={list.error ?? here.error} />
      {list.loading ? <Loading /> : null}
      {list.data ? (
        list.data.regions.length === 0 ? (
          <p>{t('regions.none')}</p>
        ) : (
          <ul className="region-grid" aria-label={t('regions.listLabel')}>
            {list.data.regions.map((r) => (
              <li key={r.code}>
                {r.level === 'TOWNSHIP' ? <span>{r.name}</span> : <Link to={`/regions?parent=${r.code}`}>{r.name}</Link>}
                <span className="meta">
                  {t(`region.level.${r.level}`)} · <span className="code">{r.code}</span>
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Page>
  );
}
