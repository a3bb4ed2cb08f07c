import type { Role } from './types.ts';

/**
 * The words a role is named with in accessible names and badges ("nginx, main container"). One
 * home for the app, the diagram and the CLI, so a card, its SVG export and a report agree.
 */
export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  main: 'main container',
  sidecar: 'sidecar',
  'native-sidecar': 'native sidecar',
  init: 'init container',
};

/**
 * The role words where every container is listed with its role side by side (`podsmith inspect`,
 * the analysis tables): there a plain "sidecar" reads as either kind, so it is a classic one.
 */
export const LISTED_ROLE_WORDS: Readonly<Record<Role, string>> = {
  ...ROLE_WORDS,
  sidecar: 'classic sidecar',
};
