import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/hooks/useCan';
import { MyOrgs } from '../components/MyOrgs';
import { RoundProgress } from '../components/RoundProgress';
import { useRoundOutlet } from '../hooks/useRoundOutlet';

/** 概况: where the round's work stands (committees) and the organisations the user works on. */
export function RoundOverviewTab() {
  const { t } = useTranslation();
  const can = useCan();
  const round = useRoundOutlet();
  const committee = can('rating:review') || can('rating:manage') || can('rating:league');
  return (
    <Flex vertical gap={16}>
      {committee ? <RoundProgress round={round} /> : null}
      <MyOrgs round={round} title={committee ? t('ratings.rounds.ratedOrgs') : t('ratings.rounds.myOrgs')} />
    </Flex>
  );
}
