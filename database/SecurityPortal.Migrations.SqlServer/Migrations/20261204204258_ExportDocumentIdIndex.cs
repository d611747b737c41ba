using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SecurityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExportDocumentIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Exports_DocumentId",
                table: "Exports");

            migrationBuilder.CreateIndex(
                name: "IX_Exports_DocumentId",
                table: "Exports",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Exports_DocumentId",
                table: "Exports");

            migrationBuilder.CreateIndex(
                name: "IX_Exports_DocumentId",
                table: "Exports",
                column: "DocumentId",
                unique: true);
        }
    }
}
