#!/usr/bin/env bash
# Regenerates the parameter table of eqip/README.md from the `## @param` comments of
# eqip/values.yaml (the bitnami convention, without its npm tool): runs ValuesDocumentationTest
# with -Deqip.helm.writeReadme=true, which rewrites the table between the README's markers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -o -pl helm -Dspotless.check.skip=true -Dtest=ValuesDocumentationTest \
  -Deqip.helm.writeReadme=true -Dsurefire.failIfNoSpecifiedTests=false test "$@"
echo "updated helm/eqip/README.md"
