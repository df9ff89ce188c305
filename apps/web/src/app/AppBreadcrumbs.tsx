import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { isRouteHandle } from './route-handle';

/** Breadcrumbs from the `handle.crumb` of each matched route level. */
export function AppBreadcrumbs() {
  const { t } = useTranslation();
  const matches = useMatches().filter((m) => isRouteHandle(m.handle));
  // Index routes repeat their parent's path: keep the deepest match per path.
  const byPath = new Map(matches.map((m) => [m.pathname.replace(/\/$/, '') || '/', m]));
  const levels = [...byPath.values()];
  const items = levels.map((m, i) => {
    const text = isRouteHandle(m.handle) ? m.handle.crumb(t) : '';
    return { key: m.id, title: i < levels.length - 1 ? <Link to={m.pathname}>{text}</Link> : text };
  });
  return <Breadcrumb items={items} />;
}
