import { Button, Card, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../shared/i18n/I18nProvider';
import { plansApi, type DocumentRequest, type Plan } from '../api/plansApi';
import type { Run } from './RowsTable';

interface Values {
  superiorBody?: string;
  schoolName?: string;
  abbreviation?: string;
  place?: string;
  issuedOn?: Dayjs | null;
  title?: string;
  purposes?: string;
  legalBases?: string;
  orientation?: string;
  implementation?: { role: string; duties?: string }[];
  recipients?: string;
  signerTitle?: string;
  signerName?: string;
}

const lines = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The document around the table (Nghị định 30/2020): header, title, purposes, legal bases,
 * orientation, who does what, recipients, signer. Lists are typed one item per line.
 */
export function DocumentForm({ plan, canEdit, busy, run }: { plan: Plan; canEdit: boolean; busy: boolean; run: Run }) {
  const t = useT();
  const d = plan.document;
  const initial: Values = {
    superiorBody: d.superiorBody ?? '',
    schoolName: d.schoolName ?? '',
    abbreviation: d.abbreviation ?? '',
    place: d.place ?? '',
    issuedOn: d.issuedOn ? dayjs(d.issuedOn) : null,
    title: d.title ?? '',
    purposes: d.purposes.join('\n'),
    legalBases: d.legalBases.join('\n'),
    orientation: d.orientation ?? '',
    implementation: d.implementation.map((r) => ({ role: r.role, duties: r.duties ?? '' })),
    recipients: d.recipients.join('\n'),
    signerTitle: d.signerTitle ?? '',
    signerName: d.signerName ?? '',
  };

  function save(v: Values) {
    const body: DocumentRequest = {
      superiorBody: v.superiorBody ?? '',
      schoolName: v.schoolName ?? '',
      abbreviation: v.abbreviation ?? '',
      place: v.place ?? '',
      issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
      title: v.title ?? '',
      purposes: lines(v.purposes),
      legalBases: lines(v.legalBases),
      orientation: v.orientation ?? '',
      implementation: (v.implementation ?? [])
        .filter((r) => r?.role?.trim())
        .map((r) => ({ role: r.role.trim(), duties: r.duties ?? '' })),
      recipients: lines(v.recipients),
      signerTitle: v.signerTitle ?? '',
      signerName: v.signerName ?? '',
    };
    return run(() => plansApi.editDocument(plan.id, plan.revision, body), t('plan.document.saved'));
  }

  return (
    <Form<Values>
      key={plan.revision}
      name="plan-document"
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      disabled={!canEdit}
    >
      <Card size="small" title={<Heading text={t('plan.document.header')} />}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="superiorBody" label={t('plan.document.superiorBody')}>
              <Input maxLength={255} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="schoolName" label={t('plan.document.schoolName')}>
              <Input maxLength={255} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="abbreviation" label={t('plan.document.abbreviation')} extra={t('plan.document.abbreviation.hint')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="place" label={t('plan.document.place')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issuedOn" label={t('plan.document.issuedOn')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t('plan.document.titleField')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={<Heading text={t('plan.document.body')} />} style={{ marginTop: 16 }}>
        <Form.Item name="purposes" label={t('plan.document.purposes')} extra={t('plan.document.onePerLine')}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="legalBases" label={t('plan.document.legalBases')} extra={t('plan.document.onePerLine')}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="orientation" label={t('plan.document.orientation')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
        </Form.Item>
      </Card>
      <Card size="small" title={<Heading text={t('plan.document.implementation')} />} style={{ marginTop: 16 }}>
        <Form.List name="implementation">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'role']} label={t('plan.document.role', { n: index + 1 })} rules={[{ required: true, whitespace: true, message: t('plan.document.role.required') }]}>
                      <Input maxLength={500} />
                    </Form.Item>
                  </Col>
                  <Col xs={22} md={15}>
                    <Form.Item name={[field.name, 'duties']} label={t('plan.document.duties', { n: index + 1 })}>
                      <Input.TextArea autoSize={{ minRows: 1 }} maxLength={10000} />
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={1}>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('plan.document.removeRole', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ role: '', duties: '' })}>
                {t('plan.document.addRole')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={<Heading text={t('plan.document.signature')} />} style={{ marginTop: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="recipients" label={t('plan.document.recipients')} extra={t('plan.document.onePerLine')}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="signerTitle" label={t('plan.document.signerTitle')}>
              <Input maxLength={255} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="signerName" label={t('plan.document.signerName')}>
              <Input maxLength={255} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          {t('plan.document.save')}
        </Button>
      )}
    </Form>
  );
}

function Heading({ text }: { text: string }) {
  return (
    <Typography.Title level={3} style={{ margin: 0, fontSize: 15 }}>
      {text}
    </Typography.Title>
  );
}
