#!/usr/bin/env bash
# Adds an EF Core migration to the reference persistence package: bash eng/add-migration.sh <Name>
# Migrations are kept internal (they are not public API) and treated as generated code by the analyzers.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: eng/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
(cd src/NeighborParty.EntityFrameworkCore && dotnet ef migrations add "$name" -o Migrations)
sed -i -E 's/^(\s*)public (partial class|class)/\1internal \2/' src/NeighborParty.EntityFrameworkCore/Migrations/*.cs
