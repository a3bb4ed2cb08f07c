import type { CSSProperties } from 'react';
import type { Box } from '../../src/diagram/types.ts';

/** Where the layout puts a box, as CSS for an absolutely placed element inside `origin`. */
export const boxStyle = (b: Box, origin: { x: number; y: number } = { x: 0, y: 0 }) =>
  ({
    left: b.x - origin.x,
    top: b.y - origin.y,
    width: b.width,
    height: b.height,
  }) satisfies CSSProperties;
