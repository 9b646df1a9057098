/**
 * A relief fund's page: its scope, per-case cap and balance (`reliefFund`), and its statement
 * for a period (`fundStatement`, this calendar year unless another is chosen): opening balance,
 * income by source, payments by category and region, closing balance. Statements are public for
 * verified funds; anyone else the server does not let see the fund gets a plain message.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, request, type UserError } from '../../api/client';
import { FundStatementQuery, ReliefFundQuery, type FundStatement, type ReliefFund } from '../../api/funds';
import { useSession } from '../../api/session';
import { Link } from '../../app/router';
import { ErrorNotice, Field, Loading, Page } from '../../components/ui';
import { RegionNames } from '../../components/RegionNames';
import { beijingDate, endOfBeijingDay, formatDate, isDateInput, startOfBeijingDay } from '../../format/dates';
import { formatFen } from '../../format/money';
import { useI18n } from '../../i18n/i18n';
import type { RouteProps } from '../../routes';
import { label } from '../donor/labels';

const money = (fen: string) => formatFen(fen) ?? fen;

/** Answers that mean "not for you": the fund is not shown. */
const HIDDEN = new Set(['FORBIDDEN', 'NOT_FOUND']);

interface Period {
  /** First day, YYYY-MM-DD (Beijing). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/** This calendar year in Beijing. */
function thisYear(): Period {
  const year = beijingDate(new Date()).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function FundPage({ params }: RouteProps) {
  const { t } = useI18n();
  const { token } = useSession();
  const id = params.id ?? '';
  const [fund, setFund] = useState<ReliefFund | null>(null);
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    try {
      const { reliefFund } = await request(ReliefFundQuery, { fundId: id });
      if (mine !== seq.current) return;
      setFund(reliefFund);
      setHidden(false);
    } catch (err) {
      if (mine !== seq.current) return;
      setFund(null);
      if (err instanceof ApiError && (HIDDEN.has(err.code) || err.reason === 'INVALID_ID')) setHidden(true);
      else setError(err);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [id]);

  // Signing in or out may change whether the fund can be seen.
  useEffect(() => {
    void load();
  }, [load, token]);

  if (loading && !fund) return <Loading />;
  if (!fund) {
    return (
      <Page title={t('fund.title')}>
        {hidden ? (
          <p className="notice" data-testid="fund-hidden">
            {t('fund.hidden')}
          </p>
        ) : (
          <>
            <ErrorNotice error={error} />
            <button type="button" className="secondary" onClick={() => void load()}>
              {t('fund.retry')}
            </button>
          </>
        )}
        <p>
          <Link to="/organizations">{t('org.back')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={fund.organization.name}>
      <p className="meta">
        {t('fund.kind')} · <Link to={`/organizations/${encodeURIComponent(fund.organization.id)}`}>{t('fund.organization')}</Link>
      </p>
      <section aria-labelledby="fund-scope-title">
        <h2 id="fund-scope-title">{t('fund.scope')}</h2>
        <dl className="details">
          <dt>{t('fund.regions')}</dt>
          <dd data-testid="fund-regions">
            <RegionNames codes={fund.regionCodes} empty={t('fund.anyRegion')} />
          </dd>
          <dt>{t('fund.categories')}</dt>
          <dd>{fund.categories.length > 0 ? fund.categories.map((c) => label(t, 'category', c)).join(t('common.listSeparator')) : t('fund.anyCategory')}</dd>
          <dt>{t('fund.perCaseCap')}</dt>
          <dd data-testid="fund-cap">{money(fund.perCaseCap)}</dd>
          <dt>{t('fund.balance')}</dt>
          <dd data-testid="fund-balance">{money(fund.balance)}</dd>
        </dl>
      </section>
      <Statement fundId={fund.organization.id} />
    </Page>
  );
}

function Statement({ fundId }: { fundId: string }) {
  const { t, lang } = useI18n();
  const [fromText, setFromText] = useState(() => thisYear().from);
  const [toText, setToText] = useState(() => thisYear().to);
  const [period, setPeriod] = useState<Period>(thisYear);
  const [statement, setStatement] = useState<FundStatement | null>(null);
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);

  const load = useCallback(
    async (p: Period) => {
      const mine = ++seq.current;
      setLoading(true);
      setError(null);
      try {
        const { fundStatement } = await request(FundStatementQuery, { fundId, from: startOfBeijingDay(p.from), to: endOfBeijingDay(p.to) });
        if (mine !== seq.current) return;
        setStatement(fundStatement);
      } catch (err) {
        if (mine !== seq.current) return;
        setStatement(null);
        if (err instanceof ApiError && err.reason === 'INVALID_PERIOD') setUserErrors([{ field: ['to'], code: 'INVALID_PERIOD', message: err.message }]);
        else setError(err);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    },
    [fundId],
  );

  useEffect(() => {
    void load(period);
  }, [load, period]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: UserError[] = [];
    if (!isDateInput(fromText)) problems.push({ field: ['from'], code: 'CLIENT_DATE', message: '' });
    if (!isDateInput(toText)) problems.push({ field: ['to'], code: 'CLIENT_DATE', message: '' });
    else if (isDateInput(fromText) && toText < fromText) problems.push({ field: ['to'], code: 'INVALID_PERIOD', message: '' });
    setUserErrors(problems);
    if (problems.length > 0) return;
    // The same period again still asks the server: the figures may have moved.
    if (period.from === fromText && period.to === toText) void load(period);
    else setPeriod({ from: fromText, to: toText });
  };

  const fieldErrors = (field: string) => {
    const list = userErrors.filter((u) => u.field[u.field.length - 1] === field);
    return list.length > 0 ? list : undefined;
  };

  return (
    <section aria-labelledby="statement-title" className="statement">
      <h2 id="statement-title">{t('fund.statement')}</h2>
      <form className="filters" onSubmit={submit} noValidate>
        <Field label={t('fund.from')} errors={fieldErrors('from')}>
          {(p) => <input {...p} type="date" value={fromText} onChange={(e) => setFromText(e.target.value)} />}
        </Field>
        <Field label={t('fund.to')} errors={fieldErrors('to')}>
          {(p) => <input {...p} type="date" value={toText} onChange={(e) => setToText(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={loading}>
            {t('fund.show')}
          </button>
        </div>
      </form>
      <ErrorNotice error={error} />
      {loading && !statement ? <Loading /> : null}
      {statement ? (
        <div data-testid="statement" aria-busy={loading}>
          <p className="meta" role="status">
            {t('fund.period', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) })}
          </p>
          <dl className="figures">
            <div>
              <dt>{t('fund.opening')}</dt>
              <dd data-testid="statement-opening">{money(statement.opening)}</dd>
            </div>
            <div>
              <dt>{t('fund.totalIncome')}</dt>
              <dd data-testid="statement-income">{money(statement.totalIncome)}</dd>
            </div>
            <div>
              <dt>{t('fund.totalPayments')}</dt>
              <dd data-testid="statement-payments">{money(statement.totalPayments)}</dd>
            </div>
            <div>
              <dt>{t('fund.closing')}</dt>
              <dd data-testid="statement-closing">{money(statement.closing)}</dd>
            </div>
          </dl>
          <p className="hint">{t('fund.addsUp')}</p>

          <h3>{t('fund.income')}</h3>
          {statement.income.length > 0 ? (
            <table className="table" data-testid="statement-income-table">
              <thead>
                <tr>
                  <th scope="col">{t('fund.source')}</th>
                  <th scope="col">{t('fund.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {statement.income.map((i) => (
                  <tr key={i.source}>
                    <td>{t(`fundSource.${i.source}`)}</td>
                    <td>{money(i.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('fund.total')}</th>
                  <td>{money(statement.totalIncome)}</td>
                </tr>
              </tfoot>
            </table>
          ) : (
            <p>{t('fund.noIncome')}</p>
          )}

          <h3>{t('fund.payments')}</h3>
          {statement.payments.length > 0 ? (
            <table className="table" data-testid="statement-payments-table">
              <thead>
                <tr>
                  <th scope="col">{t('fund.category')}</th>
                  <th scope="col">{t('fund.region')}</th>
                  <th scope="col">{t('fund.count')}</th>
                  <th scope="col">{t('fund.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {statement.payments.map((p) => (
                  <tr key={`${p.category ?? ''}:${p.regionCode}`}>
                    <td>{p.category ? label(t, 'category', p.category) : t('fund.noCategory')}</td>
                    <td>
                      <RegionNames codes={[p.regionCode]} empty="" />
                    </td>
                    <td>{p.count}</td>
                    <td>{money(p.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('fund.total')}
                  </th>
                  <td>{money(statement.totalPayments)}</td>
                </tr>
              </tfoot>
            </table>
          ) : (
            <p>{t('fund.noPayments')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
