{{/*
The five components and what each one needs. The Deployments, Services and environment variables
are generated from this table (templates/_component.tpl), never written out five times.
  serviceName  EQIP_SERVICE_NAME, as in the local run (infra/eqip.sh)
  database     has a schema: EQIP_DB_URL, EQIP_DB_USER, EQIP_DB_PASSWORD, EQIP_DB_POOL
  messaging    publishes or consumes events: EQIP_RABBITMQ_URI, EQIP_EXCHANGE
  queue        consumes events from its own queue: EQIP_QUEUE_PREFIX
  calls        components it calls over HTTP: EQIP_<NAME>_URL
*/}}
{{- define "eqip.components" -}}
gateway:
  serviceName: gateway
  database: false
  messaging: false
  queue: false
  calls: [registry, plans, monitoring, reporting]
registry:
  serviceName: registry-service
  database: true
  messaging: true
  queue: false
  calls: []
plans:
  serviceName: plans-service
  database: true
  messaging: true
  queue: false
  calls: [registry]
monitoring:
  serviceName: monitoring-service
  database: true
  messaging: true
  queue: true
  calls: []
reporting:
  serviceName: reporting-service
  database: true
  messaging: true
  queue: true
  calls: []
{{- end -}}

{{/* Chart name, or nameOverride. */}}
{{- define "eqip.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Prefix of every resource name: <release>-eqip (just <release> if it already contains the name). */}}
{{- define "eqip.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of a component's Deployment and Service. Context: dict root, component. */}}
{{- define "eqip.componentFullname" -}}
{{- printf "%s-%s" (include "eqip.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels. Context: dict root, component (component may be empty). */}}
{{- define "eqip.selectorLabels" -}}
app.kubernetes.io/name: {{ include "eqip.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- if .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end -}}

{{/* Labels of every resource. Context: dict root, component (component may be empty). */}}
{{- define "eqip.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "eqip.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: eqip
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Image tag of a component: its own image.tag, else image.tag. Context: dict root, component. */}}
{{- define "eqip.imageTag" -}}
{{- $c := index .root.Values .component -}}
{{- $tag := (($c).image).tag | default .root.Values.image.tag -}}
{{- if $tag -}}{{- toString $tag | trim -}}{{- end -}}
{{- end -}}

{{/* <image.registry>/<repository>:<tag>. Context: dict root, component. */}}
{{- define "eqip.image" -}}
{{- $c := index .root.Values .component -}}
{{- $registry := .root.Values.image.registry | default "" | trimSuffix "/" -}}
{{- $repository := $c.image.repository -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry $repository (include "eqip.imageTag" .) -}}
{{- else -}}
{{- printf "%s:%s" $repository (include "eqip.imageTag" .) -}}
{{- end -}}
{{- end -}}

{{/* The Secret created by the chart for the credentials not taken from an existing Secret. */}}
{{- define "eqip.credentialsSecretName" -}}
{{- printf "%s-credentials" (include "eqip.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "eqip.databaseSecretName" -}}
{{- .Values.database.existingSecret | default (include "eqip.credentialsSecretName" .) -}}
{{- end -}}

{{- define "eqip.rabbitmqSecretName" -}}
{{- .Values.rabbitmq.existingSecret | default (include "eqip.credentialsSecretName" .) -}}
{{- end -}}

{{- define "eqip.jwksUrl" -}}
{{- .Values.keycloak.jwksUrl | default (printf "%s/protocol/openid-connect/certs" (trimSuffix "/" .Values.keycloak.issuer)) -}}
{{- end -}}

{{/* JDBC URL of a service's schema. Context: dict root, component. */}}
{{- define "eqip.databaseUrl" -}}
{{- $database := .root.Values.database -}}
{{- $schema := (index $database .component).schema -}}
{{- printf "jdbc:mysql://%s:%v/%s" $database.host $database.port $schema -}}
{{- with $database.parameters }}?{{ . }}{{ end -}}
{{- end -}}

{{/*
Fails the rendering with every impossible combination of values at once, one line each.
Called from templates/deployments.yaml, so `helm template`, `helm lint` and `helm install` all stop.
*/}}
{{- define "eqip.validateValues" -}}
{{- $messages := list -}}
{{- $messages = append $messages (include "eqip.validateValues.replicas" . | trim) -}}
{{- $messages = append $messages (include "eqip.validateValues.imageTags" . | trim) -}}
{{- $messages = append $messages (include "eqip.validateValues.databasePasswords" . | trim) -}}
{{- $messages = append $messages (include "eqip.validateValues.rabbitmq" . | trim) -}}
{{- $messages = append $messages (include "eqip.validateValues.keycloak" . | trim) -}}
{{- $messages = append $messages (include "eqip.validateValues.ingress" . | trim) -}}
{{- $messages = without $messages "" -}}
{{- if $messages -}}
{{- printf "\nVALUES VALIDATION:\n%s" (join "\n" $messages) | fail -}}
{{- end -}}
{{- end -}}

{{- define "eqip.validateValues.replicas" -}}
{{- $root := . -}}
{{- range $name, $_ := include "eqip.components" $root | fromYaml -}}
{{- $replicas := ((index $root.Values $name) | default dict).replicaCount -}}
{{- if lt (int $replicas) 1 }}
eqip: {{ $name }}.replicaCount must be 1 or more (is {{ if kindIs "invalid" $replicas }}not set{{ else }}{{ $replicas }}{{ end }}): every component is needed for the platform to work.
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "eqip.validateValues.imageTags" -}}
{{- $root := . -}}
{{- range $name, $_ := include "eqip.components" $root | fromYaml -}}
{{- if not (include "eqip.imageTag" (dict "root" $root "component" $name)) }}
eqip: the image tag of {{ $name }} is empty: set image.tag (or {{ $name }}.image.tag), e.g. 0.1.0.
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "eqip.validateValues.databasePasswords" -}}
{{- $root := . -}}
{{- if not .Values.database.existingSecret -}}
{{- $missing := list -}}
{{- range $name, $component := include "eqip.components" $root | fromYaml -}}
{{- if and $component.database (not (index $root.Values.database $name).password) -}}
{{- $missing = append $missing (printf "database.%s.password" $name) -}}
{{- end -}}
{{- end -}}
{{- if $missing }}
eqip: no database password for {{ join ", " $missing }}: set database.existingSecret (a Secret with the keys database.<service>.passwordKey) or every database.<service>.password.
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "eqip.validateValues.rabbitmq" -}}
{{- if and (not .Values.rabbitmq.existingSecret) (not .Values.rabbitmq.uri) }}
eqip: no RabbitMQ URI: set rabbitmq.existingSecret (a Secret with the key rabbitmq.uriKey) or rabbitmq.uri.
{{- end -}}
{{- end -}}

{{- define "eqip.validateValues.keycloak" -}}
{{- if not .Values.keycloak.issuer }}
eqip: keycloak.issuer is empty: set the realm that issues the tokens, e.g. https://sso.example.vn/realms/eqip.
{{- end -}}
{{- end -}}

{{- define "eqip.validateValues.ingress" -}}
{{- if and .Values.ingress.enabled (not .Values.ingress.host) }}
eqip: ingress.enabled is true but ingress.host is empty: set ingress.host (e.g. eqip.example.vn) or disable the Ingress.
{{- end -}}
{{- end -}}
