import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultCategory } from '../api/types';
import type { WhatIfMode, WhatIfRow } from './what-if-changes';

const MODES: WhatIfMode[] = ['addValue', 'setValue', 'reviewScore', 'answered'];

type Props = {
  rows: WhatIfRow[];
  categories: ResultCategory[];
  onChange: (key: number, patch: Partial<WhatIfRow>) => void;
  onRemove: (key: number) => void;
};

/** The lines of a what-if: a criterion, how it changes, and by how much. */
export function WhatIfRows({ rows, categories, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const options = categories.map((cat) => ({
    label: cat.title,
    title: cat.title,
    options: cat.criteria.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` })),
  }));
  return (
    <Flex vertical gap={12}>
      {rows.map((r, i) => (
        <Flex key={r.key} gap={8} wrap align="center" data-testid="what-if-row">
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            value={r.code}
            onChange={(code) => onChange(r.key, { code })}
            options={options}
            placeholder={t('ratings.whatIf.criterion')}
            aria-label={`${t('ratings.whatIf.criterion')} ${i + 1}`}
            style={{ flex: '1 1 220px', minWidth: 0 }}
          />
          <Select<WhatIfMode>
            value={r.mode}
            onChange={(mode) => onChange(r.key, { mode })}
            options={MODES.map((m) => ({ value: m, label: t(`ratings.whatIf.modes.${m}`) }))}
            aria-label={`${t('ratings.whatIf.mode')} ${i + 1}`}
            style={{ width: 120 }}
          />
          {r.mode === 'answered' ? (
            <Switch
              checked={r.answered ?? true}
              onChange={(answered) => onChange(r.key, { answered })}
              aria-label={`${t('ratings.whatIf.value')} ${i + 1}`}
            />
          ) : (
            <InputNumber
              value={r.value ?? null}
              onChange={(v) => onChange(r.key, { value: typeof v === 'number' ? v : null })}
              placeholder={t('ratings.whatIf.value')}
              aria-label={`${t('ratings.whatIf.value')} ${i + 1}`}
              style={{ width: 100 }}
            />
          )}
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('ratings.whatIf.remove')}
            onClick={() => onRemove(r.key)}
          />
        </Flex>
      ))}
    </Flex>
  );
}
