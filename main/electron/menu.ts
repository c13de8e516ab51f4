import { Menu, type MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuActions, type MenuContext } from './common/menuTemplate';

/** Installs (or rebuilds, when the recent list or open project changes) the application menu. */
export function installMenu(actions: MenuActions, context: MenuContext): void {
  const template = menuTemplate(actions, context) as MenuItemConstructorOptions[];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
