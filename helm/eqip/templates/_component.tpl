{{/*
One component's Deployment, Service and environment, for every row of "eqip.components".
Context of every template here: dict "root" $ "component" <name>.
*/}}

{{- define "eqip.deployment" -}}
{{- $root := .root -}}
{{- $name := .component -}}
{{- $c := index $root.Values $name -}}
{{- $traits := index (include "eqip.components" $root | fromYaml) $name -}}
{{- $annotations := dict -}}
{{- if or $traits.database $traits.messaging -}}
{{- /* new passwords or a new AMQP URI in the chart's Secret restart the pods that read them */ -}}
{{- $_ := set $annotations "checksum/credentials" (include (print $root.Template.BasePath "/secret.yaml") $root | sha256sum) -}}
{{- end -}}
{{- $annotations = merge $annotations ($root.Values.podAnnotations | default dict) -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "eqip.componentFullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "eqip.labels" . | nindent 4 }}
spec:
  replicas: {{ int $c.replicaCount }}
  revisionHistoryLimit: 3
  selector:
    matchLabels:
      {{- include "eqip.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "eqip.labels" . | nindent 8 }}
      {{- with $annotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      # the services never call the Kubernetes API
      automountServiceAccountToken: false
      # no <SERVICE>_PORT variables: Micronaut would read EQIP_REGISTRY_PORT=tcp://... as configuration
      enableServiceLinks: false
      {{- with $root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . | quote }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ $name }}
          image: {{ include "eqip.image" . | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          env:
            {{- include "eqip.env" . | nindent 12 }}
          startupProbe:
            httpGet:
              path: {{ $root.Values.probes.livenessPath }}
              port: http
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
          readinessProbe:
            httpGet:
              path: {{ $root.Values.probes.readinessPath }}
              port: http
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
          livenessProbe:
            httpGet:
              path: {{ $root.Values.probes.livenessPath }}
              port: http
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
          resources:
            {{- toYaml ($c.resources | default $root.Values.resources) | nindent 12 }}
          securityContext:
            {{- toYaml $root.Values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            # the only writable path (readOnlyRootFilesystem): JVM and Netty temporary files
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $root.Values.tmpSizeLimit }}
      {{- with $root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{- define "eqip.service" -}}
{{- $root := .root -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "eqip.componentFullname" . }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "eqip.labels" . | nindent 4 }}
spec:
  type: {{ $root.Values.service.type }}
  selector:
    {{- include "eqip.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $root.Values.service.port }}
      targetPort: http
      protocol: TCP
{{- end -}}

{{/* The environment of a component: what its application.yml reads (see the services' READMEs). */}}
{{- define "eqip.env" -}}
{{- $root := .root -}}
{{- $name := .component -}}
{{- $c := index $root.Values $name -}}
{{- $traits := index (include "eqip.components" $root | fromYaml) $name -}}
- name: MICRONAUT_SERVER_PORT
  value: "8080"
- name: EQIP_SERVICE_NAME
  value: {{ $traits.serviceName | quote }}
- name: EQIP_LOG_LEVEL
  value: {{ $root.Values.logLevel | quote }}
- name: JAVA_TOOL_OPTIONS
  value: {{ $root.Values.javaToolOptions | quote }}
- name: EQIP_ISSUER
  value: {{ $root.Values.keycloak.issuer | quote }}
- name: EQIP_JWKS_URL
  value: {{ include "eqip.jwksUrl" $root | quote }}
{{- if $traits.database }}
{{- $database := index $root.Values.database $name }}
- name: EQIP_DB_URL
  value: {{ include "eqip.databaseUrl" . | quote }}
- name: EQIP_DB_USER
  value: {{ $database.username | quote }}
- name: EQIP_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "eqip.databaseSecretName" $root }}
      key: {{ $database.passwordKey }}
- name: EQIP_DB_POOL
  value: {{ $root.Values.database.poolSize | quote }}
{{- end }}
{{- if $traits.messaging }}
- name: EQIP_RABBITMQ_URI
  valueFrom:
    secretKeyRef:
      name: {{ include "eqip.rabbitmqSecretName" $root }}
      key: {{ $root.Values.rabbitmq.uriKey }}
- name: EQIP_EXCHANGE
  value: {{ $root.Values.rabbitmq.exchange | quote }}
{{- end }}
{{- if $traits.queue }}
- name: EQIP_QUEUE_PREFIX
  value: {{ $root.Values.rabbitmq.queuePrefix | quote }}
{{- end }}
{{- range $called := $traits.calls }}
- name: {{ printf "EQIP_%s_URL" (upper $called) }}
  value: {{ printf "http://%s:%v" (include "eqip.componentFullname" (dict "root" $root "component" $called)) $root.Values.service.port | quote }}
{{- end }}
{{- if hasKey $c "demo" }}
- name: EQIP_DEMO
  value: {{ $c.demo | quote }}
{{- end }}
{{- with $c.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}
