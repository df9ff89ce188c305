import { ROLES } from '@zhibu/shared';
import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { AccountListParams } from '../api/types';

type Props = { params: AccountListParams; update: (p: Partial<AccountListParams>) => void };

export function AccountFilters({ params, update }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={10}>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('accounts.searchPlaceholder')}
          aria-label={t('accounts.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
      </Col>
      <Col xs={12} md={7}>
        <Select
          allowClear
          placeholder={t('accounts.role')}
          aria-label={t('accounts.role')}
          value={params.role}
          onChange={(role: AccountListParams['role']) => update({ role })}
          options={enumOptions(ROLES, lang)}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} md={7}>
        <Select
          allowClear
          placeholder={t('accounts.anyState')}
          aria-label={t('accounts.state')}
          value={params.disabled}
          onChange={(disabled: AccountListParams['disabled']) => update({ disabled })}
          options={[
            { value: 'false', label: t('accounts.enabled') },
            { value: 'true', label: t('accounts.disabled') },
          ]}
          style={{ width: '100%' }}
        />
      </Col>
    </Row>
  );
}
