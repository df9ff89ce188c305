import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { YearSelect } from '../../../ui/YearSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { OrgTreeNode } from '../../orgs/api/types';

type Props = {
  orgId: string | undefined;
  year: number;
  setOrgId: (id: string | undefined) => void;
  setYear: (y: number) => void;
  canPickOrg: boolean;
  selectable?: (n: OrgTreeNode) => boolean;
  placeholder?: string;
  children?: ReactNode;
};

/** The organisation and year a page is about; members (no tree) only choose the year. */
export function OrgYearBar(p: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      {p.canPickOrg ? (
        <div style={{ flex: '1 1 240px', maxWidth: 380 }}>
          <OrgTreeSelect
            value={p.orgId}
            onChange={p.setOrgId}
            selectable={p.selectable}
            placeholder={p.placeholder ?? t('orglife.pickBranch')}
          />
        </div>
      ) : null}
      <YearSelect value={p.year} onChange={p.setYear} />
      {p.children}
    </Flex>
  );
}
