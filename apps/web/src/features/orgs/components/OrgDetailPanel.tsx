import { ORG_TYPES } from '@zhibu/shared';
import { Badge, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { OrgDetail } from '../api/types';
import { EditTermButton, OrgActions } from './OrgActions';
import { OrgFacts } from './OrgFacts';
import { OrgHistory } from './OrgHistory';
import { OrgTermView } from './OrgTermView';
import { OrgWarningList } from './OrgWarningList';

type Props = {
  org: OrgDetail;
  canReadPeople: boolean;
  onSelect: (id: string) => void;
  onDissolved: (parentId: string | null) => void;
};

/** One organisation: fields, committee, warnings, history, and what the user may do with it. */
export function OrgDetailPanel({ org, canReadPeople, onSelect, onDissolved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {org.name}
          </Typography.Text>
          <Tag color="red">{enumLabel(ORG_TYPES, org.type, lang)}</Tag>
          {org.dissolvedAt ? <Tag>{t('orgs.dissolved')}</Tag> : null}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <OrgActions org={org} onSelect={onSelect} onDissolved={onDissolved} />
        <Tabs
          items={[
            {
              key: 'basic',
              label: t('orgs.basic'),
              children: <OrgFacts org={org} canReadPeople={canReadPeople} />,
            },
            {
              key: 'term',
              label: t('orgs.term'),
              children: (
                <Flex vertical gap={8}>
                  <Flex justify="flex-end">
                    <EditTermButton org={org} />
                  </Flex>
                  <OrgTermView current={org.currentTerm} terms={org.terms} linkPeople={canReadPeople} />
                </Flex>
              ),
            },
            {
              key: 'warnings',
              label: (
                <Badge count={org.warnings.length} size="small" offset={[8, 0]}>
                  {t('orgs.warnings')}
                </Badge>
              ),
              children: <OrgWarningList warnings={org.warnings} />,
            },
            { key: 'history', label: t('orgs.history'), children: <OrgHistory history={org.history} /> },
          ]}
        />
      </Flex>
    </Card>
  );
}
