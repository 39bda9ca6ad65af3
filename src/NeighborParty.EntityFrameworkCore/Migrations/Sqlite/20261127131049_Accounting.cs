using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Accounting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Registered",
                table: "Partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "FigureCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    Delta = table.Column<long>(type: "INTEGER", nullable: false),
                    AttributedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeriodClosings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodClosings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacePathHigh = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacePathLow = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FrozenFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChildPlaceKeyHigh = table.Column<long>(type: "INTEGER", nullable: true),
                    ChildPlaceKeyLow = table.Column<long>(type: "INTEGER", nullable: true),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrozenFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrozenFigures_PeriodClosings_ClosingId",
                        column: x => x.ClosingId,
                        principalTable: "PeriodClosings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectPartners_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectRequests_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Day_PlacePathHigh_PlacePathLow_Kind",
                table: "Activities",
                columns: new[] { "Day", "PlacePathHigh", "PlacePathLow", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureCorrections_PlacePathHigh_PlacePathLow_AttributedTo",
                table: "FigureCorrections",
                columns: new[] { "PlacePathHigh", "PlacePathLow", "AttributedTo" });

            migrationBuilder.CreateIndex(
                name: "IX_FrozenFigures_ClosingId",
                table: "FrozenFigures",
                column: "ClosingId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodClosings_PlacePathHigh_PlacePathLow_From",
                table: "PeriodClosings",
                columns: new[] { "PlacePathHigh", "PlacePathLow", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPartners_ProjectId",
                table: "ProjectPartners",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRequests_ProjectId",
                table: "ProjectRequests",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRequests_RequestId",
                table: "ProjectRequests",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_PlacePathHigh_PlacePathLow_PlannedOn",
                table: "Projects",
                columns: new[] { "PlacePathHigh", "PlacePathLow", "PlannedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureCorrections");

            migrationBuilder.DropTable(
                name: "FrozenFigures");

            migrationBuilder.DropTable(
                name: "ProjectPartners");

            migrationBuilder.DropTable(
                name: "ProjectRequests");

            migrationBuilder.DropTable(
                name: "PeriodClosings");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Day_PlacePathHigh_PlacePathLow_Kind",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Registered",
                table: "Partners");
        }
    }
}
