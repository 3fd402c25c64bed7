import { Result } from 'antd';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/** Placeholder of a route whose screen is not built yet (replace it with the real page). */
export function NotBuiltYet({ page }: { page: MessageKey }) {
  const t = useT();
  return (
    <div data-testid="not-built-yet">
      <Result
        status="info"
        title={t('common.notBuilt.title')}
        subTitle={t('common.notBuilt.detail', { page: t(page) })}
      />
    </div>
  );
}
