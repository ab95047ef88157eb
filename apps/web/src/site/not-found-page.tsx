import type { ReactNode } from 'react';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { Page } from '../shared/ui';

export function NotFoundPage(): ReactNode {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}
