import { createContext, useContext, type ReactNode } from 'react';

export interface Navigation {
  /** Open a section in the main pane (and optionally scroll to a position in it). */
  goToSection(sectionId: string, position?: number): void;
}

const NavigationContext = createContext<Navigation>({ goToSection: () => undefined });

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export const useNavigation = () => useContext(NavigationContext);
