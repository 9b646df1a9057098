/**
 * The navigation's case inbox entry: goes straight to the inbox of the person's organisation, or lets them pick
 * one when they belong to several.
 */
import { useEffect } from 'react';
import { useSession } from '../../api/session';
import { Link, navigate } from '../../app/router';
import { Page } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import type { RouteProps } from '../../routes';

export const inboxPath = (organizationId: string) => `/organizations/${encodeURIComponent(organizationId)}/inbox`;

export function MyInboxPage(_props: RouteProps) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const orgs = new Map<string, string>();
  for (const m of viewer?.user.memberships ?? []) {
    if ((m.role === 'ORG_ADMIN' || m.role === 'ORG_MEMBER') && m.organization) orgs.set(m.organization.id, m.organization.name);
  }
  const only = orgs.size === 1 ? [...orgs.keys()][0] : undefined;

  useEffect(() => {
    if (only) navigate(inboxPath(only), { replace: true });
  }, [only]);

  if (only) return null;
  return (
    <Page title={t('inbox.pickTitle')}>
      {orgs.size === 0 ? (
        <p>{t('inbox.noOrganization')}</p>
      ) : (
        <>
          <p>{t('inbox.pickIntro')}</p>
          <ul data-testid="inbox-picker">
            {[...orgs].map(([id, name]) => (
              <li key={id}>
                <Link to={inboxPath(id)}>{name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
