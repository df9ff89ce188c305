import { IdcardOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeQuery } from '../../auth/api/me-query';
import { useCan } from '../../auth/hooks/useCan';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';
import { orgInRoleScope } from './talent-scope';

/**
 * The way from a person's record to their talent profile (人才档案), shown only to users who may open it:
 * talent:read over the person's organisation. Nothing while the tree is loading or for anyone else.
 */
export function PersonTalentLink({ personId, orgNodeId }: { personId: string; orgNodeId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMeQuery();
  const allowed = can('talent:read') && can('org:read');
  const tree = useOrgTreeQuery(allowed);
  if (!allowed || !me.data || !tree.data) return null;
  if (!orgInRoleScope(me.data.roles, 'talent:read', orgNodeId, tree.data)) return null;
  return (
    <Link to={`/talent/people/${personId}`} data-testid="person-talent-link">
      <Button icon={<IdcardOutlined />}>{t('talent.person.open')}</Button>
    </Link>
  );
}
