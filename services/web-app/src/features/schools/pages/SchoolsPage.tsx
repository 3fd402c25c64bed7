import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { reportsApi } from '../../department/api/reportsApi';
import { SCHOOL_LEVELS, schoolsApi, type SchoolRequest, type SchoolView } from '../api/schoolsApi';
import { SchoolForm } from '../components/SchoolForm';
import { SchoolImport } from '../components/SchoolImport';

const PAGE_SIZE = 20;

/** The schools of the department: search (with or without diacritics), create, edit, import, export. */
export function SchoolsPage() {
  const t = useT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<SchoolView | 'new' | undefined>();
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const search = useMemo(() => ({ q: q || undefined, level, page, size: PAGE_SIZE }), [q, level, page]);
  const { data, error, loading, reload } = useApiData((signal) => schoolsApi.list(search, signal), [search]);
  const units = useApiData((signal) => reportsApi.orgUnits(signal), []);
  const unitOptions = (units.data?.items ?? []).filter((u) => u.kind !== 'SCHOOL');
  const unitName = (id: string) => units.data?.items.find((u) => u.id === id)?.name ?? '';

  const save = async (values: SchoolRequest) => {
    setBusy(true);
    try {
      if (editing && editing !== 'new') {
        await schoolsApi.update(editing.id, { ...values, status: editing.status });
      } else {
        await schoolsApi.create(values);
      }
      message.success(t('schools.saved'));
      setEditing(undefined);
      reload();
    } catch (e) {
      const { title, detail } = errorMessage(e, t);
      message.error(detail ? `${title} ${detail}` : title);
    } finally {
      setBusy(false);
    }
  };

  const download = async (what: () => Promise<unknown>) => {
    try {
      await what();
    } catch (e) {
      const { title, detail } = errorMessage(e, t);
      message.error(detail ? `${title} ${detail}` : title);
    }
  };

  return (
    <>
      <PageTitle>{t('schools.title')}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
            <Form
              layout="inline"
              onFinish={() => {
                setQ(text.trim());
                setPage(0);
              }}
            >
              <Form.Item label={t('schools.search')} htmlFor="school-search">
                <Input.Search
                  id="school-search"
                  allowClear
                  placeholder={t('schools.search.placeholder')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  onSearch={(v) => {
                    setQ(v.trim());
                    setPage(0);
                  }}
                  enterButton={t('dept.common.search')}
                  style={{ minWidth: 280 }}
                />
              </Form.Item>
              <Form.Item label={t('schools.level')} htmlFor="school-level">
                <Select
                  id="school-level"
                  allowClear
                  style={{ minWidth: 180 }}
                  placeholder={t('dept.common.all')}
                  value={level}
                  onChange={(v) => {
                    setLevel(v);
                    setPage(0);
                  }}
                  options={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`schools.level.${l}` as MessageKey) }))}
                />
              </Form.Item>
            </Form>
            <Space wrap>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('schools.create')}
              </Button>
              <Button onClick={() => setImporting(!importing)}>{t('schools.import')}</Button>
              <Button icon={<DownloadOutlined />} onClick={() => download(schoolsApi.template)}>
                {t('schools.template')}
              </Button>
              <Button icon={<DownloadOutlined />} onClick={() => download(schoolsApi.export)}>
                {t('schools.export')}
              </Button>
            </Space>
          </Space>
          {importing && (
            <div style={{ marginBottom: 16 }}>
              <SchoolImport onCommitted={reload} />
            </div>
          )}
          {error ? (
            <ErrorAlert error={error} onRetry={reload} />
          ) : (
            <Table<SchoolView>
              rowKey="id"
              size="middle"
              data-testid="school-list"
              loading={loading}
              dataSource={data?.items ?? []}
              scroll={{ x: true }}
              locale={{ emptyText: t('schools.none') }}
              pagination={{
                current: page + 1,
                pageSize: PAGE_SIZE,
                total: data?.total ?? 0,
                showSizeChanger: false,
                showTotal: (n) => t('schools.total', { n: formatNumber(n) }),
                onChange: (p) => setPage(p - 1),
              }}
              columns={[
                { title: t('schools.code'), dataIndex: 'code' },
                { title: t('schools.name'), dataIndex: 'name', render: (name: string, s) => <Link to={`/admin/schools/${s.id}`}>{name}</Link> },
                { title: t('schools.level'), dataIndex: 'levelLabel' },
                { title: t('schools.type'), dataIndex: 'typeLabel' },
                { title: t('schools.orgUnit'), dataIndex: 'orgUnitId', render: (id: string) => unitName(id) },
                {
                  title: t('schools.status'),
                  dataIndex: 'status',
                  render: (s: string) => <Tag color={s === 'ACTIVE' ? 'green' : 'default'}>{t(`schools.status.${s}` as MessageKey) ?? s}</Tag>,
                },
                {
                  title: t('dept.common.actions'),
                  key: 'actions',
                  render: (_, s) => (
                    <Button size="small" onClick={() => setEditing(s)} aria-label={`${t('dept.common.edit')} ${s.name}`}>
                      {t('dept.common.edit')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </Card>
      </Space>
      <SchoolForm
        open={editing !== undefined}
        school={editing === 'new' ? undefined : editing}
        units={unitOptions}
        busy={busy}
        onSave={save}
        onCancel={() => setEditing(undefined)}
      />
    </>
  );
}
