import { useMemo, useState } from 'react';
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, Modal, Row, Select, Space, Tag, Tree } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { ORG_UNIT_KINDS, orgUnitsApi, toTree, type OrgUnit } from '../api/orgUnitsApi';

type Dialog = 'create' | 'rename' | 'move' | 'close' | undefined;

/** The department's org tree: add a unit, rename, move under another unit, close. */
export function OrgUnitsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, reload } = useApiData((signal) => orgUnitsApi.list(signal), []);
  const [selected, setSelected] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const units = useMemo(() => (data?.items ?? []).filter((u) => u.kind !== 'SCHOOL'), [data]);
  const tree = useMemo(() => toTree(units), [units]);
  const unit = units.find((u) => u.id === selected);
  const kindLabel = (k: string) => t(`orgUnits.kind.${k}` as MessageKey);

  const open = (d: Dialog) => {
    form.resetFields();
    if (d === 'rename' && unit) form.setFieldsValue({ name: unit.name });
    setDialog(d);
  };

  const submit = async () => {
    const values = (await form.validateFields().catch(() => undefined)) as
      | { name?: string; kind?: string; newParentId?: string; closedOn?: Dayjs }
      | undefined;
    if (!values) return;
    setBusy(true);
    try {
      if (dialog === 'create') await orgUnitsApi.create({ parentId: unit?.id, kind: values.kind!, name: values.name!.trim() });
      if (dialog === 'rename' && unit) await orgUnitsApi.rename(unit.id, values.name!.trim());
      if (dialog === 'move' && unit) await orgUnitsApi.move(unit.id, values.newParentId!);
      if (dialog === 'close' && unit) await orgUnitsApi.close(unit.id, values.closedOn?.format('YYYY-MM-DD'));
      message.success(t('orgUnits.saved'));
      setDialog(undefined);
      reload();
    } catch (e) {
      const { title, detail } = errorMessage(e, t);
      message.error(detail ? `${title} ${detail}` : title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('orgUnits.title')}</PageTitle>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('orgUnits.tree')} loading={!data}>
              {tree.length ? (
                <Tree
                  data-testid="org-tree"
                  defaultExpandAll
                  treeData={tree.map(function render(n): { key: string; title: React.ReactNode; children: unknown[] } {
                    return {
                      key: n.key,
                      title: (
                        <span>
                          {n.title} <Tag>{kindLabel(n.unit.kind)}</Tag>
                          {n.unit.status === 'CLOSED' && <Tag color="red">{t('orgUnits.closed')}</Tag>}
                        </span>
                      ),
                      children: n.children.map(render),
                    };
                  }) as never}
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => setSelected(keys[0] as string | undefined)}
                />
              ) : (
                <Empty />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={unit ? unit.name : t('orgUnits.select')}>
              {unit && (
                <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
                  <Descriptions.Item label={t('orgUnits.kind')}>{kindLabel(unit.kind)}</Descriptions.Item>
                  <Descriptions.Item label={t('orgUnits.status')}>
                    {unit.status === 'CLOSED' ? `${t('orgUnits.closed')} ${formatDate(unit.closedOn)}` : t('orgUnits.active')}
                  </Descriptions.Item>
                </Descriptions>
              )}
              <Space wrap>
                <Button type="primary" onClick={() => open('create')} disabled={!unit}>
                  {t('orgUnits.create')}
                </Button>
                <Button onClick={() => open('rename')} disabled={!unit}>
                  {t('orgUnits.rename')}
                </Button>
                <Button onClick={() => open('move')} disabled={!unit || !unit.parentId}>
                  {t('orgUnits.move')}
                </Button>
                <Button danger onClick={() => open('close')} disabled={!unit || unit.status === 'CLOSED' || !unit.parentId}>
                  {t('orgUnits.close')}
                </Button>
              </Space>
            </Card>
          </Col>
        </Row>
      )}
      <Modal
        open={dialog !== undefined}
        title={dialog ? t(`orgUnits.${dialog}` as MessageKey) : ''}
        okText={t('dept.common.save')}
        cancelText={t('dept.common.cancel')}
        confirmLoading={busy}
        onOk={submit}
        onCancel={() => setDialog(undefined)}
      >
        <Form form={form} layout="vertical" name="org-unit">
          {dialog === 'create' && (
            <Form.Item name="kind" label={t('orgUnits.kind')} rules={[{ required: true, message: t('schools.required') }]}>
              <Select options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
            </Form.Item>
          )}
          {(dialog === 'create' || dialog === 'rename') && (
            <Form.Item name="name" label={t('orgUnits.name')} rules={[{ required: true, whitespace: true, message: t('schools.required') }]}>
              <Input />
            </Form.Item>
          )}
          {dialog === 'move' && (
            <Form.Item name="newParentId" label={t('orgUnits.newParent')} rules={[{ required: true, message: t('schools.required') }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={units.filter((u) => u.id !== unit?.id && !u.path.includes(`/${unit?.id}/`)).map((u: OrgUnit) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          )}
          {dialog === 'close' && (
            <Form.Item name="closedOn" label={t('orgUnits.closedOn')}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
