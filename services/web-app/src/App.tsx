import { ConfigProvider, App as AntApp, Result } from 'antd';
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

/** AntD in the user's language (vi_VN by default). */
export function ThemedApp({ children }: { children: React.ReactNode }) {
  const { language } = useI18n();
  dayjs.locale(language === 'en' ? 'en' : 'vi');
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={{ token: { colorPrimary: '#0b5cad' } }}>
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
    </AppShell>
  );
}
