import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { levelFitsKind, levelsForKind, type CredentialKind, type CredentialLevel } from '@zhibu/shared';
import { Button, Card, Checkbox, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTalentLabels } from './labels';

/** One certificate requirement as the portrait form holds it. */
export type CertificateValues = {
  name: string;
  kind: CredentialKind;
  minLevel?: CredentialLevel | null;
  mandatory?: boolean;
  aliases?: string[];
};

/** The most certificates a portrait may ask for (zJobPortrait). */
export const MAX_CERTIFICATES = 20;

/**
 * The certificates a post asks for, inside the portrait form (field `certificates`): name, kind, the
 * lowest acceptable level on the kind's ladder, 持证上岗 (mandatory) and other names the certificate
 * goes by. One card per requirement, so the rows fold on a phone.
 */
export function CertificateRequirementsField() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const form = Form.useFormInstance();
  const certificates = (Form.useWatch('certificates', form) as CertificateValues[] | undefined) ?? [];
  return (
    <Form.List name="certificates">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="certificate-requirements">
          {fields.length === 0 ? (
            <Typography.Text type="secondary">{t('talent.portrait.noCertificates')}</Typography.Text>
          ) : null}
          {fields.map((f, i) => {
            const kind = certificates[i]?.kind ?? 'certificate';
            return (
              <Card
                key={f.key}
                size="small"
                data-testid="certificate-requirement"
                title={t('talent.portrait.certificateNo', { n: i + 1 })}
                extra={
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<MinusCircleOutlined />}
                    aria-label={t('talent.portrait.removeCertificate', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                  />
                }
              >
                <Flex gap={8} wrap align="start">
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { field: t('talent.portrait.certificateName') }),
                      },
                    ]}
                    style={{ marginBottom: 8, flex: '1 1 220px', minWidth: 0 }}
                  >
                    <Input
                      aria-label={t('talent.portrait.certificateName')}
                      placeholder={t('talent.portrait.certificateName')}
                      maxLength={100}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} style={{ marginBottom: 8, width: 110 }}>
                    <Select
                      aria-label={t('talent.credentials.kind')}
                      options={l.kindOptions}
                      onChange={(k: CredentialKind) => {
                        const level = certificates[i]?.minLevel;
                        // A level on another ladder no longer applies (a title has no 高级工).
                        if (level && !levelFitsKind(k, level)) {
                          form.setFieldValue(['certificates', f.name, 'minLevel'], null);
                        }
                      }}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'minLevel']} style={{ marginBottom: 8, width: 140 }}>
                    <Select
                      allowClear
                      aria-label={t('talent.portrait.minLevel')}
                      placeholder={t('talent.portrait.anyLevel')}
                      options={levelsForKind(kind).map((v) => ({ value: v.value, label: l.level(v.value) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'mandatory']}
                    valuePropName="checked"
                    style={{ marginBottom: 8, alignSelf: 'center' }}
                  >
                    <Checkbox>{t('talent.portrait.mandatoryCheck')}</Checkbox>
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'aliases']}
                    style={{ marginBottom: 0, flex: '1 1 100%', minWidth: 0 }}
                    rules={[
                      {
                        type: 'array',
                        max: 10,
                        message: t('talent.portrait.aliasesMax'),
                      },
                    ]}
                  >
                    <Select
                      mode="tags"
                      open={false}
                      aria-label={t('talent.portrait.aliases')}
                      placeholder={t('talent.portrait.aliasesHint')}
                    />
                  </Form.Item>
                </Flex>
              </Card>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_CERTIFICATES}
            onClick={() =>
              add({ name: '', kind: 'certificate', minLevel: null, mandatory: false, aliases: [] })
            }
          >
            {t('talent.portrait.addCertificate')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
