import { useState } from 'react';
import { Alert, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { Catalog } from '../../assessment/api/assessmentApi';
import { groupRows, plansApi, type RowGroup, type Lint, type LintItem, type Plan, type PlanRow } from '../api/plansApi';
import { RowEditor } from './RowEditor';

export type Run = (action: () => Promise<unknown>, done?: string) => Promise<boolean>;

/**
 * The content table (phần nội dung): rows grouped by tier and standard, each with its targets and
 * actions, the linter's findings and the reviewer's comments on it; add, edit inline (a form in a
 * dialog), move up/down and delete while the plan is editable.
 */
export function RowsTable({
  plan,
  lint,
  lintError,
  catalog,
  canEdit,
  showComments,
  busy,
  run,
}: {
  plan: Plan;
  lint?: Lint;
  lintError?: unknown;
  catalog?: Catalog;
  canEdit: boolean;
  /** the reviewer's comments on rows: while the school works on a returned plan */
  showComments: boolean;
  busy: boolean;
  run: Run;
}) {
  const t = useT();
  const [editing, setEditing] = useState<PlanRow | 'new' | null>(null);
  const findings = (rowId: string) => [
    ...(lint?.errors ?? []).filter((f) => f.rowId === rowId).map((f) => ({ ...f, error: true })),
    ...(lint?.warnings ?? []).filter((f) => f.rowId === rowId).map((f) => ({ ...f, error: false })),
  ];
  const planFindings = [
    ...(lint?.errors ?? []).filter((f) => !f.rowId).map((f) => ({ ...f, error: true })),
    ...(lint?.warnings ?? []).filter((f) => !f.rowId).map((f) => ({ ...f, error: false })),
  ];
  const standardTitle = (no?: number) =>
    catalog?.criteria.find((c) => c.standardNo === no)?.standardTitle ?? '';
  const total = plan.rows.length;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {lintError ? (
        <ErrorAlert error={lintError} />
      ) : (
        lint && (
          <Alert
            data-testid="lint-summary"
            role="status"
            type={lint.errors.length ? 'error' : lint.warnings.length ? 'warning' : 'success'}
            showIcon
            message={t('plan.lint.summary', { errors: lint.errors.length, warnings: lint.warnings.length })}
            description={
              planFindings.length > 0 ? (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {planFindings.map((f, i) => (
                    <li key={i}>{f.message}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )
      )}
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('plan.row.add')}
        </Button>
      )}
      {total === 0 && <Typography.Text type="secondary">{t('plan.row.none')}</Typography.Text>}
      {groupRows(plan.rows).map((group) => (
        <section key={group.key + group.rows[0].id} aria-label={groupTitle(group)}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {groupTitle(group)}
          </Typography.Title>
          <Table<PlanRow>
            rowKey="id"
            size="small"
            bordered
            pagination={false}
            dataSource={group.rows}
            scroll={{ x: 900 }}
            onRow={(row) => ({ 'data-testid': `plan-row-${row.no}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('plan.row.no'), dataIndex: 'no', width: 56 },
              { title: t('plan.row.label'), dataIndex: 'label', width: 150 },
              {
                title: t('plan.row.target'),
                key: 'target',
                render: (_: unknown, row) => (
                  <Space direction="vertical" size={4}>
                    {row.accepted && (
                      <Tooltip title={t('workflow.row.acceptedHint')}>
                        <Tag icon={<LockOutlined />} color="green" data-testid="row-accepted">
                          {t('workflow.row.accepted')}
                        </Tag>
                      </Tooltip>
                    )}
                    <span style={{ whiteSpace: 'pre-wrap' }}>{row.target}</span>
                    {findings(row.id).map((f, i) => (
                      <Finding key={i} finding={f} />
                    ))}
                    {(showComments ? row.comments ?? [] : []).map((c, i) => (
                      <Alert
                        key={i}
                        type="warning"
                        role="note"
                        data-testid="row-comment"
                        message={t('plan.row.comment', { name: c.by })}
                        description={c.comment}
                      />
                    ))}
                  </Space>
                ),
              },
              {
                title: t('plan.row.actions'),
                key: 'actions',
                render: (_: unknown, row) => (
                  <ol style={{ margin: 0, paddingLeft: 18 }}>
                    {row.actions.map((a) => (
                      <li key={a.id}>
                        <div>{a.description}</div>
                        <Typography.Text type="secondary">
                          {t('plan.action.lead')}: {a.lead}
                          {a.partners ? ` · ${t('plan.action.partners')}: ${a.partners}` : ''}
                          {a.timeline ? ` · ${t('plan.action.timeline')}: ${a.timeline}` : ''}
                          {a.budget ? ` · ${t('plan.action.budget')}: ${a.budget}` : ''}
                        </Typography.Text>
                      </li>
                    ))}
                  </ol>
                ),
              },
              ...(canEdit
                ? [
                    {
                      title: t('plan.row.tools'),
                      key: 'tools',
                      width: 170,
                      render: (_: unknown, row: PlanRow) => (
                        <Space wrap size={4}>
                          <Button
                            size="small"
                            icon={<EditOutlined />}
                            aria-label={t('plan.row.edit', { no: row.no })}
                            title={row.accepted ? t('workflow.row.acceptedHint') : undefined}
                            disabled={busy || row.accepted}
                            onClick={() => setEditing(row)}
                          />
                          <Button
                            size="small"
                            icon={<ArrowUpOutlined />}
                            aria-label={t('plan.row.up', { no: row.no })}
                            disabled={busy || row.no === 1}
                            onClick={() => run(() => plansApi.moveRow(plan.id, plan.revision, row.id, row.no - 1))}
                          />
                          <Button
                            size="small"
                            icon={<ArrowDownOutlined />}
                            aria-label={t('plan.row.down', { no: row.no })}
                            disabled={busy || row.no === total}
                            onClick={() => run(() => plansApi.moveRow(plan.id, plan.revision, row.id, row.no + 1))}
                          />
                          <Popconfirm
                            title={t('plan.row.deleteConfirm', { no: row.no })}
                            okText={t('plan.row.delete')}
                            cancelText={t('school.cancel')}
                            onConfirm={() => run(() => plansApi.removeRow(plan.id, plan.revision, row.id), t('plan.row.deleted'))}
                          >
                            <Button
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={t('plan.row.deleteNo', { no: row.no })}
                              title={row.accepted ? t('workflow.row.acceptedHint') : undefined}
                              disabled={busy || row.accepted}
                            />
                          </Popconfirm>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </section>
      ))}
      {editing && (
        <RowEditor
          plan={plan}
          row={editing === 'new' ? undefined : editing}
          catalog={catalog}
          run={run}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );

  function groupTitle(group: RowGroup): string {
    if (group.tier === 'LEVEL_4') return t('plan.group.level4');
    const title = standardTitle(group.standardNo);
    return `${t('plan.group.levels1to3')} – ${t('plan.group.standard', { no: group.standardNo ?? '' })}${title ? `: ${title}` : ''}`;
  }
}

function Finding({ finding }: { finding: LintItem & { error: boolean } }) {
  return (
    <Tag color={finding.error ? 'red' : 'orange'} style={{ whiteSpace: 'normal' }} data-testid="row-finding">
      {finding.message}
    </Tag>
  );
}
