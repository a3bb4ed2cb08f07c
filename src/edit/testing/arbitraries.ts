import fc from 'fast-check';
import type { ServiceKind } from '../../pod/service.ts';
import type { Role, WorkloadKind } from '../../pod/types.ts';
import type { Path } from '../../yaml/path.ts';
import type { HandlerKind } from '../handlers.ts';
import type { HookKey } from '../lifecycle.ts';
import type { ProbeKey } from '../probes.ts';
import type { ServiceType } from '../service.ts';
import { VOLUME_SOURCES, type VolumeSource } from '../volumes.ts';
import { DOCUMENTS, FIELDS, fieldValue, LISTS, type Scope } from './samples.ts';

/**
 * One edit, described without knowing the text it will meet: `pick` numbers choose among what
 * exists when the edit runs (modulo the count), so any sequence is meaningful on any design.
 */
export type OpSpec =
  | { op: 'addContainer'; role: Role; index?: number; name: string }
  | { op: 'removeContainer'; pick: number }
  | { op: 'renameContainer'; pick: number; name: string }
  | { op: 'moveContainer'; pick: number; role: Role; index?: number }
  | { op: 'setMainContainer'; pick: number }
  | { op: 'duplicateContainer'; pick: number }
  | { op: 'setField'; scope: Scope; pick: number; path: Path; value: unknown }
  | { op: 'insertItem'; scope: Scope; pick: number; path: Path; value: unknown; index?: number }
  | { op: 'removeItem'; scope: Scope; pick: number; path: Path; index: number }
  | { op: 'addVolume'; name: string; source: VolumeSource }
  | { op: 'addClaimTemplate'; name: string }
  | { op: 'removeVolume'; pick: number }
  | { op: 'mountVolume'; pick: number; volume: number; mountPath: string; readOnly: boolean }
  | { op: 'unmountVolume'; pick: number; index: number }
  | { op: 'convertKind'; kind: WorkloadKind }
  | { op: 'addService'; type: ServiceType }
  | { op: 'followSelector'; pick: number }
  | { op: 'appendDocument'; value: Record<string, unknown> }
  | { op: 'removeDocument'; pick: number }
  | { op: 'placeContainer'; pick: number; role: Role; before: number | 'end' | undefined }
  | { op: 'stepContainer'; pick: number; delta: -1 | 1 }
  | {
      op: 'addPreset';
      preset: number;
      role: 'native-sidecar' | 'sidecar';
      sharedVolume: boolean;
      shareProcessNamespace: boolean;
    }
  | { op: 'setHandler'; pick: number; slot: ProbeKey | HookKey; kind: HandlerKind | null }
  | { op: 'setMapEntry'; map: MapName; key: string; value: string; rename?: number }
  | { op: 'removeMapEntry'; map: MapName; pick: number }
  | {
      op: 'editPodLabel';
      oldKey?: number;
      key?: string;
      value: string;
      followSelector: boolean;
    }
  | { op: 'selectorFromPodLabels' }
  | { op: 'setStrategyType'; type: string | undefined }
  | { op: 'setServiceType'; pick: number; type: ServiceKind }
  | { op: 'addServicePort'; pick: number }
  | { op: 'renameService'; pick: number; name: string }
  | { op: 'renameVolume'; pick: number; name: string };

/** The string maps edited entry by entry: the object's labels and annotations, the pods' annotations. */
export type MapName = 'labels' | 'annotations' | 'template-annotations';

const role = fc.constantFrom<Role>('main', 'sidecar', 'native-sidecar', 'init');
const containerName = fc.constantFrom('app', 'log', 'proxy', 'shop', 'mesh', 'x-1', 'migrate');
const pick = fc.nat(9);
const index = fc.option(fc.nat(4), { nil: undefined });

const scope = fc.constantFrom<Scope>('container', 'podSpec', 'document', 'template');

const setField = scope.chain((s) =>
  fc.record({
    op: fc.constant('setField' as const),
    scope: fc.constant(s),
    pick,
    path: fc.constantFrom(...FIELDS[s]),
    value: fc.oneof(fieldValue, fc.constant(undefined)),
  }),
);

const listScope = fc.constantFrom<Scope>('container', 'podSpec', 'document');
const insertItem = listScope.chain((s) =>
  fc.constantFrom(...LISTS[s]).chain((list) =>
    fc.record({
      op: fc.constant('insertItem' as const),
      scope: fc.constant(s),
      pick,
      path: fc.constant(list.path),
      value: fc.constantFrom(...list.items),
      index,
    }),
  ),
);
const removeItem = listScope.chain((s) =>
  fc.record({
    op: fc.constant('removeItem' as const),
    scope: fc.constant(s),
    pick,
    path: fc.constantFrom(...LISTS[s].map((l) => l.path), ...FIELDS[s]),
    index: fc.nat(3),
  }),
);

const volumeName = fc.constantFrom('cache', 'data', 'logs', 'scratch', 'config', 'Bad_Name');

const key = fc.constantFrom(
  'tier',
  'team',
  'app.kubernetes.io/part-of',
  'with space',
  'note',
  'constructor',
);
const text = fc.constantFrom('x', 'yes', '', '1.0', 'two words', "it's");

/** The ops added with the inspector forms: placing, presets, handlers, maps, labels, Services. */
const moreOps: fc.WeightedArbitrary<OpSpec>[] = [
  {
    arbitrary: fc.record({
      op: fc.constant('placeContainer' as const),
      pick,
      role,
      before: fc.oneof(fc.constant(undefined), fc.constant('end' as const), fc.nat(4)),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('stepContainer' as const),
      pick,
      delta: fc.constantFrom<-1 | 1>(-1, 1),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('addPreset' as const),
      preset: fc.nat(9),
      role: fc.constantFrom<'native-sidecar' | 'sidecar'>('native-sidecar', 'sidecar'),
      sharedVolume: fc.boolean(),
      shareProcessNamespace: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('setHandler' as const),
      pick,
      slot: fc.constantFrom<ProbeKey | HookKey>(
        'livenessProbe',
        'readinessProbe',
        'startupProbe',
        'postStart',
        'preStop',
      ),
      kind: fc.constantFrom<HandlerKind | null>(
        'exec',
        'httpGet',
        'tcpSocket',
        'grpc',
        'sleep',
        null,
      ),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record(
      {
        op: fc.constant('setMapEntry' as const),
        map: fc.constantFrom<MapName>('labels', 'annotations', 'template-annotations'),
        key,
        value: text,
        rename: fc.nat(4),
      },
      { requiredKeys: ['op', 'map', 'key', 'value'] },
    ),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('removeMapEntry' as const),
      map: fc.constantFrom<MapName>('labels', 'annotations', 'template-annotations'),
      pick,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record(
      {
        op: fc.constant('editPodLabel' as const),
        oldKey: fc.nat(4),
        key,
        value: text,
        followSelector: fc.boolean(),
      },
      { requiredKeys: ['op', 'value', 'followSelector'] },
    ),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('selectorFromPodLabels' as const) }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('setStrategyType' as const),
      type: fc.constantFrom('RollingUpdate', 'Recreate', 'OnDelete', undefined),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('setServiceType' as const),
      pick,
      type: fc.constantFrom<ServiceKind>(
        'ClusterIP',
        'NodePort',
        'LoadBalancer',
        'Headless',
        'ExternalName',
      ),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('addServicePort' as const), pick }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('renameService' as const),
      pick,
      name: fc.constantFrom('web', 'front', 'shop-svc'),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant('renameVolume' as const), pick, name: volumeName }),
    weight: 1,
  },
];

/** Any edit the designer offers, weighted towards the ones with the most ways to go wrong. */
export const opSpec: fc.Arbitrary<OpSpec> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('addContainer' as const),
      role,
      index,
      name: containerName,
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('removeContainer' as const), pick }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant('renameContainer' as const),
      pick,
      name: containerName,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant('moveContainer' as const), pick, role, index }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('setMainContainer' as const), pick }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('duplicateContainer' as const), pick }), weight: 1 },
  { arbitrary: setField, weight: 4 },
  { arbitrary: insertItem, weight: 2 },
  { arbitrary: removeItem, weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant('addVolume' as const),
      name: volumeName,
      source: fc.constantFrom(...(Object.keys(VOLUME_SOURCES) as VolumeSource[])),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ op: fc.constant('addClaimTemplate' as const), name: volumeName }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('removeVolume' as const), pick }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant('mountVolume' as const),
      pick,
      volume: pick,
      mountPath: fc.constantFrom('/data', '/var/log', '/cache', '/tmp', 'relative', ' /padded '),
      readOnly: fc.boolean(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ op: fc.constant('unmountVolume' as const), pick, index: fc.nat(2) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('convertKind' as const),
      kind: fc.constantFrom<WorkloadKind>(
        'Pod',
        'Deployment',
        'StatefulSet',
        'DaemonSet',
        'Job',
        'CronJob',
      ),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('addService' as const),
      type: fc.constantFrom<ServiceType>('ClusterIP', 'NodePort', 'Headless'),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('followSelector' as const), pick }), weight: 1 },
  ...moreOps,
  {
    arbitrary: fc.record({
      op: fc.constant('appendDocument' as const),
      value: fc.constantFrom(...DOCUMENTS),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('removeDocument' as const), pick }), weight: 1 },
);
