using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Membership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Joined = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MadeFull = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    IsMobile = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuspensionReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SuspendedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspendedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RelationshipSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Transfer = table.Column<int>(type: "INTEGER", nullable: true),
                    TransferToUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TransferToExternal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransferStarted = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResidenceCompoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidenceBuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidencePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    ResidencePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredCompoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredBuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredGrid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegistrationPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistrationPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartyMemberRelationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMemberRelationships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyMemberRelationships_PartyMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "PartyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberRelationships_MemberId",
                table: "PartyMemberRelationships",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_IdNumber",
                table: "PartyMembers",
                column: "IdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_RegistrationPathHigh_RegistrationPathLow",
                table: "PartyMembers",
                columns: new[] { "RegistrationPathHigh", "RegistrationPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_ResidencePathHigh_ResidencePathLow",
                table: "PartyMembers",
                columns: new[] { "ResidencePathHigh", "ResidencePathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_UnitId",
                table: "PartyMembers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_UnitPathHigh_UnitPathLow",
                table: "PartyMembers",
                columns: new[] { "UnitPathHigh", "UnitPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_CompoundPathHigh_CompoundPathLow",
                table: "Residents",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartyMemberRelationships");

            migrationBuilder.DropTable(
                name: "Residents");

            migrationBuilder.DropTable(
                name: "PartyMembers");
        }
    }
}
