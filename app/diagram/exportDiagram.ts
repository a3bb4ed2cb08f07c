import { diagramOf } from '../../src/diagram/layout.ts';
import { diagramSvg } from '../../src/diagram/svg.ts';
import type { AppState } from '../store/index.ts';
import { diagramInput } from './useDiagram.ts';

/**
 * The shown workload's diagram as a standalone SVG, light theme: the picture `podsmith diagram`
 * writes for the same design. `undefined` when the design has no workload.
 */
export function diagramSvgOf(
  s: AppState,
): { svg: string; width: number; height: number } | undefined {
  const input = diagramInput(s);
  if (!input) return undefined;
  const diagram = diagramOf(input);
  return { svg: diagramSvg(diagram), width: diagram.width, height: diagram.height };
}

/**
 * The SVG drawn into a PNG at `scale` (2: sharp on high-density screens). The SVG is loaded as a
 * `data:` image (the page's policy allows those), so nothing leaves the page.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw into a canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG made'))), 'image/png'),
  );
}
