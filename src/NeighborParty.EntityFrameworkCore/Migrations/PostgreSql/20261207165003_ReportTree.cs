using Microsoft.EntityFrameworkCore.Migrations;
using NeighborParty.EntityFrameworkCore.Persistence;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class ReportTree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The roll-up's covering index on activities gains the place's tree (StoreIndexes.ReportTree).
            migrationBuilder.DropStoreIndexes(StoreIndexes.ReportTreeDropped);
            migrationBuilder.CreateStoreIndexes(StoreIndexes.ReportTree);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropStoreIndexes(StoreIndexes.ReportTree);
            migrationBuilder.CreateStoreIndexes(StoreIndexes.ReportTreeDropped);
        }
    }
}
