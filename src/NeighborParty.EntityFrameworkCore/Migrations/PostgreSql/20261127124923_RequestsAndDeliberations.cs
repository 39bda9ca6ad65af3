using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class RequestsAndDeliberations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Instant>(
                name: "FirstResolvedAt",
                table: "ResidentRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Instant>(
                name: "UpdatedAt",
                table: "ResidentRequests",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: NodaTime.Instant.FromUnixTimeTicks(0L));

            migrationBuilder.CreateTable(
                name: "Deliberations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "bigint", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "bigint", nullable: false),
                    Venue = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScheduledAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    AdoptedProposal = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: true),
                    DecidedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Result = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EndedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliberations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssigneeKind = table.Column<int>(type: "integer", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<LocalDate>(type: "date", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EndedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DeliberationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationActions_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationAgenda",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DeliberationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationAgenda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationAgenda_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Party = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReferenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Votes = table.Column<bool>(type: "boolean", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    DeliberationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationParticipants_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProposedBy = table.Column<int>(type: "integer", nullable: true),
                    DeliberationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationProposals_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliberationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationRequests_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliberationVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalNumber = table.Column<int>(type: "integer", nullable: false),
                    ParticipantNumber = table.Column<int>(type: "integer", nullable: false),
                    Choice = table.Column<int>(type: "integer", nullable: false),
                    DeliberationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliberationVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliberationVotes_Deliberations_DeliberationId",
                        column: x => x.DeliberationId,
                        principalTable: "Deliberations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_Category_State_ReceivedAt",
                table: "ResidentRequests",
                columns: new[] { "Category", "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_CompoundPathHigh_CompoundPathLow_FirstReso~",
                table: "ResidentRequests",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow", "FirstResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_IsPublic_ReceivedAt",
                table: "ResidentRequests",
                columns: new[] { "IsPublic", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MicroWishes_ResidentId",
                table: "MicroWishes",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationActions_DeliberationId",
                table: "DeliberationActions",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationAgenda_DeliberationId",
                table: "DeliberationAgenda",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationParticipants_DeliberationId",
                table: "DeliberationParticipants",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationProposals_DeliberationId",
                table: "DeliberationProposals",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationRequests_DeliberationId",
                table: "DeliberationRequests",
                column: "DeliberationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationRequests_RequestId",
                table: "DeliberationRequests",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Deliberations_CompoundPathHigh_CompoundPathLow_ScheduledAt",
                table: "Deliberations",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow", "ScheduledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliberationVotes_DeliberationId",
                table: "DeliberationVotes",
                column: "DeliberationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliberationActions");

            migrationBuilder.DropTable(
                name: "DeliberationAgenda");

            migrationBuilder.DropTable(
                name: "DeliberationParticipants");

            migrationBuilder.DropTable(
                name: "DeliberationProposals");

            migrationBuilder.DropTable(
                name: "DeliberationRequests");

            migrationBuilder.DropTable(
                name: "DeliberationVotes");

            migrationBuilder.DropTable(
                name: "Deliberations");

            migrationBuilder.DropIndex(
                name: "IX_ResidentRequests_Category_State_ReceivedAt",
                table: "ResidentRequests");

            migrationBuilder.DropIndex(
                name: "IX_ResidentRequests_CompoundPathHigh_CompoundPathLow_FirstReso~",
                table: "ResidentRequests");

            migrationBuilder.DropIndex(
                name: "IX_ResidentRequests_IsPublic_ReceivedAt",
                table: "ResidentRequests");

            migrationBuilder.DropIndex(
                name: "IX_MicroWishes_ResidentId",
                table: "MicroWishes");

            migrationBuilder.DropColumn(
                name: "FirstResolvedAt",
                table: "ResidentRequests");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "ResidentRequests");
        }
    }
}
