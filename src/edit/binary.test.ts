import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { convertKind } from './workload.ts';

// Found by fuzzing: writing a `!!binary` value anew (a kind switch writes the whole document)
// threw "Invalid array length" from the yaml library, since the renderer asked for no line width.

const POD = (data: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    blob: !!binary ${data}
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

describe('a !!binary value', () => {
  it('survives an edit that writes it anew, short or long', () => {
    for (const data of ['aGVsbG8=', 'QUJD'.repeat(60)]) {
      const out = convertKind(POD(data), 0, 'Deployment');
      const parsed = parseDesign(out);
      expect(parsed.problems).toEqual([]);
      const blob = (parsed.values[0] as any).metadata.annotations.blob as Uint8Array;
      expect(Buffer.from(blob).toString('base64')).toBe(data);
    }
  });
});
