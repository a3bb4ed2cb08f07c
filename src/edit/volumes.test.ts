import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { designView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addContainer } from './containers.ts';
import { EditError } from './errors.ts';
import {
  addClaimTemplate,
  addVolume,
  freeVolumeName,
  mountVolume,
  removeVolume,
  unmountVolume,
} from './volumes.ts';
import { convertKind } from './workload.ts';

const pod = (t: string) => designView(parseDesign(t)).workloads[0]!;
const nginx = { document: 0, list: 'containers' as const, index: 0 };
const log = { document: 0, list: 'containers' as const, index: 1 };

const shared = (() => {
  let t = addContainer(STARTER_YAML, { document: 0, role: 'sidecar', container: { name: 'log' } });
  t = addVolume(t, { document: 0, name: 'logs', source: 'emptyDir' });
  t = mountVolume(t, {
    document: 0,
    container: nginx,
    volume: 'logs',
    mountPath: '/var/log/nginx',
  });
  t = mountVolume(t, {
    document: 0,
    container: log,
    volume: 'logs',
    mountPath: '/logs',
    readOnly: true,
  });
  return t;
})();

describe('volumes', () => {
  it('adds a volume and mounts it into two containers', () => {
    expect(pod(shared).volumes).toEqual([
      expect.objectContaining({ name: 'logs', source: 'emptyDir', mountedBy: ['nginx', 'log'] }),
    ]);
    const spec = parseDocument(shared).toJS().spec.template.spec;
    expect(spec.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
    expect(spec.containers[1].volumeMounts).toEqual([
      { name: 'logs', mountPath: '/logs', readOnly: true },
    ]);
  });

  it('refuses bad names, duplicates, relative and taken mount paths', () => {
    expect(() => addVolume(shared, { document: 0, name: 'Logs_1', source: 'emptyDir' })).toThrow(
      'not a valid volume name',
    );
    expect(() => addVolume(shared, { document: 0, name: 'logs', source: 'emptyDir' })).toThrow(
      'already a volume',
    );
    expect(() =>
      mountVolume(shared, { document: 0, container: nginx, volume: 'logs', mountPath: 'x' }),
    ).toThrow('absolute');
    expect(() =>
      mountVolume(shared, {
        document: 0,
        container: nginx,
        volume: 'logs',
        mountPath: '/var/log/nginx',
      }),
    ).toThrow(EditError);
    expect(() =>
      mountVolume(shared, { document: 0, container: nginx, volume: 'nope', mountPath: '/x' }),
    ).toThrow('no volume');
  });

  it('removes a volume with all its mounts', () => {
    const out = removeVolume(shared, { document: 0, name: 'logs' });
    expect(out).toBe(
      addContainer(STARTER_YAML, { document: 0, role: 'sidecar', container: { name: 'log' } }),
    );
  });

  it('unmounts one mount', () => {
    const out = unmountVolume(shared, { document: 0, container: log, index: 0 });
    expect(pod(out).volumes[0]!.mountedBy).toEqual(['nginx']);
  });

  it('adds StatefulSet claim templates, counted as volumes', () => {
    const sts = convertKind(STARTER_YAML, 0, 'StatefulSet');
    const out = addClaimTemplate(sts, { document: 0, name: 'data', storage: '8Gi' });
    expect(parseDocument(out).toJS().spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '8Gi' } } },
      },
    ]);
    expect(() => addClaimTemplate(STARTER_YAML, { document: 0, name: 'data' })).toThrow(
      'Only a StatefulSet',
    );
    const mounted = mountVolume(out, {
      document: 0,
      container: nginx,
      volume: 'data',
      mountPath: '/data',
    });
    expect(pod(mounted).volumes[0]!.mountedBy).toEqual(['nginx']);
  });
});

describe('volumes: edges', () => {
  it('picks a free volume name', () => {
    expect(freeVolumeName(pod(shared), 'logs')).toBe('logs-2');
    expect(freeVolumeName(pod(shared), 'cache')).toBe('cache');
  });

  it('mounts with subPath and readOnly, trimming the path', () => {
    const out = mountVolume(shared, {
      document: 0,
      container: log,
      volume: 'logs',
      mountPath: ' /archive ',
      readOnly: true,
      subPath: 'old',
    });
    expect(parseDocument(out).toJS().spec.template.spec.containers[1].volumeMounts[1]).toEqual({
      name: 'logs',
      mountPath: '/archive',
      readOnly: true,
      subPath: 'old',
    });
  });

  it('removes volumeMounts with its last mount, and refuses a mount that is not there', () => {
    const out = unmountVolume(shared, { document: 0, container: nginx, index: 0 });
    expect(parseDocument(out).toJS().spec.template.spec.containers[0].volumeMounts).toBeUndefined();
    expect(() => unmountVolume(out, { document: 0, container: nginx, index: 0 })).toThrow(
      EditError,
    );
  });

  it('removes a claim template with its mounts, and volumeClaimTemplates with the last one', () => {
    const sts = addClaimTemplate(convertKind(STARTER_YAML, 0, 'StatefulSet'), {
      document: 0,
      name: 'data',
    });
    const mounted = mountVolume(sts, {
      document: 0,
      container: nginx,
      volume: 'data',
      mountPath: '/data',
    });
    expect(removeVolume(mounted, { document: 0, name: 'data' })).toBe(
      convertKind(STARTER_YAML, 0, 'StatefulSet'),
    );
    expect(() => removeVolume(mounted, { document: 0, name: 'nope' })).toThrow('no volume');
  });
});
