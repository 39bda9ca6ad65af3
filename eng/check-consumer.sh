#!/usr/bin/env bash
# Packs the shipped libraries into a local folder, checks what the packages hold, then builds and runs
# eng/consumer against those packages only (its own nuget.config and package cache). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date +%s)"
feed="$work/feed"
mkdir -p "$feed"
for p in Abstractions Core EntityFrameworkCore Testing Excel; do
  dotnet pack "src/NeighborParty.$p/NeighborParty.$p.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
done

for p in Abstractions Core EntityFrameworkCore Testing Excel; do
  pkg="$feed/NeighborParty.$p.$version.nupkg"
  [ -f "$pkg" ] || { echo "missing package $pkg"; exit 1; }
  [ -f "$feed/NeighborParty.$p.$version.snupkg" ] || { echo "missing symbols package for $p"; exit 1; }
  listing=$(unzip -l "$pkg")
  for needed in "README.md" "lib/net10.0/NeighborParty.$p.dll" "lib/net10.0/NeighborParty.$p.xml"; do
    grep -q "$needed" <<<"$listing" || { echo "package $p lacks $needed"; exit 1; }
  done
  unzip -p "$pkg" "NeighborParty.$p.nuspec" | grep -q '<license type="expression">MIT</license>' || { echo "package $p lacks the MIT licence expression"; exit 1; }
  unzip -p "$pkg" "NeighborParty.$p.nuspec" | grep -q '<repository ' || { echo "package $p lacks a repository URL"; exit 1; }
  readme=$(unzip -p "$pkg" README.md)
  grep -q "^# NeighborParty.$p" <<<"$readme" || { echo "package $p carries another package's README"; exit 1; }
  ! grep -qP '\]\((?!https?://)' <<<"$readme" || { echo "package $p's README has a relative link"; exit 1; }
  ! grep -qi 'sample' <<<"$readme" || { echo "package $p's README talks about the sample"; exit 1; }
done

cp -r eng/consumer "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="NeighborParty.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
dotnet run --project "$work/consumer/NeighborParty.Consumer.csproj" -p:NeighborPartyVersion="$version" \
  --property:RestorePackagesPath="$work/packages" --nologo

# docs/getting-started.md, followed literally: its C# block, unchanged, in a fresh console project on the packages;
# it must print the text block the page shows.
gs="$work/getting-started"
mkdir -p "$gs"
cp "$work/consumer/nuget.config" "$gs/nuget.config"
awk '/^```csharp$/ {on=1; next} /^```$/ {if (on) exit} on' docs/getting-started.md > "$gs/Program.cs"
awk '/^```text$/ {on=1; next} /^```$/ {if (on) exit} on' docs/getting-started.md > "$gs/expected.txt"
cat > "$gs/MyDistrict.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NeighborParty.Core" Version="[$version]" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
  </ItemGroup>
</Project>
XML
[ "$(grep -c . "$gs/Program.cs")" -le 15 ] || { echo "getting-started.md's program is longer than 15 lines"; exit 1; }
dotnet run --project "$gs/MyDistrict.csproj" --property:RestorePackagesPath="$work/packages" --nologo > "$gs/actual.txt"
diff "$gs/expected.txt" "$gs/actual.txt" || { echo "docs/getting-started.md: the program does not print what the page says"; exit 1; }
echo "getting-started: the page's program prints what the page says"
