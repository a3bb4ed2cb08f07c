import type { Path } from '../../yaml/path.ts';
import { isDNS1123Label, isQualifiedName, isValidPortNum } from '../apimachinery.ts';
import { isObj, type Obj } from '../context.ts';
import { duplicate, forbidden, invalid, required, type ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { validatePortNumOrName } from './lifecycle.ts';
import { isInt } from './each.ts';

// The ports of a Service, ported from pkg/apis/core/validation/validation.go (validateServicePort
// and the port checks of validateService) as vendored at Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e). Values are read as the API server holds them after
// defaulting (SetDefaults_Service): a missing protocol is TCP, a missing targetPort is the port.

/** The protocol of a port after defaulting (`""` and unset are TCP). */
export function protocolOf(port: Obj): unknown {
  return port.protocol === undefined || port.protocol === null || port.protocol === ''
    ? 'TCP'
    : port.protocol;
}

/**
 * `validateServicePort`: a name (required when there are several ports, a DNS label, unique), a
 * port number, a protocol, a targetPort, an appProtocol that is a qualified name. A targetPort
 * left out is defaulted to the port, whose own error already says what is wrong.
 */
export function validateServicePort(
  sp: Obj,
  requireName: boolean,
  allNames: Set<string>,
  path: Path,
): ErrorList {
  const errs: ErrorList = [];
  const name = sp.name;
  if (requireName && (name === undefined || name === null || name === ''))
    errs.push(required([...path, 'name']));
  else if (typeof name === 'string' && name !== '') {
    errs.push(...isDNS1123Label(name).map((m) => invalid([...path, 'name'], name, m)));
    if (allNames.has(name)) errs.push(duplicate([...path, 'name'], name));
    else allNames.add(name);
  }
  if (isInt(sp.port))
    errs.push(...isValidPortNum(sp.port).map((m) => invalid([...path, 'port'], sp.port, m)));
  // An unknown protocol is the schema's enum error (same values, and a case quick fix).
  // A targetPort that is neither an integer nor a string is the schema's type error.
  const target = sp.targetPort;
  if ((isInt(target) && target !== 0) || (typeof target === 'string' && target !== ''))
    errs.push(...validatePortNumOrName(target, [...path, 'targetPort']));
  if (typeof sp.appProtocol === 'string')
    errs.push(
      ...isQualifiedName(sp.appProtocol).map((m) =>
        invalid([...path, 'appProtocol'], sp.appProtocol, m),
      ),
    );
  return errs;
}

/** `core.ServicePort{Protocol, Port}` as the API server prints it (JSON of the internal type). */
function portKey(protocol: unknown, port: unknown): string {
  return JSON.stringify({
    Name: '',
    Protocol: protocol,
    AppProtocol: null,
    Port: port,
    TargetPort: 0,
    NodePort: 0,
  });
}

/**
 * The checks of `validateService` over the port list: each port (`validateServicePort`), no
 * nodePort on a ClusterIP Service, no (protocol, nodePort) or (protocol, port) pair twice, and,
 * up to 1.32, no LoadBalancer exposing the kubelet's port 10250.
 */
export function validateServicePorts(spec: Obj, type: unknown, k8s: K8sVersion): ErrorList {
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  const errs: ErrorList = [];
  const path = ['spec', 'ports'];
  const names = new Set<string>();
  ports.forEach((p, i) => {
    if (isObj(p)) errs.push(...validateServicePort(p, ports.length > 1, names, [...path, i]));
  });
  if (type === 'LoadBalancer' && !validationChanged('kubeletPortLoadBalancerAllowed', k8s))
    ports.forEach((p, i) => {
      if (isObj(p) && p.port === 10250)
        errs.push(
          invalid(
            [...path, i],
            10250,
            'may not expose port 10250 externally since it is used by kubelet',
          ),
        );
    });
  if (type === 'ClusterIP')
    ports.forEach((p, i) => {
      if (isObj(p) && isInt(p.nodePort) && p.nodePort !== 0)
        errs.push(
          forbidden([...path, i, 'nodePort'], "may not be used when `type` is 'ClusterIP'"),
        );
    });
  const nodePorts = new Set<string>();
  const pairs = new Set<string>();
  ports.forEach((p, i) => {
    if (!isObj(p)) return;
    const protocol = protocolOf(p);
    if (isInt(p.nodePort) && p.nodePort !== 0) {
      const key = `${String(protocol)}/${p.nodePort}`;
      if (nodePorts.has(key)) errs.push(duplicate([...path, i, 'nodePort'], p.nodePort));
      nodePorts.add(key);
    }
    if (!isInt(p.port)) return;
    const key = `${String(protocol)}/${p.port}`;
    if (pairs.has(key))
      errs.push({ path: [...path, i], detail: `Duplicate value: ${portKey(protocol, p.port)}` });
    pairs.add(key);
  });
  return errs;
}
