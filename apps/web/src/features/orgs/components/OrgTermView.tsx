import { COMMITTEE_POSTS } from '@zhibu/shared';
import { Collapse, Descriptions, Empty, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { OrgPost, OrgTerm } from '../api/types';

function PostTable({ posts, linkPeople }: { posts: OrgPost[]; linkPeople: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const order = COMMITTEE_POSTS.values;
  const sorted = [...posts].sort((a, b) => order.indexOf(a.post) - order.indexOf(b.post));
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={sorted}
      columns={[
        {
          title: t('orgs.post'),
          dataIndex: 'post',
          render: (p: string) => enumLabel(COMMITTEE_POSTS, p, lang),
        },
        {
          title: t('orgs.person'),
          dataIndex: 'personName',
          render: (name: string, p) => (linkPeople ? <Link to={`/people/${p.personId}`}>{name}</Link> : name),
        },
        {
          title: t('people.membershipPeriod'),
          key: 'period',
          render: (_, p) =>
            p.toOn
              ? t('common.period', { from: p.fromOn, to: p.toOn })
              : t('common.since', { from: p.fromOn }),
        },
      ]}
    />
  );
}

function TermSummary({ term }: { term: OrgTerm }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 3 }}
      items={[
        {
          key: 'period',
          label: t('orgs.termPeriod'),
          children: t('common.period', { from: term.startsOn, to: term.endsOn }),
        },
        { key: 'elected', label: t('orgs.electedOn'), children: term.electedOn },
        { key: 'note', label: t('orgs.note'), children: term.note },
      ]}
    />
  );
}

/** The current committee and its posts, with past terms folded below. */
export function OrgTermView({
  current,
  terms,
  linkPeople,
}: {
  current: OrgTerm | null;
  terms: OrgTerm[];
  linkPeople: boolean;
}) {
  const { t } = useTranslation();
  const past = terms.filter((x) => x.id !== current?.id);
  return (
    <Flex vertical gap={12}>
      {current ? (
        <>
          <TermSummary term={current} />
          <PostTable posts={current.posts} linkPeople={linkPeople} />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.noTerm')} />
      )}
      {past.length > 0 ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'past',
              label: t('orgs.pastTerms'),
              children: (
                <Flex vertical gap={16}>
                  {past.map((term) => (
                    <div key={term.id}>
                      <Tag>{t('common.period', { from: term.startsOn, to: term.endsOn })}</Tag>
                      {term.closedOn ? <Tag>{t('orgs.termClosed', { date: term.closedOn })}</Tag> : null}
                      <PostTable posts={term.posts} linkPeople={linkPeople} />
                    </div>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
