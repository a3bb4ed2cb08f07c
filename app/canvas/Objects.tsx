import { useMemo } from 'react';
import { attachedObjects, type AttachedObject } from '../../src/pod/links.ts';
import { useApp } from '../store/context.tsx';
import {
  selectObjects,
  selectShownValues,
  selectStale,
  selectWorkload,
} from '../store/selectors.ts';

/**
 * The design's other documents (Service, ConfigMap, …), each "<Kind> <name>" with what ties it to
 * the pod: a Service that selects it, the volume that claims a PVC, the env that reads a ConfigMap.
 * Documents that are not Kubernetes objects are shown as foreign.
 */
export function Objects() {
  const objects = useApp(selectObjects);
  const values = useApp(selectShownValues);
  const workload = useApp(selectWorkload);
  const stale = useApp(selectStale);
  // While the text has errors its documents may not line up with the last good view: no links then.
  const attached = useMemo(
    () => attachedObjects(values, objects, stale ? undefined : workload),
    [values, objects, workload, stale],
  );
  if (attached.length === 0) return null;
  return (
    <div
      role="group"
      className="objects"
      aria-labelledby="objects-title"
      // It scrolls under the diagram when long: the keyboard must reach it (axe:
      // scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <h3 id="objects-title" className="lane-title">
        Attached objects
        <span className="lane-count">{attached.length}</span>
      </h3>
      <ul className="objects-list">
        {attached.map((o) => (
          <ObjectItem key={o.document} object={o} />
        ))}
      </ul>
    </div>
  );
}

function ObjectItem({ object: o }: { object: AttachedObject }) {
  const title = o.foreign
    ? `Foreign document ${o.name ?? `#${o.document + 1}`}`
    : `${o.kind} ${o.name ?? `(unnamed, document ${o.document + 1})`}`;
  const summary = o.foreign
    ? 'not a Kubernetes object (no apiVersion or kind)'
    : o.links.length
      ? o.links.join('; ')
      : (o.note ?? 'not linked to the pod');
  return (
    <li
      className="object"
      aria-label={`${title}: ${summary}`}
      data-linked={o.links.length > 0 || undefined}
      data-foreign={o.foreign || undefined}
    >
      <span className="object-name">{title}</span>
      {o.links.length ? (
        <ul className="object-links">
          {o.links.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      {o.note ? (
        <span className="object-note">
          <span aria-hidden="true">⚠ </span>
          {o.note}
        </span>
      ) : o.foreign ? (
        <span className="object-note">
          foreign: not a Kubernetes object (no apiVersion or kind)
        </span>
      ) : o.links.length ? null : (
        <span className="field-hint">not linked to the pod</span>
      )}
    </li>
  );
}
