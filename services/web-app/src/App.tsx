import { Suspense } from 'react';
import { ConfigProvider, App as AntApp, Result, Spin, type ThemeConfig } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Navigate, Route, Routes } from 'react-router';
import { ROUTES, type AppRoute } from './routes';
import { useSession } from './shared/auth/AuthProvider';
import { hasAnyRole } from './shared/auth/user';
import { useI18n } from './shared/i18n/I18nProvider';
import { AppShell } from './shared/layout/AppShell';
import { Forbidden, NotFound } from './shared/components/Forbidden';

/**
 * The EQIP colours: AntD's defaults where they meet WCAG 2.1 AA contrast (4.5:1 for text, checked
 * by axe in infra/e2e AccessibilityE2EIT), darker where they do not: secondary and description
 * text, placeholders, links, the danger colour (texts, red buttons) and the text of the coloured and
 * status tags.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    // links and the "processing"/info tags have seeds of their own (AntD's #1677ff: 4.1:1 on white)
    colorLink: '#0b5cad',
    colorInfo: '#0b5cad',
    // the status tags ("success", "warning", "processing", "error") write their text in these on
    // the *Bg tints; AntD derives the tints of a dark colour too dark (#237804 gave #adb8a5), so
    // they are AntD's usual light ones
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    // rgba(0,0,0,.45) on white is 3.4:1
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#737373',
    // #ff4d4f is 3.3:1 on white, and white on it
    colorError: '#cf1322',
    // the tags' text (palette step 7) on their light background: these were under 4.5:1
    green7: '#237804',
    orange7: '#ad4e00',
    gold7: '#874d00',
    cyan7: '#006d75',
    lime7: '#3f6600',
    volcano7: '#ad2102',
  },
};

/** AntD in the user's language (vi_VN by default). */
export function ThemedApp({ children }: { children: React.ReactNode }) {
  const { language } = useI18n();
  dayjs.locale(language === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** The routes of the signed-in user: the menu's pages, `/` to their first page. */
export function AppRoutes({ routes = ROUTES }: { routes?: AppRoute[] }) {
  const { user } = useSession();
  const { t } = useI18n();
  const home = routes.find((r) => r.inMenu !== false && hasAnyRole(user, r.roles));
  return (
    <AppShell routes={routes}>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route
            path="/"
            element={home ? <Navigate to={home.path} replace /> : <Result status="warning" title={t('common.noRole')} />}
          />
          {routes.map((r) => (
            <Route
              key={r.path}
              path={r.path}
              element={hasAnyRole(user, r.roles) ? r.element : <Forbidden />}
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}

/** While a screen's code downloads (the first visit of a route). */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" data-testid="page-loading" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 12 }}>{t('common.loadingPage')}</div>
    </div>
  );
}
