// Designs for the inspect tests (unit and process), kept in one place so both check the same text.

/**
 * The worked example of validation.md 2.2 as a Deployment "web", in the shape: init-db,
 * the native sidecar mesh-proxy, migrate, then the app with a classic sidecar "log" (the example's
 * log-shipper moved into `containers`: it still runs for the pod's whole life, so the requests
 * stay 1110m CPU and 660Mi memory with the overhead). Every container has a cpu limit (together
 * 1990m, plus the 10m overhead: 2); the app has no memory limit, so the pod has none.
 */
export const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      overhead: {cpu: 10m, memory: 20Mi}
      initContainers:
        - name: init-db
          image: busybox:1.36
          command: ["sh", "-c", "echo ready"]
          resources:
            requests: {cpu: 500m, memory: 256Mi}
            limits: {cpu: 500m}
        - name: mesh-proxy
          image: envoyproxy/envoy:v1.31
          restartPolicy: Always
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 300m}
        - name: migrate
          image: busybox:1.36
          command: ["sh", "-c", "echo migrated"]
          resources:
            requests: {cpu: "1", memory: 512Mi}
            limits: {cpu: "1"}
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {cpu: 1490m}
        - name: log
          image: fluent/fluent-bit:3.1
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {cpu: 200m}
`;

/** `podsmith inspect --format json` of {@link WEB}, as the issue writes it (one line). */
export const WEB_JSON =
  '{"workloads":[{"document":0,"kind":"Deployment","name":"web",' +
  '"containers":[{"name":"init-db","role":"init"},{"name":"mesh-proxy","role":"native-sidecar"},' +
  '{"name":"migrate","role":"init"},{"name":"app","role":"main"},{"name":"log","role":"sidecar"}],' +
  '"resources":{"requests":{"cpu":"1110m","memory":"660Mi"},"limits":{"cpu":"2","memory":null}},' +
  '"qos":"Burstable","startup":[["init-db"],["mesh-proxy"],["migrate"],["app","log"]],' +
  '"shutdown":[["app","log"],["mesh-proxy"]],"ports":[{"container":"app","port":8080,' +
  '"protocol":"TCP","name":"http"}]}]}';

/**
 * A ConfigMap, then a Job (document 1) whose report container exits while a native sidecar tails
 * its log; the sidecar asks for ephemeral storage.
 */
export const REPORT_JOB = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  LOG_LEVEL: info
---
apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: log-tail
          image: busybox:1.36
          restartPolicy: Always
          command: ["sh", "-c", "tail -F /var/log/report.log"]
          resources:
            requests: {ephemeral-storage: 1Gi}
      containers:
        - name: report
          image: busybox:1.36
          command: ["sh", "-c", "echo done"]
          resources:
            requests: {cpu: 100m, memory: 64Mi}
            limits: {cpu: 100m, memory: 64Mi}
`;
