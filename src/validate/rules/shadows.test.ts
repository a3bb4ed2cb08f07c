import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import { imageName } from './shadows.ts';

const shadowed = (text: string) =>
  validateDesign(parseDesign(text))
    .filter((d) => d.ruleId === 'volume-mount-shadows-image-content')
    .map((d) => d.message);

const pod = (image: string, mountPath: string, source: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: ${image}
      volumeMounts:
        - name: vol
          mountPath: ${mountPath}
${extra}  volumes:
    - name: vol
      ${source}
`;

describe('imageName', () => {
  it.each([
    ['nginx', 'nginx'],
    ['nginx:1.27', 'nginx'],
    ['docker.io/library/nginx:1.27.3', 'nginx'],
    ['localhost:5000/nginx', 'nginx'],
    ['registry.example.com:5000/team/API:1.0', 'api'],
    [`nginx@sha256:${'a'.repeat(64)}`, 'nginx'],
    [`ghcr.io/org/app:v1@sha256:${'b'.repeat(64)}`, 'app'],
  ])('%s is %s', (image, name) => {
    expect(imageName(image)).toBe(name);
  });
});

describe('volume-mount-shadows-image-content', () => {
  it('flags a read-only source over a config directory, whatever its spelling', () => {
    expect(shadowed(pod('nginx:1.27', '/etc/nginx/', 'configMap: {name: conf}'))).toHaveLength(1);
    expect(shadowed(pod('bitnami/nginx:1.27', '/etc', 'secret: {secretName: s}'))).toHaveLength(1);
  });

  it('knows nginx paths only for nginx images', () => {
    expect(shadowed(pod('ghcr.io/example/app:1.0', '/etc/nginx', 'configMap: {name: c}'))).toEqual(
      [],
    );
  });

  it('leaves web roots served from a PVC or a ConfigMap alone', () => {
    const pvc = 'persistentVolumeClaim: {claimName: html}';
    expect(shadowed(pod('nginx:1.27', '/usr/share/nginx/html', pvc))).toEqual([]);
    const page = 'configMap: {name: index}';
    expect(shadowed(pod('nginx:1.27', '/usr/share/nginx/html', page))).toEqual([]);
  });

  it('keeps quiet when another container writes the volume, not when it only reads it', () => {
    const sidecar = (readOnly: boolean) => `    - name: writer
      image: ghcr.io/example/writer:1.0
      volumeMounts:
        - name: vol
          mountPath: /out
          readOnly: ${readOnly}
`;
    const html = '/usr/share/nginx/html';
    expect(shadowed(pod('nginx:1.27', html, 'emptyDir: {}', sidecar(false)))).toEqual([]);
    expect(shadowed(pod('nginx:1.27', html, 'emptyDir: {}', sidecar(true)))).toHaveLength(1);
  });

  it('treats a StatefulSet claim as a PVC, even where a pod volume has its name', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          volumeMounts:
            - name: data
              mountPath: /etc/nginx
      volumes:
        - name: data
          configMap: {name: conf}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;
    expect(shadowed(text)).toEqual([
      expect.stringContaining('volumeClaimTemplate volume "data" mounted over /etc/nginx'),
    ]);
  });
});
