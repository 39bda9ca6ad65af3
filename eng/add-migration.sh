#!/usr/bin/env bash
# Adds an EF Core migration for both providers of the reference persistence package:
#   bash eng/add-migration.sh <Name>
# SQLite migrations go to Migrations/Sqlite, PostgreSQL ones to Migrations/PostgreSql (no server is needed).
# Migrations are kept internal (they are not public API) and treated as generated code by the analyzers.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
cd src/NeighborParty.EntityFrameworkCore
dotnet ef migrations add "$name" --context SqliteNeighborPartyDbContext -o Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgreSqlNeighborPartyDbContext -o Migrations/PostgreSql
sed -i -E 's/^(\s*)public (partial class|class)/\1internal \2/' Migrations/*/*.cs
