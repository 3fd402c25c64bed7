import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { schoolYearsApi, type SchoolYearItem } from '../api/schoolYearsApi';

/** School years with their plan deadline and progress report dates: open one, close one. */
export function SchoolYearsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiData((signal) => schoolYearsApi.list(signal), []);
  const [opening, setOpening] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ schoolYear: string; submissionDeadline: Dayjs; progressReportDates?: Dayjs[] }>();

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      message.success(t('schoolYears.saved'));
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

  const open = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return;
    const ok = await act(() =>
      schoolYearsApi.open({
        schoolYear: v.schoolYear.trim(),
        submissionDeadline: v.submissionDeadline.format('YYYY-MM-DD'),
        progressReportDates: (v.progressReportDates ?? []).map((d) => d.format('YYYY-MM-DD')),
      }),
    );
    if (ok) setOpening(false);
  };

  return (
    <>
      <PageTitle>{t('schoolYears.title')}</PageTitle>
      <Card
        extra={
          <Button type="primary" onClick={() => (form.resetFields(), setOpening(true))}>
            {t('schoolYears.open')}
          </Button>
        }
      >
        {error ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : (
          <Table<SchoolYearItem>
            rowKey="schoolYear"
            loading={loading}
            pagination={false}
            dataSource={[...(data?.items ?? [])].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))}
            columns={[
              { title: t('schoolYears.year'), dataIndex: 'schoolYear' },
              { title: t('schoolYears.deadline'), dataIndex: 'submissionDeadline', render: (d: string) => formatDate(d) },
              {
                title: t('schoolYears.progressDates'),
                dataIndex: 'progressReportDates',
                render: (ds: string[]) => (ds.length ? ds.map((d) => formatDate(d)).join(', ') : '–'),
              },
              {
                title: t('schoolYears.status'),
                dataIndex: 'status',
                render: (s: string) => <Tag color={s === 'OPEN' ? 'green' : 'default'}>{s === 'OPEN' ? t('schoolYears.status.OPEN') : t('schoolYears.status.CLOSED')}</Tag>,
              },
              {
                title: t('dept.common.actions'),
                key: 'actions',
                render: (_, y) =>
                  y.status === 'OPEN' ? (
                    <Popconfirm
                      title={t('schoolYears.close.confirm', { year: y.schoolYear })}
                      okText={t('dept.common.yes')}
                      cancelText={t('dept.common.no')}
                      onConfirm={() => act(() => schoolYearsApi.close(y.schoolYear))}
                    >
                      <Button size="small" danger disabled={busy}>
                        {t('schoolYears.close')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={opening}
        title={t('schoolYears.open')}
        okText={t('dept.common.save')}
        cancelText={t('dept.common.cancel')}
        confirmLoading={busy}
        onOk={open}
        onCancel={() => setOpening(false)}
      >
        <Form form={form} layout="vertical" name="school-year">
          <Form.Item
            name="schoolYear"
            label={t('schoolYears.year')}
            rules={[{ required: true, pattern: /^\s*\d{4}-\d{4}\s*$/, message: t('schoolYears.yearFormat') }]}
          >
            <Input placeholder="2027-2028" />
          </Form.Item>
          <Form.Item name="submissionDeadline" label={t('schoolYears.deadline')} rules={[{ required: true, message: t('schools.required') }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="progressReportDates" label={t('schoolYears.progressDates')}>
            <DatePicker multiple format="DD/MM/YYYY" />
          </Form.Item>
        </Form>
        <Space />
      </Modal>
    </>
  );
}
