using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "bigint", nullable: false),
                    Wish = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    PostedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<LocalDate>(type: "date", nullable: false),
                    ClaimedByMember = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedByPartner = table.Column<Guid>(type: "uuid", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FulfilledAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    ConfirmedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MicroWishes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResidentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "bigint", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    AssigneeKind = table.Column<int>(type: "integer", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DuplicateOf = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequestAttributes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "IX_ResidentRequests_CompoundPathHigh_CompoundPathLow_Category_~",
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
