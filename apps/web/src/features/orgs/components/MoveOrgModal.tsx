import { App, Alert, Form } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../../ui/ModalForm';
import { subtreeIds } from '../../../ui/tree-data';
import { useFieldRules } from '../../../ui/field-rules';
import { useMoveOrgMutation } from '../api/move-org-mutation';
import { canNestUnder } from '../api/org-nesting';
import { useOrgTreeQuery } from '../api/org-tree-query';
import type { OrgDetail, OrgTreeNode } from '../api/types';
import { OrgTreeSelect } from './OrgTreeSelect';

type Props = { org: OrgDetail; onClose: () => void };

/** Moves an organisation under another parent; only valid parents can be chosen. */
export function MoveOrgModal({ org, onClose }: Props) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: string }>();
  const move = useMoveOrgMutation(org.id);
  const tree = useOrgTreeQuery();
  // The organisation cannot move under itself or anything below it.
  const own = useMemo(() => subtreeIds(tree.data ?? [], org.id), [tree.data, org.id]);
  const exclude = useCallback((n: OrgTreeNode) => own.has(n.id), [own]);
  const selectable = useCallback(
    (n: OrgTreeNode) => canNestUnder(org.type, n.type) && n.id !== org.parentId,
    [org],
  );
  return (
    <ModalForm<{ parentId: string }>
      title={t('orgs.moveTitle', { name: org.name })}
      form={form}
      onClose={onClose}
      pending={move.isPending}
      error={move.error}
      okText={t('orgs.move')}
      onSubmit={(v) =>
        move.mutate(
          { parentId: v.parentId, version: org.version },
          {
            onSuccess: () => {
              void message.success(t('orgs.moved'));
              onClose();
            },
          },
        )
      }
    >
      <Alert type="info" showIcon title={t('orgs.moveHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="parentId" label={t('orgs.moveTo')} rules={[rules.requiredChoice(t('orgs.moveTo'))]}>
        <OrgTreeSelect exclude={exclude} selectable={selectable} />
      </Form.Item>
    </ModalForm>
  );
}
