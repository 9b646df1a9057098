import { useId, type ReactNode } from 'react';
import { describeError, describeUserError } from '../api/errors';
import type { UserError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A labelled form control with an optional hint and the errors for its field, wired for screen readers. */
export function Field({
  label,
  hint,
  errors,
  children,
}: {
  label: string;
  hint?: string;
  errors?: UserError[];
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const id = useId();
  const { t } = useI18n();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors?.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, ...(errors?.length ? { 'aria-invalid': true } : {}) })}
      {errors?.length ? (
        <p className="field-error" id={errorId} role="alert">
          {errors.map((e) => describeUserError(t, e)).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** An error box for a failed request or a form-level userError. */
/** The userErrors of one field, shown under it (its `id` is what the input's aria-describedby names). */
export function FieldErrors({ id, errors }: { id: string; errors?: UserError[] }) {
  const { t } = useI18n();
  if (!errors?.length) return null;
  return (
    <p className="field-error" role="alert" id={id}>
      {errors.map((e) => describeUserError(t, e)).join(' ')}
    </p>
  );
}

/** A form's submit button (saying when it is working) beside a cancel button. */
export function SubmitCancel({ busy, submitLabel, cancelLabel, onCancel }: { busy: boolean; submitLabel: string; cancelLabel: string; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" disabled={busy}>
        {busy ? t('common.working') : submitLabel}
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}

export function ErrorNotice({ error, userErrors }: { error?: unknown; userErrors?: UserError[] }) {
  const { t } = useI18n();
  const lines = [...(error ? [describeError(t, error)] : []), ...(userErrors ?? []).map((e) => describeUserError(t, e))];
  if (lines.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
