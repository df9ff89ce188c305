import { App, Button, Flex, Form, InputNumber, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useIssueLinksMutation, useOpenRoundMutation } from '../api/manage-api';
import type { RoundDetail, StaffLink } from '../api/types';
import { StaffLinkList } from './StaffLinkList';

const MAX_LINKS = 500;

type Props = { round: RoundDetail; links: StaffLink[]; onLinks: (links: StaffLink[]) => void };

/** 开启评价: open a draft with N staff links; while open, issue more. Links are shown once. */
export function OpenTab({ round, links, onLinks }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = useOpenRoundMutation(round.id);
  const issue = useIssueLinksMutation(round.id);
  // Templates that give staff no weight take no links.
  const staffRate = round.template.raters.weights.staff > 0;
  const [count, setCount] = useState<number>(!staffRate ? 0 : round.status === 'draft' ? 20 : 5);
  const staff = round.progress.find((p) => p.group === 'staff');
  const failed = (err: unknown) => void message.error(errorText(err, t));
  return (
    <Flex vertical gap={16}>
      {round.status === 'draft' ? (
        <Form layout="vertical" style={{ maxWidth: 480 }}>
          {staffRate ? (
            <Form.Item label={t('evaluation.open.links')} extra={t('evaluation.open.linksHint')}>
              <InputNumber<number>
                min={0}
                max={MAX_LINKS}
                precision={0}
                value={count}
                onChange={(v) => setCount(v ?? 0)}
                aria-label={t('evaluation.open.links')}
                style={{ width: 160 }}
              />
            </Form.Item>
          ) : null}
          <Popconfirm
            title={t('evaluation.open.confirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              open
                .mutateAsync(count)
                .then((r) => {
                  onLinks(r.staffLinks);
                  void message.success(t('evaluation.open.opened'));
                })
                .catch(failed)
            }
          >
            <Button type="primary" loading={open.isPending}>
              {t('evaluation.open.submit')}
            </Button>
          </Popconfirm>
        </Form>
      ) : null}
      {round.status !== 'draft' && staff ? (
        <Typography.Text data-testid="links-issued">
          {t('evaluation.open.issued', { issued: staff.assigned, used: staff.submitted })}
        </Typography.Text>
      ) : null}
      {round.status === 'open' && staffRate ? (
        <Flex gap={8} align="center" wrap>
          <InputNumber<number>
            min={1}
            max={MAX_LINKS}
            precision={0}
            value={count}
            onChange={(v) => setCount(v ?? 1)}
            aria-label={t('evaluation.open.count')}
            style={{ width: 120 }}
          />
          <Button
            loading={issue.isPending}
            disabled={count < 1}
            onClick={() =>
              issue
                .mutateAsync(count)
                .then((r) => onLinks([...links, ...r.staffLinks]))
                .catch(failed)
            }
          >
            {t('evaluation.open.more')}
          </Button>
        </Flex>
      ) : null}
      {round.status === 'closed' || round.status === 'published' ? (
        <Typography.Text type="secondary">{t('evaluation.open.ended')}</Typography.Text>
      ) : null}
      {links.length > 0 ? <StaffLinkList links={links} title={round.title} orgName={round.orgName} /> : null}
    </Flex>
  );
}
