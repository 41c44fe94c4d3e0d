#!/bin/sh
# Renders innboks.conf.template with envsubst, replacing ONLY the ${INNBOKS_*} parameters so
# nginx's own variables ($uri, $1, ...) survive, after checking each value is set and harmless.
#   INNBOKS_LISTEN=8080 INNBOKS_SERVER_NAME=innboks.example.no INNBOKS_ROOT=/srv/innboks/dist \
#   INNBOKS_PLATFORM_UPSTREAM=https://platform.altinn.no INNBOKS_CDN_UPSTREAM=https://altinncdn.no \
#   INNBOKS_IDPORTEN_ORIGINS='https://idporten.no https://login.idporten.no' \
#   deploy/nginx/render.sh > /etc/nginx/conf.d/innboks.conf && nginx -t && nginx -s reload
# The same rules are in scripts/lib/nginx.ts (unit-tested); keep the two in step.
set -eu

VARIABLES='${INNBOKS_LISTEN} ${INNBOKS_SERVER_NAME} ${INNBOKS_ROOT} ${INNBOKS_PLATFORM_UPSTREAM} ${INNBOKS_CDN_UPSTREAM} ${INNBOKS_IDPORTEN_ORIGINS}'
origin='https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?'

fail=0
check() { # name, extended regex for the whole value, example
  eval "value=\${$1-}"
  if [ -z "$value" ]; then
    echo "render.sh: $1 is not set (e.g. $3)" >&2; fail=1
  elif printf '%s' "$value" | grep -q "[;{}'\"\`\$\\\\#[:cntrl:]]"; then
    echo "render.sh: $1 contains a character nginx would read as syntax" >&2; fail=1
  elif [ "$(printf '%s' "$value" | wc -l)" -ne 0 ] || ! printf '%s' "$value" | grep -Eqx "$2"; then
    echo "render.sh: $1 is not of the form $3" >&2; fail=1
  fi
}
check INNBOKS_LISTEN '(([0-9]{1,3}(\.[0-9]{1,3}){3}|\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+):)?[0-9]{1,5}' '8080 or 127.0.0.1:4173'
check INNBOKS_SERVER_NAME '(_|[A-Za-z0-9*]([A-Za-z0-9.*-]*[A-Za-z0-9])?)( [A-Za-z0-9*]([A-Za-z0-9.*-]*[A-Za-z0-9])?)*' 'innboks.example.no or _'
check INNBOKS_ROOT '/([A-Za-z0-9._+-]+/?)*' '/srv/innboks/dist'
check INNBOKS_PLATFORM_UPSTREAM "$origin" 'https://platform.tt02.altinn.no'
check INNBOKS_CDN_UPSTREAM "$origin" 'https://altinncdn.no'
check INNBOKS_IDPORTEN_ORIGINS "$origin( $origin)*" 'https://idporten.no https://login.idporten.no'
case "/${INNBOKS_ROOT-}/" in */../* | */./*) echo "render.sh: INNBOKS_ROOT must not have . or .. segments" >&2; fail=1 ;; esac
[ "$fail" -eq 0 ] || exit 1

export INNBOKS_LISTEN INNBOKS_SERVER_NAME INNBOKS_ROOT INNBOKS_PLATFORM_UPSTREAM INNBOKS_CDN_UPSTREAM INNBOKS_IDPORTEN_ORIGINS
exec envsubst "$VARIABLES" < "$(dirname "$0")/innboks.conf.template"
