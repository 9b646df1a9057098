/**
 * Alarms: the signed-in person's alarms (`myAlarms`), unread first, each with its case (linking to the desk's
 * case page), what it is about and when, and marking one read (`markAlarmRead`). New alarms arrive live as
 * `notification` events on the person's own room (`user:<id>`), which reloads the list and the unread count.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { localIdOf, request, type UserError } from '../../api/client';
import { MarkAlarmReadMutation, MyAlarmsQuery, type Alarm } from '../../api/referrals';
import { useSession } from '../../api/session';
import { Link } from '../../app/router';
import { ErrorNotice } from '../../components/ui';
import { formatDateTime } from '../../format/dates';
import { hasKey, useI18n, type Translate } from '../../i18n/i18n';
import { useLiveEvents, type LiveStatus } from '../../live/socket';
import { labelOr } from '../donor/labels';

const SHOWN = 50;

/** The alarm's kind in words (the server's own kind when it is not known here). */
export function alarmKindLabel(t: Translate, kind: string): string {
  const key = `alarms.kind.${kind}`;
  return hasKey(key) ? t(key) : kind;
}

/**
 * The alarm in words of the page's language, from its kind and its named facts (a referral's escalation
 * step picks the wording); the server's English title when this page has no wording of the kind.
 */
export function alarmText(t: Translate, a: Pick<Alarm, 'kind' | 'title' | 'details'>): string {
  const facts: Record<string, string> = Object.fromEntries(a.details.map((d) => [d.name, d.value]));
  const key = `alarms.text.${a.kind}${facts.step ? `.${facts.step}` : ''}`;
  if (!hasKey(key)) return a.title;
  if (facts.status) facts.status = labelOr(t, 'desk.status', facts.status, facts.status);
  return t(key, facts);
}

/** Unread first, then newest first (the API lists newest first). */
const unreadFirst = (alarms: Alarm[]): Alarm[] => [...alarms.filter((a) => !a.readAt), ...alarms.filter((a) => a.readAt)];

export function AlarmsSection() {
  const { t, lang } = useI18n();
  const { viewer, token } = useSession();
  const [alarms, setAlarms] = useState<Alarm[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const d = await request(MyAlarmsQuery, { first: SHOWN });
      if (mine !== seq.current) return;
      setAlarms(d.all.nodes);
      setUnread(d.unread.totalCount);
      setError(null);
    } catch (err) {
      if (mine === seq.current) setError(err);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const userId = viewer ? localIdOf(viewer.user.id) : null;
  useLiveEvents(token, userId ? `user:${userId}` : null, 'notification', () => void load(), setLive);

  const markRead = async (id: string) => {
    setBusy(id);
    setError(null);
    setUserErrors([]);
    try {
      const { markAlarmRead } = await request(MarkAlarmReadMutation, { input: { id } });
      setUserErrors(markAlarmRead.userErrors);
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="alarms-title" className="alarms" data-testid="alarms" data-live={live}>
      <h2 id="alarms-title">
        {t('alarms.title')}{' '}
        <span className={`badge${unread > 0 ? ' badge-warn' : ''}`} data-testid="alarms-unread" data-count={unread}>
          {t('alarms.unreadCount', { count: unread })}
        </span>
      </h2>
      <ErrorNotice error={error} userErrors={userErrors} />
      {alarms && alarms.length === 0 ? <p className="hint">{t('alarms.none')}</p> : null}
      {alarms && alarms.length > 0 ? (
        <ul className="cards alarm-list" aria-label={t('alarms.listLabel')}>
          {unreadFirst(alarms).map((a) => (
            <li key={a.id} className={`card${a.readAt ? ' alarm-read' : ' alarm-unread'}`} data-testid="alarm" data-kind={a.kind} data-read={a.readAt ? 'true' : 'false'}>
              <p>
                <span className={`badge${a.readAt ? '' : ' badge-warn'}`}>{alarmKindLabel(t, a.kind)}</span>{' '}
                {a.caseRef ? <Link to={`/desk/cases/${encodeURIComponent(a.caseRef.id)}`}>{a.caseRef.reference}</Link> : null}
              </p>
              <p data-testid="alarm-text">{alarmText(t, a)}</p>
              <p className="meta">
                {t('alarms.raisedAt', { at: formatDateTime(a.createdAt, lang) })}
                {a.readAt ? <> · {t('alarms.readAt', { at: formatDateTime(a.readAt, lang) })}</> : null}
              </p>
              {a.readAt ? null : (
                <button type="button" className="secondary" disabled={busy === a.id} onClick={() => void markRead(a.id)}>
                  {busy === a.id ? t('common.working') : t('alarms.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
