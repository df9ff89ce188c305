import {
  AccountBookOutlined,
  ApartmentOutlined,
  FlagOutlined,
  AuditOutlined,
  AimOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  StarOutlined,
  TeamOutlined,
  UserOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { Permission } from '@zhibu/shared';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

type Entry = { path: string; label: string; icon?: ReactNode; show: boolean };
type Group = { key: string; label: string; icon: ReactNode; entries: Entry[] };

type Can = (p: Permission) => boolean;

/** The side menu, built from the user's permissions (never from role names). */
function groups(can: Can, hasPerson: boolean, t: TFunction): Group[] {
  return [
    {
      key: 'orgs',
      label: t('nav.orgs'),
      icon: <ApartmentOutlined />,
      entries: [
        { path: '/orgs', label: t('nav.orgTree'), show: can('org:read') },
        { path: '/orgs/warnings', label: t('nav.orgWarnings'), show: can('org:read') },
      ],
    },
    {
      key: 'people',
      label: t('nav.people'),
      icon: <TeamOutlined />,
      entries: [
        { path: '/people', label: t('nav.peopleList'), show: can('person:read') },
        { path: '/people/import', label: t('nav.peopleImport'), show: can('person:import') },
      ],
    },
    {
      key: 'orglife',
      label: t('nav.orglife'),
      icon: <FlagOutlined />,
      entries: [
        { path: '/orglife/meetings', label: t('nav.meetings'), show: can('meeting:read') },
        { path: '/orglife/compliance', label: t('nav.compliance'), show: can('compliance:read') },
        { path: '/orglife/plans', label: t('nav.plans'), show: can('compliance:read') },
        { path: '/orglife/talks', label: t('nav.talks'), show: can('compliance:read') },
        { path: '/orglife/appraisals', label: t('nav.appraisals'), show: can('meeting:read') },
        { path: '/orglife/absence', label: t('nav.absence'), show: can('compliance:read') },
        { path: '/orglife/ledger', label: t('nav.ledger'), show: can('compliance:read') },
      ],
    },
    {
      key: 'ratings',
      label: t('nav.ratings'),
      icon: <StarOutlined />,
      entries: [
        { path: '/ratings', label: t('nav.ratingRounds'), show: can('rating:read') },
        { path: '/ratings/schemes', label: t('nav.ratingSchemes'), show: can('rating:manage') },
      ],
    },
    {
      key: 'points',
      label: t('nav.points'),
      icon: <AccountBookOutlined />,
      entries: [
        {
          path: '/points/me',
          label: t('nav.pointsMine'),
          icon: <AccountBookOutlined />,
          show: can('points:claim') && hasPerson,
        },
        { path: '/points/review', label: t('nav.pointsReview'), show: can('points:review') },
        { path: '/points/appeals', label: t('nav.pointsAppeals'), show: can('points:decide') },
        { path: '/points/rule-sets', label: t('nav.pointsRuleSets'), show: can('points:manage') },
        { path: '/points/overview', label: t('nav.pointsOverview'), show: can('points:aggregate') },
      ],
    },
    {
      key: 'evaluation',
      label: t('nav.evaluation'),
      icon: <AimOutlined />,
      entries: [
        {
          path: '/evaluation/my',
          label: t('nav.evaluationMine'),
          icon: <AimOutlined />,
          show: can('evaluation:rate') && hasPerson,
        },
        { path: '/evaluation/rounds', label: t('nav.evaluationRounds'), show: can('evaluation:manage') },
      ],
    },
    {
      key: 'talent',
      label: t('nav.talent'),
      icon: <SolutionOutlined />,
      entries: [
        {
          path: '/talent/me',
          label: t('nav.talentMine'),
          icon: <SolutionOutlined />,
          show: can('self:read') && hasPerson,
        },
        { path: '/talent/portraits', label: t('nav.talentPortraits'), show: can('talent:read') },
        { path: '/talent/tiers', label: t('nav.talentTiers'), show: can('talent:read') },
        { path: '/talent/reserve', label: t('nav.talentReserve'), show: can('talent:read') },
        { path: '/talent/import', label: t('nav.talentImport'), show: can('talent:manage') },
      ],
    },
    {
      key: 'me',
      label: t('nav.me'),
      icon: <UserOutlined />,
      entries: [
        { path: '/me', label: t('nav.me'), icon: <UserOutlined />, show: can('self:read') && hasPerson },
      ],
    },
    {
      key: 'system',
      label: t('nav.system'),
      icon: <SafetyCertificateOutlined />,
      entries: [
        { path: '/accounts', label: t('nav.accounts'), icon: <IdcardOutlined />, show: can('account:write') },
        {
          path: '/roles',
          label: t('nav.roles'),
          icon: <SafetyCertificateOutlined />,
          show: can('role:read'),
        },
      ],
    },
    {
      key: 'audit',
      label: t('nav.audit'),
      icon: <AuditOutlined />,
      entries: [{ path: '/audit', label: t('nav.audit'), icon: <AuditOutlined />, show: can('audit:read') }],
    },
  ];
}

export type MenuModel = { items: NonNullable<MenuProps['items']>; paths: string[]; openKeys: string[] };

export function buildMenu(can: Can, hasPerson: boolean, t: TFunction): MenuModel {
  const items: NonNullable<MenuProps['items']> = [];
  const paths: string[] = [];
  const openKeys: string[] = [];
  for (const g of groups(can, hasPerson, t)) {
    const visible = g.entries.filter((e) => e.show);
    if (visible.length === 0) continue;
    paths.push(...visible.map((e) => e.path));
    // A group with a single entry of its own name is shown as that entry, not as a folder.
    if (visible.length === 1 && visible[0]!.icon) {
      const e = visible[0]!;
      items.push({ key: e.path, icon: e.icon, label: e.label });
    } else {
      openKeys.push(g.key);
      items.push({
        key: g.key,
        icon: g.icon,
        label: g.label,
        children: visible.map((e) => ({ key: e.path, label: e.label })),
      });
    }
  }
  return { items, paths, openKeys };
}

/** The menu entry a path belongs to: the longest entry path that prefixes it. */
export function selectedEntry(pathname: string, paths: string[]): string | undefined {
  return paths
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
}
