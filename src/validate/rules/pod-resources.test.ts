import { describe, expect, it } from 'vitest';
import type { ErrorList } from '../field.ts';
import {
  aggregateContainers,
  podResources,
  validatePodResourceConsistency,
  validatePodResources,
} from './pod-resources.ts';
import { lint, pod } from './testing.ts';

const shown = (errs: ErrorList) => errs.map((e) => `${e.path.join('.')}: ${e.detail}`);

describe('pod-level resources', () => {
  const spec = {
    resources: { requests: { cpu: '1' }, limits: { cpu: '2', 'hugepages-2Mi': '2Mi' } },
    initContainers: [
      { name: 'sidecar', restartPolicy: 'Always', resources: { requests: { cpu: '500m' } } },
      { name: 'init', resources: { requests: { cpu: '3' } } },
    ],
    containers: [
      {
        name: 'a',
        resources: { requests: { cpu: '250m' }, limits: { cpu: '3', 'hugepages-2Mi': '4Mi' } },
      },
    ],
  };

  it('aggregates like the scheduler: the larger of running containers and each init phase', () => {
    expect(aggregateContainers(spec, 'requests', false).get('cpu')?.text).toBe('3500m');
    expect(
      aggregateContainers({ containers: spec.containers }, 'requests', false).get('cpu')?.text,
    ).toBe('250m');
  });

  it('validatePodResourceConsistency compares the pod with its containers', () => {
    expect(shown(validatePodResourceConsistency(spec, ['r'], false))).toEqual([
      'r.requests.cpu: Invalid value: "1": must be greater than or equal to aggregate container requests of 3500m',
      'r.limits.hugepages-2Mi: Invalid value: "2Mi": must be greater than or equal to aggregate container limits of 4Mi',
      'r.containers.0.cpu.limits: Invalid value: "3": must be less than or equal to pod limits of 2',
      'r.containers.0.hugepages-2Mi.limits: Invalid value: "4Mi": must be less than or equal to pod limits of 2Mi',
    ]);
    const fits = {
      resources: { limits: { cpu: '2' } },
      containers: [{ resources: { requests: { cpu: '1' } } }],
    };
    expect(shown(validatePodResourceConsistency(fits, ['r'], true))).toEqual([]);
  });

  it('on a Pod, a defaulted pod request above the pod limit is refused', () => {
    const over = {
      resources: { limits: { cpu: '1' } },
      containers: [{ resources: { requests: { cpu: '2' } } }],
    };
    expect(shown(validatePodResourceConsistency(over, ['r'], true))).toEqual([
      'r.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
    ]);
    expect(shown(validatePodResourceConsistency(over, ['r'], false))).toEqual([]);
  });

  it('validatePodResources: not on Windows, no claims', () => {
    expect(
      shown(
        validatePodResources({ os: { name: 'windows' }, resources: {} }, ['s'], undefined, true),
      ),
    ).toEqual(['s.resources: Forbidden: may not be set for a windows pod']);
    expect(
      shown(validatePodResources({ resources: { claims: [] } }, ['s'], undefined, true)),
    ).toEqual(['s.resources.claims: Forbidden: claims may not be set for Resources at pod-level']);
  });
});

describe('pod-resources-invalid', () => {
  it('reports pod-level resources from 1.34 only', () => {
    const text = pod(`  resources:
    requests:
      memory: 64Mi
  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          memory: 128Mi
`);
    expect(lint(text, podResources.ids)).toEqual([
      'error pod-resources-invalid spec.resources.requests.memory: Invalid value: "64Mi": must be greater than or equal to aggregate container requests of 128Mi',
    ]);
    expect(lint(text, podResources.ids, '1.33')).toEqual([]);
  });
});
