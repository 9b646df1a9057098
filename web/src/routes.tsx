/**
 * The route table and the navigation list: the one place where pages are added.
 *
 * To add a page (case desk, matching, donations, ...):
 *   1. write it under web/src/pages/ (e.g. pages/cases/CaseDeskPage.tsx) as a component taking `RouteProps`;
 *   2. put its GraphQL operations in web/src/api/<feature>.ts with `op<Data, Vars>(...)`;
 *   3. add its texts to BOTH web/src/i18n/zh-CN.json and en.json (same keys; a unit test checks);
 *   4. add an entry below; give it `nav` to show it in the navigation, `signedIn`/`roles` to guard it.
 * More specific paths go before paths with parameters (`/cases/new` before `/cases/:id`).
 */
import type { ComponentType } from 'react';
import type { Role } from './api/operations';
import type { TKey } from './i18n/i18n';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { CreateOrganizationPage } from './pages/CreateOrganizationPage';
import { DeskCasePage } from './pages/desk/DeskCasePage';
import { DeskPage } from './pages/desk/DeskPage';
import { DESK_ROLES } from './pages/desk/regions';
import { ReportPage } from './pages/desk/ReportPage';
import { REFERRAL_ROLES } from './pages/referrals/roles';
import { ReferralsPage } from './pages/referrals/ReferralsPage';
import { CasePage } from './pages/donor/CasePage';
import { CasesPage } from './pages/donor/CasesPage';
import { FundPage } from './pages/funds/FundPage';
import { MyPledgesPage } from './pages/donor/MyPledgesPage';
import { PoolsPage } from './pages/funds/PoolsPage';
import { HelpPage } from './pages/HelpPage';
import { HomePage } from './pages/HomePage';
import { InboxPage } from './pages/inbox/InboxPage';
import { MyInboxPage } from './pages/inbox/MyInboxPage';
import { MePage } from './pages/MePage';
import { OrganizationPage } from './pages/OrganizationPage';
import { OrganizationsPage } from './pages/OrganizationsPage';
import { RegionsPage } from './pages/RegionsPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';

export interface RouteProps {
  /** Path parameters, e.g. `{ id }` for `/organizations/:id`. */
  params: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
}

export interface RouteDef {
  path: string;
  /** Document title. */
  title: TKey;
  component: ComponentType<RouteProps>;
  /** Only for signed-in people; others see the sign-in form and come back here. */
  signedIn?: boolean;
  /** Only for people holding one of these roles (implies signedIn). */
  roles?: readonly Role[];
  /** Show in the main navigation, in ascending `order`. */
  nav?: { order: number; label: TKey };
}

export const routes: RouteDef[] = [
  { path: '/', title: 'home.title', component: HomePage, nav: { order: 0, label: 'nav.home' } },
  { path: '/help', title: 'help.title', component: HelpPage, nav: { order: 10, label: 'nav.help' } },
  { path: '/organizations', title: 'orgs.title', component: OrganizationsPage, nav: { order: 20, label: 'nav.organizations' } },
  { path: '/organizations/new', title: 'orgCreate.title', component: CreateOrganizationPage, signedIn: true },
  { path: '/organizations/:id/inbox', title: 'inbox.title', component: InboxPage, signedIn: true },
  { path: '/organizations/:id', title: 'org.title', component: OrganizationPage },
  { path: '/regions', title: 'regions.title', component: RegionsPage, nav: { order: 30, label: 'nav.regions' } },
  // Anyone signed in may report a person in crisis (the API takes reports from anyone).
  { path: '/report', title: 'report.title', component: ReportPage, signedIn: true, nav: { order: 35, label: 'report.nav' } },
  { path: '/desk', title: 'desk.title', component: DeskPage, roles: DESK_ROLES, nav: { order: 40, label: 'desk.nav' } },
  { path: '/desk/referrals', title: 'referrals.title', component: ReferralsPage, roles: REFERRAL_ROLES, nav: { order: 45, label: 'referrals.nav' } },
  { path: '/desk/cases/:id', title: 'desk.caseTitle', component: DeskCasePage, roles: DESK_ROLES },
  { path: '/inbox', title: 'inbox.title', component: MyInboxPage, roles: ['ORG_MEMBER', 'ORG_ADMIN'], nav: { order: 50, label: 'inbox.nav' } },
  { path: '/cases', title: 'cases.title', component: CasesPage, nav: { order: 60, label: 'nav.cases' } },
  { path: '/cases/:id', title: 'case.title', component: CasePage },
  { path: '/pools', title: 'pools.title', component: PoolsPage, nav: { order: 62, label: 'nav.pools' } },
  { path: '/funds/:id', title: 'fund.title', component: FundPage },
  { path: '/me/pledges', title: 'myPledges.title', component: MyPledgesPage, signedIn: true, nav: { order: 65, label: 'nav.myPledges' } },
  { path: '/me', title: 'me.title', component: MePage, signedIn: true, nav: { order: 90, label: 'nav.me' } },
  { path: '/sign-in', title: 'signIn.title', component: SignInPage },
  { path: '/sign-up', title: 'signUp.title', component: SignUpPage },
  { path: '/invitations/accept', title: 'invite.acceptTitle', component: AcceptInvitationPage },
];

/** Navigation entries the person may use, in order. */
export function navEntries(signedIn: boolean, roles: readonly Role[]): RouteDef[] {
  return routes
    .filter((r) => r.nav && (!r.signedIn || signedIn) && (!r.roles || r.roles.some((role) => roles.includes(role))))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
}
