using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Stewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderKind = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Site = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Grid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SitePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    SitePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegularEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    BasisNote = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TermChangeApprovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TermChangeApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SucceededBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompoundGovernance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Management = table.Column<int>(type: "INTEGER", nullable: false),
                    PropertyCompany = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PropertyContact = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CommitteeElectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeTermStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeTermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompoundGovernance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OwnersCommitteeSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GovernanceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnersCommitteeSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnersCommitteeSeats_CompoundGovernance_GovernanceId",
                        column: x => x.GovernanceId,
                        principalTable: "CompoundGovernance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_MemberId",
                table: "Appointments",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PlaceId_Grid",
                table: "Appointments",
                columns: new[] { "PlaceId", "Grid" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_SitePathHigh_SitePathLow",
                table: "Appointments",
                columns: new[] { "SitePathHigh", "SitePathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_UnitId",
                table: "Appointments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CompoundGovernance_CompoundId",
                table: "CompoundGovernance",
                column: "CompoundId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompoundGovernance_CompoundPathHigh_CompoundPathLow",
                table: "CompoundGovernance",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnersCommitteeSeats_GovernanceId",
                table: "OwnersCommitteeSeats",
                column: "GovernanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "OwnersCommitteeSeats");

            migrationBuilder.DropTable(
                name: "CompoundGovernance");
        }
    }
}
