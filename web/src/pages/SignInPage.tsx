import { useState, type FormEvent } from 'react';
import { errorsByField, request, type UserError } from '../api/client';
import { SignInMutation } from '../api/operations';
import { useSession } from '../api/session';
import { Link, navigate } from '../app/router';
import { ErrorNotice, Field, Page } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import type { RouteProps } from '../routes';

/** Only same-site paths are followed after sign-in. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/me');

export function SignInPage({ query }: RouteProps) {
  const { t } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const next = query.get('next');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setUserErrors([]);
    try {
      const { signIn } = await request(SignInMutation, { input: { email, password } });
      if (signIn.token && signIn.viewer) {
        session.signedIn(signIn.token, signIn.viewer);
        navigate(safeNext(next));
      } else setUserErrors(signIn.userErrors);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  return (
    <Page title={t('signIn.title')}>
      {next ? <p className="notice">{t('signIn.needed')}</p> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorNotice error={error} userErrors={byField._form} />
        <Field label={t('field.email')} errors={byField.email}>
          {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        <Field label={t('field.password')} errors={byField.password}>
          {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('common.working') : t('signIn.submit')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('signUp.title')}</Link>
      </p>
    </Page>
  );
}
