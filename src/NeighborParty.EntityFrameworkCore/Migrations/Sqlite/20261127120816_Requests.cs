using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Requests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MicroWishes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Wish = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedByMember = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedByPartner = table.Column<Guid>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FulfilledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MicroWishes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResidentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssigneeKind = table.Column<int>(type: "INTEGER", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DuplicateOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequestAttributes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestAttributes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestAttributes_ResidentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ResidentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestMedia",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestMedia", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestMedia_ResidentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ResidentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestTransitions_ResidentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ResidentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MicroWishes_CompoundPathHigh_CompoundPathLow_State",
                table: "MicroWishes",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestAttributes_RequestId",
                table: "RequestAttributes",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestMedia_RequestId",
                table: "RequestMedia",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTransitions_RequestId",
                table: "RequestTransitions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_CompoundPathHigh_CompoundPathLow_Category_State",
                table: "ResidentRequests",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow", "Category", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_ResidentId",
                table: "ResidentRequests",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_State_DueAt",
                table: "ResidentRequests",
                columns: new[] { "State", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MicroWishes");

            migrationBuilder.DropTable(
                name: "RequestAttributes");

            migrationBuilder.DropTable(
                name: "RequestMedia");

            migrationBuilder.DropTable(
                name: "RequestTransitions");

            migrationBuilder.DropTable(
                name: "ResidentRequests");
        }
    }
}
