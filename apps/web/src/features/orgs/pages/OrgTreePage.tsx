import { Card, Col, Empty, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ResultPage } from '../../../ui/ResultPage';
import { useIsMobile } from '../../../ui/useIsMobile';
import { ApiError } from '../../../lib/http';
import { useCan } from '../../auth/hooks/useCan';
import { useOrgDetailQuery } from '../api/org-detail-query';
import { useOrgTreeQuery } from '../api/org-tree-query';
import { OrgDetailPanel } from '../components/OrgDetailPanel';
import { OrgTree } from '../components/OrgTree';

/** The organisation tree on the left, the selected organisation on the right (stacked on phones). */
export function OrgTreePage() {
  const { t } = useTranslation();
  const { orgId } = useParams();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const can = useCan();
  const tree = useOrgTreeQuery();
  // Without a choice in the URL, show the top of the user's part of the tree.
  const selectedId = orgId ?? tree.data?.find((n) => n.parentId === null)?.id;
  const detail = useOrgDetailQuery(selectedId);
  const select = (id: string) => void navigate(`/orgs/${id}`);

  let right;
  if (detail.isError) {
    right =
      detail.error instanceof ApiError && detail.error.status === 404 ? (
        <ResultPage kind="404" />
      ) : (
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
      );
  } else if (detail.data) {
    right = (
      <OrgDetailPanel
        org={detail.data}
        canReadPeople={can('person:read')}
        onSelect={select}
        onDissolved={(parentId) => void navigate(parentId ? `/orgs/${parentId}` : '/orgs')}
      />
    );
  } else if (selectedId) {
    right = (
      <Card>
        <Skeleton active />
      </Card>
    );
  } else {
    right = (
      <Card>
        <Empty description={t('orgs.selectHint')} />
      </Card>
    );
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xxl={7}>
        <Card title={t('orgs.treeTitle')} styles={{ body: { padding: 12 } }}>
          {tree.isError ? <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} /> : null}
          {tree.isPending ? (
            <Skeleton active />
          ) : (
            <OrgTree
              nodes={tree.data ?? []}
              selectedId={selectedId}
              onSelect={select}
              height={isMobile ? 320 : 620}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={15} xxl={17}>
        {right}
      </Col>
    </Row>
  );
}
