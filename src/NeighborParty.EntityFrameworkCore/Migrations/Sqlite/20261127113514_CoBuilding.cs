using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CoBuilding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Covenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    TerminatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Covenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeployedTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HomePlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    HomePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeployedTeams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeputyMotions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeputyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledWith = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeputyMotions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    MassOrganisation = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentBody = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    HomePlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    HomePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Opened = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closed = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOfferings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommitmentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    HomePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    HomePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOfferings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundPathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    CompoundPathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WantedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    BookedPeriod = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScheduledFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CovenantCommitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantCommitments_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantFulfilments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitmentKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantFulfilments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantFulfilments_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantPartners_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantSignatures_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CovenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantVersions_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeployedTeamCompounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeployedTeamCompounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeployedTeamCompounds_DeployedTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "DeployedTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferingBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferingBookings_ServiceOfferings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "ServiceOfferings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferingCompounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingCompounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferingCompounds_ServiceOfferings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "ServiceOfferings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceOrderSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceOrderSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceOrderSteps_ServiceOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "ServiceOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CovenantCommitments_CovenantId",
                table: "CovenantCommitments",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantFulfilments_CovenantId",
                table: "CovenantFulfilments",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantPartners_CovenantId",
                table: "CovenantPartners",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantPartners_PartnerId",
                table: "CovenantPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Covenants_UnitId",
                table: "Covenants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Covenants_UnitPathHigh_UnitPathLow",
                table: "Covenants",
                columns: new[] { "UnitPathHigh", "UnitPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_CovenantSignatures_CovenantId",
                table: "CovenantSignatures",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantVersions_CovenantId",
                table: "CovenantVersions",
                column: "CovenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DeployedTeamCompounds_CompoundId",
                table: "DeployedTeamCompounds",
                column: "CompoundId");

            migrationBuilder.CreateIndex(
                name: "IX_DeployedTeamCompounds_TeamId",
                table: "DeployedTeamCompounds",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_DeployedTeams_HomePathHigh_HomePathLow",
                table: "DeployedTeams",
                columns: new[] { "HomePathHigh", "HomePathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_DeputyMotions_CompoundPathHigh_CompoundPathLow",
                table: "DeputyMotions",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_DeputyMotions_DeputyId",
                table: "DeputyMotions",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingBookings_OfferingId",
                table: "OfferingBookings",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingCompounds_CompoundId",
                table: "OfferingCompounds",
                column: "CompoundId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingCompounds_OfferingId",
                table: "OfferingCompounds",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_HomePathHigh_HomePathLow",
                table: "Partners",
                columns: new[] { "HomePathHigh", "HomePathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_Positions_CompoundPathHigh_CompoundPathLow",
                table: "Positions",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOfferings_Category_Active",
                table: "ServiceOfferings",
                columns: new[] { "Category", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOfferings_PartnerId",
                table: "ServiceOfferings",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_CompoundPathHigh_CompoundPathLow",
                table: "ServiceOrders",
                columns: new[] { "CompoundPathHigh", "CompoundPathLow" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_OfferingId",
                table: "ServiceOrders",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrders_PartnerId",
                table: "ServiceOrders",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceOrderSteps_OrderId",
                table: "ServiceOrderSteps",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CovenantCommitments");

            migrationBuilder.DropTable(
                name: "CovenantFulfilments");

            migrationBuilder.DropTable(
                name: "CovenantPartners");

            migrationBuilder.DropTable(
                name: "CovenantSignatures");

            migrationBuilder.DropTable(
                name: "CovenantVersions");

            migrationBuilder.DropTable(
                name: "DeployedTeamCompounds");

            migrationBuilder.DropTable(
                name: "DeputyMotions");

            migrationBuilder.DropTable(
                name: "OfferingBookings");

            migrationBuilder.DropTable(
                name: "OfferingCompounds");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "ServiceOrderSteps");

            migrationBuilder.DropTable(
                name: "Covenants");

            migrationBuilder.DropTable(
                name: "DeployedTeams");

            migrationBuilder.DropTable(
                name: "ServiceOfferings");

            migrationBuilder.DropTable(
                name: "ServiceOrders");
        }
    }
}
