using Microsoft.EntityFrameworkCore.Migrations;
using NeighborParty.EntityFrameworkCore.Persistence;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class ReportRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The roll-up's "platforms" figure reads one covering range of requests (StoreIndexes.ReportRequests).
            migrationBuilder.CreateStoreIndexes(StoreIndexes.ReportRequests);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropStoreIndexes(StoreIndexes.ReportRequests);
        }
    }
}
