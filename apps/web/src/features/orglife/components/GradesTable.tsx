import { APPRAISAL_GRADES, type AppraisalGrade } from '@zhibu/shared';
import { Alert, App, Button, Flex, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../../ui/enum-label';
import { errorText } from '../../../ui/error-text';
import { useLang } from '../../../ui/useLang';
import { useCloseAppraisalMutation } from '../api/close-appraisal-mutation';
import { useSaveGradesMutation } from '../api/save-grades-mutation';
import type { AppraisalEntry, AppraisalRound } from '../api/types';
import { AppraisalInputs } from './AppraisalInputs';
import { BallotCounts } from './BallotCounts';
import { GradeTag } from './GradeTag';

type Edit = { grade?: AppraisalGrade; note?: string };

/**
 * The committee's view of a round: self-evaluations, ballot counts and the grades it decides
 * (组织评定). The 1/3 cap on 优秀 and negative-list vetoes are the server's rules; its refusal is shown
 * as it comes. Several members can be graded at once.
 */
export function GradesTable({ round }: { round: AppraisalRound }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const save = useSaveGradesMutation(round.id);
  const close = useCloseAppraisalMutation(round.id);
  const [edits, setEdits] = useState<ReadonlyMap<string, Edit>>(new Map());
  const [selected, setSelected] = useState<string[]>([]);
  const [batchGrade, setBatchGrade] = useState<AppraisalGrade | undefined>();
  const open = round.status === 'open';

  const gradeOf = (e: AppraisalEntry) => edits.get(e.personId)?.grade ?? e.orgGrade;
  const excellent = round.entries.filter((e) => gradeOf(e) === 'excellent').length;
  const edit = (personId: string, patch: Edit) =>
    setEdits((prev) => new Map(prev).set(personId, { ...prev.get(personId), ...patch }));

  const submit = () => {
    const grades = [...edits.entries()].flatMap(([personId, e]) => {
      const entry = round.entries.find((x) => x.personId === personId);
      const grade = e.grade ?? entry?.orgGrade;
      return grade ? [{ personId, grade, note: (e.note ?? entry?.note ?? '').trim() || null }] : [];
    });
    save.mutate(grades, {
      onSuccess: () => {
        setEdits(new Map());
        setSelected([]);
        void message.success(t('appraisal.gradesSaved'));
      },
    });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('appraisal.inputsHint')}</Typography.Text>
      <Flex gap={8} wrap align="center">
        <Tag color={excellent > round.cap ? 'error' : 'default'} data-testid="excellent-count">
          {t('appraisal.excellentCount', { count: excellent, cap: round.cap })}
        </Tag>
        {open ? (
          <>
            <Select<AppraisalGrade>
              placeholder={t('appraisal.batchGrade')}
              aria-label={t('appraisal.batchGrade')}
              value={batchGrade}
              onChange={setBatchGrade}
              options={enumOptions(APPRAISAL_GRADES, lang)}
              style={{ width: 160 }}
            />
            <Button
              disabled={!batchGrade || selected.length === 0}
              onClick={() => {
                for (const id of selected) edit(id, { grade: batchGrade });
              }}
            >
              {t('appraisal.applyBatch', { count: selected.length })}
            </Button>
          </>
        ) : null}
      </Flex>
      <Table<AppraisalEntry>
        rowKey="personId"
        size="small"
        dataSource={round.entries}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowSelection={
          open ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined
        }
        data-testid="grades-table"
        columns={[
          { title: t('appraisal.name'), dataIndex: 'name', fixed: 'left' },
          {
            title: t('appraisal.selfGrade'),
            key: 'self',
            render: (_, e) =>
              e.selfGrade ? (
                <GradeTag grade={e.selfGrade} />
              ) : (
                <Typography.Text type="secondary">{t('appraisal.notSubmitted')}</Typography.Text>
              ),
          },
          {
            title: t('appraisal.selfSummary'),
            dataIndex: 'selfSummary',
            render: (v: string | null) => (
              <Typography.Paragraph
                ellipsis={{ rows: 2, expandable: 'collapsible' }}
                style={{ maxWidth: 260, marginBottom: 0 }}
              >
                {v}
              </Typography.Paragraph>
            ),
          },
          {
            title: t('appraisal.ballots'),
            key: 'ballots',
            render: (_, e) => <BallotCounts ballots={e.ballots} />,
          },
          {
            title: t('appraisal.inputs'),
            key: 'inputs',
            render: (_, e) => <AppraisalInputs inputs={e.inputs} />,
          },
          {
            title: t('appraisal.orgGrade'),
            key: 'grade',
            render: (_, e) =>
              open && !e.vetoSource ? (
                <Select<AppraisalGrade>
                  value={gradeOf(e) ?? undefined}
                  placeholder={t('common.select')}
                  aria-label={t('appraisal.gradeFor', { name: e.name })}
                  onChange={(grade) => edit(e.personId, { grade })}
                  options={enumOptions(APPRAISAL_GRADES, lang)}
                  style={{ width: 120 }}
                />
              ) : (
                <GradeTag grade={gradeOf(e)} />
              ),
          },
          {
            title: t('appraisal.note'),
            key: 'note',
            render: (_, e) =>
              open ? (
                <Input
                  value={edits.get(e.personId)?.note ?? e.note ?? ''}
                  onChange={(ev) => edit(e.personId, { note: ev.target.value })}
                  aria-label={t('appraisal.noteFor', { name: e.name })}
                  maxLength={500}
                  style={{ width: 180 }}
                />
              ) : (
                e.note
              ),
          },
          {
            title: t('appraisal.finalGrade'),
            key: 'final',
            render: (_, e) => (
              <Flex gap={4} wrap>
                <GradeTag grade={e.finalGrade} />
                {e.vetoSource ? (
                  <Tag color="error">{t('appraisal.vetoed', { reason: e.vetoReason ?? e.vetoSource })}</Tag>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
      {save.error ? (
        <Alert type="error" showIcon title={errorText(save.error, t)} data-testid="grades-error" />
      ) : null}
      {close.error ? <Alert type="error" showIcon title={errorText(close.error, t)} /> : null}
      {open ? (
        <Flex gap={8} wrap>
          <Button type="primary" onClick={submit} loading={save.isPending} disabled={edits.size === 0}>
            {t('appraisal.saveGrades')}
          </Button>
          <Popconfirm
            title={t('appraisal.closeConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              close.mutate(undefined, { onSuccess: () => void message.success(t('appraisal.closed')) })
            }
          >
            <Button danger disabled={edits.size > 0} loading={close.isPending}>
              {t('appraisal.close')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : null}
    </Flex>
  );
}
