using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderKind = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    HolderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Site = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompoundId = table.Column<Guid>(type: "uuid", nullable: true),
                    Grid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SitePathHigh = table.Column<long>(type: "bigint", nullable: false),
                    SitePathLow = table.Column<long>(type: "bigint", nullable: false),
                    Start = table.Column<LocalDate>(type: "date", nullable: false),
                    End = table.Column<LocalDate>(type: "date", nullable: false),
                    RegularEnd = table.Column<LocalDate>(type: "date", nullable: false),
                    Basis = table.Column<int>(type: "integer", nullable: false),
                    BasisNote = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EndedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    EndReason = table.Column<int>(type: "integer", nullable: true),
                    EndNote = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TermChangeApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TermChangeApprovedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    SucceededBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompoundGovernance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "bigint", nullable: false),
                    Management = table.Column<int>(type: "integer", nullable: false),
                    PropertyCompany = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PropertyContact = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CommitteeElectedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    CommitteeTermStart = table.Column<LocalDate>(type: "date", nullable: true),
                    CommitteeTermEnd = table.Column<LocalDate>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompoundGovernance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OwnersCommitteeSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    GovernanceId = table.Column<Guid>(type: "uuid", nullable: false)
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
