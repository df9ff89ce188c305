import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useWhatIfMutation } from '../api/what-if-mutation';
import type { RatingResult } from '../api/types';
import { ProblemAlert } from './ProblemAlert';
import { seedRow, toChanges, type WhatIfRow } from './what-if-changes';
import { WhatIfOutcome } from './WhatIfOutcome';
import { WhatIfRows } from './WhatIfRows';

type Props = { result: RatingResult; initialCode?: string; onClose: () => void };

/** 模拟测算: "what if we held two more meetings?" — simulated on the server, nothing saved. Mount while open. */
export function WhatIfDrawer({ result, initialCode, onClose }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [rows, setRows] = useState<WhatIfRow[]>(() => [
    seedRow(result.categories.flatMap((c) => c.criteria).find((c) => c.code === initialCode)),
  ]);
  const [empty, setEmpty] = useState(false);
  const simulate = useWhatIfMutation(result.round.id, result.org.id);
  const change = (key: number, patch: Partial<WhatIfRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const run = () => {
    const changes = toChanges(rows);
    setEmpty(changes.length === 0);
    if (changes.length > 0) simulate.mutate(changes);
  };
  return (
    <Drawer open onClose={onClose} title={t('ratings.whatIf.title')} size={isMobile ? '100%' : 640}>
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('ratings.whatIf.notSaved')} />
        <WhatIfRows
          rows={rows}
          categories={result.categories}
          onChange={change}
          onRemove={(key) => setRows((rs) => rs.filter((r) => r.key !== key))}
        />
        <Flex gap={8} wrap>
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setRows((rs) => [...rs, { key: Math.max(0, ...rs.map((r) => r.key)) + 1, mode: 'addValue' }])
            }
          >
            {t('ratings.whatIf.add')}
          </Button>
          <Button type="primary" loading={simulate.isPending} onClick={run}>
            {t('ratings.whatIf.run')}
          </Button>
        </Flex>
        {empty ? <Alert type="warning" showIcon title={t('ratings.whatIf.empty')} /> : null}
        <ProblemAlert error={simulate.error} />
        {simulate.data && !simulate.isPending ? (
          <WhatIfOutcome outcome={simulate.data} categories={result.categories} />
        ) : null}
      </Flex>
    </Drawer>
  );
}
