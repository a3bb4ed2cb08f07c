// The design `npm run bench` lints: many small apps as teams write them, each a ConfigMap, a
// Deployment whose pod runs the app with two sidecars (an Envoy proxy and a Fluent Bit log
// shipper), and a Service. Good practice throughout (probes, resources, a hardened security
// context), so the rules walk everything and report little: the time is the rules', not the
// formatting of thousands of findings. src/cli/workload.test.ts checks it stays free of errors
// and warnings.

const configMap = (app) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  labels:
    app.kubernetes.io/name: ${app}
data:
  LOG_LEVEL: info
  UPSTREAM_URL: http://${app}-backend:8080
  fluent-bit.conf: |
    [INPUT]
        Name tail
        Path /var/log/app/*.log
    [OUTPUT]
        Name stdout
        Match *
`;

const probe = (kind, port, path) => `          ${kind}:
            httpGet:
              path: ${path}
              port: ${port}
            periodSeconds: 10
            timeoutSeconds: 2
            failureThreshold: 3
`;

const resources = (cpu, memory) => `          resources:
            requests:
              cpu: ${cpu}
              memory: ${memory}
            limits:
              cpu: ${cpu}
              memory: ${memory}
`;

const hardened = `          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
`;

const deployment = (app, i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  labels:
    app.kubernetes.io/name: ${app}
    app.kubernetes.io/part-of: shop
spec:
  replicas: 3
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: ${app}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 1
      maxSurge: 1
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${app}
        app.kubernetes.io/part-of: shop
      annotations:
        kubectl.kubernetes.io/default-container: app
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: ${app}
      terminationGracePeriodSeconds: 30
      containers:
        - name: app
          image: registry.example.com/shop/${app}:1.${i % 40}.${i % 7}
          imagePullPolicy: IfNotPresent
          args: ["--listen=:8080", "--log-dir=/var/log/app"]
          ports:
            - name: http
              containerPort: 8080
            - name: metrics
              containerPort: 9090
          envFrom:
            - configMapRef:
                name: ${app}-config
          env:
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: GOMAXPROCS
              value: "2"
${probe('readinessProbe', 'http', '/ready')}${probe('livenessProbe', 'http', '/healthz')}${resources('500m', '512Mi')}${hardened}          volumeMounts:
            - name: logs
              mountPath: /var/log/app
            - name: tmp
              mountPath: /tmp
        - name: envoy
          image: envoyproxy/envoy:v1.31.2
          args: ["--config-path", "/etc/envoy/envoy.yaml"]
          ports:
            - name: proxy
              containerPort: 15001
            - name: envoy-admin
              containerPort: 15000
${probe('readinessProbe', 'envoy-admin', '/ready')}${probe('livenessProbe', 'envoy-admin', '/server_info')}${resources('200m', '128Mi')}${hardened}          volumeMounts:
            - name: envoy-config
              mountPath: /etc/envoy
              readOnly: true
        - name: log-shipper
          image: fluent/fluent-bit:3.1.9
          ports:
            - name: fb-http
              containerPort: 2020
${probe('readinessProbe', 'fb-http', '/api/v1/health')}${probe('livenessProbe', 'fb-http', '/')}${resources('100m', '64Mi')}${hardened}          volumeMounts:
            - name: logs
              mountPath: /var/log/app
              readOnly: true
            - name: fluent-bit-config
              mountPath: /fluent-bit/etc
              readOnly: true
      volumes:
        - name: logs
          emptyDir:
            sizeLimit: 1Gi
        - name: tmp
          emptyDir: {}
        - name: envoy-config
          configMap:
            name: shop-envoy
        - name: fluent-bit-config
          configMap:
            name: ${app}-config
            items:
              - key: fluent-bit.conf
                path: fluent-bit.conf
`;

const service = (app) => `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  labels:
    app.kubernetes.io/name: ${app}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${app}
  ports:
    - name: http
      port: 80
      targetPort: http
    - name: metrics
      port: 9090
      targetPort: metrics
`;

/**
 * A multi-document YAML text of exactly `documents` documents (default 1,000): ConfigMap,
 * Deployment (3 containers), Service, for app after app.
 * @param {number} [documents]
 * @returns {string}
 */
export function lintWorkload(documents = 1000) {
  const parts = [];
  for (let i = 0; parts.length < documents; i++) {
    const app = `shop-${String(i).padStart(3, '0')}`;
    for (const doc of [configMap(app), deployment(app, i), service(app)]) {
      if (parts.length < documents) parts.push(doc);
    }
  }
  return parts.join('---\n');
}
