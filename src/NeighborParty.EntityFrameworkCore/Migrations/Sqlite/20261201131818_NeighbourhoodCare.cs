using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NeighborParty.EntityFrameworkCore.Persistence;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class NeighbourhoodCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false),
                    Circumstances = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Facility = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBecause = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundTree = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsentMeans = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConsentRelation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CareRecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareActions_CareRecords_CareRecordId",
                        column: x => x.CareRecordId,
                        principalTable: "CareRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    GuardianKey = table.Column<int>(type: "INTEGER", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Concern = table.Column<bool>(type: "INTEGER", nullable: false),
                    CareRecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareContacts_CareRecords_CareRecordId",
                        column: x => x.CareRecordId,
                        principalTable: "CareRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareGuardians",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Duty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CareRecordId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareGuardians", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareGuardians_CareRecords_CareRecordId",
                        column: x => x.CareRecordId,
                        principalTable: "CareRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareActions_CareRecordId",
                table: "CareActions",
                column: "CareRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CareContacts_CareRecordId",
                table: "CareContacts",
                column: "CareRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CareGuardians_CareRecordId",
                table: "CareGuardians",
                column: "CareRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CareRecords_ResidentId",
                table: "CareRecords",
                column: "ResidentId");

            // The position index of the new table (see StoreIndexes).
            migrationBuilder.CreateStoreIndexes(StoreIndexes.NeighbourhoodCare);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropStoreIndexes(StoreIndexes.NeighbourhoodCare);

            migrationBuilder.DropTable(
                name: "CareActions");

            migrationBuilder.DropTable(
                name: "CareContacts");

            migrationBuilder.DropTable(
                name: "CareGuardians");

            migrationBuilder.DropTable(
                name: "CareRecords");
        }
    }
}
