import type { Role } from '../src/pod/types.ts';

export { ROLE_WORDS } from '../src/pod/roles.ts';

/** Palette entries, in palette order. */
export const PALETTE: { role: Role; label: string; hint: string }[] = [
  { role: 'main', label: 'Main container', hint: 'The app the pod exists for' },
  { role: 'native-sidecar', label: 'Native sidecar', hint: 'Starts first, runs alongside' },
  { role: 'sidecar', label: 'Classic sidecar', hint: 'Runs beside the main container' },
  { role: 'init', label: 'Init container', hint: 'Runs to completion before start' },
];
