import { applyChanges } from '../../src/edit/apply.ts';
import { removeDocument } from '../../src/edit/documents.ts';
import { removeItem, setField } from '../../src/edit/fields.ts';
import {
  addService as addServiceOp,
  addServicePort as addServicePortOp,
  followSelector,
  renameService as renameServiceOp,
  setServiceType as setServiceTypeOp,
  type ServiceType,
} from '../../src/edit/service.ts';
import type { ServiceKind } from '../../src/pod/service.ts';
import type { Path } from '../../src/yaml/path.ts';
import type { EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

// Services: documents of their own beside the workload, edited as the whole design (refused only
// while the text is read or has errors). Fields and selects show refusals inline (quiet); buttons
// notice them.

/** Adds a Service in front of `workload`; `labelPod` labels unlabelled pods in the same step. */
export function addService(
  store: CommandStore,
  service: { workload: number; type: ServiceType; labelPod: boolean },
): EditResult {
  return runCommand(store, {
    on: 'design',
    quiet: true,
    op: (text) => addServiceOp(text, service),
  });
}

/** Removes the Service at document `service`. */
export function removeService(store: CommandStore, service: number): EditResult {
  return runCommand(store, { on: 'design', op: (text) => removeDocument(text, service) });
}

/** Renames a Service, and what refers to it by name. */
export function renameService(store: CommandStore, service: number, name: string): EditResult {
  return runCommand(store, {
    on: 'design',
    quiet: true,
    op: (text) => renameServiceOp(text, { service, name }),
  });
}

/** Sets a Service's type (Headless: `clusterIP: None`). */
export function setServiceType(
  store: CommandStore,
  service: number,
  type: ServiceKind,
): EditResult {
  return runCommand(store, {
    on: 'design',
    quiet: true,
    op: (text) => setServiceTypeOp(text, { service, type }),
  });
}

/** Makes a Service's selector follow the pod labels of `workload`. */
export function followPodLabels(
  store: CommandStore,
  service: number,
  workload: number,
): EditResult {
  return runCommand(store, {
    on: 'design',
    op: (text) => followSelector(text, { service, workload }),
  });
}

/** Makes Service `name` the governing Service of the StatefulSet at document `workload`. */
export function setAsServiceName(store: CommandStore, workload: number, name: string): EditResult {
  return runCommand(store, {
    on: 'design',
    op: (text) =>
      applyChanges(text, workload, [{ type: 'set', path: ['spec', 'serviceName'], value: name }]),
  });
}

/** Adds a port to a Service, aimed at a port of `workload`'s pod. */
export function addServicePort(store: CommandStore, service: number, workload: number): EditResult {
  return runCommand(store, {
    on: 'design',
    op: (text) => addServicePortOp(text, { service, workload }),
  });
}

/** Removes port `index` of a Service (the last one takes `ports` with it, never `spec`). */
export function removeServicePort(store: CommandStore, service: number, index: number): EditResult {
  return runCommand(store, {
    on: 'design',
    op: (text) =>
      removeItem(text, { document: service, path: ['spec', 'ports'], index, keepDepth: 1 }),
  });
}

/**
 * Sets (or with `undefined` removes, pruning up to `base`) one field of any document of the
 * design. Refusals are returned, not noticed.
 */
export function setDocumentField(
  store: CommandStore,
  document: number,
  path: Path,
  value: unknown,
  base: Path,
): EditResult {
  return runCommand(store, {
    on: 'design',
    quiet: true,
    op: (text) => setField(text, { document, path, value, keepDepth: base.length }),
  });
}
