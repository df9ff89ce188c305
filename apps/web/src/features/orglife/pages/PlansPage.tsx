import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Row, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/http';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useGeneratePlanMutation } from '../api/generate-plan-mutation';
import { usePlanQuery } from '../api/plan-query';
import type { PlanItem } from '../api/types';
import { OrgYearBar } from '../components/OrgYearBar';
import { PlanItemModal } from '../components/PlanItemModal';
import { PlanMonth } from '../components/PlanMonth';
import { isBranchOrGroup, useOrgYearParams } from '../hooks/useOrgYearParams';

type Editing = { item?: PlanItem; month?: number } | null;

/** 年度计划: drafted from the frequency rules, then edited; each item shows whether it was done. */
export function PlansPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const { message, modal } = App.useApp();
  const oy = useOrgYearParams(isBranchOrGroup);
  const plan = usePlanQuery(oy.orgId, oy.year);
  const generate = useGeneratePlanMutation();
  const [editing, setEditing] = useState<Editing>(null);
  const editable = can('meeting:write');
  const items = plan.data ?? [];
  const count = (s: PlanItem['status']) => items.filter((i) => i.status === s).length;

  const run = (replace: boolean) =>
    generate.mutate(
      { orgNodeId: oy.orgId!, year: oy.year, replace },
      {
        onSuccess: (r) => void message.success(t('plans.generated', { count: r.items })),
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'PLAN_EXISTS') confirmReplace();
          else void message.error(errorText(err, t));
        },
      },
    );
  const confirmReplace = () =>
    void modal.confirm({
      title: t('plans.replaceTitle', { year: oy.year }),
      content: t('plans.replaceText'),
      okText: t('plans.replace'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => run(true),
    });

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        extra={
          editable && oy.orgId ? (
            <>
              <Button
                type="primary"
                icon={<ThunderboltOutlined />}
                loading={generate.isPending}
                onClick={() => (items.length > 0 ? confirmReplace() : run(false))}
              >
                {t('plans.generate')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('plans.add')}
              </Button>
            </>
          ) : null
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <OrgYearBar {...oy} selectable={isBranchOrGroup} placeholder={t('plans.pickOrg')}>
          {items.length > 0 ? (
            <Flex gap={4} wrap data-testid="plan-summary">
              <Tag color="success">{t('plans.summary.done', { count: count('done') })}</Tag>
              <Tag color="error">{t('plans.summary.overdue', { count: count('overdue') })}</Tag>
              <Tag color="processing">{t('plans.summary.upcoming', { count: count('upcoming') })}</Tag>
            </Flex>
          ) : null}
        </OrgYearBar>
        {!oy.orgId ? <Empty description={t('plans.pickOrg')} /> : null}
        {plan.isError ? <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} /> : null}
        {oy.orgId && plan.isPending ? <Skeleton active /> : null}
        {oy.orgId && plan.data && items.length === 0 ? (
          <Empty description={editable ? t('plans.emptyEditable') : t('plans.empty')} />
        ) : null}
        {items.length > 0 ? (
          <Row gutter={[12, 12]}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <Col key={m} xs={24} sm={12} lg={8} xl={6}>
                <PlanMonth
                  month={m}
                  items={items.filter((i) => i.month === m)}
                  editable={editable}
                  orgId={oy.orgId!}
                  onEdit={(item) => setEditing({ item })}
                  onAdd={(month) => setEditing({ month })}
                />
              </Col>
            ))}
          </Row>
        ) : null}
      </Card>
      {editing && oy.orgId ? (
        <PlanItemModal
          orgId={oy.orgId}
          year={oy.year}
          item={editing.item}
          month={editing.month}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
