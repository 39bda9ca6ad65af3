using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    BirthDate = table.Column<LocalDate>(type: "date", nullable: false),
                    Phone = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Joined = table.Column<LocalDate>(type: "date", nullable: false),
                    MadeFull = table.Column<LocalDate>(type: "date", nullable: true),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    IsMobile = table.Column<bool>(type: "boolean", nullable: false),
                    SuspensionReason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SuspendedFrom = table.Column<LocalDate>(type: "date", nullable: true),
                    SuspendedTo = table.Column<LocalDate>(type: "date", nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RelationshipSince = table.Column<LocalDate>(type: "date", nullable: false),
                    UnitPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    UnitPathLow = table.Column<long>(type: "bigint", nullable: false),
                    Transfer = table.Column<int>(type: "integer", nullable: true),
                    TransferToUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    TransferToExternal = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TransferStarted = table.Column<LocalDate>(type: "date", nullable: true),
                    ResidenceCompoundId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResidenceBuildingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResidencePathHigh = table.Column<long>(type: "bigint", nullable: false),
                    ResidencePathLow = table.Column<long>(type: "bigint", nullable: false),
                    RegisteredCompoundId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredBuildingId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredGrid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RegisteredOn = table.Column<LocalDate>(type: "date", nullable: true),
                    RegistrationPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    RegistrationPathLow = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Contact = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CompoundPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartyMemberRelationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalOrganization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false)
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
