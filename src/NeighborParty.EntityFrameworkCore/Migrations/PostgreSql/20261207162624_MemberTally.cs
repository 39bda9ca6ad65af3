using Microsoft.EntityFrameworkCore.Migrations;
using NeighborParty.EntityFrameworkCore.Persistence;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class MemberTally : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The member's unit index becomes the sweep's covering index (StoreIndexes.MemberTally): same leading columns.
            migrationBuilder.DropStoreIndexes(StoreIndexes.MemberTallyDropped);
            migrationBuilder.CreateStoreIndexes(StoreIndexes.MemberTally);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropStoreIndexes(StoreIndexes.MemberTally);
            migrationBuilder.CreateStoreIndexes(StoreIndexes.MemberTallyDropped);
        }
    }
}
