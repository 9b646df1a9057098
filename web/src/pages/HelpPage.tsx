import { Page } from '../components/ui';
import { useI18n, type TKey } from '../i18n/i18n';

/** One section of the public guide: a heading and its paragraphs or list items, all from the translation files. */
const SECTIONS: { id: string; title: TKey; paragraphs?: TKey[]; items?: TKey[]; after?: TKey[] }[] = [
  { id: 'who', title: 'help.who.title', paragraphs: ['help.who.body'], items: ['help.who.urgent', 'help.who.spending'], after: ['help.who.where'] },
  { id: 'how', title: 'help.how.title', items: ['help.how.step1', 'help.how.step2', 'help.how.step3', 'help.how.step4', 'help.how.step5'] },
  {
    id: 'documents',
    title: 'help.docs.title',
    paragraphs: ['help.docs.common'],
    items: ['help.docs.illness', 'help.docs.accident', 'help.docs.fire', 'help.docs.spending', 'help.docs.violence', 'help.docs.vagrancy'],
    after: ['help.docs.note'],
  },
  { id: 'deadlines', title: 'help.deadlines.title', items: ['help.deadlines.fast', 'help.deadlines.paperwork', 'help.deadlines.normal', 'help.deadlines.limit'], after: ['help.deadlines.note'] },
  { id: 'hotline', title: 'help.hotline.title', paragraphs: ['help.hotline.body', 'help.hotline.emergency'] },
  { id: 'money', title: 'help.money.title', paragraphs: ['help.money.body'], items: ['help.money.cash', 'help.money.hospital', 'help.money.kind', 'help.money.service'], after: ['help.money.rules', 'help.money.privacy'] },
];

/** The public guide (R16): who can apply, documents per case type, deadlines, the hotline, what donations pay for. */
export function HelpPage() {
  const { t } = useI18n();
  return (
    <Page title={t('help.title')}>
      <p className="lead">{t('help.intro')}</p>
      <nav aria-label={t('help.contents')} className="toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{t(s.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="help-section">
          <h2 id={`${s.id}-title`}>{t(s.title)}</h2>
          {s.paragraphs?.map((p) => (
            <p key={p}>{t(p)}</p>
          ))}
          {s.items ? (
            <ul>
              {s.items.map((i) => (
                <li key={i}>{t(i)}</li>
              ))}
            </ul>
          ) : null}
          {s.after?.map((p) => (
            <p key={p}>{t(p)}</p>
          ))}
        </section>
      ))}
    </Page>
  );
}
