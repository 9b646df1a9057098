import { useSession } from '../api/session';
import { Link, navigate } from '../app/router';
import { Page } from '../components/ui';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';

export function MePage() {
  const { t, lang } = useI18n();
  const session = useSession();
  const viewer = session.viewer;
  if (!viewer) return null;
  const signOut = (everywhere: boolean) => void session.signOut(everywhere).then(() => navigate('/'));
  return (
    <Page title={t('me.title')}>
      <dl className="details">
        <dt>{t('field.name')}</dt>
        <dd>{viewer.user.name}</dd>
        <dt>{t('field.email')}</dt>
        <dd>{viewer.user.email ?? '—'}</dd>
        <dt>{t('me.roles')}</dt>
        <dd>
          <ul className="tags">
            {viewer.roles.map((r) => (
              <li key={r}>{t(`role.${r}`)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('me.sessionExpires')}</dt>
        <dd>{formatDateTime(viewer.sessionExpiresAt, lang)}</dd>
      </dl>
      <h2>{t('me.memberships')}</h2>
      {viewer.user.memberships.length === 0 ? (
        <p>{t('me.noMemberships')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('me.role')}</th>
              <th scope="col">{t('me.scope')}</th>
              <th scope="col">{t('me.since')}</th>
            </tr>
          </thead>
          <tbody>
            {viewer.user.memberships.map((m) => (
              <tr key={m.id}>
                <td>{t(`role.${m.role}`)}</td>
                <td>
                  {m.organization ? (
                    <Link to={`/organizations/${encodeURIComponent(m.organization.id)}`}>{m.organization.name}</Link>
                  ) : m.region ? (
                    <Link to={`/regions?parent=${m.region.code}`}>
                      {m.region.name} <span className="code">{m.region.code}</span>
                    </Link>
                  ) : (
                    t('me.everywhere')
                  )}
                </td>
                <td>{formatDateTime(m.createdAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => signOut(false)}>
          {t('nav.signOut')}
        </button>
        <button type="button" className="secondary" onClick={() => signOut(true)}>
          {t('me.signOutEverywhere')}
        </button>
      </div>
    </Page>
  );
}
