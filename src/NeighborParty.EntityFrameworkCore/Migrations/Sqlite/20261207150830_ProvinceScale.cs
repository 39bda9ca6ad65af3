using Microsoft.EntityFrameworkCore.Migrations;
using NeighborParty.EntityFrameworkCore.Persistence;

#nullable disable

namespace NeighborParty.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProvinceScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Position indexes that can hold either tree lead with the tree (StoreIndexes.ProvinceScaleDropped).
            migrationBuilder.DropStoreIndexes(StoreIndexes.ProvinceScaleDropped);
            migrationBuilder.CreateStoreIndexes(StoreIndexes.ProvinceScale);

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRequests_ReceivedAt_Id",
                table: "ResidentRequests",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyMembers_Name_Id",
                table: "PartyMembers",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Covenants_Title_Id",
                table: "Covenants",
                columns: new[] { "Title", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropStoreIndexes(StoreIndexes.ProvinceScale);
            migrationBuilder.CreateStoreIndexes(StoreIndexes.ProvinceScaleDropped);

            migrationBuilder.DropIndex(
                name: "IX_ResidentRequests_ReceivedAt_Id",
                table: "ResidentRequests");

            migrationBuilder.DropIndex(
                name: "IX_PartyMembers_Name_Id",
                table: "PartyMembers");

            migrationBuilder.DropIndex(
                name: "IX_Covenants_Title_Id",
                table: "Covenants");
        }
    }
}
