import { Flex, Radio, Skeleton, Typography } from 'antd';
import { ErrorAlert } from './ErrorAlert';

export type TemplateOption = { key: string; title: string; summary?: string; description: string | null };

type Props = {
  /** Undefined while loading. */
  options: TemplateOption[] | undefined;
  error: unknown;
  onRetry: () => void;
  value?: string;
  onChange?: (key: string) => void;
  id?: string;
};

/** Built-in templates as radio cards (title, size, a two-line description), for a form field. */
export function TemplateRadios({ options, error, onRetry, value, onChange, id }: Props) {
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!options) return <Skeleton active />;
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value as string)}
      style={{ width: '100%' }}
    >
      <Flex vertical gap={8}>
        {options.map((o) => (
          <Radio key={o.key} value={o.key} data-testid={`template-${o.key}`}>
            <Typography.Text strong>{o.title}</Typography.Text>
            {o.summary ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {o.summary}
              </Typography.Text>
            ) : null}
            {o.description ? (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ fontSize: 12, marginBottom: 0 }}
              >
                {o.description}
              </Typography.Paragraph>
            ) : null}
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
}
