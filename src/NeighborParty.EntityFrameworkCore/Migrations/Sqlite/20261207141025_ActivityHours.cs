using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ActivityHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Hours",
                table: "Activities",
                type: "TEXT",
                precision: 10,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hours",
                table: "Activities");
        }
    }
}
