import { ORG_TYPES, ROLES, type Role } from '@zhibu/shared';
import { Alert, App, Form, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel, enumOptions, withNote } from '../../../ui/enum-label';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { nest, type TreeItem } from '../../../ui/tree-data';
import { useLang } from '../../../ui/useLang';
import { useAssignRoleMutation } from '../api/assign-role-mutation';
import { useOrgOptionsQuery } from '../api/org-options-query';
import type { Account, OrgOption } from '../api/types';

type Values = { role: Role; orgNodeId: string };
type Option = { value: string; title: string; children?: Option[] };

/** Grants a role at an organisation node; the role's scope is that node's subtree. */
export function AssignRoleModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assign = useAssignRoleMutation();
  const orgs = useOrgOptionsQuery();
  const treeData = useMemo(() => {
    const toOption = (o: TreeItem<OrgOption>): Option => ({
      value: o.id,
      title: withNote(o.name, enumLabel(ORG_TYPES, o.type, lang), lang),
      children: o.children?.map(toOption),
    });
    return nest(orgs.data ?? []).map(toOption);
  }, [orgs.data, lang]);
  return (
    <ModalForm<Values>
      title={t('accounts.assignTitle', { username: account.username })}
      form={form}
      onClose={onClose}
      pending={assign.isPending}
      error={assign.error}
      okText={t('accounts.assign')}
      onSubmit={(v) =>
        assign.mutate(
          { accountId: account.id, ...v },
          {
            onSuccess: () => {
              void message.success(t('accounts.assigned'));
              onClose();
            },
          },
        )
      }
    >
      <Alert type="info" showIcon title={t('accounts.separationHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="role" label={t('accounts.role')} rules={[rules.requiredChoice(t('accounts.role'))]}>
        <Select options={enumOptions(ROLES, lang)} />
      </Form.Item>
      <Form.Item
        name="orgNodeId"
        label={t('accounts.orgNode')}
        extra={t('accounts.orgNodeHint')}
        rules={[rules.requiredChoice(t('accounts.orgNode'))]}
      >
        <TreeSelect
          treeData={treeData}
          loading={orgs.isPending}
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeDefaultExpandAll={(orgs.data?.length ?? 0) <= 120}
          popupMatchSelectWidth={false}
          listHeight={360}
        />
      </Form.Item>
    </ModalForm>
  );
}
