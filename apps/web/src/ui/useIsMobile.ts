import { Grid } from 'antd';

/** Phones (below Ant Design's `md`, 768 px): menus become drawers and tables become cards. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a desktop.
  return screens.md === false;
}
