import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { SCHOOL_LEVELS, SCHOOL_TYPES, type SchoolRequest, type SchoolView } from '../api/schoolsApi';

/** Create or edit a school (fields of SchoolRequest), in a dialog. */
export function SchoolForm({
  open,
  school,
  units,
  busy,
  onSave,
  onCancel,
}: {
  open: boolean;
  school?: SchoolView;
  units: { id: string; name: string }[];
  busy: boolean;
  onSave: (values: SchoolRequest) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<SchoolRequest>();
  useEffect(() => {
    if (open) {
      form.resetFields();
      if (school) form.setFieldsValue({ ...school, commune: school.commune ?? undefined, address: school.address ?? undefined, phone: school.phone ?? undefined, principalName: school.principalName ?? undefined });
    }
  }, [open, school, form]);
  return (
    <Modal
      open={open}
      title={school ? t('schools.edit') : t('schools.create')}
      okText={t('dept.common.save')}
      cancelText={t('dept.common.cancel')}
      confirmLoading={busy}
      onOk={() => form.validateFields().then(onSave, () => undefined)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="school">
        <Form.Item name="code" label={t('schools.code')} rules={[{ required: true, message: t('schools.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('schools.name')} rules={[{ required: true, message: t('schools.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label={t('schools.level')} rules={[{ required: true, message: t('schools.required') }]}>
          <Select options={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`schools.level.${l}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="type" label={t('schools.type')} rules={[{ required: true, message: t('schools.required') }]}>
          <Select options={SCHOOL_TYPES.map((v) => ({ value: v, label: t(`schools.type.${v}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('schools.orgUnit')} rules={[{ required: true, message: t('schools.required') }]}>
          <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="commune" label={t('schools.commune')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('schools.address')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('schools.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="principalName" label={t('schools.principal')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
