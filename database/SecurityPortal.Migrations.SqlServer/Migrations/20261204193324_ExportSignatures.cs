using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SecurityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExportSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentId",
                table: "Exports",
                type: "varchar(16)",
                unicode: false,
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Parameters",
                table: "Exports",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SignedBy",
                table: "Exports",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SigningThumbprint",
                table: "Exports",
                type: "varchar(40)",
                unicode: false,
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectLink",
                table: "Exports",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Exports made before this migration: their document id follows from the id, and every one was an audit report.
            migrationBuilder.Sql("UPDATE [Exports] SET [DocumentId] = 'EXP-' + UPPER(LEFT(REPLACE(CONVERT(nvarchar(36), [Id]), '-', ''), 12)), [Parameters] = '{\"auditId\":\"' + LOWER(CONVERT(nvarchar(36), [SubjectId])) + '\"}', [SubjectLink] = '/audits/' + LOWER(CONVERT(nvarchar(36), [SubjectId]));");

            migrationBuilder.CreateIndex(
                name: "IX_Exports_DocumentId",
                table: "Exports",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exports_Sha256",
                table: "Exports",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Exports_SigningThumbprint",
                table: "Exports",
                column: "SigningThumbprint");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Exports_DocumentId",
                table: "Exports");

            migrationBuilder.DropIndex(
                name: "IX_Exports_Sha256",
                table: "Exports");

            migrationBuilder.DropIndex(
                name: "IX_Exports_SigningThumbprint",
                table: "Exports");

            migrationBuilder.DropColumn(
                name: "DocumentId",
                table: "Exports");

            migrationBuilder.DropColumn(
                name: "Parameters",
                table: "Exports");

            migrationBuilder.DropColumn(
                name: "SignedBy",
                table: "Exports");

            migrationBuilder.DropColumn(
                name: "SigningThumbprint",
                table: "Exports");

            migrationBuilder.DropColumn(
                name: "SubjectLink",
                table: "Exports");
        }
    }
}
