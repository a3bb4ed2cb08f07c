// The pod's part of the field table (see fields.ts for the provider version it was read from):
// containers, probes, volumes, affinity and the pod spec, shared by every workload kind.
import {
  as,
  block,
  blocks,
  bool,
  fields,
  int,
  intOrString,
  list,
  map,
  octal,
  quantity,
  str,
} from './field-kit.ts';

export const metadata = fields({
  name: str,
  generateName: str,
  namespace: str,
  labels: map,
  annotations: map,
});

export const labelSelector = fields({
  matchLabels: map,
  matchExpressions: blocks(
    'match_expressions',
    fields({ key: str, operator: str, values: list() }),
  ),
});

const handler = {
  exec: block(fields({ command: list() })),
  httpGet: block(
    fields({
      host: str,
      path: str,
      port: intOrString,
      scheme: str,
      httpHeaders: blocks('http_header', fields({ name: str, value: str })),
    }),
  ),
  tcpSocket: block(fields({ port: intOrString })),
};

const probe = fields({
  ...handler,
  grpc: block(fields({ port: int, service: str })),
  initialDelaySeconds: int,
  periodSeconds: int,
  timeoutSeconds: int,
  successThreshold: int,
  failureThreshold: int,
});

const seccompProfile = block(fields({ type: str, localhostProfile: str }));
const seLinuxOptions = block(fields({ level: str, role: str, type: str, user: str }));
const keyRef = block(fields({ name: str, key: str, optional: bool }));
const fieldRef = block(fields({ apiVersion: str, fieldPath: str }));
const resourceFieldRef = block(fields({ containerName: str, resource: str, divisor: quantity }));
const nameRef = block(fields({ name: str, optional: bool }));

const container = fields({
  name: str,
  image: str,
  imagePullPolicy: str,
  command: list(),
  args: list(),
  workingDir: str,
  ports: blocks(
    'port',
    fields({
      name: str,
      containerPort: int,
      protocol: str,
      hostIP: as('host_ip', str),
      hostPort: int,
    }),
  ),
  env: blocks(
    'env',
    fields({
      name: str,
      value: str,
      valueFrom: block(
        fields({
          configMapKeyRef: keyRef,
          fieldRef,
          resourceFieldRef,
          secretKeyRef: keyRef,
        }),
      ),
    }),
  ),
  envFrom: blocks('env_from', fields({ prefix: str, configMapRef: nameRef, secretRef: nameRef })),
  resources: block(fields({ limits: map, requests: map })),
  volumeMounts: blocks(
    'volume_mount',
    fields({
      name: str,
      mountPath: str,
      subPath: str,
      subPathExpr: str,
      readOnly: bool,
      mountPropagation: str,
    }),
  ),
  volumeDevices: blocks('volume_device', fields({ name: str, devicePath: str })),
  livenessProbe: block(probe),
  readinessProbe: block(probe),
  startupProbe: block(probe),
  lifecycle: block(fields({ postStart: block(fields(handler)), preStop: block(fields(handler)) })),
  securityContext: block(
    fields({
      runAsUser: int,
      runAsGroup: int,
      runAsNonRoot: bool,
      privileged: bool,
      allowPrivilegeEscalation: bool,
      readOnlyRootFilesystem: bool,
      capabilities: block(fields({ add: list(), drop: list() })),
      seccompProfile,
      seLinuxOptions,
    }),
  ),
  // Provider 3.0.0 and later: `Always` makes an init container a native sidecar.
  restartPolicy: str,
  stdin: bool,
  stdinOnce: bool,
  tty: bool,
  terminationMessagePath: str,
  terminationMessagePolicy: str,
});

const keyToPath = blocks('items', fields({ key: str, path: str, mode: octal }));
const downwardItems = blocks(
  'items',
  fields({ path: str, fieldRef, resourceFieldRef, mode: octal }),
);

export const pvcSpec = fields({
  accessModes: list(),
  resources: block(fields({ limits: map, requests: map })),
  selector: block(labelSelector),
  storageClassName: str,
  volumeMode: str,
  volumeName: str,
});

const volume = fields({
  name: str,
  emptyDir: block(fields({ medium: str, sizeLimit: quantity })),
  configMap: block(fields({ name: str, items: keyToPath, defaultMode: octal, optional: bool })),
  secret: block(fields({ secretName: str, items: keyToPath, defaultMode: octal, optional: bool })),
  persistentVolumeClaim: block(fields({ claimName: str, readOnly: bool })),
  hostPath: block(fields({ path: str, type: str })),
  projected: block(
    fields({
      sources: blocks(
        'sources',
        fields({
          secret: block(fields({ name: str, items: keyToPath, optional: bool })),
          configMap: block(fields({ name: str, items: keyToPath, optional: bool })),
          downwardAPI: as('downward_api', block(fields({ items: downwardItems }))),
          serviceAccountToken: block(fields({ audience: str, expirationSeconds: int, path: str })),
        }),
      ),
      defaultMode: octal,
    }),
  ),
  downwardAPI: as('downward_api', block(fields({ items: downwardItems, defaultMode: octal }))),
  csi: block(
    fields({
      driver: str,
      readOnly: bool,
      fsType: str,
      volumeAttributes: map,
      nodePublishSecretRef: block(fields({ name: str })),
    }),
  ),
  ephemeral: block(
    fields({
      volumeClaimTemplate: block(
        fields({
          metadata: block(fields({ labels: map, annotations: map })),
          spec: block(pvcSpec),
        }),
      ),
    }),
  ),
  nfs: block(fields({ server: str, path: str, readOnly: bool })),
  gitRepo: block(fields({ repository: str, revision: str, directory: str })),
  awsElasticBlockStore: block(
    fields({ volumeID: as('volume_id', str), fsType: str, partition: int, readOnly: bool }),
  ),
  gcePersistentDisk: block(fields({ pdName: str, fsType: str, partition: int, readOnly: bool })),
  azureDisk: block(
    fields({
      diskName: str,
      diskURI: as('data_disk_uri', str),
      cachingMode: str,
      fsType: str,
      readOnly: bool,
      kind: str,
    }),
  ),
  azureFile: block(
    fields({ secretName: str, shareName: str, readOnly: bool, secretNamespace: str }),
  ),
  iscsi: block(
    fields({
      targetPortal: str,
      iqn: str,
      lun: int,
      iscsiInterface: str,
      fsType: str,
      readOnly: bool,
    }),
  ),
});

const nodeSelectorTerm = fields({
  matchExpressions: blocks(
    'match_expressions',
    fields({ key: str, operator: str, values: list() }),
  ),
  matchFields: blocks('match_fields', fields({ key: str, operator: str, values: list() })),
});

const podAffinityTerm = fields({
  labelSelector: block(labelSelector),
  namespaceSelector: block(labelSelector),
  namespaces: list(),
  topologyKey: str,
});

const podAffinity = fields({
  requiredDuringSchedulingIgnoredDuringExecution: blocks(
    'required_during_scheduling_ignored_during_execution',
    podAffinityTerm,
  ),
  preferredDuringSchedulingIgnoredDuringExecution: blocks(
    'preferred_during_scheduling_ignored_during_execution',
    fields({ weight: int, podAffinityTerm: block(podAffinityTerm) }),
  ),
});

const affinity = fields({
  nodeAffinity: block(
    fields({
      requiredDuringSchedulingIgnoredDuringExecution: block(
        fields({ nodeSelectorTerms: blocks('node_selector_term', nodeSelectorTerm) }),
      ),
      preferredDuringSchedulingIgnoredDuringExecution: blocks(
        'preferred_during_scheduling_ignored_during_execution',
        fields({ weight: int, preference: block(nodeSelectorTerm) }),
      ),
    }),
  ),
  podAffinity: block(podAffinity),
  podAntiAffinity: block(podAffinity),
});

export const podSpec = fields({
  initContainers: blocks('init_container', container),
  containers: blocks('container', container),
  volumes: blocks('volume', volume),
  restartPolicy: str,
  terminationGracePeriodSeconds: int,
  activeDeadlineSeconds: int,
  dnsPolicy: str,
  dnsConfig: block(
    fields({
      nameservers: list(),
      searches: list(),
      options: blocks('option', fields({ name: str, value: str })),
    }),
  ),
  nodeSelector: map,
  nodeName: str,
  serviceAccountName: str,
  automountServiceAccountToken: bool,
  enableServiceLinks: bool,
  shareProcessNamespace: bool,
  hostNetwork: bool,
  hostPID: as('host_pid', bool),
  hostIPC: as('host_ipc', bool),
  hostname: str,
  subdomain: str,
  hostAliases: blocks('host_aliases', fields({ ip: str, hostnames: list() })),
  imagePullSecrets: blocks('image_pull_secrets', fields({ name: str })),
  securityContext: block(
    fields({
      runAsUser: int,
      runAsGroup: int,
      runAsNonRoot: bool,
      fsGroup: int,
      fsGroupChangePolicy: str,
      supplementalGroups: list('int'),
      seccompProfile,
      seLinuxOptions,
      sysctls: blocks('sysctl', fields({ name: str, value: str })),
      windowsOptions: block(
        fields({
          gmsaCredentialSpecName: str,
          gmsaCredentialSpec: str,
          runAsUserName: as('run_as_username', str),
          hostProcess: bool,
        }),
      ),
    }),
  ),
  affinity: block(affinity),
  tolerations: blocks(
    'toleration',
    fields({ key: str, operator: str, value: str, effect: str, tolerationSeconds: int }),
  ),
  topologySpreadConstraints: blocks(
    'topology_spread_constraint',
    fields({
      maxSkew: int,
      topologyKey: str,
      whenUnsatisfiable: str,
      labelSelector: block(labelSelector),
      minDomains: int,
      nodeAffinityPolicy: str,
      nodeTaintsPolicy: str,
      matchLabelKeys: list(),
    }),
  ),
  readinessGates: blocks('readiness_gate', fields({ conditionType: str })),
  os: block(fields({ name: str })),
  priorityClassName: str,
  runtimeClassName: str,
  schedulerName: str,
});

export const podTemplate = fields({ metadata: block(metadata), spec: block(podSpec) });
