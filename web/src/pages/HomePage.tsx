import { useSession } from '../api/session';
import { Link } from '../app/router';
import { Page } from '../components/ui';
import { useI18n } from '../i18n/i18n';

export function HomePage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.lead')}</p>
      <div className="notice notice-info">
        <p>
          <strong>{t('home.hotline')}</strong>
        </p>
      </div>
      <ul className="cards">
        <li className="card">
          <h2>
            <Link to="/help">{t('nav.help')}</Link>
          </h2>
          <p>{t('home.helpCard')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/organizations">{t('nav.organizations')}</Link>
          </h2>
          <p>{t('home.orgsCard')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/regions">{t('nav.regions')}</Link>
          </h2>
          <p>{t('home.regionsCard')}</p>
        </li>
        {viewer ? null : (
          <li className="card">
            <h2>
              <Link to="/sign-up">{t('signUp.title')}</Link>
            </h2>
            <p>{t('home.signUpCard')}</p>
          </li>
        )}
      </ul>
    </Page>
  );
}
