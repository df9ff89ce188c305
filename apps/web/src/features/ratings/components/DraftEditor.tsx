import type { SchemeDefinition } from '@zhibu/shared';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveDraftMutation } from '../api/save-draft-mutation';
import type { SchemeVersion } from '../api/types';
import { patchCriterion } from './catalogue-edit';
import { CatalogueTable } from './CatalogueTable';
import { ProblemAlert } from './ProblemAlert';

type Props = { schemeId: string; version: SchemeVersion; onDone: () => void };

/** Inline editing of a draft catalogue, saved as a whole; the server's checks come back as a list. */
export function DraftEditor({ schemeId, version, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [def, setDef] = useState<SchemeDefinition>(version.definition);
  const save = useSaveDraftMutation(schemeId, version.version);
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('ratings.schemes.editHint')} />
      <ProblemAlert error={save.error} intro={t('ratings.schemes.problems')} testId="draft-problems" />
      <Form layout="vertical">
        <Form.Item label={t('ratings.schemes.formula')} htmlFor="draft-formula" style={{ marginBottom: 0 }}>
          <Input
            id="draft-formula"
            value={def.formula}
            onChange={(e) => setDef({ ...def, formula: e.target.value })}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
      </Form>
      <CatalogueTable
        definition={def}
        onPatch={(code, patch) => setDef((d) => patchCriterion(d, code, patch))}
      />
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { definition: def },
              {
                onSuccess: () => {
                  void message.success(t('ratings.schemes.draftSaved'));
                  onDone();
                },
              },
            )
          }
        >
          {t('ratings.schemes.saveDraft')}
        </Button>
      </Flex>
    </Flex>
  );
}
