import { useState, type FormEvent } from 'react';
import { errorsByField, request, type UserError } from '../api/client';
import { SignUpMutation } from '../api/operations';
import { useSession } from '../api/session';
import { navigate } from '../app/router';
import { ErrorNotice, Field, Page } from '../components/ui';
import { useI18n } from '../i18n/i18n';

/** Creates a donor account and signs it in. */
export function SignUpPage() {
  const { t, lang } = useI18n();
  const session = useSession();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setUserErrors([]);
    try {
      const { signUp } = await request(SignUpMutation, { input: { ...form, locale: lang } });
      if (signUp.token && signUp.viewer) {
        session.signedIn(signUp.token, signUp.viewer);
        navigate('/me');
      } else setUserErrors(signUp.userErrors);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  return (
    <Page title={t('signUp.title')}>
      <p>{t('signUp.intro')}</p>
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorNotice error={error} userErrors={byField._form} />
        <Field label={t('field.name')} errors={byField.name}>
          {(p) => <input {...p} autoComplete="name" value={form.name} onChange={set('name')} required />}
        </Field>
        <Field label={t('field.email')} errors={byField.email}>
          {(p) => <input {...p} type="email" autoComplete="email" value={form.email} onChange={set('email')} required />}
        </Field>
        <Field label={t('field.password')} hint={t('field.passwordHint')} errors={byField.password}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={form.password} onChange={set('password')} required minLength={8} />}
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? t('common.working') : t('signUp.submit')}
        </button>
      </form>
    </Page>
  );
}
