using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SecurityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NotificationPreferencesAndPortalFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Findings_ModelId_RuleKey_Subject",
                table: "Findings");

            // Notifications sent before people could choose were all shown in the portal.
            migrationBuilder.AddColumn<bool>(
                name: "InPortal",
                table: "Notifications",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Notifications",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<Guid>(
                name: "ModelId",
                table: "Findings",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    InPortal = table.Column<bool>(type: "bit", nullable: false),
                    ByEmail = table.Column<bool>(type: "bit", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ModelId_RuleKey_Subject",
                table: "Findings",
                columns: new[] { "ModelId", "RuleKey", "Subject" },
                unique: true,
                filter: "[ModelId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_PortalFinding",
                table: "Findings",
                columns: new[] { "RuleKey", "Subject" },
                unique: true,
                filter: "[ModelId] IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationPreferences_Recipient_Kind",
                table: "NotificationPreferences",
                columns: new[] { "Recipient", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropIndex(
                name: "IX_Findings_ModelId_RuleKey_Subject",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Findings_PortalFinding",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "InPortal",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Notifications");

            migrationBuilder.AlterColumn<Guid>(
                name: "ModelId",
                table: "Findings",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ModelId_RuleKey_Subject",
                table: "Findings",
                columns: new[] { "ModelId", "RuleKey", "Subject" },
                unique: true);
        }
    }
}
