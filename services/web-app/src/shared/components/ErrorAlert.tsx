import { Alert, Button } from 'antd';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/I18nProvider';

/** A failed call as the user should see it: the service's Vietnamese title/detail, a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const { title, detail } = errorMessage(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={title}
      description={detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
