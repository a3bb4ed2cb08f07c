import { describe, expect, it } from 'vitest';
import { designView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { TEMPLATES } from './gallery.ts';

const roles = (id: string) =>
  designView(parseDesign(TEMPLATES.find((t) => t.id === id)!.yaml)).workloads[0]!.containers.map(
    (c) => `${c.name}:${c.role}`,
  );

describe('template gallery', () => {
  it('every template parses and has a workload', () => {
    for (const t of TEMPLATES) {
      const parsed = parseDesign(t.yaml);
      expect(parsed.problems, t.id).toEqual([]);
      expect(designView(parsed).workloads.length, t.id).toBe(1);
    }
  });

  it('shows each pattern with the roles it is about', () => {
    expect(roles('utility-sidecar')).toEqual(['directory:main', 'utility-sidecar:sidecar']);
    expect(roles('log-shipper-classic')).toEqual(['myapp:main', 'logshipper:sidecar']);
    expect(roles('log-shipper-native')).toEqual(['logshipper:native-sidecar', 'myapp:main']);
    expect(roles('job-native-sidecar')).toEqual(['logshipper:native-sidecar', 'myjob:main']);
    const content = designView(
      parseDesign(TEMPLATES.find((t) => t.id === 'content-sidecar')!.yaml),
    );
    expect(content.objects.map((o) => o.kind)).toEqual(['Service']);
  });

  it('shares the volumes the patterns depend on', () => {
    for (const id of [
      'log-shipper-classic',
      'log-shipper-native',
      'content-sidecar',
      'credential-refresher',
      'job-native-sidecar',
    ]) {
      const w = designView(parseDesign(TEMPLATES.find((t) => t.id === id)!.yaml)).workloads[0]!;
      expect(w.volumes[0]!.mountedBy.length, id).toBe(2);
    }
    const sts = designView(parseDesign(TEMPLATES.find((t) => t.id === 'utility-sidecar')!.yaml))
      .workloads[0]!;
    expect(sts.namespaces.shareProcessNamespace).toBe(true);
    expect(sts.volumes.find((v) => v.source === 'volumeClaimTemplate')!.mountedBy).toEqual([
      'directory',
      'utility-sidecar',
    ]);
  });
});
