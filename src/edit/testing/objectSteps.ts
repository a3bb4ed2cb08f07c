import { WORKLOADS } from '../../pod/kinds.ts';
import type { WorkloadKind } from '../../pod/types.ts';
import { getPath } from '../../pod/view.ts';
import { nodeAt } from '../../yaml/locate.ts';
import { parseDesign } from '../../yaml/parse.ts';
import type { Path } from '../../yaml/path.ts';
import { removeDocument } from '../documents.ts';
import { removeItem } from '../fields.ts';
import {
  addService,
  addServicePort,
  followSelector,
  renameService,
  setServiceType,
} from '../service.ts';
import {
  addClaimTemplate,
  addVolume,
  mountVolume,
  removeVolume,
  renameVolume,
  unmountVolume,
} from '../volumes.ts';
import { convertKind } from '../workload.ts';
import type { OpSpec } from './arbitraries.ts';
import { pickOf, refOf, regions, step, type Ctx, type Step } from './context.ts';
import type { Region } from './survival.ts';

type ObjectSpec = Extract<
  OpSpec,
  {
    op:
      | 'addVolume'
      | 'addClaimTemplate'
      | 'removeVolume'
      | 'renameVolume'
      | 'mountVolume'
      | 'unmountVolume'
      | 'convertKind'
      | 'addService'
      | 'followSelector'
      | 'setServiceType'
      | 'addServicePort'
      | 'renameService'
      | 'removeDocument';
  }
>;

/** Steps for volumes, kind switches, Services and documents. */
export function objectStep(ctx: Ctx, spec: ObjectSpec): Step | undefined {
  const { text, document, pod, parsed } = ctx;
  const services = ctx.view.objects.filter((o) => o.kind === 'Service').map((o) => o.document);
  switch (spec.op) {
    case 'addVolume':
      return step(ctx, () => addVolume(text, { document, name: spec.name, source: spec.source }), {
        inverse: (after) => removeVolume(after, { document, name: spec.name }),
      });
    case 'addClaimTemplate':
      return step(ctx, () => addClaimTemplate(text, { document, name: spec.name }), {
        inverse: (after) => removeVolume(after, { document, name: spec.name }),
      });
    case 'removeVolume': {
      const volume = pickOf(pod.volumes, spec.pick);
      if (!volume) return undefined;
      const claim = volume.source === 'volumeClaimTemplate';
      const siblings = pod.volumes.filter((v) => (v.source === 'volumeClaimTemplate') === claim);
      const paths: Path[] = [siblings.length === 1 ? volume.path.slice(0, -1) : volume.path];
      for (const c of pod.containers) {
        const mine = c.mounts.flatMap((m, i) => (m.volume === volume.name ? [i] : []));
        if (mine.length && mine.length === c.mounts.length) paths.push([...c.path, 'volumeMounts']);
        else for (const i of mine) paths.push([...c.path, 'volumeMounts', i]);
      }
      return step(ctx, () => removeVolume(text, { document, name: volume.name }), {
        removed: regions(ctx, paths),
      });
    }
    case 'renameVolume': {
      const volume = pickOf(pod.volumes, spec.pick);
      if (!volume) return undefined;
      return step(ctx, () => renameVolume(text, { document, from: volume.name, to: spec.name }), {
        inverse: (after) => renameVolume(after, { document, from: spec.name, to: volume.name }),
      });
    }
    case 'mountVolume': {
      const target = pickOf(pod.containers, spec.pick);
      if (!target) return undefined;
      const volume = pickOf(pod.volumes, spec.volume)?.name ?? 'missing';
      const container = refOf(ctx, target);
      const run = () =>
        mountVolume(text, {
          document,
          container,
          volume,
          mountPath: spec.mountPath,
          readOnly: spec.readOnly,
        });
      return step(ctx, run, {
        inverse: (after) =>
          unmountVolume(after, { document, container, index: target.mounts.length }),
      });
    }
    case 'unmountVolume': {
      const target = pickOf(pod.containers, spec.pick);
      if (!target) return undefined;
      // One past the last mount now and then, to see the refusal.
      const index = spec.index % (target.mounts.length + 1);
      const path =
        target.mounts.length === 1
          ? [...target.path, 'volumeMounts']
          : [...target.path, 'volumeMounts', index];
      const container = refOf(ctx, target);
      return step(ctx, () => unmountVolume(text, { document, container, index }), {
        removed: regions(ctx, [path]),
      });
    }
    case 'convertKind':
      return step(ctx, () => convertKind(text, document, spec.kind), {
        removed: convertKindDrops(ctx, spec.kind),
      });
    case 'addService': {
      const headless = spec.type === 'Headless' && pod.kind === 'StatefulSet';
      return step(ctx, () => addService(text, { workload: document, type: spec.type }), {
        edits: headless ? [document] : [],
        appends: true,
        inverse: headless ? undefined : (after) => removeDocument(after, parsed.documents.length),
      });
    }
    case 'followSelector': {
      const service = pickOf(services, spec.pick);
      if (service === undefined) return undefined;
      return step(ctx, () => followSelector(text, { service, workload: document }), {
        edits: [service],
        removed: regions(ctx, [['spec', 'selector']], service),
      });
    }
    case 'setServiceType': {
      const service = pickOf(services, spec.pick);
      if (service === undefined) return undefined;
      const ports = getPath(parsed.values[service], ['spec', 'ports']);
      const dropped: Path[] = [
        ['spec', 'type'],
        ['spec', 'clusterIP'],
        ['spec', 'externalName'],
        ...(Array.isArray(ports) ? ports : []).map((_, i) => ['spec', 'ports', i, 'nodePort']),
      ];
      return step(ctx, () => setServiceType(text, { service, type: spec.type }), {
        edits: [service],
        removed: regions(ctx, dropped, service),
      });
    }
    case 'addServicePort': {
      const service = pickOf(services, spec.pick);
      if (service === undefined) return undefined;
      const ports = getPath(parsed.values[service], ['spec', 'ports']);
      const path = ['spec', 'ports'];
      const inverse = Array.isArray(ports)
        ? (after: string) => removeItem(after, { document: service, path, index: ports.length })
        : undefined;
      return step(ctx, () => addServicePort(text, { service, workload: document }), {
        edits: [service],
        inverse,
      });
    }
    case 'renameService': {
      const service = pickOf(services, spec.pick);
      if (service === undefined) return undefined;
      const old = getPath(parsed.values[service], ['metadata', 'name']);
      // StatefulSets that named the Service follow it.
      const followers = parsed.values.flatMap((v, i) =>
        getPath(v, ['kind']) === 'StatefulSet' && getPath(v, ['spec', 'serviceName']) === old
          ? [i]
          : [],
      );
      // Renaming back moves every StatefulSet on the new name along, those already on it too.
      const taken = parsed.values.some((v) => getPath(v, ['spec', 'serviceName']) === spec.name);
      const inverse =
        typeof old === 'string' && !taken
          ? (after: string) => renameService(after, { service, name: old })
          : undefined;
      return step(ctx, () => renameService(text, { service, name: spec.name }), {
        edits: [service, ...followers],
        inverse,
      });
    }
    case 'removeDocument': {
      const others = parsed.documents.map((_, i) => i).filter((i) => i !== document);
      const index = pickOf(others, spec.pick);
      if (index === undefined) return undefined;
      const from = index === 0 ? 0 : parsed.documents[index - 1]!.range[2];
      return step(ctx, () => removeDocument(text, index), {
        edits: [],
        removes: index,
        removed: [[from, parsed.documents[index]!.range[2]]],
      });
    }
  }
}

/**
 * What convertKind drops on purpose: spec fields the new kind rejects and a restartPolicy it
 * forbids. A switch that moves the pod template (to or from Pod and CronJob) rebuilds the document
 * around the pod spec node, so only the pod spec keeps its text and comments.
 */
function convertKindDrops(ctx: Ctx, kind: WorkloadKind): Region[] {
  const { parsed, document, pod } = ctx;
  const restartPolicy = regions(ctx, [[...pod.specPath, 'restartPolicy']]);
  if (WORKLOADS[kind].templatePath.join('.') !== pod.templatePath.join('.')) {
    const contents = parsed.documents[document]!.contents!.range!;
    // Only the pod spec's value goes along: the comments above its key stay behind.
    const spec = nodeAt(parsed, document, pod.specPath)?.range;
    const outside: Region[] = spec
      ? [
          [contents[0], spec[0]],
          [spec[1], contents[2]],
        ]
      : [[contents[0], contents[2]]];
    return [...outside, ...restartPolicy];
  }
  let after: unknown;
  try {
    after = parseDesign(convertKind(ctx.text, document, kind)).values[document];
  } catch {
    return restartPolicy;
  }
  const spec = getPath(ctx.value, ['spec']);
  const kept = getPath(after, ['spec']);
  const dropped: Path[] = [];
  if (typeof spec === 'object' && spec !== null && typeof kept === 'object' && kept !== null)
    for (const key of Object.keys(spec)) if (!(key in kept)) dropped.push(['spec', key]);
  return [...regions(ctx, dropped), ...restartPolicy];
}
