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
internalize() { sed -i -E 's/^(\s*)public (partial class|class)/\1internal \2/' Migrations/*/*.cs; }
# Each provider's migration is made internal before the next build: a public migration class is undeclared public API (RS0016).
dotnet ef migrations add "$name" --context SqliteNeighborPartyDbContext -o Migrations/Sqlite
internalize
dotnet ef migrations add "$name" --context PostgreSqlNeighborPartyDbContext -o Migrations/PostgreSql
internalize
