import { CheckOutlined, CloseOutlined, MinusOutlined } from '@ant-design/icons';
import { COMMITTEE_POSTS } from '@zhibu/shared';
import { Flex, Progress, Table, Tag, theme, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { TalkCoverage } from '../api/types';

type Row = {
  personId: string;
  name: string;
  committee: boolean;
  talkedWith: Map<string, number>;
  covered: boolean;
};

/** Rows of the matrix: committee members first (each pair must talk), then the other members. */
function rowsOf(c: TalkCoverage): Row[] {
  const pairs = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, n: number) =>
    pairs.set(a, (pairs.get(a) ?? new Map<string, number>()).set(b, n));
  for (const p of c.committeePairs) {
    add(p.a.personId, p.b.personId, p.talks);
    add(p.b.personId, p.a.personId, p.talks);
  }
  const missing = new Set(c.missingMembers.map((m) => m.personId));
  return [
    ...c.committee.map((m) => {
      const talkedWith = pairs.get(m.personId) ?? new Map<string, number>();
      return {
        personId: m.personId,
        name: m.name,
        committee: true,
        talkedWith,
        covered: [...talkedWith.values()].every((n) => n > 0),
      };
    }),
    ...c.members.map((m) => ({
      personId: m.personId,
      name: m.name,
      committee: false,
      talkedWith: new Map(m.with.map((w) => [w.personId, 1])),
      covered: !missing.has(m.personId),
    })),
  ];
}

/**
 * 谈心谈话 coverage for the year: every two committee members, and every member with at least one
 * committee member (支部工作条例). Missing pairs and members stand out.
 */
export function TalkCoverageMatrix({ coverage: c }: { coverage: TalkCoverage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { token } = theme.useToken();
  const percent = c.required > 0 ? Math.round((c.covered / c.required) * 100) : 100;
  const columns: TableProps<Row>['columns'] = [
    {
      title: t('talks.person'),
      key: 'name',
      fixed: 'left',
      render: (_, r) => (
        <Typography.Text type={r.covered ? undefined : 'danger'} strong={r.committee}>
          {r.name}
        </Typography.Text>
      ),
    },
    ...c.committee.map((m) => ({
      title: (
        <Flex vertical align="center">
          <span>{m.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, fontWeight: 'normal' }}>
            {enumLabel(COMMITTEE_POSTS, m.post, lang)}
          </Typography.Text>
        </Flex>
      ),
      key: m.personId,
      align: 'center' as const,
      render: (_: unknown, r: Row) => {
        if (r.personId === m.personId) return <span style={{ color: token.colorTextQuaternary }}>—</span>;
        const n = r.talkedWith.get(m.personId) ?? 0;
        // Between committee members every pair is required: an empty cell is a gap.
        const required = r.committee && !r.covered;
        return n > 0 ? (
          <CheckOutlined style={{ color: token.colorSuccess }} aria-label={t('talks.talked')} />
        ) : (
          <span aria-label={t('talks.notTalked')}>
            {required ? (
              <CloseOutlined style={{ color: token.colorError }} />
            ) : (
              <MinusOutlined style={{ color: token.colorTextQuaternary }} />
            )}
          </span>
        );
      },
    })),
    {
      title: t('talks.state'),
      key: 'state',
      render: (_, r) =>
        r.covered ? (
          <Tag color="success">{t('talks.covered')}</Tag>
        ) : (
          <Tag color="error">{t('talks.missing')}</Tag>
        ),
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} align="center" wrap>
        <Progress type="circle" percent={percent} size={64} />
        <Flex vertical gap={4}>
          <Typography.Text>
            {t('talks.coverage', { covered: c.covered, required: c.required })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('talks.rule')}</Typography.Text>
        </Flex>
      </Flex>
      {c.missingMembers.length > 0 ? (
        <Flex gap={4} wrap align="center" data-testid="talks-missing">
          <Typography.Text strong>
            {t('talks.missingMembers', { count: c.missingMembers.length })}
          </Typography.Text>
          {c.missingMembers.map((m) => (
            <Tag key={m.personId} color="error">
              {m.name}
            </Tag>
          ))}
        </Flex>
      ) : null}
      <Table<Row>
        rowKey="personId"
        size="small"
        dataSource={rowsOf(c)}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content', y: 480 }}
        data-testid="talk-matrix"
      />
    </Flex>
  );
}
