import { describe, expect, it } from 'vitest';
import { deployment } from '../analysis/network-testing.ts';
import type { Diagnostic, Severity } from '../validate/types.ts';
import type { Path } from '../yaml/path.ts';
import { diagramOfText } from './testing.ts';

const finding = (document: number, path: Path, severity: Severity = 'warning'): Diagnostic => ({
  ruleId: 'test',
  severity,
  message: 'test',
  path,
  document,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
});

const spec = ['spec', 'template', 'spec'];
const POD = deployment(`      containers:
        - name: app
          image: nginx
          ports: [{name: http, containerPort: 8080}]
          volumeMounts:
            - {name: data, mountPath: /data}
        - name: helper
          volumeMounts:
            - {name: data, mountPath: /data}
      volumes:
        - name: data
          emptyDir: {}
`);
const SERVICE = `---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: http}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: unrelated}
`;

describe('badges', () => {
  const badgeOf = (diagnostics: Diagnostic[], id: string) => {
    const d = diagramOfText(POD + SERVICE, { diagnostics });
    return [...d.nodes, ...d.edges].find((x) => x.id === id)?.badge;
  };

  it('puts a finding on the deepest node or edge its path falls under', () => {
    const c1 = [...spec, 'containers', 1];
    expect(badgeOf([finding(0, [...c1, 'image'])], 'container:containers/1')).toEqual({
      severity: 'warning',
      count: 1,
    });
    const mount = [finding(0, [...c1, 'volumeMounts', 0, 'mountPath'], 'error')];
    expect(badgeOf(mount, 'mount:containers/1/0')).toEqual({ severity: 'error', count: 1 });
    expect(badgeOf(mount, 'container:containers/1')).toBeUndefined();
    const port = [finding(0, [...spec, 'containers', 0, 'ports', 0, 'name'], 'info')];
    expect(badgeOf(port, 'port:containers/0/0')).toEqual({ severity: 'info', count: 1 });
    expect(badgeOf([finding(0, [...spec, 'volumes', 0, 'emptyDir'])], 'volume:data')).toBeDefined();
    expect(badgeOf([finding(1, ['spec', 'ports', 0])], 'service:web')).toBeDefined();
  });

  it('shows the worst severity and counts every finding', () => {
    const c0 = [...spec, 'containers', 0];
    const badge = badgeOf(
      [
        finding(0, [...c0, 'image'], 'info'),
        finding(0, c0, 'error'),
        finding(0, [...c0, 'resources']),
      ],
      'container:containers/0',
    );
    expect(badge).toEqual({ severity: 'error', count: 3 });
  });

  it('leaves out findings about nothing drawn', () => {
    const d = diagramOfText(POD + SERVICE, {
      diagnostics: [finding(0, ['spec', 'replicas']), finding(2, ['data']), finding(0, [])],
    });
    expect([...d.nodes, ...d.edges].filter((x) => x.badge)).toEqual([]);
  });

  it('badges what the validator finds: a container without an image', () => {
    const d = diagramOfText(POD);
    const helper = d.nodes.find((n) => n.id === 'container:containers/1')!;
    expect(helper.badge?.severity).toBe('error');
  });
});
