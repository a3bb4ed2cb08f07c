// A design whose strings YAML 1.1 (Helm's go-yaml) and YAML 1.2 (Podsmith) read differently when
// plain, or that Go's template engine would take for actions, for the chart tests.
export const HOSTILE_DESIGN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tricky-app
  labels:
    app: tricky
    "on": "yes"
  annotations:
    note: "{{ .Values.secret }} and {{- trimmed -}}"
    octal: "0644"
    "<<": merge
spec:
  replicas: 0
  selector:
    matchLabels:
      app: tricky
  template:
    metadata:
      labels:
        app: tricky
    spec:
      containers:
        - env:
            - name: FLAGS
              value: "on"
            - name: RATIO
              value: "1e3"
            - name: BIG
              value: "1_000"
            - name: CLOCK
              value: "12:30"
            - name: EMPTY
              value: ""
            - name: TILDE
              value: "~"
            - name: "N"
              value: "n"
            - name: HEX
              value: "0x1F"
            - name: DATE
              value: "2026-12-08"
            - name: SCRIPT
              value: |
                echo "{{ not a template }}"
                  indented: line
          name: app
          image: localhost:5000/team/app:1.10
          args: ["--level", "off", "--greeting", "héllo wörld ☸", "{{x}}", "'quoted'"]
          resources:
            limits:
              cpu: 0.5
              memory: 134217728
        - name: digest-only
          image: ghcr.io/example/tool@sha256:0123456789abcdef
          command: ["null", "true", "Yes", ".inf"]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: tricky-config
data:
  "yes": "no"
  empty: ""
  template.tpl: "{{ define \\"x\\" }}{{ end }}"
  multi: |-
    first
    ---
    after a separator
`;
