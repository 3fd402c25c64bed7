import type { Translate } from '../i18n/I18nProvider';
import { ApiError } from './client';

/** The title and detail to show for a failed call: the service's own Vietnamese texts first. */
export function errorMessage(error: unknown, t: Translate): { title: string; detail?: string } {
  if (error instanceof ApiError) {
    if (error.forbidden) return { title: t('error.forbidden'), detail: error.problem.detail };
    if (error.unauthorized) return { title: t('auth.sessionExpired') };
    if (error.network) return { title: t('error.network') };
    if (error.problem.title) return { title: error.problem.title, detail: error.problem.detail };
  }
  return { title: t('error.unexpected') };
}
