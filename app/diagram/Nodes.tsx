import { memo } from 'react';
import { deepEqual } from '../../src/edit/equal.ts';
import type { HostNode, ObjectNode, PortNode, ServiceNode } from '../../src/diagram/types.ts';
import { useApp } from '../store/context.tsx';
import { boxStyle } from './boxStyle.ts';
import type { AppState } from '../store/index.ts';

const selectContainer = (s: AppState) => s.selectContainer;
const selectTab = (s: AppState) => s.setInspectorTab;

/** A port socket on the pod boundary: selecting it selects the container that declares it. */
export const PortSocket = memo(function PortSocket({ node }: { node: PortNode }) {
  const select = useApp(selectContainer);
  return (
    <button
      type="button"
      className="diagram-node node-port"
      style={boxStyle(node.box)}
      aria-label={node.name}
      title={node.conflicts.length ? node.conflicts.join('\n') : node.name}
      data-node={node.id}
      data-conflict={node.conflict || undefined}
      data-severity={node.badge?.severity}
      onClick={() => select(node.container)}
    >
      {node.conflict ? <span aria-hidden="true">⚠ </span> : null}
      {node.label}
      <Count node={node} />
    </button>
  );
}, deepEqual);

/** A Service of the design in front of the pod: selecting it opens the Service tab. */
export const ServiceBox = memo(function ServiceBox({ node }: { node: ServiceNode }) {
  const showTab = useApp(selectTab);
  return (
    <button
      type="button"
      className="diagram-node node-service"
      style={boxStyle(node.box)}
      aria-label={node.name}
      data-node={node.id}
      data-severity={node.badge?.severity}
      onClick={() => showTab('service')}
    >
      <span className="node-kind">Service · {node.serviceType}</span>
      <span className="node-label">{node.label}</span>
      <Count node={node} />
    </button>
  );
}, deepEqual);

/** What selecting an object node selects: the first volume or container that uses it. */
export type NodeUser = { kind: 'volume' | 'container'; name: string } | undefined;

const selectVolume = (s: AppState) => s.selectVolume;

/**
 * A ConfigMap, Secret or PVC the pod uses (dashed when the design does not hold it): selecting it
 * selects the volume or container that uses it. The node the pod touches: selecting it opens the
 * Pod tab, where host namespaces are set.
 */
export const ObjectBox = memo(function ObjectBox({
  node,
  user,
}: {
  node: ObjectNode | HostNode;
  user?: NodeUser;
}) {
  const missing = node.kind === 'object' && node.document === undefined;
  const showTab = useApp(selectTab);
  const chooseContainer = useApp(selectContainer);
  const chooseVolume = useApp(selectVolume);
  const activate = () => {
    if (node.kind === 'host') showTab('pod');
    else if (user?.kind === 'volume') chooseVolume(user.name);
    else if (user?.kind === 'container') chooseContainer(user.name);
  };
  return (
    <button
      type="button"
      className={`diagram-node node-${node.kind}`}
      style={boxStyle(node.box)}
      aria-label={node.name}
      title={node.kind === 'host' ? node.touches.join(', ') : undefined}
      data-node={node.id}
      data-outside={missing || undefined}
      data-severity={node.badge?.severity}
      onClick={activate}
    >
      <span className="node-kind">{node.kind === 'host' ? 'Node' : node.objectKind}</span>
      <span className="node-label">
        {node.kind === 'host' ? node.touches.join(' · ') : node.label}
      </span>
      <Count node={node} />
    </button>
  );
}, deepEqual);

/** How many findings concern the node, by severity colour and in words. */
function Count({ node }: { node: { badge?: { severity: string; count: number } } }) {
  if (!node.badge) return null;
  const { severity, count } = node.badge;
  return (
    <span className={`node-badge sev-${severity}`}>
      {count}
      <span className="visually-hidden">
        {' '}
        {severity}
        {count === 1 ? '' : 's'}
      </span>
    </span>
  );
}
