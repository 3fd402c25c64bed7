import { useState } from 'react';
import { Alert, App, Button, Card, Space, Table, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../shared/api/errorMessage';
import { formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { schoolsApi, type ImportPreview } from '../api/schoolsApi';

/** Upload an .xlsx, see every row with its errors, then commit (all or nothing). */
export function SchoolImport({ onCommitted }: { onCommitted: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<ImportPreview>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setFailure(undefined);
    setPreview(undefined);
    try {
      setPreview(await schoolsApi.upload(file));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const done = await schoolsApi.commit(preview.id);
      message.success(t('schools.import.committed', { n: formatNumber(done.validRows) }));
      setPreview(undefined);
      onCommitted();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const columns = preview
    ? Object.keys(preview.rows[0]?.values ?? {}).map((name) => ({
        title: name,
        key: name,
        render: (_: unknown, r: ImportPreview['rows'][number]) => r.values[name],
      }))
    : [];
  const problem = failure ? errorMessage(failure, t) : undefined;

  return (
    <Card size="small" title={t('schools.import')} data-testid="school-import">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (upload(file), false)}>
            <Button icon={<UploadOutlined />} loading={busy && !preview}>
              {t('schools.import.choose')}
            </Button>
          </Upload>
          {preview && (
            <Button type="primary" disabled={busy || preview.invalidRows > 0 || preview.status === 'COMMITTED'} onClick={commit}>
              {t('schools.import.commit', { n: formatNumber(preview.validRows) })}
            </Button>
          )}
        </Space>
        {problem && <Alert type="error" role="alert" showIcon message={problem.title} description={problem.detail} />}
        {preview && (
          <>
            <Alert
              type={preview.invalidRows > 0 ? 'warning' : 'success'}
              showIcon
              message={t('schools.import.summary', { valid: formatNumber(preview.validRows), invalid: formatNumber(preview.invalidRows) })}
            />
            <Table
              size="small"
              rowKey="rowNumber"
              data-testid="import-preview"
              scroll={{ x: true }}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              dataSource={preview.rows}
              columns={[
                { title: t('schools.import.row'), dataIndex: 'rowNumber' },
                ...columns,
                {
                  title: t('schools.import.result'),
                  key: 'result',
                  render: (_: unknown, r) =>
                    r.errors.length ? (
                      <ul style={{ margin: 0, paddingLeft: 16, color: '#a8071a' }}>
                        {r.errors.map((e, i) => (
                          <li key={i}>{e}</li>
                        ))}
                      </ul>
                    ) : (
                      <Tag color="green">{r.action === 'UPDATE' ? t('schools.import.update') : t('schools.import.ok')}</Tag>
                    ),
                },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
