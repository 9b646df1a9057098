import { useEffect, useState } from 'react';
import { request } from '../../api/client';
import { MyPledgesQuery, PublicCaseReferenceQuery, type Pledge } from '../../api/donor';
import { Link } from '../../app/router';
import { ErrorNotice, Loading, Page } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { formatFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import type { RouteProps } from '../../routes';
import { label } from './labels';

const PAGE_SIZE = 20;

export function MyPledgesPage(_props: RouteProps) {
  const { t, lang } = useI18n();
  const [items, setItems] = useState<Pledge[]>([]);
  const [page, setPage] = useState<{ hasNextPage: boolean; endCursor: string | null; totalCount: number } | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [references, setReferences] = useState<Record<string, string>>({});

  const load = async (after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const { myPledges } = await request(MyPledgesQuery, { first: PAGE_SIZE, after });
      setItems((prev) => (after ? [...prev, ...myPledges.nodes] : myPledges.nodes));
      setPage({ ...myPledges.pageInfo, totalCount: myPledges.totalCount });
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(null);
  }, []);

  // Pledges carry the case's ID only; look up the public reference of each case not yet known (a case no longer published keeps a plain link).
  useEffect(() => {
    const missing = [...new Set(items.map((p) => p.caseId))].filter((caseId) => !(caseId in references));
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
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <td>{formatDateTime(p.createdAt, lang)}</td>
                <td>
                  <Link to={`/cases/${encodeURIComponent(p.caseId)}`}>{references[p.caseId] || t('myPledges.openCase')}</Link>
                </td>
                <td>{formatFen(p.amount) ?? p.amount}</td>
                <td>{p.payment.sandbox ? t('pledge.sandbox') : label(t, 'pledge.methodName', p.method)}</td>
                <td>
                  {t(`pledge.statusName.${p.status}`)}
                  {p.releaseReason ? ` (${label(t, 'pledge.releaseReason', p.releaseReason)})` : ''}
                </td>
              </tr>
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
        <button type="button" className="secondary" onClick={() => void load(page.endCursor)}>
          {t('cases.more')}
        </button>
      ) : null}
    </Page>
  );
}
