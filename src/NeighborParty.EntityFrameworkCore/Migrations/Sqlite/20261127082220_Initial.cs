using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ActorKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Tree = table.Column<int>(type: "INTEGER", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    LastChildSegment = table.Column<int>(type: "INTEGER", nullable: false),
                    Established = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dissolved = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    LastChildSegment = table.Column<int>(type: "INTEGER", nullable: false),
                    CompoundKind = table.Column<int>(type: "INTEGER", nullable: true),
                    Households = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Places", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationUnitPlaces",
                columns: table => new
                {
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationUnitPlaces", x => new { x.UnitId, x.PlaceId });
                    table.ForeignKey(
                        name: "FK_OrganizationUnitPlaces_OrganizationUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrganizationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_NodeId",
                table: "AuditEntries",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Tree_PathHigh_PathLow_At",
                table: "AuditEntries",
                columns: new[] { "Tree", "PathHigh", "PathLow", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnitPlaces_PlaceId",
                table: "OrganizationUnitPlaces",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnits_Level_PathHigh_PathLow",
                table: "OrganizationUnits",
                columns: new[] { "Level", "PathHigh", "PathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnits_ParentId",
                table: "OrganizationUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnits_PathHigh_PathLow",
                table: "OrganizationUnits",
                columns: new[] { "PathHigh", "PathLow" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Places_Kind_PathHigh_PathLow",
                table: "Places",
                columns: new[] { "Kind", "PathHigh", "PathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_Places_ParentId",
                table: "Places",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Places_PathHigh_PathLow",
                table: "Places",
                columns: new[] { "PathHigh", "PathLow" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "OrganizationUnitPlaces");

            migrationBuilder.DropTable(
                name: "Places");

            migrationBuilder.DropTable(
                name: "OrganizationUnits");
        }
    }
}
