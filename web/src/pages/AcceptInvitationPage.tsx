import { useState, type FormEvent } from 'react';
import { errorsByField, request, type UserError } from '../api/client';
import { AcceptInvitationMutation } from '../api/operations';
import { useSession } from '../api/session';
import { Link } from '../app/router';
import { ErrorNotice, Field, Page } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import type { RouteProps } from '../routes';

/** Accepts an organisation invitation; a person without an account gives a name and password to create one. */
export function AcceptInvitationPage({ query }: RouteProps) {
  const { t } = useI18n();
  const session = useSession();
  const [token, setToken] = useState(query.get('token') ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [accepted, setAccepted] = useState<{ id: string; name: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setUserErrors([]);
    try {
      const input = { token: token.trim(), ...(session.viewer ? {} : { name, password }) };
      const { acceptInvitation } = await request(AcceptInvitationMutation, { input });
      setUserErrors(acceptInvitation.userErrors);
      const org = acceptInvitation.membership?.organization;
      if (acceptInvitation.membership) {
        setAccepted(org ?? { id: '', name: '' });
        await session.refresh();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  if (accepted) {
    return (
      <Page title={t('invite.acceptTitle')}>
        <p className="notice notice-ok" role="status">
          {t('invite.accepted', { name: accepted.name })}
        </p>
        <p>{session.viewer ? <Link to="/me">{t('nav.me')}</Link> : <Link to="/sign-in">{t('nav.signIn')}</Link>}</p>
      </Page>
    );
  }
  return (
    <Page title={t('invite.acceptTitle')}>
      <p>{session.viewer ? t('invite.introSignedIn') : t('invite.intro')}</p>
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorNotice error={error} userErrors={byField._form} />
        <Field label={t('invite.token')} errors={byField.token}>
          {(p) => <input {...p} value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />}
        </Field>
        {session.viewer ? null : (
          <>
            <Field label={t('field.name')} errors={byField.name}>
              {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />}
            </Field>
            <Field label={t('field.password')} hint={t('field.passwordHint')} errors={byField.password}>
              {(p) => <input {...p} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />}
            </Field>
          </>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('common.working') : t('invite.accept')}
        </button>
      </form>
    </Page>
  );
}
