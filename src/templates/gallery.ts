import { STARTER_YAML } from './starter.ts';

/** A starting design in the gallery: one of the sidecar patterns people come with. */
export interface Template {
  id: string;
  title: string;
  /** One sentence on what the pattern is for and what to look at. */
  summary: string;
  yaml: string;
}

const UTILITY_SIDECAR = `# A utility sidecar: the same image as the server, idle until someone runs tools in it.
# It shares the process namespace (to see the server's processes) and the server's volumes.
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: directory
  labels:
    app.kubernetes.io/name: directory
spec:
  serviceName: directory-cluster
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: directory
  template:
    metadata:
      labels:
        app.kubernetes.io/name: directory
      annotations:
        kubectl.kubernetes.io/default-container: directory
    spec:
      shareProcessNamespace: true
      terminationGracePeriodSeconds: 300
      securityContext:
        runAsUser: 9031
        runAsGroup: 0
        fsGroup: 0
      containers:
        - name: directory
          image: pingidentity/pingdirectory:2408
          ports:
            - name: ldaps
              containerPort: 1636
            - name: https
              containerPort: 1443
          readinessProbe:
            exec:
              command: [/opt/readiness.sh]
            periodSeconds: 30
            timeoutSeconds: 5
          resources:
            requests:
              cpu: 50m
              memory: 2Gi
            limits:
              cpu: "2"
              memory: 8Gi
          volumeMounts:
            - name: temp
              mountPath: /tmp
            - name: out-dir
              mountPath: /opt/out
        - name: utility-sidecar
          image: pingidentity/pingdirectory:2408
          command: [tail]
          args: [-f, /dev/null]
          resources:
            requests:
              cpu: "0"
              memory: 128Mi
            limits:
              cpu: "1"
              memory: 2Gi
          volumeMounts:
            - name: temp
              mountPath: /tmp
            - name: out-dir
              mountPath: /opt/out
      volumes:
        - name: temp
          emptyDir: {}
  volumeClaimTemplates:
    - metadata:
        name: out-dir
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 8Gi
`;

const logShipper = (
  native: boolean,
) => `# The app writes a log file; the shipper tails it from a shared emptyDir.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: myapp
  labels:
    app: myapp
spec:
  replicas: 2
  selector:
    matchLabels:
      app: myapp
  template:
    metadata:
      labels:
        app: myapp
    spec:
${
  native
    ? `      # A native sidecar: starts before the app and stops after it.
      initContainers:
        - name: logshipper
          image: alpine:3.20
          restartPolicy: Always
          command: [sh, -c, "tail -F /opt/logs.txt"]
          resources:
            requests:
              cpu: 10m
              memory: 32Mi
            limits:
              memory: 32Mi
          volumeMounts:
            - name: data
              mountPath: /opt
`
    : ''
}      containers:
        - name: myapp
          image: alpine:3.20
          command: [sh, -c, "while true; do echo logging >> /opt/logs.txt; sleep 1; done"]
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 64Mi
          volumeMounts:
            - name: data
              mountPath: /opt
${
  native
    ? ''
    : `        - name: logshipper
          image: alpine:3.20
          command: [sh, -c, "tail -F /opt/logs.txt"]
          resources:
            requests:
              cpu: 10m
              memory: 32Mi
            limits:
              memory: 32Mi
          volumeMounts:
            - name: data
              mountPath: /opt
`
}      volumes:
        - name: data
          emptyDir: {}
`;

const CONTENT_SIDECAR = `# nginx serves what the content sidecar writes into a shared emptyDir.
apiVersion: v1
kind: Pod
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  volumes:
    - name: shared-data
      emptyDir: {}
  containers:
    - name: nginx
      image: docker.io/library/nginx:1.24.0
      imagePullPolicy: IfNotPresent
      ports:
        - name: http
          containerPort: 80
      resources:
        requests:
          cpu: 50m
          memory: 64Mi
        limits:
          memory: 64Mi
      volumeMounts:
        - name: shared-data
          mountPath: /usr/share/nginx/html
    - name: content
      image: docker.io/library/busybox:1.36.0
      imagePullPolicy: IfNotPresent
      command: [/bin/sh]
      args: [-c, "echo 'Hello from the sidecar container!' > /nginx-data/index.html && sleep 3600"]
      resources:
        requests:
          cpu: 10m
          memory: 16Mi
        limits:
          memory: 16Mi
      volumeMounts:
        - name: shared-data
          mountPath: /nginx-data
---
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  type: NodePort
  selector:
    app: nginx
  ports:
    - name: http
      nodePort: 30080
      port: 80
      protocol: TCP
      targetPort: http
`;

const JOB_WITH_SIDECAR = `# A native sidecar does not keep the Job running: it stops once myjob exits.
apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: logshipper
          image: alpine:3.20
          restartPolicy: Always
          command: [sh, -c, "tail -F /opt/logs.txt"]
          resources:
            requests:
              cpu: 10m
              memory: 32Mi
            limits:
              memory: 32Mi
          volumeMounts:
            - name: data
              mountPath: /opt
      containers:
        - name: myjob
          image: alpine:3.20
          command: [sh, -c, "echo logging > /opt/logs.txt"]
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 64Mi
          volumeMounts:
            - name: data
              mountPath: /opt
      volumes:
        - name: data
          emptyDir: {}
`;

const CREDENTIAL_REFRESHER = `# A sidecar refreshes a database token every few minutes into a shared volume the app reads.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: django
  labels:
    app: django
spec:
  replicas: 2
  selector:
    matchLabels:
      app: django
  template:
    metadata:
      labels:
        app: django
    spec:
      enableServiceLinks: false
      containers:
        - name: django
          image: registry.example.com/django:1.8.2
          args: [/start]
          ports:
            - name: django-port
              containerPort: 8000
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 256Mi
          volumeMounts:
            - name: shared-app
              mountPath: /shared
              readOnly: true
        - name: cron
          image: registry.example.com/cron-sidecar:1.8.2
          args: [/start]
          resources:
            requests:
              cpu: 10m
              memory: 64Mi
            limits:
              memory: 64Mi
          volumeMounts:
            - name: shared-app
              mountPath: /shared
      volumes:
        - name: shared-app
          emptyDir:
            medium: Memory
            sizeLimit: 1Mi
`;

const EMPTY_POD = `apiVersion: v1
kind: Pod
metadata:
  name: my-pod
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

/** Every starting design, in the order the gallery shows them. */
export const TEMPLATES: readonly Template[] = [
  {
    id: 'starter',
    title: 'Web server',
    summary: 'One nginx container in a Deployment: the starting point.',
    yaml: STARTER_YAML,
  },
  {
    id: 'utility-sidecar',
    title: 'Utility sidecar (StatefulSet)',
    summary:
      'A tools sidecar sharing the process namespace and a persistent volume with the server.',
    yaml: UTILITY_SIDECAR,
  },
  {
    id: 'log-shipper-classic',
    title: 'Log shipper (classic sidecar)',
    summary: 'The shipper runs beside the app in containers and tails a shared file.',
    yaml: logShipper(false),
  },
  {
    id: 'log-shipper-native',
    title: 'Log shipper (native sidecar)',
    summary:
      'The same shipper as an init container with restartPolicy Always: it starts first and stops last.',
    yaml: logShipper(true),
  },
  {
    id: 'content-sidecar',
    title: 'Content sidecar behind a NodePort',
    summary: 'nginx serves files a sidecar writes into a shared emptyDir.',
    yaml: CONTENT_SIDECAR,
  },
  {
    id: 'job-native-sidecar',
    title: 'Job with a log-shipper sidecar',
    summary: 'A native sidecar lets the Job complete when its main container exits.',
    yaml: JOB_WITH_SIDECAR,
  },
  {
    id: 'credential-refresher',
    title: 'Credential refresher',
    summary: 'A sidecar writes fresh database tokens into an in-memory volume the app reads.',
    yaml: CREDENTIAL_REFRESHER,
  },
  { id: 'empty', title: 'Empty pod', summary: 'A bare Pod with one container.', yaml: EMPTY_POD },
];
