import { useState, type ReactNode } from 'react';
import { Button, Grid, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/AuthProvider';
import { hasAnyRole, mainRole } from '../auth/user';
import { useI18n } from '../i18n/I18nProvider';
import type { Language } from '../i18n/messages';
import type { AppRoute } from '../../routes';
import { ErrorBoundary } from '../components/ErrorBoundary';

/** Sider with the menu of the user's roles, header with name, role, language and logout. */
export function AppShell({ routes, children }: { routes: AppRoute[]; children: ReactNode }) {
  const { user, logout } = useSession();
  const { t, language, setLanguage } = useI18n();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg; // tablets and smaller: the sider starts collapsed
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  const isCollapsed = collapsed ?? narrow;

  const mine = routes.filter((r) => r.inMenu !== false && hasAnyRole(user, r.roles));
  // the longest menu path that starts the current address is the selected entry
  const selected = mine
    .filter((r) => location.pathname === r.path || location.pathname.startsWith(r.path + '/'))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const role = mainRole(user);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={isCollapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 80}
        trigger={null}
        width={232}
        theme="dark"
      >
        <div style={{ color: '#fff', padding: '16px 24px', fontWeight: 700, fontSize: 20 }}>
          {t('app.name')}
        </div>
        <nav aria-label="Menu">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={mine.map((r) => ({
              key: r.path,
              icon: r.icon,
              label: <Link to={r.path}>{t(r.label)}</Link>,
            }))}
            onClick={() => narrow && setCollapsed(true)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
          }}
        >
          <Button
            type="text"
            aria-label={t('header.openMenu')}
            icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed(!isCollapsed)}
          />
          <Typography.Text strong ellipsis style={{ flex: 1 }}>
            {screens.md ? t('app.title') : t('app.name')}
          </Typography.Text>
          <Space size="middle" wrap={false}>
            <Segmented<Language>
              aria-label={t('header.language')}
              size="small"
              value={language}
              onChange={setLanguage}
              options={[
                { label: 'Tiếng Việt', value: 'vi' },
                { label: 'English', value: 'en' },
              ]}
            />
            <Space size={4} data-testid="current-user">
              <UserOutlined aria-hidden />
              <span>
                <Typography.Text>{user.name}</Typography.Text>
                {screens.sm && (
                  <Typography.Text type="secondary">
                    {' · '}
                    {t(role ? `role.${role}` : 'role.none')}
                  </Typography.Text>
                )}
              </span>
            </Space>
            <Button icon={<LogoutOutlined />} onClick={logout}>
              {screens.sm ? t('header.logout') : null}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 16 }}>
          <main>
            <ErrorBoundary key={location.pathname}>{children}</ErrorBoundary>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
