import { Flex, InputNumber, Slider } from 'antd';
import { useTranslation } from 'react-i18next';
import { scoreStep } from './sheet-scores';

type Props = {
  value: number | undefined;
  max: number;
  label: string;
  disabled?: boolean;
  onChange: (v: number | null) => void;
};

/** Points for one indicator, 0..max: a slider for the thumb and a number box for exact values. */
export function ScoreInput({ value, max, label, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const step = scoreStep(max);
  return (
    <Flex align="center" gap={12} style={{ width: '100%' }}>
      <Slider
        min={0}
        max={max}
        step={step}
        value={value ?? 0}
        disabled={disabled}
        onChange={(v) => onChange(v)}
        tooltip={{ formatter: (v) => v }}
        style={{ flex: 1, minWidth: 80, margin: '6px 4px', opacity: value === undefined ? 0.45 : 1 }}
        aria-hidden
      />
      <InputNumber<number>
        min={0}
        max={max}
        step={step}
        value={value ?? null}
        disabled={disabled}
        placeholder={t('evaluation.notRated')}
        aria-label={label}
        onChange={(v) => onChange(v)}
        style={{ width: 84 }}
        suffix={`/${max}`}
      />
    </Flex>
  );
}
