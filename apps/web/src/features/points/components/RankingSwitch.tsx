import { App, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useUpdateRuleSetMutation } from '../api/update-rule-set-mutation';
import type { RuleSetDetail } from '../api/types';

/**
 * Whether branch administrators may order members by points. Off by default; only a draft can change
 * it (a rule set in force is frozen), and members never see a ranking either way.
 */
export function RankingSwitch({ ruleSet, editable }: { ruleSet: RuleSetDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateRuleSetMutation(ruleSet.id);
  const on = ruleSet.definition.rankingForAdministrators;
  const text = on ? t('points.ruleSets.rankingOn') : t('points.ruleSets.rankingOff');
  if (!editable) return <Typography.Text>{text}</Typography.Text>;
  return (
    <Flex gap={8} align="center" wrap>
      <Switch
        checked={on}
        loading={update.isPending}
        aria-label={t('points.ruleSets.ranking')}
        data-testid="ranking-switch"
        onChange={(checked) =>
          update.mutate(
            { ...ruleSet.definition, rankingForAdministrators: checked },
            {
              onSuccess: () => void message.success(t('points.ruleSets.rankingSaved')),
              onError: (err) => void message.error(errorText(err, t)),
            },
          )
        }
      />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </Flex>
  );
}
