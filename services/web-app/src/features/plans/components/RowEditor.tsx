import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { Catalog } from '../../assessment/api/assessmentApi';
import { plansApi, rowRequestOf, type Plan, type PlanRow, type RowRequest } from '../api/plansApi';
import type { Run } from './RowsTable';

interface Values {
  kind: 'criterion' | 'level4';
  criterionCode?: string;
  level4No?: number;
  target: string;
  actions: RowRequest['actions'];
}

/** Adds a row or edits one in place (PUT keeps the row's id, place and the actions' ids). */
export function RowEditor({
  plan,
  row,
  catalog,
  run,
  onClose,
}: {
  plan: Plan;
  row?: PlanRow;
  catalog?: Catalog;
  run: Run;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const start = row ? rowRequestOf(row) : undefined;
  const initial: Values = {
    kind: row?.tier === 'LEVEL_4' ? 'level4' : 'criterion',
    criterionCode: start?.criterionCode ?? undefined,
    level4No: start?.level4No ?? undefined,
    target: start?.target ?? '',
    actions: start?.actions ?? [{ description: '', lead: '' }],
  };
  const kind = Form.useWatch('kind', form) ?? initial.kind;

  async function save(values: Values) {
    const body: RowRequest = {
      criterionCode: values.kind === 'criterion' ? values.criterionCode ?? null : null,
      level4No: values.kind === 'level4' ? values.level4No ?? null : null,
      target: values.target,
      actions: (values.actions ?? []).map((a) => ({
        id: a.id ?? null,
        description: a.description,
        lead: a.lead,
        partners: a.partners || null,
        timeline: a.timeline || null,
        budget: a.budget || null,
      })),
    };
    setSaving(true);
    const ok = await run(
      () => (row ? plansApi.replaceRow(plan.id, plan.revision, row.id, body) : plansApi.addRow(plan.id, plan.revision, body)),
      row ? t('plan.row.saved') : t('plan.row.added'),
    );
    setSaving(false);
    if (ok) onClose();
  }

  return (
    <Modal
      open
      width={860}
      title={row ? t('plan.row.edit', { no: row.no }) : t('plan.row.add')}
      okText={t('school.save')}
      cancelText={t('school.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} name="plan-row" layout="vertical" initialValues={initial} onFinish={save}>
        <Form.Item name="kind" label={t('plan.row.kind')}>
          <Radio.Group>
            <Radio value="criterion">{t('plan.row.kind.criterion')}</Radio>
            <Radio value="level4">{t('plan.row.kind.level4')}</Radio>
          </Radio.Group>
        </Form.Item>
        {kind === 'criterion' ? (
          <Form.Item name="criterionCode" label={t('plan.row.criterion')} rules={[{ required: true, message: t('plan.row.criterion.required') }]}>
            {catalog ? (
              <Select
                showSearch
                optionFilterProp="label"
                options={catalog.criteria.map((c) => ({ value: c.code, label: `${c.code}. ${c.title}` }))}
              />
            ) : (
              <Input />
            )}
          </Form.Item>
        ) : (
          <Form.Item name="level4No" label={t('plan.row.level4No')} rules={[{ required: true, message: t('plan.row.level4No.required') }]}>
            {catalog?.level4Requirements.length ? (
              <Select options={catalog.level4Requirements.map((r) => ({ value: r.no, label: `${r.no}. ${r.summary}` }))} />
            ) : (
              <InputNumber min={1} />
            )}
          </Form.Item>
        )}
        <Form.Item name="target" label={t('plan.row.target')} rules={[{ required: true, whitespace: true, message: t('plan.row.target.required') }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('plan.action.n', { n: index + 1 })}
                  extra={
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('plan.action.remove', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('plan.action.description')}
                    rules={[{ required: true, whitespace: true, message: t('plan.action.description.required') }]}
                  >
                    <Input.TextArea rows={2} maxLength={4000} />
                  </Form.Item>
                  <Space wrap align="start" style={{ width: '100%' }}>
                    <Form.Item
                      name={[field.name, 'lead']}
                      label={t('plan.action.lead')}
                      rules={[{ required: true, whitespace: true, message: t('plan.action.lead.required') }]}
                    >
                      <Input style={{ width: 240 }} maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'partners']} label={t('plan.action.partners')}>
                      <Input style={{ width: 240 }} maxLength={1000} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'timeline']} label={t('plan.action.timeline')} extra={t('plan.action.timeline.hint')}>
                      <Input style={{ width: 240 }} maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'budget']} label={t('plan.action.budget')} extra={t('plan.action.budget.hint')}>
                      <Input style={{ width: 240 }} maxLength={500} />
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ description: '', lead: '' })}>
                {t('plan.action.add')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
