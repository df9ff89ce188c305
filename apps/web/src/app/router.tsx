import type { Permission } from '@zhibu/shared';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { RequirePermission } from '../features/auth/components/RequirePermission';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { LazyResultPage } from '../ui/LazyResultPage';
import { PageSpin } from '../ui/PageSpin';
import type { RouteHandle } from './route-handle';
import { RootRoute } from './RootRoute';

// Only the login page is in the initial bundle; the shell and every page load on demand.
function page<M, P extends object = object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const suspended = (node: ReactNode) => <Suspense fallback={<PageSpin />}>{node}</Suspense>;

const RouteError = page(
  () => import('./RouteError'),
  (m) => m.RouteError,
);
const AppLayout = page(
  () => import('./AppLayout'),
  (m) => m.AppLayout,
);
const HomeRedirect = page(
  () => import('./HomeRedirect'),
  (m) => m.HomeRedirect,
);
const ChangePasswordPage = page(
  () => import('../features/auth/pages/ChangePasswordPage'),
  (m) => m.ChangePasswordPage,
);
const OrgTreePage = page(
  () => import('../features/orgs/pages/OrgTreePage'),
  (m) => m.OrgTreePage,
);
const OrgWarningsPage = page(
  () => import('../features/orgs/pages/OrgWarningsPage'),
  (m) => m.OrgWarningsPage,
);
const PeopleListPage = page(
  () => import('../features/people/pages/PeopleListPage'),
  (m) => m.PeopleListPage,
);
const PersonDetailPage = page(
  () => import('../features/people/pages/PersonDetailPage'),
  (m) => m.PersonDetailPage,
);
const PersonCreatePage = page(
  () => import('../features/people/pages/PersonCreatePage'),
  (m) => m.PersonCreatePage,
);
const PersonEditPage = page(
  () => import('../features/people/pages/PersonEditPage'),
  (m) => m.PersonEditPage,
);
const PeopleImportPage = page(
  () => import('../features/people/pages/PeopleImportPage'),
  (m) => m.PeopleImportPage,
);
const MyProfilePage = page(
  () => import('../features/people/pages/MyProfilePage'),
  (m) => m.MyProfilePage,
);
const AccountsPage = page(
  () => import('../features/accounts/pages/AccountsPage'),
  (m) => m.AccountsPage,
);
const RoleAssignmentPage = page(
  () => import('../features/accounts/pages/RoleAssignmentPage'),
  (m) => m.RoleAssignmentPage,
);
const AuditLogPage = page(
  () => import('../features/audit/pages/AuditLogPage'),
  (m) => m.AuditLogPage,
);
const MeetingListPage = page(
  () => import('../features/orglife/pages/MeetingListPage'),
  (m) => m.MeetingListPage,
);
const MeetingCreatePage = page(
  () => import('../features/orglife/pages/MeetingCreatePage'),
  (m) => m.MeetingCreatePage,
);
const MeetingDetailPage = page(
  () => import('../features/orglife/pages/MeetingDetailPage'),
  (m) => m.MeetingDetailPage,
);
const MeetingEditPage = page(
  () => import('../features/orglife/pages/MeetingEditPage'),
  (m) => m.MeetingEditPage,
);
const MeetingRecordPage = page(
  () => import('../features/orglife/pages/MeetingRecordPage'),
  (m) => m.MeetingRecordPage,
);
const CompliancePage = page(
  () => import('../features/orglife/pages/CompliancePage'),
  (m) => m.CompliancePage,
);
const OrgCompliancePage = page(
  () => import('../features/orglife/pages/OrgCompliancePage'),
  (m) => m.OrgCompliancePage,
);
const PlansPage = page(
  () => import('../features/orglife/pages/PlansPage'),
  (m) => m.PlansPage,
);
const TalksPage = page(
  () => import('../features/orglife/pages/TalksPage'),
  (m) => m.TalksPage,
);
const AppraisalsPage = page(
  () => import('../features/orglife/pages/AppraisalsPage'),
  (m) => m.AppraisalsPage,
);
const AbsencePage = page(
  () => import('../features/orglife/pages/AbsencePage'),
  (m) => m.AbsencePage,
);
const LedgerPage = page(
  () => import('../features/orglife/pages/LedgerPage'),
  (m) => m.LedgerPage,
);
const PrintMeetingsPage = page(
  () => import('../features/orglife/pages/PrintMeetingsPage'),
  (m) => m.PrintMeetingsPage,
);
const RoundsPage = page(
  () => import('../features/ratings/pages/RoundsPage'),
  (m) => m.RoundsPage,
);
const RoundDetailPage = page(
  () => import('../features/ratings/pages/RoundDetailPage'),
  (m) => m.RoundDetailPage,
);
const RoundOverviewTab = page(
  () => import('../features/ratings/pages/RoundOverviewTab'),
  (m) => m.RoundOverviewTab,
);
const RoundLeagueTab = page(
  () => import('../features/ratings/pages/RoundLeagueTab'),
  (m) => m.RoundLeagueTab,
);
const RatingResultPage = page(
  () => import('../features/ratings/pages/RatingResultPage'),
  (m) => m.RatingResultPage,
);
const AssessmentPage = page(
  () => import('../features/ratings/pages/AssessmentPage'),
  (m) => m.AssessmentPage,
);
const SchemesPage = page(
  () => import('../features/ratings/pages/SchemesPage'),
  (m) => m.SchemesPage,
);
const SchemeDetailPage = page(
  () => import('../features/ratings/pages/SchemeDetailPage'),
  (m) => m.SchemeDetailPage,
);
const MyPointsPage = page(
  () => import('../features/points/pages/MyPointsPage'),
  (m) => m.MyPointsPage,
);
const PointsReviewPage = page(
  () => import('../features/points/pages/PointsReviewPage'),
  (m) => m.PointsReviewPage,
);
const PersonPointsPage = page(
  () => import('../features/points/pages/PersonPointsPage'),
  (m) => m.PersonPointsPage,
);
const PointsAppealsPage = page(
  () => import('../features/points/pages/AppealsPage'),
  (m) => m.AppealsPage,
);
const PointRuleSetsPage = page(
  () => import('../features/points/pages/RuleSetsPage'),
  (m) => m.RuleSetsPage,
);
const PointRuleSetDetailPage = page(
  () => import('../features/points/pages/RuleSetDetailPage'),
  (m) => m.RuleSetDetailPage,
);
const PointsOverviewPage = page(
  () => import('../features/points/pages/PointsOverviewPage'),
  (m) => m.PointsOverviewPage,
);
const EvaluationRoundsPage = page(
  () => import('../features/evaluation/pages/RoundsPage'),
  (m) => m.RoundsPage,
);
const EvaluationRoundPage = page(
  () => import('../features/evaluation/pages/RoundPage'),
  (m) => m.RoundPage,
);
const MyEvaluationRoundsPage = page(
  () => import('../features/evaluation/pages/MyRoundsPage'),
  (m) => m.MyRoundsPage,
);
const MyEvaluationRoundPage = page(
  () => import('../features/evaluation/pages/MyRoundPage'),
  (m) => m.MyRoundPage,
);
const StaffRatePage = page(
  () => import('../features/evaluation/pages/StaffRatePage'),
  (m) => m.StaffRatePage,
);
const NotificationCenterPage = page(
  () => import('../features/notifications/pages/NotificationCenterPage'),
  (m) => m.NotificationCenterPage,
);
const TalentPortraitsPage = page(
  () => import('../features/talent/pages/PortraitsPage'),
  (m) => m.PortraitsPage,
);
const TalentPortraitPage = page(
  () => import('../features/talent/pages/PortraitPage'),
  (m) => m.PortraitPage,
);
const TalentPersonPage = page(
  () => import('../features/talent/pages/PersonTalentPage'),
  (m) => m.PersonTalentPage,
);
const TalentImportPage = page(
  () => import('../features/talent/pages/CredentialImportPage'),
  (m) => m.CredentialImportPage,
);
const TalentTiersPage = page(
  () => import('../features/talent/pages/TiersPage'),
  (m) => m.TiersPage,
);
const TalentReservePage = page(
  () => import('../features/talent/pages/ReservePage'),
  (m) => m.ReservePage,
);
const TalentReserveEntryPage = page(
  () => import('../features/talent/pages/ReserveEntryPage'),
  (m) => m.ReserveEntryPage,
);
const MyTalentPage = page(
  () => import('../features/talent/pages/MyTalentPage'),
  (m) => m.MyTalentPage,
);
const SignInPage = page(
  () => import('../features/orglife/pages/SignInPage'),
  (m) => m.SignInPage,
);

const crumb = (c: RouteHandle['crumb']): RouteHandle => ({ crumb: c });
const guarded = (permission: Permission, element: ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

const appRoutes: RouteObject[] = [
  { index: true, element: <HomeRedirect /> },
  {
    path: 'orgs',
    handle: crumb((t) => t('nav.orgTree')),
    children: [
      { index: true, element: guarded('org:read', <OrgTreePage />) },
      {
        path: 'warnings',
        handle: crumb((t) => t('nav.orgWarnings')),
        element: guarded('org:read', <OrgWarningsPage />),
      },
      { path: ':orgId', element: guarded('org:read', <OrgTreePage />) },
    ],
  },
  {
    path: 'people',
    handle: crumb((t) => t('nav.peopleList')),
    children: [
      { index: true, element: guarded('person:read', <PeopleListPage />) },
      {
        path: 'new',
        handle: crumb((t) => t('nav.personNew')),
        element: guarded('person:write', <PersonCreatePage />),
      },
      {
        path: 'import',
        handle: crumb((t) => t('nav.peopleImport')),
        element: guarded('person:import', <PeopleImportPage />),
      },
      {
        path: ':personId',
        handle: crumb((t) => t('nav.personDetail')),
        children: [
          // Members may open their own record (self:read); the server decides who sees whom.
          { index: true, element: guarded('self:read', <PersonDetailPage />) },
          {
            path: 'edit',
            handle: crumb((t) => t('nav.personEdit')),
            element: guarded('person:write', <PersonEditPage />),
          },
        ],
      },
    ],
  },
  { path: 'me', handle: crumb((t) => t('nav.me')), element: guarded('self:read', <MyProfilePage />) },
  {
    path: 'accounts',
    handle: crumb((t) => t('nav.accounts')),
    element: guarded('account:write', <AccountsPage />),
  },
  {
    path: 'roles',
    handle: crumb((t) => t('nav.roles')),
    element: guarded('role:read', <RoleAssignmentPage />),
  },
  { path: 'audit', handle: crumb((t) => t('nav.audit')), element: guarded('audit:read', <AuditLogPage />) },
  // Every signed-in user has notices; no permission beyond the session.
  {
    path: 'notifications',
    handle: crumb((t) => t('nav.notifications')),
    element: <NotificationCenterPage />,
  },
  {
    path: 'orglife',
    handle: crumb((t) => t('nav.orglife')),
    children: [
      // The breadcrumb links the group itself; it has no page of its own.
      { index: true, element: <Navigate to="meetings" replace /> },
      {
        path: 'compliance',
        handle: crumb((t) => t('nav.compliance')),
        children: [
          { index: true, element: guarded('compliance:read', <CompliancePage />) },
          {
            path: ':orgId',
            handle: crumb((t) => t('nav.complianceOrg')),
            element: guarded('compliance:read', <OrgCompliancePage />),
          },
        ],
      },
      {
        path: 'plans',
        handle: crumb((t) => t('nav.plans')),
        element: guarded('compliance:read', <PlansPage />),
      },
      {
        path: 'talks',
        handle: crumb((t) => t('nav.talks')),
        element: guarded('compliance:read', <TalksPage />),
      },
      {
        path: 'appraisals',
        handle: crumb((t) => t('nav.appraisals')),
        element: guarded('meeting:read', <AppraisalsPage />),
      },
      {
        path: 'absence',
        handle: crumb((t) => t('nav.absence')),
        element: guarded('compliance:read', <AbsencePage />),
      },
      {
        path: 'ledger',
        handle: crumb((t) => t('nav.ledger')),
        element: guarded('compliance:read', <LedgerPage />),
      },
      {
        path: 'meetings',
        handle: crumb((t) => t('nav.meetings')),
        children: [
          { index: true, element: guarded('meeting:read', <MeetingListPage />) },
          {
            path: 'new',
            handle: crumb((t) => t('nav.meetingNew')),
            element: guarded('meeting:write', <MeetingCreatePage />),
          },
          {
            path: ':meetingId',
            handle: crumb((t) => t('nav.meetingDetail')),
            children: [
              { index: true, element: guarded('meeting:read', <MeetingDetailPage />) },
              {
                path: 'edit',
                handle: crumb((t) => t('nav.meetingEdit')),
                element: guarded('meeting:write', <MeetingEditPage />),
              },
              {
                path: 'record',
                handle: crumb((t) => t('nav.meetingRecord')),
                element: guarded('meeting:write', <MeetingRecordPage />),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    path: 'ratings',
    handle: crumb((t) => t('nav.ratings')),
    children: [
      { index: true, element: guarded('rating:read', <RoundsPage />) },
      {
        path: 'schemes',
        handle: crumb((t) => t('nav.ratingSchemes')),
        children: [
          { index: true, element: guarded('rating:read', <SchemesPage />) },
          {
            path: ':schemeId',
            handle: crumb((t) => t('nav.ratingSchemeDetail')),
            element: guarded('rating:read', <SchemeDetailPage />),
          },
        ],
      },
      {
        path: 'rounds',
        children: [
          // The rounds list is the group's own page.
          { index: true, element: <Navigate to="/ratings" replace /> },
          {
            path: ':roundId',
            handle: crumb((t) => t('nav.ratingRound')),
            children: [
              {
                // The round's header and actions stay while the tabs below (child routes) change.
                element: guarded('rating:read', <RoundDetailPage />),
                children: [
                  { index: true, element: suspended(<RoundOverviewTab />) },
                  {
                    // Branches' results side by side: administrators only, never individuals.
                    path: 'league',
                    handle: crumb((t) => t('nav.ratingLeague')),
                    element: suspended(guarded('rating:league', <RoundLeagueTab />)),
                  },
                ],
              },
              {
                path: 'orgs/:orgId',
                handle: crumb((t) => t('nav.ratingResult')),
                children: [
                  { index: true, element: guarded('rating:read', <RatingResultPage />) },
                  {
                    path: 'assessment',
                    handle: crumb((t) => t('nav.ratingAssessment')),
                    element: guarded('rating:read', <AssessmentPage />),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    path: 'points',
    handle: crumb((t) => t('nav.points')),
    children: [
      // The breadcrumb links the group itself; a member's own points are its first page.
      { index: true, element: <Navigate to="me" replace /> },
      {
        path: 'me',
        handle: crumb((t) => t('nav.pointsMine')),
        element: guarded('points:claim', <MyPointsPage />),
      },
      {
        path: 'review',
        handle: crumb((t) => t('nav.pointsReview')),
        element: guarded('points:review', <PointsReviewPage />),
      },
      {
        // One member's points for their branch; the server checks the member is in the user's scope.
        path: 'people/:personId',
        handle: crumb((t) => t('nav.pointsPerson')),
        element: guarded('points:read', <PersonPointsPage />),
      },
      {
        path: 'appeals',
        handle: crumb((t) => t('nav.pointsAppeals')),
        element: guarded('points:decide', <PointsAppealsPage />),
      },
      {
        path: 'rule-sets',
        handle: crumb((t) => t('nav.pointsRuleSets')),
        children: [
          { index: true, element: guarded('points:manage', <PointRuleSetsPage />) },
          {
            path: ':ruleSetId',
            handle: crumb((t) => t('nav.pointsRuleSet')),
            element: guarded('points:read', <PointRuleSetDetailPage />),
          },
        ],
      },
      {
        // Branch-level figures only, never individuals.
        path: 'overview',
        handle: crumb((t) => t('nav.pointsOverview')),
        element: guarded('points:aggregate', <PointsOverviewPage />),
      },
    ],
  },
  {
    path: 'evaluation',
    handle: crumb((t) => t('nav.evaluation')),
    children: [
      // The breadcrumb links the group itself; a member's own evaluation is its first page.
      { index: true, element: <Navigate to="my" replace /> },
      {
        path: 'my',
        handle: crumb((t) => t('nav.evaluationMine')),
        children: [
          { index: true, element: guarded('evaluation:rate', <MyEvaluationRoundsPage />) },
          {
            path: ':roundId',
            handle: crumb((t) => t('nav.evaluationSheets')),
            element: guarded('evaluation:rate', <MyEvaluationRoundPage />),
          },
        ],
      },
      {
        path: 'rounds',
        handle: crumb((t) => t('nav.evaluationRounds')),
        children: [
          { index: true, element: guarded('evaluation:manage', <EvaluationRoundsPage />) },
          {
            path: ':roundId',
            handle: crumb((t) => t('nav.evaluationRound')),
            element: guarded('evaluation:manage', <EvaluationRoundPage />),
          },
        ],
      },
    ],
  },
  {
    path: 'talent',
    handle: crumb((t) => t('nav.talent')),
    children: [
      { index: true, element: <Navigate to="portraits" replace /> },
      {
        path: 'portraits',
        handle: crumb((t) => t('nav.talentPortraits')),
        children: [
          { index: true, element: guarded('talent:read', <TalentPortraitsPage />) },
          {
            path: ':portraitId',
            handle: crumb((t) => t('nav.talentPortrait')),
            element: guarded('talent:read', <TalentPortraitPage />),
          },
        ],
      },
      {
        // The server checks the person is in the user's scope.
        path: 'people/:personId',
        handle: crumb((t) => t('nav.talentPerson')),
        element: guarded('talent:read', <TalentPersonPage />),
      },
      {
        path: 'import',
        handle: crumb((t) => t('nav.talentImport')),
        element: guarded('talent:manage', <TalentImportPage />),
      },
      {
        // Lists by name, never rankings.
        path: 'tiers',
        handle: crumb((t) => t('nav.talentTiers')),
        element: guarded('talent:read', <TalentTiersPage />),
      },
      {
        path: 'reserve',
        handle: crumb((t) => t('nav.talentReserve')),
        children: [
          { index: true, element: guarded('talent:read', <TalentReservePage />) },
          {
            // The server checks the entry's person is in the user's scope.
            path: ':entryId',
            handle: crumb((t) => t('talent.reserve.entryCrumb')),
            element: guarded('talent:read', <TalentReserveEntryPage />),
          },
        ],
      },
      {
        path: 'me',
        handle: crumb((t) => t('nav.talentMine')),
        element: guarded('self:read', <MyTalentPage />),
      },
    ],
  },
  { path: '*', element: <LazyResultPage kind="404" /> },
];

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootRoute />,
      errorElement: suspended(<RouteError />),
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          // The page a member's phone opens from the organiser's QR code: signed in, without the shell.
          path: '/sign-in/:token',
          element: (
            <RequireAuth>
              <Suspense fallback={<PageSpin />}>
                <SignInPage />
              </Suspense>
            </RequireAuth>
          ),
        },
        {
          // A staff member's one-time rating link (职工群众评价): no session, no shell. The API answers
          // it without signing in, so nothing here redirects to the login page.
          path: '/rate/:token',
          element: (
            <Suspense fallback={<PageSpin />}>
              <StaffRatePage />
            </Suspense>
          ),
        },
        {
          // A year's meetings laid out for the printer, without the shell.
          path: '/print/meetings',
          element: (
            <RequireAuth>
              <Suspense fallback={<PageSpin />}>
                <RequirePermission permission="meeting:read">
                  <PrintMeetingsPage />
                </RequirePermission>
              </Suspense>
            </RequireAuth>
          ),
        },
        {
          path: '/change-password',
          element: (
            <RequireAuth allowPendingPasswordChange>
              <Suspense fallback={<PageSpin />}>
                <ChangePasswordPage />
              </Suspense>
            </RequireAuth>
          ),
        },
        {
          path: '/',
          element: (
            <RequireAuth>
              <Suspense fallback={<PageSpin />}>
                <AppLayout />
              </Suspense>
            </RequireAuth>
          ),
          errorElement: suspended(<RouteError />),
          children: appRoutes,
        },
      ],
    },
  ]);
}
