#!/usr/bin/env bash
# Regenerates the idempotent SQL Server deployment script from the SQL Server migrations.
# Run after adding a migration; a test fails while the committed script differs from a fresh one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent --no-color \
  --project database/SecurityPortal.Migrations.SqlServer \
  --startup-project database/SecurityPortal.Migrations.SqlServer \
  --output database/sqlserver/deploy.sql
echo "database/sqlserver/deploy.sql regenerated"
