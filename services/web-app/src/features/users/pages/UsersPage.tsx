import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { ApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { reportsApi } from '../../department/api/reportsApi';
import { GRANTABLE_ROLES, usersApi, type UserReassignment, type UserRequest, type UserView } from '../api/usersApi';

const PAGE_SIZE = 50;

/**
 * The department's user accounts: list, create (a temporary password is shown once), move to another
 * org unit and/or role, lock, unlock. Department administrators' accounts are not managed here.
 */
export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const [role, setRole] = useState<string>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<UserView>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<UserRequest>();
  const [moving, setMoving] = useState<UserView>();
  const [moveForm] = Form.useForm<Required<UserReassignment>>();
  const query = useMemo(() => ({ role, page, size: PAGE_SIZE }), [role, page]);
  const { data, error, loading, reload } = useApiData((signal) => usersApi.list(query, signal), [query]);
  const units = useApiData((signal) => reportsApi.orgUnits(signal), []);
  const unitName = (id: string) => units.data?.items.find((u) => u.id === id)?.name ?? id;
  const roleLabel = (r: string) => t(`role.${r}` as MessageKey);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      reload();
      return true;
    } catch (e) {
      const { title, detail } = errorMessage(e, t);
      message.error(detail ? `${title} ${detail}` : title);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return;
    await act(async () => {
      setCreated(await usersApi.create(v));
      setCreating(false);
    });
  };

  const openMove = (u: UserView) => {
    moveForm.setFieldsValue({ orgUnitId: u.orgUnitId, role: u.role });
    setMoving(u);
  };

  const move = async () => {
    const v = await moveForm.validateFields().catch(() => undefined);
    if (!v || !moving) return;
    setBusy(true);
    try {
      const after = await usersApi.reassign(moving.id, { orgUnitId: v.orgUnitId, role: v.role });
      message.success(t('users.reassigned', { username: after.username }));
      setMoving(undefined);
      reload();
    } catch (e) {
      // the registry names the field it refuses (422 errors[].field: orgUnitId or role)
      const fields =
        e instanceof ApiError && Array.isArray(e.problem.errors)
          ? (e.problem.errors as { field?: string; message?: string }[]).filter((f) => f.field === 'orgUnitId' || f.field === 'role')
          : [];
      if (fields.length) {
        moveForm.setFields(fields.map((f) => ({ name: f.field as 'orgUnitId' | 'role', errors: [f.message ?? ''] })));
      } else {
        const { title, detail } = errorMessage(e, t);
        message.error(detail ? `${title} ${detail}` : title);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <Card>
        <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
          <Form layout="inline">
            <Form.Item label={t('users.role')} htmlFor="users-role">
              <Select
                id="users-role"
                allowClear
                style={{ minWidth: 200 }}
                placeholder={t('dept.common.all')}
                value={role}
                onChange={(v) => {
                  setRole(v);
                  setPage(0);
                }}
                options={['dept-admin', ...GRANTABLE_ROLES].map((r) => ({ value: r, label: roleLabel(r) }))}
              />
            </Form.Item>
          </Form>
          <Button type="primary" onClick={() => (form.resetFields(), setCreating(true))}>
            {t('users.create')}
          </Button>
        </Space>
        {created?.temporaryPassword && (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setCreated(undefined)}
            style={{ marginBottom: 16 }}
            message={t('users.created', { username: created.username })}
            description={
              <>
                {t('users.temporaryPassword')}: <Typography.Text code copyable>{created.temporaryPassword}</Typography.Text>
              </>
            }
          />
        )}
        {error ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : (
          <Table<UserView>
            rowKey="id"
            loading={loading}
            scroll={{ x: true }}
            dataSource={data?.items ?? []}
            pagination={{
              current: page + 1,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (n) => t('users.total', { n: formatNumber(n) }),
              onChange: (p) => setPage(p - 1),
            }}
            columns={[
              { title: t('users.username'), dataIndex: 'username' },
              { title: t('users.name'), render: (_, u) => `${u.lastName} ${u.firstName}`.trim() },
              { title: t('users.email'), dataIndex: 'email' },
              { title: t('users.role'), dataIndex: 'role', render: (r: string) => roleLabel(r) },
              { title: t('users.orgUnit'), dataIndex: 'orgUnitId', render: (id: string) => unitName(id) },
              { title: t('users.createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDate(d) },
              {
                title: t('users.state'),
                dataIndex: 'active',
                render: (a: boolean) => <Tag color={a ? 'green' : 'red'}>{a ? t('users.active') : t('users.inactive')}</Tag>,
              },
              {
                title: t('dept.common.actions'),
                key: 'actions',
                render: (_, u) =>
                  // the registry refuses changes to department administrators (403)
                  u.role === 'dept-admin' ? null : (
                    <Space wrap size={4}>
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={t('users.reassign.of', { username: u.username })}
                        onClick={() => openMove(u)}
                      >
                        {t('users.reassign')}
                      </Button>
                      {u.active ? (
                        <Popconfirm
                          title={t('users.deactivate.confirm', { username: u.username })}
                          okText={t('dept.common.yes')}
                          cancelText={t('dept.common.no')}
                          onConfirm={() => act(() => usersApi.deactivate(u.id))}
                        >
                          <Button size="small" danger disabled={busy} aria-label={t('users.deactivate.of', { username: u.username })}>
                            {t('users.deactivate')}
                          </Button>
                        </Popconfirm>
                      ) : (
                        <Button
                          size="small"
                          disabled={busy}
                          aria-label={t('users.reactivate.of', { username: u.username })}
                          onClick={() => act(() => usersApi.reactivate(u.id))}
                        >
                          {t('users.reactivate')}
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={creating}
        title={t('users.create')}
        okText={t('dept.common.save')}
        cancelText={t('dept.common.cancel')}
        confirmLoading={busy}
        onOk={create}
        onCancel={() => setCreating(false)}
      >
        <Form form={form} layout="vertical" name="user">
          <Form.Item name="username" label={t('users.username')} rules={[{ required: true, message: t('schools.required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="email" label={t('users.email')} rules={[{ required: true, type: 'email', message: t('users.emailFormat') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="lastName" label={t('users.lastName')} rules={[{ required: true, message: t('schools.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="firstName" label={t('users.firstName')} rules={[{ required: true, message: t('schools.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('schools.required') }]}>
            <Select options={GRANTABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
          </Form.Item>
          <Form.Item name="orgUnitId" label={t('users.orgUnit')} rules={[{ required: true, message: t('schools.required') }]} extra={t('users.orgUnitHint')}>
            <Select showSearch optionFilterProp="label" options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={moving !== undefined}
        title={t('users.reassign.title', { username: moving?.username ?? '' })}
        okText={t('dept.common.save')}
        cancelText={t('dept.common.cancel')}
        confirmLoading={busy}
        onOk={move}
        onCancel={() => setMoving(undefined)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('users.reassign.explain')}</Typography.Paragraph>
        <Form form={moveForm} layout="vertical" name="reassign">
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('schools.required') }]}>
            <Select options={GRANTABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
          </Form.Item>
          <Form.Item name="orgUnitId" label={t('users.orgUnit')} rules={[{ required: true, message: t('schools.required') }]} extra={t('users.orgUnitHint')}>
            <Select showSearch optionFilterProp="label" options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
