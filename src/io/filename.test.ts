import { describe, expect, it } from 'vitest';
import { designView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { designBaseName, designFileName } from './filename.ts';

const view = (text: string) => designView(parseDesign(text));
const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers: []\n`;

describe('designFileName', () => {
  it('names the file after the first workload, whatever comes before it', () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: front\n---\n${pod('web')}---\n${pod('other')}`;
    expect(designFileName(view(text), 'yaml')).toBe('web.yaml');
    expect(designFileName(view(text), 'json')).toBe('web.json');
  });

  it('falls back to "design" without a named workload', () => {
    expect(designBaseName(view(''))).toBe('design');
    expect(designBaseName(view('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n'))).toBe(
      'design',
    );
    expect(designBaseName(view('apiVersion: v1\nkind: Pod\nspec: {}\n'))).toBe('design');
    expect(designBaseName(view(pod('"..."')))).toBe('design');
  });

  it('skips a workload without a name for the next one that has one', () => {
    expect(designBaseName(view(`apiVersion: v1\nkind: Pod\nspec: {}\n---\n${pod('b')}`))).toBe('b');
  });

  it('keeps only characters every file system accepts', () => {
    expect(designBaseName(view(pod('"web/api: v2"')))).toBe('web-api-v2');
    expect(designBaseName(view(pod('"../../etc/passwd"')))).toBe('etc-passwd');
    expect(designBaseName(view(pod('"  spaced  "')))).toBe('spaced');
    expect(designBaseName(view(pod('ünïcode')))).toBe('n-code');
    expect(designBaseName(view(pod('x'.repeat(300)))).length).toBe(100);
  });
});
