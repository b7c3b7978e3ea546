#!/usr/bin/env bash
# Runs once, when the primary's data directory is first created: lets the replica connect for streaming
# replication with the same password as everything else.
set -euo pipefail
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
