import { DeleteOutlined, DragOutlined, EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useDissolveOrgMutation } from '../api/dissolve-org-mutation';
import type { OrgDetail } from '../api/types';
import { MoveOrgModal } from './MoveOrgModal';
import { OrgFormModal } from './OrgFormModal';
import { TermFormModal } from './TermFormModal';

type Dialog = 'create' | 'edit' | 'move' | 'term-new' | 'term-edit' | null;

type Props = {
  org: OrgDetail;
  onSelect: (id: string) => void;
  onDissolved: (parentId: string | null) => void;
};

/** The buttons an organisation's `abilities` allow, and their dialogs. */
export function OrgActions({ org, onSelect, onDissolved }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const dissolve = useDissolveOrgMutation(org.id);
  const a = org.abilities;
  const close = () => setDialog(null);
  const confirmDissolve = () =>
    modal.confirm({
      title: t('orgs.dissolveConfirmTitle', { name: org.name }),
      content: t('orgs.dissolveConfirmText'),
      okText: t('orgs.dissolve'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        dissolve.mutateAsync({ version: org.version }).then(
          () => {
            void message.success(t('orgs.dissolved'));
            onDissolved(org.parentId);
          },
          (err: unknown) => {
            void message.error(errorText(err, t));
          },
        ),
    });
  return (
    <>
      <Flex gap={8} wrap>
        {a.createChild ? (
          <Button icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            {t('orgs.createChild')}
          </Button>
        ) : null}
        {a.update ? (
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
            {t('orgs.editOrg')}
          </Button>
        ) : null}
        {a.update && org.type !== 'group' ? (
          <Button icon={<HistoryOutlined />} onClick={() => setDialog('term-new')}>
            {t('orgs.newTerm')}
          </Button>
        ) : null}
        {a.move ? (
          <Button icon={<DragOutlined />} onClick={() => setDialog('move')}>
            {t('orgs.move')}
          </Button>
        ) : null}
        {a.dissolve ? (
          <Button danger icon={<DeleteOutlined />} onClick={confirmDissolve}>
            {t('orgs.dissolve')}
          </Button>
        ) : null}
      </Flex>
      {dialog === 'create' ? (
        <OrgFormModal
          mode="create"
          parent={org}
          onClose={close}
          onCreated={(id) => {
            close();
            onSelect(id);
          }}
        />
      ) : null}
      {dialog === 'edit' ? <OrgFormModal mode="edit" org={org} onClose={close} /> : null}
      {dialog === 'move' ? <MoveOrgModal org={org} onClose={close} /> : null}
      {dialog === 'term-new' || dialog === 'term-edit' ? (
        <TermFormModal org={org} mode={dialog === 'term-edit' ? 'edit' : 'new'} onClose={close} />
      ) : null}
    </>
  );
}

/** "Edit this term" sits with the term itself. */
export function EditTermButton({ org }: { org: OrgDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!org.abilities.update || !org.currentTerm) return null;
  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('orgs.editTerm')}
      </Button>
      {open ? <TermFormModal org={org} mode="edit" onClose={() => setOpen(false)} /> : null}
    </>
  );
}
