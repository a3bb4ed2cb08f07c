import type { ContainerView } from '../../pod/types.ts';
import type { Path } from '../../yaml/path.ts';
import {
  entryOf,
  isObj,
  listOf,
  objOf,
  type Obj,
  type Report,
  type WorkloadContext,
} from '../context.ts';
import { capabilityName, isPrivileged, nearest, settable } from './security-shared.ts';

// The container-level checks of the security profile (security-profile.ts): each container of
// the pod is checked, init containers and sidecars of both kinds too, as kube-linter
// (PerContainerCheck over AllContainers) and Polaris (containers and initContainers) do.

/** What one container check sees. */
export interface ContainerCheck {
  ctx: WorkloadContext;
  container: ContainerView;
  raw: Obj;
  report: Report;
  windows: boolean;
}

const SC = 'securityContext';

function finding(at: ContainerCheck, ruleId: string, path: Path, detail: string) {
  return { ruleId, severity: 'info' as const, document: at.ctx.document, path, detail };
}

/** kube-linter privilege-escalation-container, Polaris privilegeEscalationAllowed. */
function privilegeEscalation(at: ContainerCheck): void {
  const sc = objOf(at.raw, SC);
  if (sc.allowPrivilegeEscalation === false) return;
  const path = nearest(at.raw, at.container.path, [SC, 'allowPrivilegeEscalation']);
  const set = sc.allowPrivilegeEscalation === true;
  // The API server refuses allowPrivilegeEscalation: false beside CAP_SYS_ADMIN: no fix then.
  const sysAdmin = listOf(objOf(sc, 'capabilities').add).some(
    (c) => capabilityName(c) === 'SYS_ADMIN',
  );
  at.report({
    ...finding(
      at,
      'security-privilege-escalation',
      path,
      `${set ? 'allowPrivilegeEscalation is true' : 'allowPrivilegeEscalation is not set to false'}: a process of the container can gain more privileges than its parent (setuid binaries, file capabilities); set allowPrivilegeEscalation: false`,
    ),
    ...(sysAdmin || !settable(at.raw, [SC, 'allowPrivilegeEscalation'])
      ? {}
      : { fix: 'disallow-privilege-escalation' as const }),
  });
}

/** kube-linter no-read-only-root-fs, Polaris notReadOnlyRootFilesystem. */
function readOnlyRootFilesystem(at: ContainerCheck): void {
  const sc = objOf(at.raw, SC);
  if (sc.readOnlyRootFilesystem === true) return;
  const path = nearest(at.raw, at.container.path, [SC, 'readOnlyRootFilesystem']);
  at.report({
    ...finding(
      at,
      'security-root-filesystem-writable',
      path,
      `${sc.readOnlyRootFilesystem === false ? 'readOnlyRootFilesystem is false' : 'readOnlyRootFilesystem is not set to true'}: whoever gets into the container can change its programs and leave tools on its filesystem; set readOnlyRootFilesystem: true and mount an emptyDir where the app writes`,
    ),
    ...(settable(at.raw, [SC, 'readOnlyRootFilesystem'])
      ? { fix: 'set-read-only-root-filesystem' as const }
      : {}),
  });
}

/** Polaris insecureCapabilities: dropping every one of these counts as dropping ALL. */
const POLARIS_DROPS = [
  'NET_ADMIN',
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'MKNOD',
  'NET_RAW',
  'SETGID',
  'SETUID',
  'SETFCAP',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'SYS_CHROOT',
  'KILL',
  'AUDIT_WRITE',
];

/** kube-linter drop-net-raw-capability (its drop half), Polaris insecureCapabilities. */
function capabilitiesNotDropped(at: ContainerCheck): void {
  const caps = objOf(objOf(at.raw, SC), 'capabilities');
  const drop = Array.isArray(caps.drop) ? caps.drop : [];
  const dropped = new Set(drop.map(capabilityName));
  if (dropped.has('ALL') || POLARIS_DROPS.every((c) => dropped.has(c))) return;
  const path = nearest(at.raw, at.container.path, [SC, 'capabilities', 'drop']);
  const kept = dropped.has('NET_RAW')
    ? "it drops NET_RAW but keeps the runtime's other default capabilities (CHOWN, SETUID, DAC_OVERRIDE, …)"
    : "it keeps the runtime's default capabilities, NET_RAW among them (raw packets: spoofing and sniffing on the pod network)";
  at.report({
    ...finding(
      at,
      'security-capabilities-not-dropped',
      path,
      `capabilities.drop does not hold ALL: ${kept}; drop ALL and add back only what the app needs`,
    ),
    ...((caps.drop === undefined || caps.drop === null || Array.isArray(caps.drop)) &&
    settable(at.raw, [SC, 'capabilities', 'drop'])
      ? { fix: 'drop-all-capabilities' as const }
      : {}),
  });
}

/** The capabilities the Pod Security Standards' baseline lets a container add. */
const BASELINE_ADDS = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

const WHY_DANGEROUS: Readonly<Record<string, string>> = {
  ALL: 'it grants every capability, as privileged does',
  SYS_ADMIN: 'it is close to root on the node (mounts, namespaces, many kernel interfaces)',
  NET_ADMIN:
    "it lets the container reconfigure the pod's network (interfaces, routes, firewall rules)",
  NET_RAW: 'it lets the container use raw sockets (spoofing and sniffing on the pod network)',
  SYS_PTRACE: "it lets the container trace and read other processes (the node's too, with hostPID)",
  SYS_MODULE: 'it lets the container load kernel modules into the node',
};

/**
 * Polaris dangerousCapabilities (ALL, SYS_ADMIN, NET_ADMIN), kube-linter drop-net-raw-capability
 * (NET_RAW added) and privilege-escalation-container (SYS_ADMIN added); any other capability
 * outside the Pod Security baseline's list is named too.
 */
function capabilitiesAdded(at: ContainerCheck): void {
  const add = objOf(objOf(at.raw, SC), 'capabilities').add;
  listOf(add).forEach((value, i) => {
    const name = capabilityName(value);
    if (name === undefined || BASELINE_ADDS.has(name)) return;
    const why =
      entryOf(WHY_DANGEROUS, name) ?? 'the Pod Security baseline does not allow adding it';
    at.report(
      finding(
        at,
        'security-capabilities-added',
        [...at.container.path, SC, 'capabilities', 'add', i],
        `${JSON.stringify(value)} is added: ${why}; remove it unless the container cannot work without it`,
      ),
    );
  });
}

/** kube-linter unsafe-proc-mount, Polaris procMount. */
function procMount(at: ContainerCheck): void {
  if (objOf(at.raw, SC).procMount !== 'Unmasked') return;
  at.report(
    finding(
      at,
      'security-proc-mount-unmasked',
      [...at.container.path, SC, 'procMount'],
      "procMount is Unmasked: the container sees the parts of /proc the runtime hides (kernel settings, other processes' details); use the default procMount",
    ),
  );
}

/** kube-linter run-as-non-root (its runAsGroup half), for a container's own runAsGroup. */
function runAsGroupRoot(at: ContainerCheck): void {
  if (objOf(at.raw, SC).runAsGroup !== 0) return;
  at.report(
    finding(
      at,
      'security-run-as-group-root',
      [...at.container.path, SC, 'runAsGroup'],
      "runAsGroup is 0: the container's processes run in the root group and can use every file the group may; use a group ID of 1 or more",
    ),
  );
}

/** Polaris hostProcess, for a container's own setting (the pod's is security-pod.ts's). */
function hostProcess(at: ContainerCheck, podHostProcess: boolean): void {
  const own = objOf(objOf(at.raw, SC), 'windowsOptions').hostProcess;
  if (own !== true || podHostProcess) return;
  at.report(
    finding(
      at,
      'security-host-process',
      [...at.container.path, SC, 'windowsOptions', 'hostProcess'],
      "hostProcess: the container runs as a process on the Windows node, with the node's network and file system; run it as a normal container unless it manages the node",
    ),
  );
}

/** Polaris hostPortSet; kube-linter privileged-ports and ssh-port. */
function ports(at: ContainerCheck): void {
  const hostNetwork = at.ctx.spec.hostNetwork === true;
  listOf(at.raw.ports).forEach((port, i) => {
    if (!isObj(port)) return;
    const at_ = [...at.container.path, 'ports', i];
    const { containerPort, hostPort } = port;
    // With hostNetwork every port is the node's: host-namespaces says so once for the pod.
    if (!hostNetwork && typeof hostPort === 'number' && hostPort >= 1 && hostPort <= 65535)
      at.report(
        finding(
          at,
          'security-host-port',
          [...at_, 'hostPort'],
          `the container takes port ${hostPort} of its node: it is reachable at the node's address, and only one such pod fits on a node; reach it through a Service unless it must be on the node's port`,
        ),
      );
    // Ports below 1024 are privileged on Linux only.
    if (
      !at.windows &&
      typeof containerPort === 'number' &&
      containerPort >= 1 &&
      containerPort <= 1023
    ) {
      const ssh =
        containerPort === 22 && (port.protocol === undefined || port.protocol === 'TCP')
          ? "port 22 is SSH's: a container should not run an SSH server (use kubectl exec); and it "
          : `port ${containerPort} `;
      at.report(
        finding(
          at,
          'security-privileged-port',
          [...at_, 'containerPort'],
          `${ssh}is below 1024: binding it takes root or NET_BIND_SERVICE, more privilege than the app needs; listen on 1024 or above and map the port in the Service`,
        ),
      );
    }
  });
}

/** Env var names kube-linter env-var-secret and Polaris sensitiveContainerEnvVar treat as secret. */
const SECRET_NAME =
  /secret|password|token|bearer|^AZURE_.+KEY$|^OCI_CLI_KEY_CONTENT$|^GOOGLE_APPLICATION_CREDENTIALS$/i;
/** Names that hold where a secret is, not the secret: a file, a path, a Secret's name, a URL. */
const POINTER_NAME = /_(FILE|PATH|DIR|NAME|URL|URI)$/i;
/** Values that are no secret: a path, references to other variables, a number, a switch, a URL. */
const PLAIN_VALUE = [
  /^\//,
  /^(\$\([A-Za-z_][A-Za-z0-9_.-]*\))+$/,
  /^(\d+(\.\d+)?[a-z]{0,3}|true|false|yes|no|on|off)$/i,
  /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i,
];
const PRIVATE_KEY = /-BEGIN\s+.*PRIVATE KEY-/i;

/** kube-linter env-var-secret, Polaris sensitiveContainerEnvVar. */
function envLiteralSecret(at: ContainerCheck): void {
  listOf(at.raw.env).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const { name, value } = entry;
    if (typeof name !== 'string' || typeof value !== 'string' || !value.trim()) return;
    const key = PRIVATE_KEY.test(value);
    const named =
      SECRET_NAME.test(name) &&
      !POINTER_NAME.test(name) &&
      !PLAIN_VALUE.some((p) => p.test(value.trim()));
    if (!key && !named) return;
    at.report(
      finding(
        at,
        'security-env-literal-secret',
        [...at.container.path, 'env', i, 'value'],
        `${JSON.stringify(name)} ${key ? 'holds a private key' : 'looks like a secret'} written as a literal value: anyone who can read the ${at.ctx.pod.kind} can read it; take it from a Secret (valueFrom.secretKeyRef) or mount the Secret as a file`,
      ),
    );
  });
}

/** Every container-level check of the profile, for one container. */
export function checkContainer(at: ContainerCheck, podHostProcess: boolean): void {
  ports(at);
  envLiteralSecret(at);
  if (at.windows) {
    hostProcess(at, podHostProcess);
    return;
  }
  runAsGroupRoot(at);
  procMount(at);
  readOnlyRootFilesystem(at);
  // A privileged container has every capability and may escalate anyway: sc-privileged says so.
  if (isPrivileged(at.raw)) return;
  privilegeEscalation(at);
  capabilitiesNotDropped(at);
  capabilitiesAdded(at);
}
