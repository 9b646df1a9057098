import { useRef, useState, type FormEvent } from 'react';
import { errorsByField, localIdOf, request, type UserError } from '../api/client';
import {
  AddMemberMutation,
  InviteMemberMutation,
  OrganizationQuery,
  VerifyOrganizationMutation,
  type OrganizationDetail,
  type Role,
} from '../api/operations';
import { useSession } from '../api/session';
import { useQuery } from '../api/useQuery';
import { Link } from '../app/router';
import { ErrorNotice, Field, Loading, Page } from '../components/ui';
import { formatDateTime } from '../format/dates';
import { formatFen } from '../format/money';
import { useI18n } from '../i18n/i18n';
import { useLiveEvents, type EventPayload, type LiveStatus } from '../live/socket';
import { label } from './donor/labels';
import { inboxPath } from './inbox/MyInboxPage';
import type { RouteProps } from '../routes';

export function OrganizationPage({ params }: RouteProps) {
  const { t, lang } = useI18n();
  const session = useSession();
  const id = params.id ?? '';
  const { data, error, loading, reload } = useQuery(OrganizationQuery, { id });
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifyUserErrors, setVerifyUserErrors] = useState<UserError[]>([]);
  const [verifying, setVerifying] = useState(false);

  const org = data?.organization;
  const isOrgAdmin = !!session.viewer?.user.memberships.some((m) => m.role === 'ORG_ADMIN' && m.organization?.id === id);
  const isMember = !!session.viewer?.user.memberships.some((m) => (m.role === 'ORG_ADMIN' || m.role === 'ORG_MEMBER') && m.organization?.id === id);
  const canVerify = !!org && !org.verified && session.hasRole('ADMIN', 'APPROVER');
  const canManage = isOrgAdmin || session.hasRole('ADMIN');

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      const { verifyOrganization } = await request(VerifyOrganizationMutation, { input: { id } });
      setVerifyUserErrors(verifyOrganization.userErrors);
      if (verifyOrganization.organization) await reload();
    } catch (err) {
      setVerifyError(err);
    } finally {
      setVerifying(false);
    }
  };

  if (loading && !org) return <Loading />;
  if (!org) {
    return (
      <Page title={t('org.title')}>
        <ErrorNotice error={error} />
        <Link to="/organizations">{t('org.back')}</Link>
      </Page>
    );
  }

  return (
    <Page
      title={org.name}
      actions={
        canVerify ? (
          <button type="button" onClick={() => void verify()} disabled={verifying}>
            {verifying ? t('common.working') : t('org.verify')}
          </button>
        ) : null
      }
    >
      <p className="meta">
        {t(`kind.${org.kind}`)} ·{' '}
        <span className={org.verified ? 'badge badge-ok' : 'badge badge-warn'} data-testid="verified-badge">
          {org.verified ? t('org.verified') : t('org.unverified')}
        </span>
        {org.verifiedAt ? ` · ${t('org.verifiedAt', { at: formatDateTime(org.verifiedAt, lang) })}` : ''}
      </p>
      <ErrorNotice error={verifyError} userErrors={verifyUserErrors} />
      {org.description ? <p>{org.description}</p> : null}
      {org.kind === 'RELIEF_FUND' ? (
        <p>
          <Link to={`/funds/${encodeURIComponent(org.id)}`} data-testid="fund-link">
            {t('org.fundStatement')}
          </Link>
        </p>
      ) : null}
      {isMember ? (
        <p>
          <Link to={inboxPath(org.id)} data-testid="inbox-link">
            {t('inbox.link')}
          </Link>
        </p>
      ) : null}
      <Details org={org} />
      {session.viewer ? <LivePanel organizationId={id} verified={org.verified} onUpdate={() => void reload()} /> : null}
      {org.members.length > 0 ? <Members org={org} /> : null}
      {canManage ? <ManageMembers organizationId={id} onAdded={() => void reload()} /> : null}
      <p>
        <Link to="/organizations">{t('org.back')}</Link>
      </p>
    </Page>
  );
}

function Details({ org }: { org: OrganizationDetail }) {
  const { t, lang } = useI18n();
  const regions = (rs: { code: string; name: string }[]) => (rs.length ? rs.map((r) => r.name).join(t('common.listSeparator')) : '—');
  return (
    <dl className="details">
      <dt>{t('field.homeRegion')}</dt>
      <dd>
        <Link to={`/regions?parent=${org.homeRegion.code}`}>{org.homeRegion.name}</Link> <span className="code">{org.homeRegion.code}</span>
      </dd>
      <dt>{t('field.serviceRegions')}</dt>
      <dd>{regions(org.serviceRegions)}</dd>
      <dt>{t('field.pairingRegions')}</dt>
      <dd>{regions(org.pairingRegions)}</dd>
      <dt>{t('field.focusCategories')}</dt>
      <dd>{org.focusCategories.length ? org.focusCategories.map((c) => label(t, 'category', c)).join(t('common.listSeparator')) : t('org.allCategories')}</dd>
      <dt>{t('field.openCaseCapacity')}</dt>
      <dd>{org.openCaseCapacity}</dd>
      <dt>{t('org.budget')}</dt>
      <dd>{formatFen(org.budget, org.currency) ?? org.budget}</dd>
      <dt>{t('field.responseSlaHours')}</dt>
      <dd>{t('org.slaHours', { hours: org.responseSlaHours })}</dd>
      <dt>{t('field.languages')}</dt>
      <dd>{org.languages.join(', ') || '—'}</dd>
      <dt>{t('org.createdAt')}</dt>
      <dd>{formatDateTime(org.createdAt, lang)}</dd>
    </dl>
  );
}

function Members({ org }: { org: OrganizationDetail }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('org.members')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('me.role')}</th>
            <th scope="col">{t('me.since')}</th>
          </tr>
        </thead>
        <tbody>
          {org.members.map((m) => (
            <tr key={m.id}>
              <td>{t(`role.${m.role}`)}</td>
              <td>{formatDateTime(m.createdAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface LiveEntry {
  key: number;
  at: string;
  /** Whether this event is the organisation becoming verified (rather than another profile change). */
  becameVerified: boolean;
}

/** Watches `organization:<id>` on the live channel and lists `organization.updated` events as they arrive. */
function LivePanel({ organizationId, verified, onUpdate }: { organizationId: string; verified: boolean; onUpdate: () => void }) {
  const { t, lang } = useI18n();
  const { token } = useSession();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [events, setEvents] = useState<LiveEntry[]>([]);
  const localId = localIdOf(organizationId);
  // The event carries the current state; it marks a verification when the organisation was unverified until now.
  const knownVerified = useRef(verified);
  knownVerified.current ||= verified;
  useLiveEvents(
    token,
    localId ? `organization:${localId}` : null,
    'organization.updated',
    (e: EventPayload<'organization.updated'>) => {
      const becameVerified = e.verified && !knownVerified.current;
      knownVerified.current ||= e.verified;
      setEvents((prev) => [{ key: Date.now() + prev.length, at: e.updatedAt, becameVerified }, ...prev].slice(0, 20));
      onUpdate();
    },
    setStatus,
  );
  return (
    <section className="live-panel" aria-labelledby="live-title">
      <h2 id="live-title">
        {t('live.title')} <span className={`live-status live-${status}`}>{t(`live.status.${status}`)}</span>
      </h2>
      {status === 'refused' ? <p className="hint">{t('live.refused')}</p> : null}
      <ol aria-live="polite" className="live-events" data-testid="live-events">
        {events.length === 0 ? <li className="hint">{t('live.none')}</li> : null}
        {events.map((e) => (
          <li key={e.key}>
            <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> {e.becameVerified ? t('live.verified') : t('live.updated')}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Adds an existing account, or invites someone by email (the invitation token is shown once, to hand over). */
function ManageMembers({ organizationId, onAdded }: { organizationId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('ORG_MEMBER');
  const [busy, setBusy] = useState(false);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [inviteToken, setInviteToken] = useState<string | null>(null);

  const run = async (mode: 'add' | 'invite', e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    setUserErrors([]);
    setDone(null);
    setInviteToken(null);
    const input = { organizationId, email, role };
    try {
      if (mode === 'add') {
        const { addMember } = await request(AddMemberMutation, { input });
        setUserErrors(addMember.userErrors);
        if (addMember.membership) {
          setDone(t('members.added', { email }));
          onAdded();
        }
      } else {
        const { inviteMember } = await request(InviteMemberMutation, { input });
        setUserErrors(inviteMember.userErrors);
        if (inviteMember.token) {
          setDone(t('members.invited', { email }));
          setInviteToken(inviteMember.token);
        }
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const byField = errorsByField(userErrors);
  const inviteLink = inviteToken ? `${window.location.origin}/invitations/accept?token=${encodeURIComponent(inviteToken)}` : null;
  return (
    <section aria-labelledby="manage-title">
      <h2 id="manage-title">{t('members.title')}</h2>
      <form className="form narrow" onSubmit={(e) => void run('add', e)} noValidate>
        <ErrorNotice error={error} userErrors={byField._form} />
        <Field label={t('field.email')} errors={byField.email}>
          {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('me.role')} errors={byField.role}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              <option value="ORG_MEMBER">{t('role.ORG_MEMBER')}</option>
              <option value="ORG_ADMIN">{t('role.ORG_ADMIN')}</option>
            </select>
          )}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('members.add')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void run('invite')}>
            {t('members.invite')}
          </button>
        </div>
        {done ? (
          <div className="notice notice-ok" role="status">
            <p>{done}</p>
            {inviteLink ? (
              <>
                <p>{t('members.inviteOnce')}</p>
                <p>
                  <code className="token">{inviteLink}</code>
                </p>
              </>
            ) : null}
          </div>
        ) : null}
      </form>
    </section>
  );
}
