using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SecurityPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Art73AuthorityReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorityReference",
                table: "Incidents",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuthorityReference",
                table: "Incidents");
        }
    }
}
