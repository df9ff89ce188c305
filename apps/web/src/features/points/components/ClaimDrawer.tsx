import { CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { POINT_CATEGORIES } from '@zhibu/shared';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useLang } from '../../../ui/useLang';
import { useServerIssues } from '../../../ui/useServerIssues';
import { useClaimMutation } from '../api/claim-mutation';
import type { ClaimableItem } from '../api/types';
import { addClaimFiles, CLAIM_FILE_TYPES, MAX_CLAIM_FILES } from './claim-files';
import { capText, perUnitText } from './item-text';
import { OccurrenceFields } from './OccurrenceFields';

type Values = { ruleCode: string; occurredOn: Dayjs; units: number; note?: string };
type Props = { year: number; items: ClaimableItem[]; onClose: () => void };

const CATEGORIES = { items: POINT_CATEGORIES };

/** 申报积分: an item of the rule set in force, the day, how many, a note and evidence. Mount while open. */
export function ClaimDrawer({ year, items, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const claim = useClaimMutation();
  const placed = useServerIssues(form, claim.error);
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const code = Form.useWatch('ruleCode', form);
  const item = items.find((i) => i.code === code);
  const today = dayjs();
  const initialDay = today.year() === year ? today : dayjs(`${year}-12-31`);

  const pick = (el: HTMLInputElement) => {
    const r = addClaimFiles(files, [...(el.files ?? [])]);
    el.value = '';
    setFiles(r.files);
    setFilesError(null);
    for (const p of r.problems) {
      const key =
        p.kind === 'type'
          ? 'points.claim.badType'
          : p.kind === 'size'
            ? 'points.claim.tooLarge'
            : 'points.claim.tooMany';
      void message.error(t(key, { name: p.name }));
    }
  };

  const submit = (v: Values) => {
    if (item?.evidenceRequired && files.length === 0) {
      setFilesError(t('points.claim.needEvidence'));
      return;
    }
    claim.mutate(
      {
        ruleCode: v.ruleCode,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        units: v.units,
        note: v.note?.trim() || undefined,
        files,
      },
      {
        onSuccess: () => {
          void message.success(t('points.claim.submitted'));
          onClose();
        },
      },
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('points.claim.title')}
      size={isMobile ? '100%' : 520}
      mask={{ closable: false }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={claim.isPending} onClick={() => form.submit()}>
            {t('points.claim.submit')}
          </Button>
        </Flex>
      }
    >
      {claim.error && !placed ? (
        <Alert type="error" showIcon title={errorText(claim.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      {items.length === 0 ? <Alert type="info" showIcon title={t('points.claim.none')} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ occurredOn: initialDay, units: 1 }}
        onFinish={submit}
        scrollToFirstError
      >
        <Form.Item
          name="ruleCode"
          label={t('points.claim.item')}
          rules={[rules.requiredChoice(t('points.claim.item'))]}
        >
          <Select
            placeholder={t('common.select')}
            options={items.map((i) => ({ value: i.code, label: `${i.code} ${i.title}` }))}
            optionRender={(o) => {
              const i = items.find((x) => x.code === o.value)!;
              return (
                <Flex vertical>
                  <span style={{ whiteSpace: 'normal' }}>{o.label}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                    {[perUnitText(i.points, i.unit, t, lang), capText(i.cap, t, lang)]
                      .filter(Boolean)
                      .join(' · ')}
                    {i.evidenceRequired ? ` · ${t('points.claim.evidenceRequired')}` : ''}
                  </Typography.Text>
                </Flex>
              );
            }}
          />
        </Form.Item>
        {item ? (
          <Flex gap={4} wrap style={{ marginTop: -12, marginBottom: 16 }} data-testid="claim-item-facts">
            <Tag>{enumLabel(CATEGORIES, item.category, lang)}</Tag>
            <Tag color="green">{perUnitText(item.points, item.unit, t, lang)}</Tag>
            {item.cap ? <Tag>{capText(item.cap, t, lang)}</Tag> : null}
            <Tag color={item.evidenceRequired ? 'orange' : 'default'}>
              {item.evidenceRequired
                ? t('points.claim.evidenceRequired')
                : t('points.claim.evidenceOptional')}
            </Tag>
          </Flex>
        ) : null}
        <OccurrenceFields
          year={year}
          unit={item?.unit}
          labels={{ date: t('points.claim.date'), units: t('points.claim.units') }}
          readOnlyDate={isMobile}
        />
        <Form.Item name="note" label={t('points.claim.note')} rules={[rules.max(1000)]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label={t('points.claim.files')}
          required={item?.evidenceRequired}
          validateStatus={filesError ? 'error' : undefined}
          help={filesError ?? t('points.claim.filesHint')}
        >
          <Flex vertical gap={8}>
            <Button
              icon={<PaperClipOutlined />}
              onClick={() => input.current?.click()}
              disabled={files.length >= MAX_CLAIM_FILES}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('points.claim.pick')}
            </Button>
            <input
              ref={input}
              type="file"
              accept={CLAIM_FILE_TYPES.join(',')}
              multiple
              hidden
              data-testid="claim-files-input"
              onChange={(e) => pick(e.currentTarget)}
            />
            {files.map((f, i) => (
              <Flex key={`${f.name}-${i}`} align="center" gap={8} data-testid="claim-file">
                <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
                  {f.name}
                </Typography.Text>
                <Button
                  size="small"
                  type="text"
                  icon={<CloseOutlined />}
                  aria-label={t('points.claim.removeFile', { name: f.name })}
                  onClick={() => setFiles((fs) => fs.filter((_, j) => j !== i))}
                />
              </Flex>
            ))}
          </Flex>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
