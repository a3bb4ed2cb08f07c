import type { Role } from '../src/pod/types.ts';

/** The words a role is named with in accessible names and badges ("nginx, main container"). */
export const ROLE_WORDS: Record<Role, string> = {
  main: 'main container',
  sidecar: 'sidecar',
  'native-sidecar': 'native sidecar',
  init: 'init container',
};

/** Palette entries, in palette order. */
export const PALETTE: { role: Role; label: string; hint: string }[] = [
  { role: 'main', label: 'Main container', hint: 'The app the pod exists for' },
  { role: 'native-sidecar', label: 'Native sidecar', hint: 'Starts first, runs alongside' },
  { role: 'sidecar', label: 'Classic sidecar', hint: 'Runs beside the main container' },
  { role: 'init', label: 'Init container', hint: 'Runs to completion before start' },
];
